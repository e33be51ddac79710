package io.parley.classification.text;

import opennlp.tools.langdetect.LanguageDetectorME;
import opennlp.tools.langdetect.LanguageDetectorModel;
import opennlp.tools.sentdetect.SentenceDetectorME;
import opennlp.tools.sentdetect.SentenceModel;
import opennlp.tools.tokenize.TokenizerME;
import opennlp.tools.tokenize.TokenizerModel;
import opennlp.tools.util.Span;
import opennlp.tools.util.StringUtil;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * OpenNLP's pre-trained English tokenizer, sentence detector and language detector, loaded once from
 * the model jars on the classpath. The ME classes are not thread-safe, so each thread gets its own
 * instance over the shared, immutable model.
 */
public final class OpenNlp {

    private static final String TOKENS = "opennlp-en-ud-ewt-tokens-1.3-2.5.4.bin";
    private static final String SENTENCES = "opennlp-en-ud-ewt-sentence-1.3-2.5.4.bin";
    private static final String LANGUAGES = "langdetect-183.bin";

    private OpenNlp() {
    }

    private static final class Tokens {
        static final TokenizerModel MODEL = load(TOKENS, TokenizerModel::new);
        static final ThreadLocal<TokenizerME> ME = ThreadLocal.withInitial(() -> new TokenizerME(MODEL));
        /**
         * Each whitespace-separated word's token spans (start, end pairs relative to the word), as the maximum-entropy
         * model cut it. TokenizerME decides every cut inside a word from that word alone (its context generator sees
         * only the word and the position; the abbreviation check only the word), so a word cuts the same way wherever
         * it appears and the memo returns exactly what the model would. Comments repeat their words ("it's", "that.",
         * "you're") far more than they repeat themselves: the memo turns most model evaluations into a lookup.
         */
        static final Map<String, int[]> CUTS = new ConcurrentHashMap<>(1 << 16);
    }

    /** Memo size at which it starts over (a few MB of the most recent vocabulary). */
    static final int MAX_MEMO_WORDS = 100_000;

    private static final class Sentences {
        static final SentenceModel MODEL = load(SENTENCES, SentenceModel::new);
        static final ThreadLocal<SentenceDetectorME> ME = ThreadLocal.withInitial(() -> new SentenceDetectorME(MODEL));
    }

    private static final class Languages {
        static final LanguageDetectorModel MODEL = load(LANGUAGES, LanguageDetectorModel::new);
        static final ThreadLocal<LanguageDetectorME> ME = ThreadLocal.withInitial(() -> new LanguageDetectorME(MODEL));
    }

    /** Set (the CLI launcher does) to keep the compiled language detector between runs: OpenNLP's model is then parsed once. */
    public static final String CACHE_PROPERTY = "parley.cache.dir";

    private static final class Compiled {
        static final CompiledLanguageDetector COMPILED = compiledLanguages();
    }

    private static CompiledLanguageDetector compiledLanguages() {
        String dir = System.getProperty(CACHE_PROPERTY, "");
        java.net.URL url = OpenNlp.class.getClassLoader().getResource(LANGUAGES);
        if (dir.isBlank() || url == null) {
            return CompiledLanguageDetector.of(Languages.MODEL);
        }
        // Named after the model's location (its jar and version), so another model never reads these tables.
        java.nio.file.Path file = java.nio.file.Path.of(dir, "langdetect-" + Integer.toHexString(url.toString().hashCode()) + ".bin");
        CompiledLanguageDetector cached = CompiledLanguageDetector.read(file);
        if (cached != null) {
            return cached;
        }
        CompiledLanguageDetector compiled = CompiledLanguageDetector.of(Languages.MODEL);
        if (compiled != null) {
            try {
                compiled.write(file);
            } catch (IOException | RuntimeException e) {
                // a cache that cannot be written costs the next run its second, nothing else
            }
        }
        return compiled;
    }

    /** Token character spans of {@code text}: OpenNLP's {@code TokenizerME.tokenizePos}, word cuts memoised. */
    public static Span[] tokenSpans(String text) {
        List<Span> out = new ArrayList<>(text.length() / 4 + 1);
        int n = text.length();
        int i = 0;
        // WhitespaceTokenizer (new lines not kept, as TokenizerME sets it): maximal runs of non-whitespace
        while (i < n) {
            while (i < n && StringUtil.isWhitespace(text.charAt(i))) {
                i++;
            }
            if (i == n) {
                break;
            }
            int start = i;
            while (i < n && !StringUtil.isWhitespace(text.charAt(i))) {
                i++;
            }
            if (i - start < 2) {
                out.add(new Span(start, i)); // TokenizerME keeps a single character as it is
                continue;
            }
            int[] cuts = cuts(text.substring(start, i));
            for (int k = 0; k < cuts.length; k += 2) {
                out.add(new Span(start + cuts[k], start + cuts[k + 1]));
            }
        }
        return out.toArray(new Span[0]);
    }

    public static String[] tokens(String text) {
        return Span.spansToStrings(tokenSpans(text), text);
    }

    /** OpenNLP's own tokenizer, without the memo (kept to check {@link #tokenSpans} against). */
    static Span[] tokenSpansByOpenNlp(String text) {
        return Tokens.ME.get().tokenizePos(text);
    }

    private static int[] cuts(String word) {
        int[] cuts = Tokens.CUTS.get(word);
        if (cuts == null) {
            // the model (its alphanumeric shortcut is off) weighs a cut at every position of every word, "the" too
            Span[] spans = Tokens.ME.get().tokenizePos(word);
            cuts = new int[spans.length * 2];
            for (int k = 0; k < spans.length; k++) {
                cuts[2 * k] = spans[k].getStart();
                cuts[2 * k + 1] = spans[k].getEnd();
            }
            if (Tokens.CUTS.size() >= MAX_MEMO_WORDS) {
                Tokens.CUTS.clear(); // start over rather than track recency: a cleared memo refills in one batch
            }
            Tokens.CUTS.put(word, cuts);
        }
        return cuts;
    }

    /** Sentence character spans of {@code text}. */
    public static Span[] sentenceSpans(String text) {
        return Sentences.ME.get().sentPosDetect(text);
    }

    public static String[] sentences(String text) {
        return Sentences.ME.get().sentDetect(text);
    }

    /**
     * English function words that are not words of the other languages readers commonly write in (no "a", "in",
     * "no", "was", "die"): in English prose they are a third or more of the words, in other languages almost none.
     */
    private static final java.util.Set<String> ENGLISH_FUNCTION_WORDS = java.util.Set.of("the", "and", "is", "are",
            "were", "to", "of", "that", "this", "these", "those", "it", "it's", "its", "you", "your", "you're", "with", "not", "be", "been", "have",
            "has", "had", "for", "they", "their", "them", "there", "he", "his", "she", "her", "we", "our", "us", "i",
            "i'm", "my", "me", "but", "what", "which", "who", "would", "should", "could", "will", "do", "does", "did",
            "don't", "can", "can't", "at", "as", "if", "or", "an", "just", "about", "from", "by", "all", "than", "because",
            "why", "how", "when", "any", "some", "more");
    /** Share of function words above which a text is English without asking the detector. */
    private static final double ENGLISH_SHARE = 0.25;
    private static final java.util.regex.Pattern ENGLISH_WORD = java.util.regex.Pattern.compile("[\\p{L}'\u2019]+");

    /**
     * Whether at least two of the words, and a quarter of them, are English function words: then the text is English
     * whatever the detector's character n-grams say (they call plain English "Latin" or "Norwegian" now and then),
     * and the check costs a fraction of theirs.
     */
    public static boolean plainlyEnglish(String text) {
        int[] counts = englishCounts(text);
        return counts[1] >= 2 && counts[1] >= ENGLISH_SHARE * counts[0];
    }

    /** How many of the text's words are English function words (the ones {@link #plainlyEnglish} counts). */
    public static int englishFunctionWords(String text) {
        return englishCounts(text)[1];
    }

    /** Words, and English function words among them. */
    private static int[] englishCounts(String text) {
        var words = ENGLISH_WORD.matcher(text);
        int all = 0;
        int function = 0;
        while (words.find()) {
            all++;
            if (ENGLISH_FUNCTION_WORDS.contains(words.group().toLowerCase(java.util.Locale.ROOT).replace('\u2019', '\''))) {
                function++;
            }
        }
        return new int[]{all, function};
    }

    /** The most likely ISO 639-3 language code and its confidence in [0,1]. */
    public static opennlp.tools.langdetect.Language language(String text) {
        opennlp.tools.langdetect.Language fast = Compiled.COMPILED == null ? null : Compiled.COMPILED.predict(text);
        return fast != null ? fast : Languages.ME.get().predictLanguage(text);
    }

    /**
     * The most likely language of the text, and the confidence the detector gives {@code other} (an ISO 639-3 code) on
     * the same text, 0 when it does not know that language: how much likelier the best guess is than another.
     */
    public static opennlp.tools.langdetect.Language[] languageVersus(String text, String other) {
        opennlp.tools.langdetect.Language[] fast = Compiled.COMPILED == null ? null
                : Compiled.COMPILED.predictVersus(text, other);
        if (fast != null) {
            return fast;
        }
        opennlp.tools.langdetect.Language[] all = Languages.ME.get().predictLanguages(text);
        double o = 0;
        for (opennlp.tools.langdetect.Language l : all) {
            if (l.getLang().equals(other)) {
                o = l.getConfidence();
            }
        }
        return new opennlp.tools.langdetect.Language[]{all[0], new opennlp.tools.langdetect.Language(other, o)};
    }

    /** OpenNLP's own language detection, which {@link #language} reproduces faster (kept to check it against). */
    static opennlp.tools.langdetect.Language languageByOpenNlp(String text) {
        return Languages.ME.get().predictLanguage(text);
    }

    /** The compiled detector {@link #language} uses, or null. */
    static CompiledLanguageDetector compiledLanguageDetector() {
        return Compiled.COMPILED;
    }

    /** Whether {@link #language} uses the compiled detector. */
    static boolean languageCompiled() {
        return Compiled.COMPILED != null;
    }

    private interface Loader<T> {
        T load(InputStream in) throws IOException;
    }

    private static <T> T load(String resource, Loader<T> loader) {
        try (InputStream in = OpenNlp.class.getClassLoader().getResourceAsStream(resource)) {
            if (in == null) {
                throw new IllegalStateException("OpenNLP model " + resource + " is not on the classpath");
            }
            return loader.load(in);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read OpenNLP model " + resource, e);
        }
    }
}
