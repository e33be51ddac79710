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
                .map(c -> new StanceInput(c.text(), c.articleText(), c.parentText(), c.targets())).toList())
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
        String text = LINK.matcher(comment).replaceAll(" ").strip();
        int length = text.length();
        if (length < SHORT_TEXT && fallback != null) {
            return fallback; // the detector's guess on a short text would not be used: do not run it
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

    /** Scores count for the trained languages, and for a text too short to tell (scoring beats a blind hold). */
    static boolean supported(String language) {
        return TRAINED_LANGUAGES.contains(language) || UNDETERMINED.equals(language);
    }

    /** Sites may send two-letter codes; the detector speaks ISO 639-3. */
    static String normalise(String code) {
        if (code == null || code.isBlank()) {
            return null;
        }
        String c = code.trim().toLowerCase(Locale.ROOT);
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
