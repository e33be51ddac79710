package io.parley.classification.abuse;

import io.parley.classification.text.EncoderSettings;
import io.parley.classification.text.EncoderSpec;
import io.parley.classification.text.EncoderWeightsMismatch;
import io.parley.classification.text.SentenceEncoder;
import io.parley.model.ModelArchive;
import io.parley.model.ModelCorrupt;
import io.parley.model.TrainerView;
import org.deeplearning4j.nn.multilayer.MultiLayerNetwork;
import org.nd4j.linalg.api.buffer.DataType;

import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicLong;

/**
 * The pretrained sentence encoder's opinion beside the n-gram model (issue 20): a small Deeplearning4j network (one
 * ReLU layer, a sigmoid per head) over the comment's e5 embedding ({@link SentenceEncoder}, weights from the jar).
 * Each head's logit becomes {@code z + beta_h * e_h}, z being the n-gram (and word-vector) logit, beta chosen per head
 * on validation, or, for a head the settings give a stacked fusion (toxicity since 2026-12-06), a linear function of
 * every head's z and e fitted on validation; calibration comes after the fusion.
 *
 * <p><b>Cascade.</b> The encoder costs ~1,000 times the n-gram model, so it runs only where it can matter: the model
 * first scores a comment without it, with each head's encoder logit replaced by its least-squares estimate from z
 * ({@code slope_h z_h + intercept_h}, fitted on validation), which puts the comment on the fused scale. From that
 * score the comment's risk is {@code max_l severity_l x odds(p_l)} over the served labels (the quantity the default
 * holds compare with their cost); the encoder runs when its log lies in [{@code bandLow}, {@code bandHigh}), a property
 * of this file chosen on validation, never of a site's thresholds. So a stored score is the same for every site and
 * for the impact preview, and {@code classify --fast} is the same model with the band empty.
 *
 * <p>The encoder named in {@link Settings#encoder()} (artifact, class-path files and their sha256) is loaded with the
 * model; another encoder on the class path stops start-up ({@link ModelCorrupt} naming both sha256).
 */
@TrainerView
public final class SentenceHeads {

    /** DL4J network entry in the model file. */
    public static final String ENTRY = "sentence-heads.bin";

    /** A band edge that no risk reaches ("always" / "never" encode). */
    public static final double OPEN = 1e9;

    /**
     * Stored in the spec.
     *
     * @param encoder   the encoder's spec ({@link EncoderSpec#toMap()}): artifact, files, sha256, prefix, token cap
     * @param hidden    ReLU units
     * @param mean      per embedding dimension, subtracted before the network (training split)
     * @param scale     per embedding dimension, divided after the mean
     * @param beta      per head, the weight of this network's logit in the served logit (0: not used)
     * @param slope     per head, the least-squares estimate of this network's logit from the n-gram logit: slope
     * @param intercept and intercept (used where the encoder does not run)
     * @param bandLow   the encoder runs when log(risk) of the estimated score is at least this ...
     * @param bandHigh  ... and below this
     * @param riskA     per head, the calibration the risk is read with: log odds = riskA z + riskB (the served
     * @param riskB     labels' calibration when the band was chosen, fixed with it so a later calibration cannot move
     *                  the band)
     * @param riskWeight per head, its severity in the risk (0: not part of it)
     * @param stack     per head, null (the head is {@code z_h + beta_h e_h}) or a stacked fusion: weights over every
     *                  head's z, then every head's e, then a constant (2K + 1), fitted on validation; the head's logit
     *                  is their sum. Null for the whole array in files before it (then every head is z + beta e).
     * @param own       per head, null or a linear head of its own on the standardised embedding, outside the shared
     *                  network: {@code d} weights, constant, then its beta, slope and intercept (d + 4); the head's
     *                  logit gains {@code beta x own} (where the encoder does not run, own is estimated as
     *                  {@code slope z + intercept} from the head's n-gram logit). Davidson's two heads since
     *                  {@code --davidson-own}: the shared network never sees Davidson's tweets, so every other head
     *                  and the stacked fusion are unchanged. Null for the whole array in files before it.
     */
    public record Settings(Map<String, String> encoder, int hidden, float[] mean, float[] scale, double[] beta,
                           double[] slope, double[] intercept, double bandLow, double bandHigh, double[] riskA,
                           double[] riskB, double[] riskWeight, double[][] stack, double[][] own) {

        public Settings withOwn(double[][] o) {
            return new Settings(encoder, hidden, mean, scale, beta, slope, intercept, bandLow, bandHigh, riskA, riskB,
                    riskWeight, stack, o);
        }

        public Settings withFusion(double[] b, double[] s, double[] c) {
            return new Settings(encoder, hidden, mean, scale, b, s, c, bandLow, bandHigh, riskA, riskB, riskWeight,
                    stack, own);
        }

        public Settings withStack(double[][] st) {
            return new Settings(encoder, hidden, mean, scale, beta, slope, intercept, bandLow, bandHigh, riskA, riskB,
                    riskWeight, st, own);
        }

        public Settings withBand(double low, double high, double[] a, double[] b, double[] w) {
            return new Settings(encoder, hidden, mean, scale, beta, slope, intercept, low, high, a, b, w, stack, own);
        }

        /** Encode every comment (for training, before a band is chosen). */
        public Settings always() {
            return new Settings(encoder, hidden, mean, scale, beta, slope, intercept, -OPEN, OPEN, riskA, riskB,
                    riskWeight, stack, own);
        }

        public EncoderSpec encoderSpec() {
            return EncoderSpec.fromMap(encoder);
        }
    }

    /** Where embeddings come from: the live encoder when serving, a cache of the same encoder's vectors in training. */
    public interface Vectors {
        /** Embeddings of {@code texts}, in order. */
        float[][] encode(List<String> texts);

        static Vectors of(SentenceEncoder encoder) {
            // cached by text: stance's heads ask the same shared encoder for the same comment next
            return encoder::encodeCached;
        }
    }

    private final Settings settings;
    private final int outputs;
    /** inputs x hidden, row-major. */
    private final float[] w1;
    private final float[] b1;
    /** hidden x K, row-major. */
    private final float[] w2;
    private final float[] b2;
    private final Vectors vectors;
    private final SentenceEncoder encoder;
    private final AtomicLong scored;
    private final AtomicLong encoded;

    /** Heads of {@code settings.beta().length} outputs, weights copied out of {@code net}; vectors from {@code v}. */
    public SentenceHeads(Settings settings, MultiLayerNetwork net, Vectors v) {
        this(settings, copy(net.getLayer(0).getParam("W")), copy(net.getLayer(0).getParam("b")),
                copy(net.getLayer(1).getParam("W")), copy(net.getLayer(1).getParam("b")), v, null,
                new AtomicLong(), new AtomicLong());
        int d = settings.mean().length;
        if (w1.length != d * settings.hidden() || w2.length != settings.hidden() * outputs || b2.length != outputs
                || settings.scale().length != d) {
            throw new IllegalArgumentException("sentence heads do not match their settings");
        }
    }

    private SentenceHeads(Settings settings, float[] w1, float[] b1, float[] w2, float[] b2, Vectors vectors,
                          SentenceEncoder encoder, AtomicLong scored, AtomicLong encoded) {
        this.settings = settings;
        this.outputs = settings.beta().length;
        this.w1 = w1;
        this.b1 = b1;
        this.w2 = w2;
        this.b2 = b2;
        this.vectors = vectors;
        this.encoder = encoder;
        this.scored = scored;
        this.encoded = encoded;
    }

    private static float[] copy(org.nd4j.linalg.api.ndarray.INDArray a) {
        // getParam returns views into one flat buffer: copy to a fresh row-major array before reading
        return a.castTo(DataType.FLOAT).dup('c').data().asFloat();
    }

    /**
     * The model file's sentence heads with their encoder loaded from the class path, or null when its spec names
     * none. Mis-shaped entries are corrupt; an encoder whose files are absent or differ from the recorded sha256 is
     * {@link ModelCorrupt} too, naming what the model needs, so start-up stops with that message.
     */
    static SentenceHeads load(ModelArchive archive, AbuseSpec spec) {
        Settings s = spec.sentenceHeads();
        if (s == null) {
            return null;
        }
        MultiLayerNetwork net;
        EncoderSpec es;
        try {
            es = s.encoderSpec();
            net = archive.network(ENTRY);
            int k = spec.heads().size();
            if (s.beta() == null || s.beta().length != k || s.slope().length != k || s.intercept().length != k
                    || s.mean().length != es.dimension() || (s.riskWeight() != null && (s.riskWeight().length != k
                    || s.riskA().length != k || s.riskB().length != k)) || (s.stack() != null && (s.stack().length != k
                    || java.util.Arrays.stream(s.stack()).anyMatch(w -> w != null && w.length != 2 * k + 1)))
                    || (s.own() != null && (s.own().length != k || java.util.Arrays.stream(s.own())
                    .anyMatch(w -> w != null && w.length != es.dimension() + 4)))) {
                throw new IllegalArgumentException("settings do not have one entry per head (" + k + ") or per "
                        + "embedding dimension (" + es.dimension() + ")");
            }
        } catch (ModelCorrupt e) {
            throw e;
        } catch (Exception e) {
            throw new ModelCorrupt(archive.location(), "bad sentence heads (" + e.getMessage() + ")");
        }
        SentenceEncoder encoder;
        try {
            encoder = SentenceEncoder.shared(es, EncoderSettings.defaults());
        } catch (EncoderWeightsMismatch e) {
            throw new ModelCorrupt(archive.location(), "its sentence heads need the encoder " + es.artifact() + ": "
                    + e.getMessage());
        }
        try {
            SentenceHeads h = new SentenceHeads(s, net, Vectors.of(encoder));
            return new SentenceHeads(s, h.w1, h.b1, h.w2, h.b2, h.vectors, encoder, h.scored, h.encoded);
        } catch (IllegalArgumentException e) {
            throw new ModelCorrupt(archive.location(), "bad sentence heads (" + e.getMessage() + ")");
        }
    }

    public Settings settings() {
        return settings;
    }

    /** The loaded encoder (null for heads built in training, whose vectors come from a cache). */
    public SentenceEncoder encoder() {
        return encoder;
    }

    /** The same heads with other settings (fusion, band); counters start again. */
    public SentenceHeads with(Settings s) {
        return new SentenceHeads(s, w1, b1, w2, b2, vectors, encoder, new AtomicLong(), new AtomicLong());
    }

    /** The same heads reading embeddings from {@code v} (a training cache). */
    public SentenceHeads withVectors(Vectors v) {
        return new SentenceHeads(settings, w1, b1, w2, b2, v, encoder, new AtomicLong(), new AtomicLong());
    }

    /** Comments scored and comments encoded since load: the cascade's share. */
    public long[] use() {
        return new long[]{scored.get(), encoded.get()};
    }

    /**
     * This network's logits (one per head) for one embedding; with heads of their own ({@link Settings#own()}) their
     * logits follow (K more, 0 for a head without one), which {@link #addEncoded} reads.
     */
    public double[] logits(float[] embedding) {
        int n = settings.hidden();
        float[] h = b1.clone();
        for (int i = 0; i < embedding.length; i++) {
            float xi = (embedding[i] - settings.mean()[i]) / settings.scale()[i];
            int base = i * n;
            for (int j = 0; j < n; j++) {
                h[j] += xi * w1[base + j];
            }
        }
        double[] e = VectorHeads.reluOutput(h, w2, b2, outputs);
        double[][] own = settings.own();
        if (own == null) {
            return e;
        }
        double[] out = java.util.Arrays.copyOf(e, 2 * outputs);
        for (int k = 0; k < outputs; k++) {
            if (own[k] != null) {
                out[outputs + k] = own(own[k], embedding, settings.mean(), settings.scale());
            }
        }
        return out;
    }

    /** A head of its own: {@code w . standardised(x) + constant} ({@link Settings#own()}). */
    public static double own(double[] w, float[] x, float[] mean, float[] scale) {
        int d = x.length;
        double s = w[d];
        for (int i = 0; i < d; i++) {
            s += w[i] * ((x[i] - mean[i]) / scale[i]);
        }
        return s;
    }

    /** The embeddings of texts from the vector source, counted as encoded ({@link #logits(float[])} reads them). */
    public float[][] encode(List<String> texts) {
        float[][] v = vectors.encode(texts);
        encoded.addAndGet(texts.size());
        return v;
    }

    /** The network's logits for texts, embedding them through the vector source (counted as encoded). */
    public double[][] logits(List<String> texts) {
        float[][] v = encode(texts);
        double[][] out = new double[texts.size()][];
        for (int i = 0; i < out.length; i++) {
            out[i] = logits(v[i]);
        }
        return out;
    }

    /**
     * Fuses in place: {@code z_h + beta_h * e_h} for each head, or the head's stacked fusion over every head's z and e
     * where the settings state one (e: this network's logits).
     */
    public void addEncoded(double[] z, double[] e) {
        double[][] st = settings.stack();
        double[] z0 = st == null ? null : z.clone();
        double[][] own = settings.own();
        double[] ownLogit = null;
        if (own != null && e.length == 2 * z.length) {
            // read before the fusion moves z (the estimate below is of the n-gram logit)
            ownLogit = java.util.Arrays.copyOfRange(e, z.length, e.length);
        }
        for (int h = 0; h < z.length; h++) {
            z[h] += settings.beta()[h] * e[h];
        }
        if (st != null) {
            for (int h = 0; h < z.length; h++) {
                if (st[h] != null) {
                    z[h] = stacked(st[h], z0, e);
                }
            }
        }
        if (ownLogit != null) {
            int d = own.length;
            for (int h = 0; h < d; h++) {
                if (own[h] != null) {
                    z[h] += own[h][own[h].length - 3] * ownLogit[h];
                }
            }
        }
    }

    /** As {@link #addEncoded} with each e replaced by its estimate {@code slope_h z_h + intercept_h}: the fused scale without running the encoder. */
    public void addEstimate(double[] z) {
        double[][] own = settings.own();
        double[] e = new double[own == null ? z.length : 2 * z.length];
        for (int h = 0; h < z.length; h++) {
            e[h] = settings.slope()[h] * z[h] + settings.intercept()[h];
            if (own != null && own[h] != null) {
                double[] w = own[h];
                e[z.length + h] = w[w.length - 2] * z[h] + w[w.length - 1];
            }
        }
        addEncoded(z, e);
    }

    /** {@code w . [z, e, 1]}. */
    public static double stacked(double[] w, double[] z, double[] e) {
        int k = z.length;
        double s = w[2 * k];
        for (int i = 0; i < k; i++) {
            s += w[i] * z[i] + w[k + i] * e[i];
        }
        return s;
    }

    /** Whether the encoder runs for a comment of log(risk) {@code logRisk} (see the class comment). */
    public boolean inBand(double logRisk) {
        return logRisk >= settings.bandLow() && logRisk < settings.bandHigh();
    }

    /** Whether the encoder runs for a comment whose estimated logits (without it) are {@code estimate}. */
    public boolean runsFor(double[] estimate) {
        return runsFor(estimate, null);
    }

    /**
     * Whether the band holds a comment on the risk of the heads in {@code only} alone (null: every head with a risk
     * weight). The served labels' band is {@code only} = the served heads: a comment the encoder reads only because
     * a data-set head's weight ({@code train abuse --offensive-band}) put it in the band keeps its served scores.
     */
    public boolean runsFor(double[] estimate, boolean[] only) {
        if (settings.bandLow() <= -OPEN && settings.bandHigh() >= OPEN) {
            return true;
        }
        double[] w = settings.riskWeight();
        if (w == null) {
            return false;
        }
        double best = Double.NEGATIVE_INFINITY;
        for (int h = 0; h < w.length; h++) {
            if (w[h] > 0 && (only == null || only[h])) {
                best = Math.max(best, Math.log(w[h]) + settings.riskA()[h] * estimate[h] + settings.riskB()[h]);
            }
        }
        return inBand(best);
    }

    void countScored(long n) {
        scored.addAndGet(n);
    }
}
