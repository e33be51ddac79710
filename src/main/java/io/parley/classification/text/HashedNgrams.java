package io.parley.classification.text;

import opennlp.tools.tokenize.SimpleTokenizer;
import opennlp.tools.util.Span;

import java.util.Arrays;

/**
 * fastText-style features: OpenNLP tokens, each turned into hashed ids for the lower-cased word,
 * the word bigram ending at it, and the character n-grams of {@code <word>}. Ids are grouped per
 * token so a model can attribute its score back to character offsets of the text.
 *
 * <p>The hash (64-bit FNV-1a over UTF-16 units, one seed per feature kind) is part of the model's
 * contract: {@link Config#hash()} names it, and a model built with another hash must not load.
 * Hashing chars in place (no substring objects) is what keeps featurisation cheap enough for
 * thousands of comments per second per core.
 */
public final class HashedNgrams {

    public static final String HASH = "fnv1a64-v1";
    public static final String SIMPLE = "opennlp-simple";
    public static final String MAXENT = "opennlp-maxent-en";

    /**
     * @param buckets   number of hash buckets (ids are in [0, buckets))
     * @param charMin   shortest character n-gram (0 disables char n-grams)
     * @param charMax   longest character n-gram
     * @param bigrams   whether to add word bigrams
     * @param maxTokens tokens beyond this are ignored (bounds the cost of very long comments)
     * @param maxCharGramWordLength words longer than this get no char n-grams (URLs, keyboard mashing)
     * @param hash      hash function name, must equal {@link #HASH}
     * @param tokenizer {@link #SIMPLE} (OpenNLP's character-class tokenizer, ~10x faster) or {@link #MAXENT}
     *                  (OpenNLP's trained English tokenizer)
     */
    public record Config(int buckets, int charMin, int charMax, boolean bigrams, int maxTokens,
                         int maxCharGramWordLength, String hash, String tokenizer) {
        public Config {
            if (!SIMPLE.equals(tokenizer) && !MAXENT.equals(tokenizer)) {
                throw new IllegalArgumentException("unknown tokenizer " + tokenizer);
            }
            if (buckets < 2 || charMin < 0 || charMax < charMin || maxTokens < 1) {
                throw new IllegalArgumentException("bad feature config");
            }
            if (!HASH.equals(hash)) {
                throw new IllegalArgumentException("unsupported feature hash " + hash + " (this build has " + HASH + ")");
            }
        }
    }

    /**
     * Features of one text.
     *
     * @param ids        all feature ids, token after token
     * @param tokenEnd   exclusive end in {@code ids} of each token's features (token i owns
     *                   {@code ids[tokenEnd[i-1] .. tokenEnd[i])})
     * @param tokenStart character start of each token in the text
     * @param tokenStop  character end (exclusive) of each token in the text
     */
    public record Features(int[] ids, int[] tokenEnd, int[] tokenStart, int[] tokenStop) {
        public int tokens() {
            return tokenEnd.length;
        }

        public int from(int token) {
            return token == 0 ? 0 : tokenEnd[token - 1];
        }
    }

    private static final long FNV_OFFSET = 0xcbf29ce484222325L;
    private static final long FNV_PRIME = 0x100000001b3L;
    private static final long SEED_WORD = 0x57L;
    private static final long SEED_BIGRAM = 0x42L;
    private static final long SEED_CHAR = 0x43L;

    private final Config config;

    public HashedNgrams(Config config) {
        this.config = config;
    }

    public Config config() {
        return config;
    }

    public Features features(String text) {
        // only a prefix can hold maxTokens tokens worth keeping; this bounds the cost of a 1 MB comment
        String head = text.length() > config.maxTokens() * 32 ? text.substring(0, config.maxTokens() * 32) : text;
        Span[] spans = head.isBlank() ? new Span[0]
                : SIMPLE.equals(config.tokenizer()) ? SimpleTokenizer.INSTANCE.tokenizePos(head) : OpenNlp.tokenSpans(head);
        int n = Math.min(spans.length, config.maxTokens());
        int[] starts = new int[n];
        int[] stops = new int[n];
        int[] ends = new int[n];
        int[] ids = new int[Math.max(16, n * 14)];
        int count = 0;
        long previousWord = 0;
        char[] buf = new char[64];
        for (int t = 0; t < n; t++) {
            int s = spans[t].getStart();
            int e = spans[t].getEnd();
            starts[t] = s;
            stops[t] = e;
            int len = e - s;
            if (buf.length < len + 2) {
                buf = new char[len + 2];
            }
            buf[0] = '<';
            for (int i = 0; i < len; i++) {
                buf[i + 1] = lower(text.charAt(s + i));
            }
            buf[len + 1] = '>';
            int needed = count + 2 + charGramCount(len);
            if (needed > ids.length) {
                ids = Arrays.copyOf(ids, Math.max(needed, ids.length * 2));
            }
            long word = hash(SEED_WORD, buf, 1, len);
            ids[count++] = bucket(word);
            if (config.bigrams() && t > 0) {
                ids[count++] = bucket(mix(SEED_BIGRAM ^ previousWord, word));
            }
            previousWord = word;
            if (config.charMin() > 0 && len <= config.maxCharGramWordLength()) {
                int total = len + 2;
                for (int g = config.charMin(); g <= config.charMax(); g++) {
                    // the whole "<word>" is already the word feature when it is this short
                    if (g >= total) {
                        break;
                    }
                    for (int i = 0; i + g <= total; i++) {
                        ids[count++] = bucket(hash(SEED_CHAR + g, buf, i, g));
                    }
                }
            }
            ends[t] = count;
        }
        return new Features(Arrays.copyOf(ids, count), ends, starts, stops);
    }

    private int charGramCount(int len) {
        if (config.charMin() == 0 || len > config.maxCharGramWordLength()) {
            return 0;
        }
        int total = len + 2;
        int c = 0;
        for (int g = config.charMin(); g <= config.charMax(); g++) {
            c += Math.max(0, total - g + 1);
        }
        return c;
    }

    private static char lower(char c) {
        if (c < 128) {
            return (c >= 'A' && c <= 'Z') ? (char) (c + 32) : c;
        }
        return Character.toLowerCase(c);
    }

    private static long hash(long seed, char[] buf, int from, int len) {
        long h = FNV_OFFSET ^ (seed * FNV_PRIME);
        for (int i = from; i < from + len; i++) {
            char c = buf[i];
            h ^= (c & 0xff);
            h *= FNV_PRIME;
            h ^= (c >>> 8);
            h *= FNV_PRIME;
        }
        return h;
    }

    private static long mix(long a, long b) {
        long h = FNV_OFFSET;
        for (int i = 0; i < 8; i++) {
            h ^= (a >>> (i * 8)) & 0xff;
            h *= FNV_PRIME;
        }
        for (int i = 0; i < 8; i++) {
            h ^= (b >>> (i * 8)) & 0xff;
            h *= FNV_PRIME;
        }
        return h;
    }

    private int bucket(long h) {
        // fold the high bits in: FNV's low bits alone mix poorly for short keys
        long folded = h ^ (h >>> 29) ^ (h >>> 47);
        return (int) Math.floorMod(folded, (long) config.buckets());
    }
}
