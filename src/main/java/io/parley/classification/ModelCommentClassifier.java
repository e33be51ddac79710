package io.parley.classification;

import io.parley.classification.abuse.AbuseClassifier;
import io.parley.classification.abuse.AbuseScores;
import io.parley.classification.abuse.ScoredSpan;
import io.parley.classification.stance.StanceClassifier;
import io.parley.classification.stance.StanceInput;
import io.parley.classification.stance.StanceLabel;
import io.parley.classification.stance.StanceResult;
import io.parley.classification.text.OpenNlp;
import org.springframework.stereotype.Component;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * The models behind {@link CommentClassifier}: the abuse model, the stance model and OpenNLP's
 * language detector, over one batch. The version names both models, so upgrading either one makes
 * every comment eligible for a new classification row.
 */
@Component
class ModelCommentClassifier implements CommentClassifier {

    /** The languages the abuse and stance models were trained on. */
    static final Set<String> TRAINED_LANGUAGES = Set.of("eng");
    /** Below this length or confidence the detector is a guess; the article's language is the better one. */
    static final int SHORT_TEXT = 40;
    static final double CONFIDENT = 0.6;
    /** ISO 639-3 "undetermined": a short text with no article language to fall back on. */
    static final String UNDETERMINED = "und";
    private static final java.util.regex.Pattern LINK = java.util.regex.Pattern.compile("(?i)\\b(?:https?://|www\\.)\\S+");

    private final AbuseClassifier abuse;
    private final StanceClassifier stance;

    ModelCommentClassifier(AbuseClassifier abuse, StanceClassifier stance) {
        this.abuse = abuse;
        this.stance = stance;
    }

    @Override
    public String modelName() {
        return "parley";
    }

    @Override
    public String modelVersion() {
        return abuse.modelName() + "-" + abuse.modelVersion() + "+" + stance.modelName() + "-" + stance.modelVersion();
    }

    /** The abuse model's labels, order and display names, as its model file states them. */
    @Override
    public List<AbuseLabel> labels() {
        return abuse.labels();
    }

    @Override
    public List<StanceOutcome> stance(List<CommentContext> batch) {
        return stance.classifyAll(batch.stream()
                .map(c -> new StanceInput(c.text(), c.articleText(), c.parentText(), c.targets(), c.targetSides())).toList())
                .stream().map(ModelCommentClassifier::outcome).toList();
    }

    @Override
    public List<CommentClassification> classify(List<CommentContext> batch, boolean withStance) {
        // Abuse is scored on the comment's own text and on each passage the commenter pasted from
        // elsewhere; a label's score is the highest over those parts, and spans say which part.
        List<String> parts = new ArrayList<>();
        int[] first = new int[batch.size() + 1];
        for (int i = 0; i < batch.size(); i++) {
            first[i] = parts.size();
            parts.add(batch.get(i).text());
            parts.addAll(batch.get(i).ownQuotes());
        }
        first[batch.size()] = parts.size();
        List<AbuseScores> scores = abuse.scoreAll(parts);
        List<StanceOutcome> stances = withStance ? stance(batch) : null;
        List<CommentClassification> out = new ArrayList<>(batch.size());
        for (int i = 0; i < batch.size(); i++) {
            CommentContext c = batch.get(i);
            String language = language(c.text(), c.articleLanguage());
            Map<String, Double> merged = new LinkedHashMap<>(scores.get(first[i]).scores());
            List<LabelSpan> spans = new ArrayList<>();
            for (int p = first[i]; p < first[i + 1]; p++) {
                String part = p == first[i] ? null : "quote:" + (p - first[i] - 1);
                scores.get(p).scores().forEach((label, v) -> merged.merge(label, v, Math::max));
                for (ScoredSpan s : scores.get(p).spans()) {
                    spans.add(new LabelSpan(s.label(), s.start(), s.end(), s.weight(), part));
                }
            }
            out.add(new CommentClassification(merged, spans, stances == null ? null : stances.get(i), language,
                    supported(language)));
        }
        return out;
    }

    static String language(String comment, String articleLanguage) {
        String fallback = normalise(articleLanguage);
        // a link is no language: "http://i1095.photobucket.com/…" alone came out Catalan and was held
        // what a reader sees: look-alike letters from another script hide English words, they are no other language
        String text = LINK.matcher(AbuseClassifier.asRead(comment)).replaceAll(" ").strip();
        int length = text.length();
        if (length < SHORT_TEXT) {
            String other = shortTextInAnotherLanguage(text, fallback);
            if (other != null) {
                return other;
            }
            if (fallback != null) {
                return fallback;
            }
        }
        // The detector's character n-grams call plain English "Latin" or "Norwegian" now and then (1 % of real 2012
        // news comments), and a new site holds those unread; English function words settle it, and cost less.
        if (OpenNlp.plainlyEnglish(text)) {
            return "eng";
        }
        var detected = OpenNlp.language(text);
        boolean sure = length >= SHORT_TEXT && detected.getConfidence() >= CONFIDENT;
        if (sure) {
            return detected.getLang();
        }
        if (fallback != null) {
            return fallback;
        }
        // With nothing to fall back on, a longer text's guess is usually right, a short one's is not: on "You are an
        // idiot." the detector says Breton, and the insult would be held as a language the models do not know.
        return length >= SHORT_TEXT ? detected.getLang() : UNDETERMINED;
    }

    /**
     * A short comment under an article in another language took the article's, so "Ты идиот" under an English story was
     * scored by the English model as English. On so little text the detector's confidence is no guide (below 0.6 on
     * every real sentence measured), but two signals are (measured on real short sentences, README "Moderation"): the comment's
     * letters are in a script the article's language is not written in, or the detector finds another language at
     * least {@link #LIKELIER} times as likely as the article's. Null: nothing says it is another language.
     */
    static String shortTextInAnotherLanguage(String text, String fallback) {
        Character.UnicodeScript script = dominantScript(text);
        if (script == null) {
            return null; // no letters (numbers, emoji): nothing to tell
        }
        boolean otherScript = !expectedScripts(fallback).contains(script);
        if (OpenNlp.plainlyEnglish(text)) {
            // English function words settle it (none in any of the real short non-English sentences measured), and
            // spare the detector for most short English comments under an English article
            return "eng".equals(fallback) ? null : "eng";
        }
        if (!otherScript) {
            // the detector rarely finds a short German, French or Spanish line twice as likely as English, so
            // "Halt die Klappe, du Arsch." was scored (and published) as English; their function words name them
            String byWords = FunctionWords.language(text, OpenNlp.englishFunctionWords(text),
                    () -> OpenNlp.language(text).getLang());
            if (byWords != null) {
                return byWords.equals(fallback) ? null : byWords;
            }
        }
        if (fallback == null && !otherScript) {
            return null; // what the models read, with no article language to weigh it against: as before
        }
        opennlp.tools.langdetect.Language[] guess = OpenNlp.languageVersus(text, fallback == null ? "eng" : fallback);
        String best = guess[0].getLang();
        if (best.equals(fallback)) {
            return null;
        }
        // Another script settles that it is another language, and the detector's guess names which (its n-grams are
        // script-specific, so the guess is a language written in that script); in the same script it must be likelier.
        // a language the detector does not know (0) cannot be weighed against: only the script tells then
        return otherScript || guess[1].getConfidence() > 0
                && guess[0].getConfidence() >= LIKELIER * guess[1].getConfidence() ? best : null;
    }

    /** How much likelier than the article's language another one must be to be taken for a short comment. */
    static final double LIKELIER = 2.0;

    /** The languages of the detector written in another script than Latin (Serbian in both). */
    private static final Map<String, Set<Character.UnicodeScript>> SCRIPTS = scripts();

    private static Map<String, Set<Character.UnicodeScript>> scripts() {
        Map<String, Set<Character.UnicodeScript>> m = new java.util.HashMap<>();
        for (String c : "rus ukr bel bul mkd kaz kir tat bak che mon tgk".split(" ")) {
            m.put(c, Set.of(Character.UnicodeScript.CYRILLIC));
        }
        for (String c : "ara fas pes urd pnb pus".split(" ")) {
            m.put(c, Set.of(Character.UnicodeScript.ARABIC));
        }
        for (String c : "hin mar nep san".split(" ")) {
            m.put(c, Set.of(Character.UnicodeScript.DEVANAGARI));
        }
        m.put("srp", Set.of(Character.UnicodeScript.CYRILLIC, Character.UnicodeScript.LATIN));
        m.put("heb", Set.of(Character.UnicodeScript.HEBREW));
        m.put("ell", Set.of(Character.UnicodeScript.GREEK));
        m.put("ben", Set.of(Character.UnicodeScript.BENGALI));
        m.put("tam", Set.of(Character.UnicodeScript.TAMIL));
        m.put("tel", Set.of(Character.UnicodeScript.TELUGU));
        m.put("kan", Set.of(Character.UnicodeScript.KANNADA));
        m.put("mal", Set.of(Character.UnicodeScript.MALAYALAM));
        m.put("guj", Set.of(Character.UnicodeScript.GUJARATI));
        m.put("pan", Set.of(Character.UnicodeScript.GURMUKHI));
        m.put("sin", Set.of(Character.UnicodeScript.SINHALA));
        m.put("tha", Set.of(Character.UnicodeScript.THAI));
        m.put("kat", Set.of(Character.UnicodeScript.GEORGIAN));
        m.put("hye", Set.of(Character.UnicodeScript.ARMENIAN));
        m.put("cmn", Set.of(Character.UnicodeScript.HAN));
        m.put("zho", Set.of(Character.UnicodeScript.HAN)); // what "zh" from a site becomes
        m.put("nan", Set.of(Character.UnicodeScript.HAN, Character.UnicodeScript.LATIN));
        m.put("jpn", Set.of(Character.UnicodeScript.HAN, Character.UnicodeScript.HIRAGANA, Character.UnicodeScript.KATAKANA));
        m.put("kor", Set.of(Character.UnicodeScript.HANGUL, Character.UnicodeScript.HAN));
        return Map.copyOf(m);
    }

    /** The scripts a language is written in: Latin unless listed; with no article language, what the models read. */
    private static Set<Character.UnicodeScript> expectedScripts(String language) {
        return language == null ? Set.of(Character.UnicodeScript.LATIN)
                : SCRIPTS.getOrDefault(language, Set.of(Character.UnicodeScript.LATIN));
    }

    /** The script most of the text's letters are in, or null for a text without letters. */
    static Character.UnicodeScript dominantScript(String text) {
        Map<Character.UnicodeScript, Integer> counts = new java.util.EnumMap<>(Character.UnicodeScript.class);
        text.codePoints().filter(Character::isLetter).mapToObj(Character.UnicodeScript::of)
                // letters of no one script (mathematical alphanumerics folding missed) say nothing either way
                .filter(s -> s != Character.UnicodeScript.COMMON && s != Character.UnicodeScript.INHERITED
                        && s != Character.UnicodeScript.UNKNOWN)
                .forEach(s -> counts.merge(s, 1, Integer::sum));
        return counts.entrySet().stream().max(Map.Entry.comparingByValue()).map(Map.Entry::getKey).orElse(null);
    }

    /** Scores count for the trained languages, and for a text too short to tell (scoring beats a blind hold). */
    static boolean supported(String language) {
        return TRAINED_LANGUAGES.contains(language) || UNDETERMINED.equals(language);
    }

    /** Sites may send two-letter codes; the detector speaks ISO 639-3. */
    static String normalise(String code) {
        if (code == null || code.isBlank()) {
            return null;
        }
        // the primary subtag: "en-GB" was cut to "en-", a language no model knows, so every short comment under a
        // British English article was held as a foreign language
        String c = code.trim().toLowerCase(Locale.ROOT).split("[-_]", 2)[0];
        if (c.length() == 2) {
            try {
                return new Locale(c).getISO3Language();
            } catch (java.util.MissingResourceException e) {
                return c;
            }
        }
        return c.length() > 3 ? c.substring(0, 3) : c;
    }

    private static StanceOutcome outcome(StanceResult r) {
        if (r == null) {
            return null;
        }
        Map<String, String> targets = new LinkedHashMap<>();
        Map<String, Object> detail = new LinkedHashMap<>();
        if (r.targets() != null) {
            Map<String, Object> t = new LinkedHashMap<>();
            r.targets().forEach((name, label) -> {
                targets.put(name, label.label());
                t.put(name, label.probabilities());
            });
            detail.put("targets", t);
        }
        if (r.article() != null) {
            detail.put("article", r.article().probabilities());
        }
        if (r.parent() != null) {
            detail.put("parent", r.parent().probabilities());
        }
        return new StanceOutcome(label(r.article()), label(r.parent()), targets, detail);
    }

    private static String label(StanceLabel l) {
        return l == null ? null : l.label();
    }
}
