package io.parley.classification.stance;

import com.fasterxml.jackson.databind.JsonNode;
import io.parley.classification.text.EncoderSpec;
import io.parley.model.ModelArchive;
import io.parley.model.ModelCorrupt;
import io.parley.model.TrainerView;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;

/**
 * Linear heads over sentence-encoder vectors, late-fused with a view's n-gram network: the fused probabilities are
 * {@code (1 - fusion) * network + fusion * head}. A head runs only where the network's own top probability is below
 * the view's {@code band} (a property of this file, never of a site), so a confident network skips the encoder.
 *
 * <p>The target view has one head per training target (keyed by {@link #key}); a target a site names that no
 * training set has is scored by the {@link Unseen} head alone when the file has one (else by the network). The article view has one
 * pooled head over the pair's vectors and their interactions ({@link Inputs#PAIR}), the parent view one over the reply's
 * vector and its interactions with the source's ({@link Inputs#RELATION}).
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
        PAIR,
        /**
         * Comment t, context c, without c itself: [t, |t - c|, t * c, cos(t, c)]. For replies: a source tweet's own
         * vector names its thread and event, so a head that reads it learns the training events' class mixes (event-fold
         * macro-F1 of the PAIR head 0.37, of this one 0.45, bench/stance/parent_experiments.py).
         */
        RELATION;

        /** Input columns for encoder vectors of dimension {@code d}. */
        public int columns(int d) {
            return switch (this) {
                case TEXT -> d;
                case PAIR -> 4 * d + 1;
                case RELATION -> 3 * d + 1;
            };
        }

        /** Whether the head reads the context's vector. */
        public boolean readsContext() {
            return this != TEXT;
        }
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
            if (heads.size() == 1 && heads.containsKey(POOLED)) {
                // A pooled view (article, parent) answers the same for every context: folding a whole article's
                // spaces to find its key cost a regex pass over the body for every comment under it.
                return heads.get(POOLED);
            }
            Linear l = heads.get(key(context));
            return l != null ? l : heads.get(POOLED);
        }

        public Head withFusion(double fusion, double band) {
            return new Head(inputs, mean, scale, heads, fusion, band);
        }
    }

    /**
     * The target view's head for a target no training set has, trained across the training targets so that it reads
     * the target only through target-relative quantities (how close the comment is to the target, whether it names
     * it, how much nearer it is to sentences supporting the target than to sentences opposing it) and the comment only
     * through target-independent ones (its sentiment): a pooled model over the comment and target vectors themselves
     * learns each training target's vocabulary and prior, which a new target does not share (leave-one-target-out
     * F_avg 0.29 for [c, t, |c-t|, c*t]).
     *
     * <p>P(about) = the {@code about} LR over [cos(c, t) - t . corpusMean, target words named (any), (share)], its
     * logit shifted by {@code aboutShift} (chosen leave-one-target-out). Direction: q = P(positive) / (P(positive) +
     * P(negative)) from the {@code sentiment} LR over the comment vector (SemEval's sentiment labels: positive,
     * negative, neither), its logit plus {@code directionWeight} (c - corpusMean) . (mean favour prototype - mean
     * against prototype), the prototypes being {@code favourTemplates} / {@code againstTemplates} with the target
     * written in ({@link #prototypes}); the weight (already divided by that score's spread over the training rows) is
     * chosen leave-one-target-out, 0 in a file from before it. Stance: favor = P(about) q, against = P(about) (1 - q),
     * none = 1 - P(about).
     *
     * <p>Calibration of its own, in place of the target view's temperature (fitted on training targets, where the
     * view is far surer of itself than this head has reason to be): the about logit (shift included) is divided by
     * {@code aboutTemperature} and the direction's logit (lean included) by {@code directionTemperature}, both fitted
     * by log-likelihood on leave-one-target-out predictions. Two, not one: whether a comment takes a side at all
     * transfers to a new target far better than which side it takes (Atheism's sign is inverted), so one temperature
     * would have to flatten both. 0 in a file from before them: no own calibration, the view's temperature applies.
     *
     * <p>A target whose site owner wrote what each side says ({@link TargetSides}) takes its direction from those
     * sentences instead of the name prototypes: lean = {@code ownerWeight} (c - corpusMean) . D / |D|^2, D = mean
     * favour sentence - mean against sentence ({@link #ownerDirection}), scaled by the sentences' own gap so that no
     * statistic of the target is needed. {@code ownerWeight} was chosen by nested leave-one-target-out in
     * bench/stance/description_experiments.py ("selfscaled"); 0 (a file from before it): sentences are ignored and
     * every target is read by its name.
     */
    public record Unseen(float[] sentimentMean, float[] sentimentScale, Linear sentiment, float[] corpusMean,
                         float[] aboutMean, float[] aboutScale, Linear about, double aboutShift,
                         List<String> favourTemplates, List<String> againstTemplates, double directionWeight,
                         double aboutTemperature, double directionTemperature, double ownerWeight) {

        @com.fasterxml.jackson.annotation.JsonCreator
        public Unseen {
            favourTemplates = favourTemplates == null ? List.of() : List.copyOf(favourTemplates);
            againstTemplates = againstTemplates == null ? List.of() : List.copyOf(againstTemplates);
        }

        /** A head without a temperature of its own. */
        public Unseen(float[] sentimentMean, float[] sentimentScale, Linear sentiment, float[] corpusMean,
                      float[] aboutMean, float[] aboutScale, Linear about, double aboutShift,
                      List<String> favourTemplates, List<String> againstTemplates, double directionWeight) {
            this(sentimentMean, sentimentScale, sentiment, corpusMean, aboutMean, aboutScale, about, aboutShift,
                    favourTemplates, againstTemplates, directionWeight, 0, 0, 0);
        }

        /** Whether the head carries its own calibration (then the target view's temperature does not apply). */
        public boolean calibrated() {
            return aboutTemperature > 0 && directionTemperature > 0;
        }

        public Unseen withTemperatures(double aboutT, double directionT) {
            return new Unseen(sentimentMean, sentimentScale, sentiment, corpusMean, aboutMean, aboutScale, about,
                    aboutShift, favourTemplates, againstTemplates, directionWeight, aboutT, directionT, ownerWeight);
        }

        /** Whether the direction reads the target's prototype sentences. */
        public boolean usesPrototypes() {
            return directionWeight != 0 && !favourTemplates.isEmpty() && !againstTemplates.isEmpty();
        }

        public Unseen withDirection(List<String> favour, List<String> against, double weight) {
            return new Unseen(sentimentMean, sentimentScale, sentiment, corpusMean, aboutMean, aboutScale, about,
                    aboutShift, favour, against, weight, aboutTemperature, directionTemperature, ownerWeight);
        }

        /** Whether a target's owner-written side sentences ({@link TargetSides}) set its direction. */
        public boolean usesOwnerSides() {
            return ownerWeight > 0;
        }

        public Unseen withOwnerWeight(double weight) {
            return new Unseen(sentimentMean, sentimentScale, sentiment, corpusMean, aboutMean, aboutScale, about,
                    aboutShift, favourTemplates, againstTemplates, directionWeight, aboutTemperature,
                    directionTemperature, weight);
        }

        public Unseen withShift(double shift) {
            return new Unseen(sentimentMean, sentimentScale, sentiment, corpusMean, aboutMean, aboutScale, about,
                    shift, favourTemplates, againstTemplates, directionWeight, aboutTemperature, directionTemperature,
                    ownerWeight);
        }
    }

    /** "{}" in a template is where the target's name goes. */
    public static final String SLOT = "{}";

    /** Sentences a supporter and an opponent of any target might write, written once before any measurement. */
    public static final List<String> FAVOUR_TEMPLATES = List.of("I support {}.", "I am in favor of {}.", "{} is good.",
            "I agree with {}.", "{} is right.", "I love {}.", "Yes to {}!");
    public static final List<String> AGAINST_TEMPLATES = List.of("I oppose {}.", "I am against {}.", "{} is bad.",
            "I disagree with {}.", "{} is wrong.", "I hate {}.", "No to {}!");

    /** The head's prototype sentences for a target: its favour templates, then its against templates, filled in. */
    public static List<String> prototypes(Unseen u, String target) {
        List<String> out = new ArrayList<>(u.favourTemplates().size() + u.againstTemplates().size());
        for (String t : u.favourTemplates()) {
            out.add(t.replace(SLOT, target.strip()));
        }
        for (String t : u.againstTemplates()) {
            out.add(t.replace(SLOT, target.strip()));
        }
        return out;
    }

    /** Mean favour prototype minus mean against prototype, from the vectors of {@link #prototypes} in their order. */
    public static float[] direction(Unseen u, float[][] prototypeVectors) {
        int nf = u.favourTemplates().size();
        int na = u.againstTemplates().size();
        float[] d = new float[prototypeVectors[0].length];
        for (int k = 0; k < nf + na; k++) {
            double w = k < nf ? 1.0 / nf : -1.0 / na;
            float[] v = prototypeVectors[k];
            for (int i = 0; i < d.length; i++) {
                d[i] += (float) (w * v[i]);
            }
        }
        return d;
    }

    /**
     * The owner's direction of a target: D / |D|^2, D = mean {@code favour} vector - mean {@code against} vector, so
     * that (c - corpusMean) . direction is 1 for a comment as far along D as the favour sentences are from the
     * against ones. Null when D is zero (the two sides say the same).
     */
    public static float[] ownerDirection(float[][] favour, float[][] against) {
        int dim = favour[0].length;
        double[] d = new double[dim];
        for (float[] v : favour) {
            for (int i = 0; i < dim; i++) {
                d[i] += (double) v[i] / favour.length;
            }
        }
        for (float[] v : against) {
            for (int i = 0; i < dim; i++) {
                d[i] -= (double) v[i] / against.length;
            }
        }
        double sq = 0;
        for (double x : d) {
            sq += x * x;
        }
        if (!(sq > 1e-12)) {
            return null;
        }
        float[] out = new float[dim];
        for (int i = 0; i < dim; i++) {
            out[i] = (float) (d[i] / sq);
        }
        return out;
    }

    /** (c - corpusMean) . direction: how much nearer the comment is to the favour sentences than to the against ones. */
    public static double alignment(float[] corpusMean, float[] c, float[] direction) {
        double s = 0;
        for (int i = 0; i < c.length; i++) {
            s += ((double) c[i] - corpusMean[i]) * direction[i];
        }
        return s;
    }

    private final EncoderSpec encoder;
    private final Map<StanceView, Head> views;
    private final Unseen unseen;
    /** Per view, the temperature of the final probabilities (p^(1/T), renormalised), fitted on validation. */
    private final Map<StanceView, Double> temperature;

    public EncoderHeads(EncoderSpec encoder, Map<StanceView, Head> views) {
        this(encoder, views, null, Map.of());
    }

    public EncoderHeads(EncoderSpec encoder, Map<StanceView, Head> views, Unseen unseen,
                        Map<StanceView, Double> temperature) {
        this.encoder = encoder;
        this.views = new EnumMap<>(StanceView.class);
        this.views.putAll(views);
        this.unseen = unseen;
        this.temperature = new EnumMap<>(StanceView.class);
        this.temperature.putAll(temperature);
    }

    /** The head for target-view rows whose target has no per-target head, or null. */
    public Unseen unseen() {
        return unseen;
    }

    /** The view's calibration temperature (1 when none was fitted). */
    public double temperature(StanceView v) {
        return temperature.getOrDefault(v, 1.0);
    }

    public Map<StanceView, Double> temperatures() {
        return temperature;
    }

    /** Temperature scaling of probabilities: p_i^(1/T) renormalised (argmax unchanged). */
    public static float[] calibrate(float[] p, double t) {
        if (t == 1.0) {
            return p;
        }
        double[] z = new double[p.length];
        for (int i = 0; i < p.length; i++) {
            z[i] = Math.log(Math.max(p[i], 1e-7)) / t;
        }
        return softmax(z);
    }

    private static final java.util.Set<String> TARGET_STOPWORDS = java.util.Set.of("the", "of", "is", "a", "an", "on",
            "and", "to", "in", "for", "real", "with", "from", "about", "that", "this", "are", "be");

    /** The words of a target that say the comment names it: lower-case letters, 4 or more, no stop words. */
    static List<String> targetWords(String target) {
        List<String> out = new ArrayList<>();
        java.util.regex.Matcher m = java.util.regex.Pattern.compile("[a-z]+")
                .matcher(target.toLowerCase(Locale.ROOT).replace("'s", "").replace("’s", ""));
        while (m.find()) {
            String w = m.group();
            if (w.length() >= 4 && !TARGET_STOPWORDS.contains(w)) {
                out.add(w);
            }
        }
        return out;
    }

    /** [any target word in the comment, share of target words in it] (substring, so hashtags and handles count). */
    public static float[] mention(String comment, String target) {
        List<String> words = targetWords(target);
        if (words.isEmpty()) {
            return new float[]{0, 0};
        }
        String s = comment.toLowerCase(Locale.ROOT);
        int hit = 0;
        for (String w : words) {
            hit += s.contains(w) ? 1 : 0;
        }
        return new float[]{hit > 0 ? 1 : 0, hit / (float) words.size()};
    }

    /** The unseen-target head's inputs for its about LR (raw, before standardisation). */
    public static float[] aboutInputs(float[] corpusMean, float[] c, float[] t, String comment, String target) {
        double cos = 0;
        double mu = 0;
        for (int i = 0; i < c.length; i++) {
            cos += (double) c[i] * t[i];
            mu += (double) corpusMean[i] * t[i];
        }
        float[] m = mention(comment, target);
        return new float[]{(float) (cos - mu), m[0], m[1]};
    }

    /**
     * Stance of one comment vector toward one target: favor / against / none. {@code direction} is the target's
     * {@link #direction} (null when the head does not use prototypes).
     */
    public static float[] unseenProbabilities(Unseen u, float[] c, float[] t, float[] direction, String comment,
                                              String target) {
        return unseenProbabilities(u, c, t, direction, null, comment, target);
    }

    /**
     * As above; {@code ownerDirection} (the target's {@link #ownerDirection}, or null) replaces the name prototypes'
     * lean when the head weighs owner sentences ({@link Unseen#usesOwnerSides}).
     */
    public static float[] unseenProbabilities(Unseen u, float[] c, float[] t, float[] direction, float[] ownerDirection,
                                              String comment, String target) {
        float[] pa = linearProbabilities(u.aboutMean(), u.aboutScale(), u.about(),
                aboutInputs(u.corpusMean(), c, t, comment, target));
        float[] ps = linearProbabilities(u.sentimentMean(), u.sentimentScale(), u.sentiment(), c);
        double lean = u.usesOwnerSides() && ownerDirection != null
                ? u.ownerWeight() * alignment(u.corpusMean(), c, ownerDirection)
                : u.usesPrototypes() && direction != null ? u.directionWeight() * alignment(u.corpusMean(), c, direction) : 0;
        return u.calibrated() ? combine(pa[1], ps, u.aboutShift(), lean, u.aboutTemperature(), u.directionTemperature())
                : combine(pa[1], ps, u.aboutShift(), lean);
    }

    /** favor / against / none from P(about), sentiment [positive, negative, neither] and the about-logit shift. */
    public static float[] combine(double about, float[] sentiment, double shift) {
        return combine(about, sentiment, shift, 0);
    }

    /** As above, with {@code lean} added to the direction's logit (positive: toward favour). */
    public static float[] combine(double about, float[] sentiment, double shift, double lean) {
        return combine(about, sentiment, shift, lean, 1, 1);
    }

    /**
     * As above, the about logit (with its shift) divided by {@code aboutT} and the direction's logit (with its lean)
     * by {@code directionT}: the head's calibration.
     */
    public static float[] combine(double about, float[] sentiment, double shift, double lean, double aboutT,
                                  double directionT) {
        double a = Math.min(Math.max(about, 1e-6), 1 - 1e-6);
        double ab = 1 / (1 + Math.exp(-(Math.log(a / (1 - a)) + shift) / aboutT));
        double q = sentiment[0] / Math.max(1e-9, (double) sentiment[0] + sentiment[1]);
        if (lean != 0 || directionT != 1) {
            q = Math.min(Math.max(q, 1e-6), 1 - 1e-6);
            q = 1 / (1 + Math.exp(-(Math.log(q / (1 - q)) + lean) / directionT));
        }
        return new float[]{(float) (ab * q), (float) (ab * (1 - q)), (float) (1 - ab)};
    }

    static float[] linearProbabilities(float[] mean, float[] scale, Linear l, float[] x) {
        int k = l.b().length;
        int d = x.length;
        double[] z = new double[k];
        for (int c = 0; c < k; c++) {
            double s = l.b()[c];
            int base = c * d;
            for (int i = 0; i < d; i++) {
                s += l.w()[base + i] * ((x[i] - mean[i]) / scale[i]);
            }
            z[c] = s;
        }
        return softmax(z);
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
        if (kind == Inputs.RELATION) {
            float[] x = new float[3 * d + 1];
            double dot = 0;
            for (int i = 0; i < d; i++) {
                x[i] = t[i];
                x[d + i] = Math.abs(t[i] - c[i]);
                x[2 * d + i] = t[i] * c[i];
                dot += (double) t[i] * c[i];
            }
            x[3 * d] = (float) dot;
            return x;
        }
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
        return linearProbabilities(h.mean(), h.scale(), l, x);
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
        if (unseen != null) {
            root.put("unseen", unseen);
        }
        if (!temperature.isEmpty()) {
            Map<String, Object> ts = new LinkedHashMap<>();
            temperature.forEach((v, t) -> ts.put(v.key(), t));
            root.put("temperature", ts);
        }
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
                int dim = h.inputs().columns(encoder.dimension());
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
            Unseen unseen = null;
            if (root.hasNonNull("unseen")) {
                unseen = ModelArchive.json().treeToValue(root.get("unseen"), Unseen.class);
                int d = encoder.dimension();
                if (unseen.sentimentMean().length != d || unseen.corpusMean().length != d
                        || unseen.sentiment().w().length != 3 * d || unseen.about().w().length != 2 * 3) {
                    throw new ModelCorrupt(archive.location(), ENTRY + ": the unseen-target head does not fit a "
                            + d + "-dimensional encoder");
                }
                if (unseen.directionWeight() != 0 && (unseen.favourTemplates().isEmpty() || unseen.againstTemplates().isEmpty()
                        || !java.util.stream.Stream.concat(unseen.favourTemplates().stream(), unseen.againstTemplates().stream())
                        .allMatch(x -> x.contains(SLOT)))) {
                    throw new ModelCorrupt(archive.location(), ENTRY + ": the unseen-target head weighs prototype "
                            + "sentences but does not name them (each with " + SLOT + " for the target)");
                }
                if (!(unseen.ownerWeight() >= 0) || Double.isInfinite(unseen.ownerWeight())) {
                    throw new ModelCorrupt(archive.location(), ENTRY + ": the unseen-target head's owner weight is "
                            + unseen.ownerWeight());
                }
                for (double t : new double[]{unseen.aboutTemperature(), unseen.directionTemperature()}) {
                    if (!(t >= 0) || Double.isInfinite(t)) {
                        throw new ModelCorrupt(archive.location(), ENTRY + ": the unseen-target head's temperature is " + t);
                    }
                }
            }
            Map<StanceView, Double> temps = new EnumMap<>(StanceView.class);
            for (StanceView v : StanceView.values()) {
                JsonNode t = root.path("temperature").get(v.key());
                if (t != null) {
                    if (!(t.asDouble() > 0)) {
                        throw new ModelCorrupt(archive.location(), ENTRY + ": temperature of " + v.key() + " is " + t);
                    }
                    temps.put(v, t.asDouble());
                }
            }
            return new EncoderHeads(encoder, views, unseen, temps);
        } catch (IOException | IllegalArgumentException e) {
            throw new ModelCorrupt(archive.location(), "cannot read " + ENTRY + " (" + e.getMessage() + ")");
        }
    }
}
