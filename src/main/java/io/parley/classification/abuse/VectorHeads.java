package io.parley.classification.abuse;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import io.parley.classification.text.HashedNgrams;
import io.parley.classification.text.WordVectors;
import io.parley.model.ModelArchive;
import io.parley.model.ModelCorrupt;
import io.parley.model.TrainerView;
import org.deeplearning4j.nn.multilayer.MultiLayerNetwork;
import org.nd4j.linalg.api.buffer.DataType;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * The second opinion beside the n-gram heads: a small Deeplearning4j network (one ReLU layer, a sigmoid per head)
 * over the comment's pretrained word vectors, mean- and max-pooled ({@link WordVectors#meanMax}). Each head's
 * logit becomes {@code z_ngram + beta_h * z_vectors}, beta chosen per head on validation (0 = not used).
 *
 * <p>Why: n-gram weights know only words seen in training; pooled GloVe vectors carry what a word is like, which
 * is what the small tweet and news-comment sets (OLID, Impermium) lack. The spans still come from the n-gram
 * evidence and the span tagger, which are exact per token; this part is not decomposable and is not in them.
 * At load the network's weights are copied out so scoring is two small matrix-vector products in plain Java.
 */
@TrainerView
public final class VectorHeads {

    /** DL4J network entry in the model file. */
    public static final String ENTRY = "vector-heads.bin";

    /**
     * Stored in the spec.
     *
     * @param vectors     name of the pretrained set the table was cut from
     * @param dim         vector width
     * @param words       rows in the stored table ({@link WordVectors#ENTRY})
     * @param hidden      ReLU units
     * @param mean        per input feature, subtracted before the network (training split)
     * @param scale       per input feature, divided after the mean
     * @param beta        per head, the weight of this network's logit in the served logit
     */
    @JsonIgnoreProperties({"convWidth", "convFilters"}) // written as 0 by the trainers of 2026-12 (checked at load)
    public record Settings(String vectors, int dim, int words, int hidden, float[] mean, float[] scale,
                           double[] beta) {
        public Settings withBeta(double[] b) {
            return new Settings(vectors, dim, words, hidden, mean, scale, b);
        }

        public int inputs() {
            return 2 * dim + 1;
        }
    }

    private final Settings settings;
    private final WordVectors vectors;
    /** Outputs: one per head of the model. */
    private final int outputs;
    /** inputs x hidden, row-major. */
    private final float[] w1;
    private final float[] b1;
    /** hidden x K, row-major. */
    private final float[] w2;
    private final float[] b2;
    /** Vector heads of {@code settings.beta().length} outputs, their weights copied out of {@code net}. */
    public VectorHeads(Settings settings, WordVectors vectors, MultiLayerNetwork net) {
        this(settings, vectors, copy(net.getLayer(0).getParam("W")), copy(net.getLayer(0).getParam("b")),
                copy(net.getLayer(1).getParam("W")), copy(net.getLayer(1).getParam("b")));
        if (w1.length != settings.inputs() * settings.hidden() || w2.length != settings.hidden() * outputs
                || b2.length != outputs || vectors.dim() != settings.dim()) {
            throw new IllegalArgumentException("vector heads do not match their settings");
        }
    }

    private static float[] copy(org.nd4j.linalg.api.ndarray.INDArray a) {
        // getParam returns views into one flat buffer: copy to a fresh row-major array before reading
        return a.castTo(DataType.FLOAT).dup('c').data().asFloat();
    }

    public Settings settings() {
        return settings;
    }

    public VectorHeads withBeta(double[] beta) {
        return new VectorHeads(settings.withBeta(beta), vectors, w1, b1, w2, b2);
    }

    private VectorHeads(Settings settings, WordVectors vectors, float[] w1, float[] b1, float[] w2, float[] b2) {
        this.settings = settings;
        this.vectors = vectors;
        this.outputs = settings.beta().length;
        this.w1 = w1;
        this.b1 = b1;
        this.w2 = w2;
        this.b2 = b2;
    }

    /** The model file's vector heads, or null when its spec names none; mismatched entries are corrupt. */
    static VectorHeads load(ModelArchive archive, AbuseSpec spec) {
        Settings settings = spec.vectorHeads();
        if (settings == null) {
            return null;
        }
        try {
            WordVectors v = WordVectors.read(archive.entry(WordVectors.ENTRY));
            MultiLayerNetwork net = archive.network(ENTRY);
            if (v.size() != settings.words() || settings.beta() == null || settings.beta().length != spec.heads().size()
                    || settings.mean().length != settings.inputs() || settings.scale().length != settings.inputs()) {
                throw new IllegalArgumentException("stored word vectors or settings have the wrong shape");
            }
            return new VectorHeads(settings, v, net);
        } catch (ModelCorrupt e) {
            throw e;
        } catch (Exception e) {
            throw new ModelCorrupt(archive.location(), "bad vector heads (" + e.getMessage() + ")");
        }
    }

    /** The lower-cased tokens of a text as the n-gram features cut it (so both parts read the same words). */
    public static List<String> words(String text, HashedNgrams.Features f) {
        List<String> out = new ArrayList<>(f.tokens());
        for (int t = 0; t < f.tokens(); t++) {
            out.add(text.substring(f.tokenStart()[t], f.tokenStop()[t]).toLowerCase(Locale.ROOT));
        }
        return out;
    }

    /** Standardised network input of a text: its pooled word vectors. */
    public float[] input(String text, HashedNgrams.Features f) {
        List<String> words = words(text, f);
        float[] x = vectors.meanMax(vectors.rows(words), words.size());
        for (int i = 0; i < x.length; i++) {
            x[i] = (x[i] - settings.mean()[i]) / settings.scale()[i];
        }
        return x;
    }

    /** The network's own logits (one per head). */
    public double[] logits(String text, HashedNgrams.Features f) {
        float[] x = input(text, f);
        int n = settings.hidden();
        float[] h = b1.clone();
        for (int i = 0; i < x.length; i++) {
            float xi = x[i];
            if (xi == 0f) {
                continue;
            }
            int base = i * n;
            for (int j = 0; j < n; j++) {
                h[j] += xi * w1[base + j];
            }
        }
        return reluOutput(h, w2, b2, outputs);
    }

    /**
     * The output layer of a one-hidden-layer head: ReLU of the hidden pre-activations {@code h}, times {@code w2}
     * (hidden x outputs, row-major), plus {@code b2}; inactive units skipped. Shared with {@link SentenceHeads}.
     */
    static double[] reluOutput(float[] h, float[] w2, float[] b2, int outputs) {
        double[] z = new double[outputs];
        for (int k = 0; k < outputs; k++) {
            z[k] = b2[k];
        }
        for (int j = 0; j < h.length; j++) {
            float a = h[j];
            if (a <= 0f) {
                continue;
            }
            int base = j * outputs;
            for (int k = 0; k < outputs; k++) {
                z[k] += a * w2[base + k];
            }
        }
        return z;
    }

    /** Adds {@code beta_h * z_h} to the n-gram logits {@code z}. */
    void addTo(String text, HashedNgrams.Features f, double[] z) {
        addLogits(logits(text, f), z);
    }

    /** Adds {@code beta_h * v_h} (v: this network's logits) to the n-gram logits {@code z}. */
    void addLogits(double[] v, double[] z) {
        for (int h = 0; h < z.length; h++) {
            z[h] += settings.beta()[h] * v[h];
        }
    }

    /** Below this many comments a batch is scored comment by comment (a native call costs more than it saves). */
    public static final int MIN_BATCH = 16;

    /**
     * {@link #logits} of a batch: the first layer as one ND4J matrix product (rows x inputs times inputs x hidden),
     * the rest in Java. Equal to the per-comment path up to float rounding.
     */
    double[][] logitsAll(List<String> texts, HashedNgrams.Features[] f) {
        int rows = texts.size();
        int in = settings.inputs();
        int n = settings.hidden();
        float[] x = new float[rows * in];
        java.util.stream.IntStream.range(0, rows).parallel().forEach(r ->
                System.arraycopy(input(texts.get(r), f[r]), 0, x, r * in, in));
        float[] hidden;
        try (org.nd4j.linalg.api.ndarray.INDArray xs = org.nd4j.linalg.factory.Nd4j.create(x, new long[]{rows, in}, 'c');
             org.nd4j.linalg.api.ndarray.INDArray hs = xs.mmul(w1Matrix())) {
            hidden = hs.dup('c').data().asFloat();
        }
        double[][] z = new double[rows][];
        java.util.stream.IntStream.range(0, rows).parallel().forEach(r -> {
            double[] out = new double[outputs];
            for (int k = 0; k < outputs; k++) {
                out[k] = b2[k];
            }
            for (int j = 0; j < n; j++) {
                float a = hidden[r * n + j] + b1[j];
                if (a <= 0f) {
                    continue;
                }
                int base = j * outputs;
                for (int k = 0; k < outputs; k++) {
                    out[k] += a * w2[base + k];
                }
            }
            z[r] = out;
        });
        return z;
    }

    private volatile org.nd4j.linalg.api.ndarray.INDArray w1Matrix;

    private org.nd4j.linalg.api.ndarray.INDArray w1Matrix() {
        org.nd4j.linalg.api.ndarray.INDArray m = w1Matrix;
        if (m == null) {
            m = org.nd4j.linalg.factory.Nd4j.create(w1, new long[]{settings.inputs(), settings.hidden()}, 'c');
            w1Matrix = m;
        }
        return m;
    }
}
