package io.parley.classification.abuse;

import io.parley.classification.text.HashedNgrams;
import io.parley.classification.text.WordVectors;
import io.parley.model.ModelArchive;
import io.parley.model.ModelCorrupt;
import org.deeplearning4j.nn.multilayer.MultiLayerNetwork;
import org.deeplearning4j.util.ModelSerializer;
import org.nd4j.linalg.api.buffer.DataType;

import java.io.ByteArrayInputStream;
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
final class VectorHeads {

    /** DL4J network entry in the model file. */
    static final String ENTRY = "vector-heads.bin";

    /** Entry of the convolution's weights in the model file (models whose settings have {@code convFilters > 0}). */
    static final String CONV_ENTRY = "vector-conv.bin";

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
     * @param convWidth   words per window of the convolution over the known words (0: none)
     * @param convFilters its filters, max-pooled over the comment and appended to the pooled vectors (0: none)
     */
    record Settings(String vectors, int dim, int words, int hidden, float[] mean, float[] scale, double[] beta,
                    int convWidth, int convFilters) {
        Settings(String vectors, int dim, int words, int hidden, float[] mean, float[] scale, double[] beta) {
            this(vectors, dim, words, hidden, mean, scale, beta, 0, 0);
        }

        Settings withBeta(double[] b) {
            return new Settings(vectors, dim, words, hidden, mean, scale, b, convWidth, convFilters);
        }

        int inputs() {
            return 2 * dim + 1 + convFilters;
        }
    }

    /**
     * A one-dimensional convolution over the comment's known words (zero vectors beyond both ends, as
     * Deeplearning4j's {@code Same} mode pads), ReLU, max over positions.
     *
     * @param w weights, index {@code (j * dim + d) * filters + f} for window offset j, vector dimension d, filter f
     */
    record Conv(int width, int dim, int filters, float[] w, float[] b) {
        private static final int MAGIC = 0x50564331; // "PVC1"

        Conv {
            if (width < 1 || width % 2 == 0 || w.length != width * dim * filters || b.length != filters) {
                throw new IllegalArgumentException("convolution of the wrong shape");
            }
        }

        byte[] bytes() {
            java.nio.ByteBuffer buf = java.nio.ByteBuffer.allocate(16 + 4 * (w.length + b.length));
            buf.putInt(MAGIC).putInt(width).putInt(dim).putInt(filters);
            for (float v : w) {
                buf.putFloat(v);
            }
            for (float v : b) {
                buf.putFloat(v);
            }
            return buf.array();
        }

        static Conv read(byte[] bytes) {
            java.nio.ByteBuffer buf = java.nio.ByteBuffer.wrap(bytes);
            if (bytes.length < 16 || buf.getInt() != MAGIC) {
                throw new IllegalArgumentException("not a convolution entry");
            }
            int width = buf.getInt();
            int dim = buf.getInt();
            int filters = buf.getInt();
            if ((long) width * dim * filters + filters != (bytes.length - 16) / 4) {
                throw new IllegalArgumentException("convolution entry of the wrong length");
            }
            float[] w = new float[width * dim * filters];
            float[] b = new float[filters];
            for (int i = 0; i < w.length; i++) {
                w[i] = buf.getFloat();
            }
            for (int i = 0; i < b.length; i++) {
                b[i] = buf.getFloat();
            }
            return new Conv(width, dim, filters, w, b);
        }
    }

    private final Settings settings;
    private final WordVectors vectors;
    /** inputs x hidden, row-major. */
    private final float[] w1;
    private final float[] b1;
    /** hidden x K, row-major. */
    private final float[] w2;
    private final float[] b2;
    /** Null without a convolution. */
    private final Conv conv;
    /**
     * Per stored word row and window offset, that row's contribution to every filter ({@code (row * width + j) *
     * filters + f}). Computed at load: the vectors are frozen, so the convolution of a comment is a sum of table rows
     * and costs about what the pooling does.
     */
    private final float[] contribution;

    VectorHeads(Settings settings, WordVectors vectors, MultiLayerNetwork net) {
        this(settings, vectors, net, null);
    }

    VectorHeads(Settings settings, WordVectors vectors, MultiLayerNetwork net, Conv conv) {
        this(settings, vectors, copy(net.getLayer(0).getParam("W")), copy(net.getLayer(0).getParam("b")),
                copy(net.getLayer(1).getParam("W")), copy(net.getLayer(1).getParam("b")), conv,
                contributions(vectors, conv));
        if (w1.length != settings.inputs() * settings.hidden() || w2.length != settings.hidden() * Heads.K
                || vectors.dim() != settings.dim() || (conv == null) != (settings.convFilters() == 0)
                || conv != null && (conv.filters() != settings.convFilters() || conv.width() != settings.convWidth()
                || conv.dim() != settings.dim())) {
            throw new IllegalArgumentException("vector heads do not match their settings");
        }
    }

    private static float[] copy(org.nd4j.linalg.api.ndarray.INDArray a) {
        // getParam returns views into one flat buffer: copy to a fresh row-major array before reading
        return a.castTo(DataType.FLOAT).dup('c').data().asFloat();
    }

    /**
     * {@link #contribution}: per stored row, that row times each window offset's weights. A plain-Java loop rather
     * than ND4J products: those raised the load's peak resident memory by about 200 MiB (native temporaries; parley
     * classify with a convolution model, bench/abuse/experiments.md) at the same wall time. It writes only the table
     * (60,650 x 3 x 128 floats, 93 MB) and takes about a second.
     */
    private static float[] contributions(WordVectors vectors, Conv conv) {
        if (conv == null) {
            return null;
        }
        int rows = vectors.size();
        int dim = vectors.dim();
        int k = conv.width();
        int nf = conv.filters();
        int cols = k * nf;
        float[] out = new float[rows * cols];
        // the weights as dim x (offset, filter): one row's every contribution is then a run of axpy over contiguous
        // columns, which the JIT vectorises
        float[] wAll = new float[dim * cols];
        for (int j = 0; j < k; j++) {
            for (int d = 0; d < dim; d++) {
                System.arraycopy(conv.w(), (j * dim + d) * nf, wAll, d * cols + j * nf, nf);
            }
        }
        for (int r = 0; r < rows; r++) {
            float[] v = vectors.vector(r);
            int base = r * cols;
            for (int d = 0; d < dim; d++) {
                float x = v[d];
                if (x == 0f) {
                    continue;
                }
                int wBase = d * cols;
                for (int c = 0; c < cols; c++) {
                    out[base + c] += x * wAll[wBase + c];
                }
            }
        }
        return out;
    }

    Settings settings() {
        return settings;
    }

    Conv conv() {
        return conv;
    }

    VectorHeads withBeta(double[] beta) {
        return new VectorHeads(settings.withBeta(beta), vectors, w1, b1, w2, b2, conv, contribution);
    }

    private VectorHeads(Settings settings, WordVectors vectors, float[] w1, float[] b1, float[] w2, float[] b2, Conv conv,
                        float[] contribution) {
        this.settings = settings;
        this.vectors = vectors;
        this.w1 = w1;
        this.b1 = b1;
        this.w2 = w2;
        this.b2 = b2;
        this.conv = conv;
        this.contribution = contribution;
    }

    /** The model file's vector heads, or null when its spec names none; mismatched entries are corrupt. */
    static VectorHeads load(ModelArchive archive, Settings settings) {
        if (settings == null) {
            return null;
        }
        try {
            WordVectors v = WordVectors.read(archive.entry(WordVectors.ENTRY));
            MultiLayerNetwork net = ModelSerializer.restoreMultiLayerNetwork(new ByteArrayInputStream(archive.entry(ENTRY)),
                    false);
            if (v.size() != settings.words() || settings.beta() == null || settings.beta().length != Heads.K
                    || settings.mean().length != settings.inputs() || settings.scale().length != settings.inputs()) {
                throw new IllegalArgumentException("stored word vectors or settings have the wrong shape");
            }
            Conv conv = settings.convFilters() > 0 ? Conv.read(archive.entry(CONV_ENTRY)) : null;
            return new VectorHeads(settings, v, net, conv);
        } catch (ModelCorrupt e) {
            throw e;
        } catch (Exception e) {
            throw new ModelCorrupt(archive.location(), "bad vector heads (" + e.getMessage() + ")");
        }
    }

    /** The lower-cased tokens of a text as the n-gram features cut it (so both parts read the same words). */
    static List<String> words(String text, HashedNgrams.Features f) {
        List<String> out = new ArrayList<>(f.tokens());
        for (int t = 0; t < f.tokens(); t++) {
            out.add(text.substring(f.tokenStart()[t], f.tokenStop()[t]).toLowerCase(Locale.ROOT));
        }
        return out;
    }

    /** Standardised network input of a text: pooled vectors, then the convolution's pooled filters if any. */
    float[] input(String text, HashedNgrams.Features f) {
        List<String> words = words(text, f);
        int[] known = vectors.rows(words);
        float[] pooled = vectors.meanMax(known, words.size());
        float[] x = pooled;
        if (conv != null) {
            x = java.util.Arrays.copyOf(pooled, settings.inputs());
            System.arraycopy(convolved(known), 0, x, pooled.length, conv.filters());
        }
        for (int i = 0; i < x.length; i++) {
            x[i] = (x[i] - settings.mean()[i]) / settings.scale()[i];
        }
        return x;
    }

    /**
     * Max over positions of the ReLU'd convolution of the known words' rows in order ({@link WordVectors#rows}, as
     * the pooling reads them). No known word: one zero vector, so the filters' biases (what training saw for such
     * comments).
     */
    private float[] convolved(int[] ids) {
        int nf = conv.filters();
        int k = conv.width();
        int pad = (k - 1) / 2;
        float[] best = conv.b().clone();
        if (ids.length > 0) {
            java.util.Arrays.fill(best, Float.NEGATIVE_INFINITY);
            float[] acc = new float[nf];
            for (int t = 0; t < ids.length; t++) {
                System.arraycopy(conv.b(), 0, acc, 0, nf);
                for (int j = 0; j < k; j++) {
                    int pos = t + j - pad;
                    if (pos < 0 || pos >= ids.length) {
                        continue;
                    }
                    int base = (ids[pos] * k + j) * nf;
                    for (int q = 0; q < nf; q++) {
                        acc[q] += contribution[base + q];
                    }
                }
                for (int q = 0; q < nf; q++) {
                    best[q] = Math.max(best[q], acc[q]);
                }
            }
        }
        for (int q = 0; q < nf; q++) {
            best[q] = Math.max(0f, best[q]);
        }
        return best;
    }

    /** The network's own logits (one per head). */
    double[] logits(String text, HashedNgrams.Features f) {
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
        double[] z = new double[Heads.K];
        for (int k = 0; k < Heads.K; k++) {
            z[k] = b2[k];
        }
        for (int j = 0; j < n; j++) {
            float a = h[j];
            if (a <= 0f) {
                continue;
            }
            int base = j * Heads.K;
            for (int k = 0; k < Heads.K; k++) {
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
    static final int MIN_BATCH = 16;

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
            double[] out = new double[Heads.K];
            for (int k = 0; k < Heads.K; k++) {
                out[k] = b2[k];
            }
            for (int j = 0; j < n; j++) {
                float a = hidden[r * n + j] + b1[j];
                if (a <= 0f) {
                    continue;
                }
                int base = j * Heads.K;
                for (int k = 0; k < Heads.K; k++) {
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
