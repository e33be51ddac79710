package io.parley.classification.stance;

import com.fasterxml.jackson.databind.JsonNode;
import io.parley.classification.text.EncoderSpec;
import io.parley.model.ModelArchive;
import io.parley.model.ModelCorrupt;
import io.parley.model.TrainerView;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;

/**
 * Linear heads over sentence-encoder vectors, late-fused with a view's n-gram network: the fused probabilities are
 * {@code (1 - fusion) * network + fusion * head}. A head runs only where the network's own top probability is below
 * the view's {@code band} (a property of this file, never of a site), so a confident network skips the encoder.
 *
 * <p>The target view has one head per training target (keyed by {@link #key}): a target a site names that no
 * training set has is scored by the network alone, exactly as without heads. The parent and article views have one
 * pooled head over the pair's vectors and their interactions ({@link Inputs#PAIR}).
 *
 * <p>Stored in the model zip as {@value #ENTRY}, with the encoder's spec: serving loads the same encoder, or fails.
 */
@TrainerView
public final class EncoderHeads {

    public static final String ENTRY = "encoder-heads.json";
    public static final int FORMAT = 1;
    /** The one head of a pooled view. */
    public static final String POOLED = "*";

    /** Which vectors a head reads. */
    public enum Inputs {
        /** The comment's vector alone (a per-target head: the target is implicit). */
        TEXT,
        /** Comment t, context c: [t, c, |t - c|, t * c, cos(t, c)]. */
        PAIR
    }

    /** Multinomial logistic regression: {@code w} is classes x dim, row-major, over standardised inputs. */
    public record Linear(float[] w, float[] b) {
    }

    /**
     * One view's head(s).
     *
     * @param inputs   what the heads read
     * @param mean     per-column mean of the training inputs (standardisation)
     * @param scale    per-column standard deviation of the training inputs
     * @param heads    by {@link #key} (targets) or {@link #POOLED}
     * @param fusion   weight of the head's probabilities, chosen on validation
     * @param band     the head runs when the network's top probability is below this (1 = always)
     */
    public record Head(Inputs inputs, float[] mean, float[] scale, Map<String, Linear> heads, double fusion,
                       double band) {

        public Linear linear(String context) {
            Linear l = heads.get(key(context));
            return l != null ? l : heads.get(POOLED);
        }

        public Head withFusion(double fusion, double band) {
            return new Head(inputs, mean, scale, heads, fusion, band);
        }
    }

    private final EncoderSpec encoder;
    private final Map<StanceView, Head> views;

    public EncoderHeads(EncoderSpec encoder, Map<StanceView, Head> views) {
        this.encoder = encoder;
        this.views = new EnumMap<>(views);
    }

    public EncoderSpec encoder() {
        return encoder;
    }

    public Head head(StanceView v) {
        return views.get(v);
    }

    public Map<StanceView, Head> views() {
        return views;
    }

    /** How a context names its per-target head: case and spacing do not make another target. */
    public static String key(String context) {
        return context == null ? "" : context.trim().replaceAll("\\s+", " ").toLowerCase(Locale.ROOT);
    }

    /** The head's input row for comment vector {@code t} and context vector {@code c} (c unused for TEXT). */
    public static float[] inputs(Inputs kind, float[] t, float[] c) {
        if (kind == Inputs.TEXT) {
            return t;
        }
        int d = t.length;
        float[] x = new float[4 * d + 1];
        double dot = 0;
        for (int i = 0; i < d; i++) {
            x[i] = t[i];
            x[d + i] = c[i];
            x[2 * d + i] = Math.abs(t[i] - c[i]);
            x[3 * d + i] = t[i] * c[i];
            dot += (double) t[i] * c[i];
        }
        x[4 * d] = (float) dot;
        return x;
    }

    /** Class probabilities of one linear head over raw inputs {@code x} (standardised here). */
    public static float[] probabilities(Head h, Linear l, float[] x) {
        int k = l.b().length;
        int d = x.length;
        double[] z = new double[k];
        for (int c = 0; c < k; c++) {
            double s = l.b()[c];
            int base = c * d;
            for (int i = 0; i < d; i++) {
                s += l.w()[base + i] * ((x[i] - h.mean()[i]) / h.scale()[i]);
            }
            z[c] = s;
        }
        return softmax(z);
    }

    static float[] softmax(double[] z) {
        double max = Double.NEGATIVE_INFINITY;
        for (double v : z) {
            max = Math.max(max, v);
        }
        double sum = 0;
        double[] e = new double[z.length];
        for (int i = 0; i < z.length; i++) {
            e[i] = Math.exp(z[i] - max);
            sum += e[i];
        }
        float[] p = new float[z.length];
        for (int i = 0; i < z.length; i++) {
            p[i] = (float) (e[i] / sum);
        }
        return p;
    }

    /** Whether the head runs for a row the network scored {@code net}: its top probability is inside the band. */
    public static boolean inBand(Head h, float[] net) {
        float max = 0;
        for (float v : net) {
            max = Math.max(max, v);
        }
        return max < h.band();
    }

    /** The late fusion of the network's and the head's probabilities. */
    public static float[] fuse(float[] net, float[] head, double fusion) {
        float[] p = new float[net.length];
        for (int i = 0; i < p.length; i++) {
            p[i] = (float) ((1 - fusion) * net[i] + fusion * head[i]);
        }
        return p;
    }

    // ------------------------------------------------------------------ the file entry

    public byte[] toJson() {
        Map<String, Object> root = new LinkedHashMap<>();
        root.put("format", FORMAT);
        root.put("encoder", encoder.toMap());
        Map<String, Object> vs = new LinkedHashMap<>();
        views.forEach((v, h) -> vs.put(v.key(), h));
        root.put("views", vs);
        try {
            return ModelArchive.json().writer().without(com.fasterxml.jackson.databind.SerializationFeature.INDENT_OUTPUT)
                    .writeValueAsBytes(root);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Reads the entry; labels per view are checked against the view's label count. */
    public static EncoderHeads read(ModelArchive archive) {
        try {
            JsonNode root = ModelArchive.json().readTree(archive.entry(ENTRY));
            if (root.path("format").asInt() != FORMAT) {
                throw new ModelCorrupt(archive.location(), ENTRY + " has format " + root.path("format") + ", expected " + FORMAT);
            }
            Map<String, String> spec = new LinkedHashMap<>();
            root.path("encoder").fields().forEachRemaining(e -> spec.put(e.getKey(), e.getValue().asText()));
            EncoderSpec encoder = EncoderSpec.fromMap(spec);
            Map<StanceView, Head> views = new EnumMap<>(StanceView.class);
            for (StanceView v : StanceView.values()) {
                JsonNode n = root.path("views").get(v.key());
                if (n == null) {
                    continue;
                }
                Head h = ModelArchive.json().treeToValue(n, Head.class);
                int dim = h.inputs() == Inputs.TEXT ? encoder.dimension() : 4 * encoder.dimension() + 1;
                if (h.mean().length != dim || h.scale().length != dim) {
                    throw new ModelCorrupt(archive.location(), ENTRY + ": view " + v.key() + " expects " + dim + " inputs");
                }
                for (var e : h.heads().entrySet()) {
                    if (e.getValue().b().length != v.labels().size() || e.getValue().w().length != dim * v.labels().size()) {
                        throw new ModelCorrupt(archive.location(), ENTRY + ": head " + v.key() + "/" + e.getKey()
                                + " does not have " + v.labels().size() + " x " + dim + " weights");
                    }
                }
                views.put(v, h);
            }
            return new EncoderHeads(encoder, views);
        } catch (IOException | IllegalArgumentException e) {
            throw new ModelCorrupt(archive.location(), "cannot read " + ENTRY + " (" + e.getMessage() + ")");
        }
    }
}
