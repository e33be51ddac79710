package io.parley.classification.abuse;

import io.parley.classification.text.HashedNgrams;
import io.parley.model.ModelArchive;
import io.parley.model.ModelCorrupt;
import org.deeplearning4j.nn.multilayer.MultiLayerNetwork;
import org.deeplearning4j.util.ModelSerializer;
import org.nd4j.linalg.api.ndarray.INDArray;

import java.io.ByteArrayInputStream;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.DoubleUnaryOperator;
import java.util.function.IntPredicate;
import java.util.stream.IntStream;

/**
 * Scores comments with the abuse model. Thread-safe and immutable.
 *
 * <p>The network (spec format 2) is linear over TF-IDF weighted hashed word, bigram and char n-grams
 * ({@link TfIdf}): an embedding table summed with those weights, then a sigmoid head per label. Folded at load time
 * into one bucket-by-head table, each feature's contribution to a logit is its weight times one table entry, so
 * scoring is a sparse dot product (no native calls, microseconds per comment) and token attributions for the spans
 * are exact.
 *
 * <p>Toxicity spans come from the model's {@link SpanTagger} when it has one (trained on gold spans, run only
 * for comments whose toxicity reaches the span floor); files written before it existed keep the head spans.
 */
public final class AbuseClassifier {

    static final String NETWORK = "network.bin";

    private final AbuseSpec spec;
    private final HashedNgrams features;
    private final float[] table;
    private final float[] bias;
    private final String name;
    private final String version;
    private final int k;
    /** Decides the toxicity spans; null for models without one (the toxicity head's evidence decides). */
    private final SpanTagger tagger;
    /** Adds the pretrained-vector network's logits; null for models without one. */
    private final VectorHeads vectorHeads;

    AbuseClassifier(AbuseSpec spec, float[] table, float[] bias, String name, String version) {
        this(spec, table, bias, name, version, null, null);
    }

    AbuseClassifier(AbuseSpec spec, float[] table, float[] bias, String name, String version, SpanTagger tagger,
                    VectorHeads vectorHeads) {
        this.tagger = tagger;
        this.vectorHeads = vectorHeads;
        if ((vectorHeads == null) != (spec.vectorHeads() == null)) {
            throw new IllegalArgumentException("vector heads and their settings go together");
        }
        this.spec = spec;
        this.features = new HashedNgrams(spec.features());
        this.table = table;
        this.bias = bias;
        this.name = name;
        this.version = version;
        this.k = spec.heads().size();
    }

    /** Where the model lives under the models directory (or the classpath's {@code models/}). */
    public static final String MODEL_PATH = "abuse/abuse.zip";

    /** Loads from {@code modelsDir} (blank: the copy inside the jar); fails with ModelNotFound / ModelCorrupt. */
    public static AbuseClassifier locate(String modelsDir) {
        return load(ModelArchive.locate(modelsDir, MODEL_PATH));
    }

    /** Loads a model file; a file that does not match this code fails with {@link ModelCorrupt}. */
    public static AbuseClassifier load(ModelArchive archive) {
        AbuseSpec spec;
        try {
            spec = archive.spec(AbuseSpec.class);
        } catch (ModelCorrupt e) {
            throw e;
        } catch (RuntimeException e) {
            throw new ModelCorrupt(archive.location(), "bad abuse spec (" + e.getMessage() + ")");
        }
        if (spec == null || spec.formatVersion() != AbuseSpec.FORMAT
                || spec.idf() == null || spec.idf().length != spec.features().buckets()
                || !Heads.ALL.equals(spec.heads())
                || spec.plattA() == null || spec.plattA().length != Heads.K
                || spec.spanTokenThresholds() == null || spec.spanTokenThresholds().length != Heads.K) {
            throw new ModelCorrupt(archive.location(), "not an abuse model of format " + AbuseSpec.FORMAT);
        }
        if (archive.spec().path("vectorHeads").path("convFilters").asInt(0) > 0) {
            throw new ModelCorrupt(archive.location(), "its vector heads have a convolution, which this version no "
                    + "longer serves (retired, see bench/abuse/experiments.md): retrain with 'parley train abuse'");
        }
        MultiLayerNetwork net;
        try {
            net = ModelSerializer.restoreMultiLayerNetwork(new ByteArrayInputStream(archive.entry(NETWORK)), false);
        } catch (Exception e) {
            throw new ModelCorrupt(archive.location(), "cannot read the network (" + e.getMessage() + ")");
        }
        float[][] folded = fold(net, spec);
        if (folded[0].length != spec.features().buckets() * Heads.K) {
            throw new ModelCorrupt(archive.location(), "network does not match the feature spec");
        }
        return new AbuseClassifier(spec, folded[0], folded[1], archive.provenance().name(),
                archive.provenance().version(), tagger(archive, spec), VectorHeads.load(archive, spec.vectorHeads()));
    }

    /** The span tagger a spec names; a spec naming one whose weights are missing or mis-sized is corrupt. */
    private static SpanTagger tagger(ModelArchive archive, AbuseSpec spec) {
        if (spec.spanTagger() == null) {
            return null;
        }
        float[] w = SpanTagger.weights(archive.entry(SpanTagger.ENTRY));
        if (w.length != spec.spanTagger().width()) {
            throw new ModelCorrupt(archive.location(), "span tagger weights (" + SpanTagger.ENTRY + ") do not match "
                    + "its settings: " + w.length + " weights, " + spec.spanTagger().width() + " expected");
        }
        return new SpanTagger(spec.spanTagger(), w);
    }

    /** A copy of this model whose toxicity spans come from {@code tagger}. */
    AbuseClassifier withTagger(SpanTagger tagger) {
        return new AbuseClassifier(spec.withSpanTagger(tagger == null ? null : tagger.settings()), table, bias, name,
                version, tagger, vectorHeads);
    }

    /** A copy of this model whose logits add {@code v}'s (null: the n-gram heads alone). */
    AbuseClassifier withVectorHeads(VectorHeads v) {
        return new AbuseClassifier(spec.withVectorHeads(v == null ? null : v.settings()), table, bias, name, version,
                tagger, v);
    }

    VectorHeads vectorHeads() {
        return vectorHeads;
    }

    SpanTagger tagger() {
        return tagger;
    }

    /**
     * The toxicity spans of a comment of calibrated toxicity {@code toxicity}: the tagger's when the model has
     * one, else runs of the toxicity head's own token evidence.
     */
    List<ScoredSpan> toxicitySpans(String text, HashedNgrams.Features f, double toxicity) {
        if (tagger != null) {
            return tagger.spans(this, text, f, toxicity);
        }
        return spans(text, f, Heads.TOXICITY, spec.spanTokenThresholds()[Heads.TOXICITY]);
    }

    /**
     * Per-bucket logit contributions (buckets x K) plus the bias: the embedding (buckets x dim) times
     * the head (dim x K). The network is linear in the TF-IDF weighted sum of rows, so the fold is exact.
     */
    static float[][] fold(MultiLayerNetwork net, AbuseSpec spec) {
        INDArray embedding = net.getLayer(0).getParam("W");
        INDArray head = net.getLayer(2).getParam("W");
        INDArray b = net.getLayer(2).getParam("b");
        if (embedding.columns() != head.rows() || head.columns() != Heads.K) {
            throw new IllegalStateException("network shape does not match the heads");
        }
        // getParam returns views into one flat buffer: copy to fresh row-major arrays before reading
        float[] table = embedding.mmul(head).castTo(org.nd4j.linalg.api.buffer.DataType.FLOAT).dup('c').data().asFloat();
        float[] bias = b.castTo(org.nd4j.linalg.api.buffer.DataType.FLOAT).dup('c').toFloatVector();
        return new float[][]{table, bias};
    }

    public String modelName() {
        return name;
    }

    public String modelVersion() {
        return version;
    }

    public AbuseScores score(String text) {
        HashedNgrams.Features f = features.features(text);
        return score(text, f, probabilities(text, f));
    }

    private AbuseScores score(String text, HashedNgrams.Features f, double[] p) {
        Map<String, Double> scores = new LinkedHashMap<>();
        for (int h = 0; h < Heads.PUBLIC.size(); h++) {
            scores.put(Heads.PUBLIC.get(h), p[h]);
        }
        List<ScoredSpan> spans = new ArrayList<>();
        for (int h = 0; h < Heads.PUBLIC.size(); h++) {
            // a label gets spans only once the comment reaches that label's validation threshold
            if (p[h] >= Math.max(spec.spanMinScore(), spec.threshold(Heads.PUBLIC.get(h)))) {
                spans.addAll(h == Heads.TOXICITY ? toxicitySpans(text, f, p[h])
                        : spans(text, f, h, spec.spanTokenThresholds()[h]));
            }
        }
        return new AbuseScores(scores, spans);
    }

    /**
     * Scores a batch on all cores; the result is in input order. The vector heads run as one matrix product for
     * the whole batch ({@link VectorHeads#logitsAll}): per comment their first layer is what costs, and a batch
     * reads its weights once instead of once per comment.
     */
    public List<AbuseScores> scoreAll(List<String> texts) {
        int n = texts.size();
        AbuseScores[] out = new AbuseScores[n];
        if (vectorHeads == null || n < VectorHeads.MIN_BATCH) {
            IntStream.range(0, n).parallel().forEach(i -> out[i] = score(texts.get(i)));
            return List.of(out);
        }
        HashedNgrams.Features[] f = new HashedNgrams.Features[n];
        IntStream.range(0, n).parallel().forEach(i -> f[i] = features.features(texts.get(i)));
        double[][] zv = vectorHeads.logitsAll(texts, f);
        IntStream.range(0, n).parallel().forEach(i -> {
            double[] p = new double[k];
            if (f[i].ids().length > 0) {
                p = logits(f[i]);
                vectorHeads.addLogits(zv[i], p);
                calibrated(p);
            }
            out[i] = score(texts.get(i), f[i], p);
        });
        return List.of(out);
    }

    AbuseSpec spec() {
        return spec;
    }

    HashedNgrams.Features features(String text) {
        return features.features(text);
    }

    /** Raw (uncalibrated) logits of all heads: the n-gram heads' plus, when the model has them, the vector heads'. */
    double[] logits(String text, HashedNgrams.Features f) {
        double[] z = logits(f);
        if (vectorHeads != null) {
            vectorHeads.addTo(text, f, z);
        }
        return z;
    }

    /** Raw logits of the n-gram heads alone (all a model without vector heads has). */
    double[] logits(HashedNgrams.Features f) {
        double[] z = new double[k];
        TfIdf.Weighted w = TfIdf.weigh(f.ids(), spec.idf());
        for (int i = 0; i < w.ids().length; i++) {
            int base = w.ids()[i] * k;
            float x = w.weights()[i];
            for (int h = 0; h < k; h++) {
                z[h] += x * table[base + h];
            }
        }
        for (int h = 0; h < k; h++) {
            z[h] += bias[h];
        }
        return z;
    }

    /** Calibrated probabilities of all heads; a text without tokens has nothing to judge and scores 0. */
    double[] probabilities(String text, HashedNgrams.Features f) {
        if (f.ids().length == 0) {
            return new double[k];
        }
        return calibrated(logits(text, f));
    }

    /** {@code z}, each head's logit replaced by its calibrated probability. */
    private double[] calibrated(double[] z) {
        for (int h = 0; h < k; h++) {
            z[h] = calibrate(h, z[h]);
        }
        return z;
    }

    double calibrate(int head, double logit) {
        return sigmoid(spec.plattA()[head] * logit + spec.plattB()[head]);
    }

    /**
     * Each token's own evidence for one head: the mean logit contribution of its features (word,
     * bigram ending at it, char n-grams). Because the head is linear this is exact, not a gradient
     * approximation; spans threshold it.
     */
    double[] tokenScores(HashedNgrams.Features f, int head) {
        double[] s = new double[f.tokens()];
        int[] ids = f.ids();
        // the logit is bias + the sum of these: each occurrence carries its share of its id's weight
        TfIdf.Weighted w = TfIdf.weigh(ids, spec.idf());
        for (int t = 0; t < s.length; t++) {
            int from = f.from(t);
            int to = f.tokenEnd()[t];
            double sum = 0;
            for (int i = from; i < to; i++) {
                sum += w.occurrence(ids[i]) * table[ids[i] * k + head];
            }
            s[t] = to > from ? sum : Double.NEGATIVE_INFINITY;
        }
        return s;
    }

    /**
     * {@link #tokenScores} of the six served heads at once ([head][token]): one TF-IDF weighing and one pass over
     * the ids instead of one per head (the span tagger reads them all).
     */
    double[][] servedTokenScores(HashedNgrams.Features f) {
        int heads = Heads.PUBLIC.size();
        double[][] s = new double[heads][f.tokens()];
        int[] ids = f.ids();
        TfIdf.Weighted w = TfIdf.weigh(ids, spec.idf());
        double[] sum = new double[heads];
        for (int t = 0; t < f.tokens(); t++) {
            int from = f.from(t);
            int to = f.tokenEnd()[t];
            java.util.Arrays.fill(sum, 0);
            for (int i = from; i < to; i++) {
                float x = w.occurrence(ids[i]);
                int base = ids[i] * k;
                for (int h = 0; h < heads; h++) {
                    sum[h] += x * table[base + h];
                }
            }
            for (int h = 0; h < heads; h++) {
                s[h][t] = to > from ? sum[h] : Double.NEGATIVE_INFINITY;
            }
        }
        return s;
    }

    /**
     * Spans of one head: runs of tokens whose evidence reaches {@code threshold}, joined across
     * whitespace. The weight is the calibrated probability of the strongest token read alone.
     */
    List<ScoredSpan> spans(String text, HashedNgrams.Features f, int head, double threshold) {
        return runs(text, f, tokenScores(f, head), threshold, t -> wordLike(text, f.tokenStart()[t], f.tokenStop()[t]),
                spec.heads().get(head), w -> calibrate(head, bias[head] + w));
    }

    /**
     * Runs of tokens whose score reaches {@code threshold}, joined across whitespace, as spans of {@code label};
     * {@code weight} turns a run's best score into the span's weight. A token that {@code word} rejects, or whose
     * score is NaN (compares false), never starts or extends a run. The head spans and the span tagger share it.
     */
    static List<ScoredSpan> runs(String text, HashedNgrams.Features f, double[] s, double threshold, IntPredicate word,
                                 String label, DoubleUnaryOperator weight) {
        List<ScoredSpan> out = new ArrayList<>();
        int t = 0;
        while (t < s.length) {
            if (!(s[t] >= threshold) || !word.test(t)) {
                t++;
                continue;
            }
            int start = f.tokenStart()[t];
            int end = f.tokenStop()[t];
            double w = s[t];
            int u = t + 1;
            while (u < s.length && s[u] >= threshold && word.test(u) && onlySpaces(text, end, f.tokenStart()[u])) {
                end = f.tokenStop()[u];
                w = Math.max(w, s[u]);
                u++;
            }
            out.add(new ScoredSpan(label, start, end, weight.applyAsDouble(w)));
            t = u;
        }
        return out;
    }

    /** Spans are words: at least two letters or digits (not "a", "I", punctuation). */
    static boolean wordLike(String text, int from, int to) {
        int n = 0;
        for (int i = from; i < to && n < 2; i++) {
            if (Character.isLetterOrDigit(text.charAt(i))) {
                n++;
            }
        }
        return n >= 2;
    }

    private static boolean onlySpaces(String text, int from, int to) {
        for (int i = from; i < to; i++) {
            if (!Character.isWhitespace(text.charAt(i))) {
                return false;
            }
        }
        return true;
    }

    static double sigmoid(double x) {
        return 1.0 / (1.0 + Math.exp(-x));
    }
}
