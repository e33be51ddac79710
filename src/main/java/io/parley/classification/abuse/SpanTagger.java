package io.parley.classification.abuse;

import io.parley.classification.text.HashedNgrams;
import io.parley.model.TrainerView;

import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * Decides the toxicity spans: a per-token logistic regression trained on the gold character spans of
 * the toxic-spans training posts ({@code training.SpanTaggerTrainer}). The heads only ever saw comment-level
 * labels, so their token evidence says which words raise the comment's score, not which words people
 * mark as the toxic part; this model learns the latter and keeps the heads' evidence as inputs.
 *
 * <p>Per token: hashed sparse features of the token itself (lower-cased word, its char n-grams, its
 * shape) and, optionally, its neighbours' words; plus dense features from the heads: each served head's
 * exact token evidence ({@link AbuseClassifier#tokenScores}), the toxicity evidence of the neighbours,
 * and the comment's calibrated toxicity. Spans are runs of word-like tokens whose probability reaches
 * {@code tokenThreshold}, joined across whitespace as the head spans are; a comment whose best token
 * stays below {@code postThreshold} gets none (empty gold with empty prediction scores 1). The weights
 * live in the model file ({@link #ENTRY}), the settings in its spec, so serving cannot drift.
 */
@TrainerView
public final class SpanTagger {

    /** Zip entry of the weights: little-endian floats, buckets + {@link #dense} + 1 (bias last). */
    public static final String ENTRY = "span-tagger.bin";

    /** Hash of the tagger's sparse features (FNV-1a 64 over UTF-16 units, a seed per feature kind). */
    public static final String HASH = "fnv1a64-kinds-v1";

    /** The label whose spans the tagger decides (it learns from the toxic-spans gold). */
    public static final String LABEL = "toxicity";

    /**
     * Dense inputs: evidence of each served label's head ({@code evidence} of them, six in the committed model),
     * toxicity evidence of the previous and the next token, the comment's calibrated toxicity, and a constant 1 for
     * tokens without evidence (no features).
     */
    public static int dense(int evidence) {
        return evidence + 4;
    }

    /** Evidence is clipped so one extreme n-gram cannot dominate the tagger's logit. */
    static final double CLIP = 4;

    /**
     * @param buckets        hash buckets of the sparse features
     * @param charMin        shortest char n-gram of {@code <word>}
     * @param charMax        longest char n-gram
     * @param context        whether the previous and next words are features
     * @param headEvidence   whether the dense head features are used (else they are zero)
     * @param c              the penalty chosen on validation (sklearn's C: summed loss times C + 0.5 |w|^2)
     * @param tokenThreshold a word-like token joins a span when its probability reaches this
     * @param postThreshold  no spans for a comment whose best word-like token stays below this
     * @param relative       how far the token bar rises with the comment's best token, in logits: a token joins
     *                       when logit(p) reaches logit(tokenThreshold) + relative x logit(best); 0 = a fixed bar
     * @param hash           {@link #HASH}
     */
    public record Settings(int buckets, int charMin, int charMax, boolean context, boolean headEvidence, double c,
                           double tokenThreshold, double postThreshold, double relative, String hash) {
        public Settings {
            if (buckets < 2 || charMin < 1 || charMax < charMin) {
                throw new IllegalArgumentException("bad span tagger settings");
            }
            if (!(relative >= 0 && relative < 1)) {
                throw new IllegalArgumentException("span tagger relative bar must be in [0, 1), not " + relative);
            }
            if (!HASH.equals(hash)) {
                throw new IllegalArgumentException("unsupported span tagger hash " + hash + " (this build has " + HASH + ")");
            }
        }

        /** Weights of a tagger over {@code evidence} served labels. */
        public int width(int evidence) {
            return buckets + dense(evidence) + 1;
        }

        public Settings tuned(double c, double tokenThreshold, double postThreshold) {
            return new Settings(buckets, charMin, charMax, context, headEvidence, c, tokenThreshold, postThreshold,
                    relative, hash);
        }

        public Settings relative(double tokenThreshold, double postThreshold, double relative) {
            return new Settings(buckets, charMin, charMax, context, headEvidence, c, tokenThreshold, postThreshold,
                    relative, hash);
        }
    }

    /** Sparse rows, one per token of a comment (CSR: row t is {@code idx/val[ptr[t] .. ptr[t+1])}). */
    public record Rows(int[] ptr, int[] idx, float[] val) {
        public int rows() {
            return ptr.length - 1;
        }
    }

    private final Settings settings;
    private final int evidence;
    private final float[] weights;

    /** A tagger over the evidence of {@code evidence} served labels. */
    public SpanTagger(Settings settings, int evidence, float[] weights) {
        if (weights.length != settings.width(evidence)) {
            throw new IllegalArgumentException("span tagger has " + weights.length + " weights, settings need "
                    + settings.width(evidence));
        }
        this.settings = settings;
        this.evidence = evidence;
        this.weights = weights;
    }

    public Settings settings() {
        return settings;
    }

    /** How many served labels' evidence it reads. */
    public int evidence() {
        return evidence;
    }

    public float[] weights() {
        return weights;
    }

    public byte[] weightBytes() {
        ByteBuffer b = ByteBuffer.allocate(weights.length * 4).order(ByteOrder.LITTLE_ENDIAN);
        b.asFloatBuffer().put(weights);
        return b.array();
    }

    public static float[] weights(byte[] bytes) {
        float[] w = new float[bytes.length / 4];
        ByteBuffer.wrap(bytes).order(ByteOrder.LITTLE_ENDIAN).asFloatBuffer().get(w);
        return w;
    }

    /** Per token of {@code f}: the probability that it belongs to a toxic span (NaN for tokens that are no words). */
    public double[] probabilities(AbuseClassifier heads, String text, HashedNgrams.Features f, double toxicity) {
        Rows r = rows(settings, heads, text, f, toxicity);
        double[] p = new double[r.rows()];
        int dim = weights.length - 1;
        for (int t = 0; t < p.length; t++) {
            if (r.ptr()[t] == r.ptr()[t + 1]) {
                p[t] = Double.NaN;
                continue;
            }
            double z = weights[dim];
            for (int k = r.ptr()[t]; k < r.ptr()[t + 1]; k++) {
                z += r.val()[k] * weights[r.idx()[k]];
            }
            p[t] = AbuseClassifier.sigmoid(z);
        }
        return p;
    }

    /** The toxicity spans of one comment; {@code toxicity} is its calibrated toxicity. */
    public List<ScoredSpan> spans(AbuseClassifier heads, String text, HashedNgrams.Features f, double toxicity) {
        return spans(text, f, probabilities(heads, text, f, toxicity), settings.tokenThreshold(),
                settings.postThreshold(), settings.relative());
    }

    /**
     * Runs of word-like tokens reaching the comment's bar, joined across whitespace; weight = best token.
     * The bar is {@code threshold} raised (in logits) by {@code relative} times the best token's logit:
     * span F1 is a mean over comments, and where one word is clearly toxic the marked part is that word
     * rather than the milder words around it that a fixed bar would also take.
     */
    public static List<ScoredSpan> spans(String text, HashedNgrams.Features f, double[] p, double threshold,
                                         double post, double relative) {
        double best = Arrays.stream(p).filter(x -> !Double.isNaN(x)).max().orElse(0);
        if (best < post) {
            return new ArrayList<>();
        }
        if (relative != 0) {
            threshold = AbuseClassifier.sigmoid(logit(threshold) + relative * logit(best));
        }
        // tokens that are not words have a NaN probability, so the runs need no word check of their own
        return AbuseClassifier.runs(text, f, p, threshold, t -> true, LABEL, w -> w);
    }

    /**
     * The feature rows of a comment's tokens, shared by training and serving. Tokens that are not
     * word-like (fewer than two letters or digits) get an empty row: they are never spans.
     */
    public static Rows rows(Settings s, AbuseClassifier heads, String text, HashedNgrams.Features f, double toxicity) {
        int n = f.tokens();
        double[][] evidence = s.headEvidence() ? heads.servedTokenScores(f) : null;
        int served = heads.labels().size();
        int tox = heads.servedToxicity();
        String[] words = new String[n];
        for (int t = 0; t < n; t++) {
            words[t] = lower(text, f.tokenStart()[t], f.tokenStop()[t]);
        }
        int[] ptr = new int[n + 1];
        int[] idx = new int[Math.max(16, n * 24)];
        float[] val = new float[idx.length];
        int count = 0;
        for (int t = 0; t < n; t++) {
            String w = words[t];
            if (!wordLike(w)) {
                ptr[t + 1] = count;
                continue;
            }
            int grams = 0;
            if (w.length() <= 30) {
                for (int g = s.charMin(); g <= s.charMax(); g++) {
                    grams += Math.max(0, w.length() + 2 - g + 1);
                }
            }
            int needed = count + 4 + grams + dense(served);
            if (needed > idx.length) {
                idx = Arrays.copyOf(idx, Math.max(needed, idx.length * 2));
                val = Arrays.copyOf(val, idx.length);
            }
            idx[count] = bucket(s, 'w', w);
            val[count++] = 1;
            idx[count] = bucket(s, 's', shape(text, f.tokenStart()[t], f.tokenStop()[t]));
            val[count++] = 1;
            if (s.context()) {
                idx[count] = bucket(s, 'p', t > 0 ? words[t - 1] : "<s>");
                val[count++] = 1;
                idx[count] = bucket(s, 'n', t + 1 < n ? words[t + 1] : "</s>");
                val[count++] = 1;
            }
            if (grams > 0) {
                String b = "<" + w + ">";
                float v = (float) (1 / Math.sqrt(grams));
                for (int g = s.charMin(); g <= s.charMax(); g++) {
                    for (int i = 0; i + g <= b.length(); i++) {
                        idx[count] = bucket(s, (char) ('0' + g), b, i, i + g);
                        val[count++] = v;
                    }
                }
            }
            if (s.headEvidence()) {
                boolean none = true;
                for (int h = 0; h < evidence.length; h++) {
                    double e = evidence[h][t];
                    none &= Double.isInfinite(e);
                    idx[count] = s.buckets() + h;
                    val[count++] = (float) clip(e);
                }
                idx[count] = s.buckets() + served;
                val[count++] = (float) (t > 0 ? clip(evidence[tox][t - 1]) : 0);
                idx[count] = s.buckets() + served + 1;
                val[count++] = (float) (t + 1 < n ? clip(evidence[tox][t + 1]) : 0);
                idx[count] = s.buckets() + served + 2;
                val[count++] = (float) toxicity;
                if (none) {
                    idx[count] = s.buckets() + served + 3;
                    val[count++] = 1;
                }
            }
            ptr[t + 1] = count;
        }
        return new Rows(ptr, Arrays.copyOf(idx, count), Arrays.copyOf(val, count));
    }

    private static double logit(double p) {
        double q = Math.max(1e-9, Math.min(1 - 1e-9, p));
        return Math.log(q / (1 - q));
    }

    private static double clip(double e) {
        return Double.isFinite(e) ? Math.max(-CLIP, Math.min(CLIP, e)) : 0;
    }

    /** At least two letters or digits (the head spans' rule: not "a", "I", punctuation). */
    public static boolean wordLike(String w) {
        return AbuseClassifier.wordLike(w, 0, w.length());
    }

    private static String lower(String text, int from, int to) {
        return text.substring(from, to).toLowerCase(java.util.Locale.ROOT);
    }

    /** Capitalisation shape: "Xx", "XX", "x", "d", runs collapsed (shouted words are marked more often). */
    private static String shape(String text, int from, int to) {
        StringBuilder sb = new StringBuilder(4);
        char last = 0;
        for (int i = from; i < to && sb.length() < 4; i++) {
            char c = text.charAt(i);
            char k = Character.isUpperCase(c) ? 'X' : Character.isLowerCase(c) ? 'x' : Character.isDigit(c) ? 'd' : '*';
            if (k != last) {
                sb.append(k);
                last = k;
            }
        }
        return sb.toString();
    }

    private static int bucket(Settings s, char kind, String v) {
        return bucket(s, kind, v, 0, v.length());
    }

    private static int bucket(Settings s, char kind, String v, int from, int to) {
        long h = 0xcbf29ce484222325L ^ (kind * 0x100000001b3L);
        for (int i = from; i < to; i++) {
            char c = v.charAt(i);
            h ^= (c & 0xff);
            h *= 0x100000001b3L;
            h ^= (c >>> 8);
            h *= 0x100000001b3L;
        }
        long folded = h ^ (h >>> 29) ^ (h >>> 47);
        return (int) Math.floorMod(folded, (long) s.buckets());
    }
}
