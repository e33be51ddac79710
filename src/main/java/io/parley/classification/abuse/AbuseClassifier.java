package io.parley.classification.abuse;

import io.parley.classification.AbuseLabel;
import io.parley.classification.text.HashedNgrams;
import io.parley.model.ModelArchive;
import io.parley.model.ModelCorrupt;
import io.parley.model.ModelFile;
import io.parley.model.TrainerView;
import org.deeplearning4j.nn.multilayer.MultiLayerNetwork;
import org.nd4j.linalg.api.ndarray.INDArray;

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
 * <p>The labels it serves, their order and display names are the model file's ({@link AbuseSpec#served}); the file
 * is checked against itself at load (one calibration per head, weights of the spec's shape), never against a list in
 * code. Toxicity spans come from the model's {@link SpanTagger} when it has one (trained on gold spans, run only for
 * comments whose toxicity reaches the span floor); files written before it existed keep the head spans.
 *
 * <p>Besides load, score and labels, the members marked {@link TrainerView} are for the trainer
 * ({@code abuse.training}) only.
 */
public final class AbuseClassifier {

    /** Zip entry of the Deeplearning4j network. */
    @TrainerView
    public static final String NETWORK = "network.bin";

    private final AbuseSpec spec;
    private final HashedNgrams features;
    private final float[] table;
    private final float[] bias;
    private final String name;
    private final String version;
    private final int k;
    private final List<AbuseLabel> labels;
    /** Per served label, its head. */
    private final int[] served;
    /** Per head, whether it is a served label's (the band those labels are encoded on). */
    private final boolean[] servedHeads;
    /** The toxicity head (whose spans the tagger decides), -1 when the model has none. */
    private final int toxicity;
    /** The threat head, which threat cues raise; -1 in models without one. */
    private final int threat;
    /** The insult head's index, or -1. */
    private final int insult;
    /** The identity_attack head (-1 when the model has none) and its place among the served labels. */
    private final int identityAttack;
    private final int servedIdentityAttack;
    /** Its place among the served labels (the tagger's evidence), -1 when it is not served. */
    private final int servedToxicity;
    /** Decides the toxicity spans; null for models without one (the toxicity head's evidence decides). */
    private final SpanTagger tagger;
    /** Adds the pretrained-vector network's logits; null for models without one. */
    private final VectorHeads vectorHeads;
    /** Adds the sentence encoder heads' logits where the cascade says; null for models without them. */
    private final SentenceHeads sentenceHeads;
    /** Never run the encoder: every comment gets the sentence heads' estimate (classify --fast). */
    private final boolean fast;
    /** The civil frames the model file names ({@link AbuseSpec#civilFrames()}); empty when it names none. */
    private final java.util.Set<CivilFrames.Frame> civilFrames;

    /**
     * A model from its parts: {@code table} is buckets x heads (see {@link #fold}), {@code bias} one per head; the
     * tagger and vector heads may be null, the latter exactly when the spec names none.
     */
    @TrainerView
    public AbuseClassifier(AbuseSpec spec, float[] table, float[] bias, String name, String version, SpanTagger tagger,
                           VectorHeads vectorHeads) {
        this(spec, table, bias, name, version, tagger, vectorHeads, null, false);
    }

    /** As above, with sentence heads (null exactly when the spec names none); {@code fast}: never encode. */
    @TrainerView
    public AbuseClassifier(AbuseSpec spec, float[] table, float[] bias, String name, String version, SpanTagger tagger,
                           VectorHeads vectorHeads, SentenceHeads sentenceHeads, boolean fast) {
        this.tagger = tagger;
        this.vectorHeads = vectorHeads;
        this.sentenceHeads = sentenceHeads;
        this.fast = fast;
        if ((vectorHeads == null) != (spec.vectorHeads() == null)) {
            throw new IllegalArgumentException("vector heads and their settings go together");
        }
        if ((sentenceHeads == null) != (spec.sentenceHeads() == null)) {
            throw new IllegalArgumentException("sentence heads and their settings go together");
        }
        this.spec = spec;
        this.features = new HashedNgrams(spec.features());
        this.table = table;
        this.bias = bias;
        this.name = name;
        this.version = version;
        this.k = spec.heads().size();
        this.labels = spec.served();
        this.served = labels.stream().mapToInt(l -> spec.heads().indexOf(l.name())).toArray();
        this.servedHeads = new boolean[spec.heads().size()];
        for (int h : served) {
            servedHeads[h] = true;
        }
        this.toxicity = spec.heads().indexOf(SpanTagger.LABEL);
        this.threat = spec.heads().indexOf("threat");
        this.insult = spec.heads().indexOf("insult");
        this.identityAttack = spec.heads().indexOf("identity_attack");
        this.servedIdentityAttack = labels.stream().map(AbuseLabel::name).toList().indexOf("identity_attack");
        java.util.Set<CivilFrames.Frame> frames = java.util.EnumSet.noneOf(CivilFrames.Frame.class);
        if (spec.civilFrames() != null) {
            spec.civilFrames().stream().map(CivilFrames.Frame::of).filter(java.util.Objects::nonNull).forEach(frames::add);
        }
        this.civilFrames = frames;
        this.servedToxicity = labels.stream().map(AbuseLabel::name).toList().indexOf(SpanTagger.LABEL);
        if (tagger != null && (servedToxicity < 0 || tagger.evidence() != served.length)) {
            throw new IllegalArgumentException("the span tagger needs a served toxicity label and one evidence input "
                    + "per served label (" + served.length + "), not " + tagger.evidence());
        }
    }

    /** The abuse model file: {@code abuse/abuse.zip} under the models directory (or the jar's {@code models/}). */
    public static final ModelFile<AbuseClassifier> FILE = new ModelFile<>("abuse", "abuse/abuse.zip",
            AbuseClassifier::load);

    /**
     * Loads a model file, checked against itself: a spec whose parts disagree (calibration per head, served labels
     * among the heads), or weights not of the spec's shape, fail with {@link ModelCorrupt} naming what is wrong.
     */
    public static AbuseClassifier load(ModelArchive archive) {
        AbuseSpec spec;
        try {
            spec = archive.spec(AbuseSpec.class);
        } catch (ModelCorrupt e) {
            throw e;
        } catch (RuntimeException e) {
            throw new ModelCorrupt(archive.location(), "bad abuse spec (" + e.getMessage() + ")");
        }
        String problem = spec == null ? "not an abuse model of format " + AbuseSpec.FORMAT : spec.problem();
        if (problem != null) {
            throw new ModelCorrupt(archive.location(), problem);
        }
        if (archive.spec().path("vectorHeads").path("convFilters").asInt(0) > 0) {
            throw new ModelCorrupt(archive.location(), "its vector heads have a convolution, which this version no "
                    + "longer serves (retired, see bench/abuse/experiments.md): retrain with 'parley train abuse'");
        }
        MultiLayerNetwork net = archive.network(NETWORK);
        float[][] folded;
        try {
            folded = fold(net, spec);
        } catch (RuntimeException e) {
            throw new ModelCorrupt(archive.location(), "network does not match the feature spec (" + e.getMessage() + ")");
        }
        if (folded[0].length != spec.features().buckets() * spec.heads().size()) {
            throw new ModelCorrupt(archive.location(), "network does not match the feature spec: "
                    + folded[0].length + " weights for " + spec.features().buckets() + " buckets x "
                    + spec.heads().size() + " heads");
        }
        try {
            return new AbuseClassifier(spec, folded[0], folded[1], archive.provenance().name(),
                    archive.provenance().version(), tagger(archive, spec), VectorHeads.load(archive, spec),
                    SentenceHeads.load(archive, spec), false);
        } catch (IllegalArgumentException e) {
            throw new ModelCorrupt(archive.location(), e.getMessage());
        }
    }

    /** The span tagger a spec names; a spec naming one whose weights are missing or mis-sized is corrupt. */
    private static SpanTagger tagger(ModelArchive archive, AbuseSpec spec) {
        if (spec.spanTagger() == null) {
            return null;
        }
        float[] w = SpanTagger.weights(archive.entry(SpanTagger.ENTRY));
        int evidence = spec.served().size();
        if (w.length != spec.spanTagger().width(evidence)) {
            throw new ModelCorrupt(archive.location(), "span tagger weights (" + SpanTagger.ENTRY + ") do not match "
                    + "its settings: " + w.length + " weights, " + spec.spanTagger().width(evidence) + " expected");
        }
        return new SpanTagger(spec.spanTagger(), evidence, w);
    }

    /** A copy of this model whose toxicity spans come from {@code tagger}. */
    @TrainerView
    public AbuseClassifier withTagger(SpanTagger tagger) {
        return new AbuseClassifier(spec.withSpanTagger(tagger == null ? null : tagger.settings()), table, bias, name,
                version, tagger, vectorHeads, sentenceHeads, fast);
    }

    /** A copy of this model whose logits add {@code v}'s (null: the n-gram heads alone). */
    @TrainerView
    public AbuseClassifier withVectorHeads(VectorHeads v) {
        return new AbuseClassifier(spec.withVectorHeads(v == null ? null : v.settings()), table, bias, name, version,
                tagger, v, sentenceHeads, fast);
    }

    /** A copy of this model whose logits fuse {@code h}'s (null: without sentence heads). */
    @TrainerView
    public AbuseClassifier withSentenceHeads(SentenceHeads h) {
        return new AbuseClassifier(spec.withSentenceHeads(h == null ? null : h.settings()), table, bias, name, version,
                tagger, vectorHeads, h, fast);
    }

    /** A copy with another spec of the same shape (calibration, defaults, thresholds). */
    @TrainerView
    public AbuseClassifier withSpec(AbuseSpec s) {
        return new AbuseClassifier(s, table, bias, name, version, tagger, vectorHeads, sentenceHeads, fast);
    }

    /**
     * This model without the encoder: every comment is scored as the cascade scores those outside its band (the
     * n-gram model with the sentence heads' estimate), so scores stay on the same scale. The same model when it has no
     * sentence heads. What {@code classify --fast} uses.
     */
    public AbuseClassifier fast() {
        return sentenceHeads == null || fast ? this
                : new AbuseClassifier(spec, table, bias, name, version, tagger, vectorHeads, sentenceHeads, true);
    }

    /** Whether the model has sentence heads (an encoder that runs on part of the comments). */
    public boolean hasEncoder() {
        return sentenceHeads != null && !fast;
    }

    /** Comments scored and comments the encoder ran on since load ({0, 0} without sentence heads). */
    public long[] encoderUse() {
        return sentenceHeads == null ? new long[2] : sentenceHeads.use();
    }

    @TrainerView
    public SentenceHeads sentenceHeads() {
        return sentenceHeads;
    }

    @TrainerView
    public VectorHeads vectorHeads() {
        return vectorHeads;
    }

    @TrainerView
    public SpanTagger tagger() {
        return tagger;
    }

    /** Where toxicity stands among the served labels ({@link #servedTokenScores}' rows), -1 when not served. */
    int servedToxicity() {
        return servedToxicity;
    }

    /**
     * The toxicity spans of a comment of calibrated toxicity {@code toxicity}: the tagger's when the model has
     * one, else runs of the toxicity head's own token evidence.
     */
    @TrainerView
    public List<ScoredSpan> toxicitySpans(String text, HashedNgrams.Features f, double toxicity) {
        if (tagger != null) {
            return tagger.spans(this, text, f, toxicity);
        }
        return spans(text, f, this.toxicity, spec.spanTokenThresholds()[this.toxicity]);
    }

    /**
     * Per-bucket logit contributions (buckets x K) plus the bias: the embedding (buckets x dim) times
     * the head (dim x K). The network is linear in the TF-IDF weighted sum of rows, so the fold is exact.
     */
    @TrainerView
    public static float[][] fold(MultiLayerNetwork net, AbuseSpec spec) {
        if (net.getnLayers() != 3) {
            throw new IllegalStateException("expected 3 layers (table, pooling, output), not " + net.getnLayers());
        }
        INDArray embedding = net.getLayer(0).getParam("W");
        INDArray head = net.getLayer(2).getParam("W");
        INDArray b = net.getLayer(2).getParam("b");
        if (embedding.columns() != head.rows() || head.columns() != spec.heads().size()) {
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

    /** The labels every score carries, in order, with their display names: the model file's. */
    public List<AbuseLabel> labels() {
        return labels;
    }

    public AbuseScores score(String text) {
        EvasionFold.Folded folded = spec.foldEvasions() ? EvasionFold.fold(text) : null;
        if (folded == null) {
            return scoreFolded(text);
        }
        return original(scoreFolded(folded.text()), folded);
    }

    /**
     * The text as its reader sees it, whatever the model: look-alike, fullwidth and mathematical letters and invisible
     * characters folded ({@link EvasionFold}); the same instance when nothing folds. A comment's language is told from
     * it, so "Yоu аrе а ѕtuріd іdіоt" with Cyrillic look-alikes is English, as it reads and as the model scores it.
     */
    public static String asRead(String text) {
        EvasionFold.Folded f = EvasionFold.fold(text);
        return f == null ? text : f.text();
    }

    /**
     * The text the model judges for {@code text}: its fold ({@link EvasionFold}) in a model whose spec says so, else
     * the text itself (the same instance when nothing folds). The evaluator scores rows with it.
     */
    @TrainerView
    public String folded(String text) {
        EvasionFold.Folded f = spec.foldEvasions() ? EvasionFold.fold(text) : null;
        return f == null ? text : f.text();
    }

    /** The scores of a comment already folded (or one the model does not fold), spans on that text. */
    private AbuseScores scoreFolded(String text) {
        HashedNgrams.Features f = features.features(text);
        return score(text, f, probabilities(text, f));
    }

    /** {@code s}, scored on the folded text, with its spans moved back to the original text's characters. */
    private static AbuseScores original(AbuseScores s, EvasionFold.Folded folded) {
        if (s.spans().isEmpty()) {
            return s;
        }
        List<ScoredSpan> spans = new ArrayList<>(s.spans().size());
        for (ScoredSpan sp : s.spans()) {
            int[] r = folded.original(sp.start(), sp.end());
            spans.add(new ScoredSpan(sp.label(), r[0], r[1], sp.weight()));
        }
        return new AbuseScores(s.scores(), spans);
    }

    private AbuseScores score(String text, HashedNgrams.Features f, double[] p) {
        Map<String, Double> scores = new LinkedHashMap<>();
        for (int i = 0; i < served.length; i++) {
            scores.put(labels.get(i).name(), p[served[i]]);
        }
        List<ScoredSpan> spans = new ArrayList<>();
        for (int i = 0; i < served.length; i++) {
            int h = served[i];
            AbuseLabel label = labels.get(i);
            if (!label.hasDefaults()) {
                // files before 2026-12-06: a label gets spans once the comment reaches its validation threshold
                if (p[h] >= Math.max(spec.spanMinScore(), spec.threshold(label.name()))) {
                    spans.addAll(h == toxicity ? toxicitySpans(text, f, p[h])
                            : spans(text, f, h, spec.spanTokenThresholds()[h]));
                }
            } else if (h == toxicity) {
                // the tagger runs from a fixed floor of the calibrated score, far below any hold: keyed on a site's
                // hold it would lose span F1 (0.66 -> 0.59, bench/abuse/calibration-design.md 4.5); a comment the
                // defaults flag on toxicity whose tagger finds nothing still shows the head's own evidence
                List<ScoredSpan> tagged = p[h] >= spec.spanMinScore() ? toxicitySpans(text, f, p[h]) : List.of();
                if (tagged.isEmpty() && p[h] >= label.defaultHold()) {
                    tagged = spans(text, f, h, spec.spanTokenThresholds()[h]);
                }
                spans.addAll(tagged);
            } else if (p[h] >= label.defaultHold()) {
                // every label the defaults flag has its spans
                spans.addAll(spans(text, f, h, spec.spanTokenThresholds()[h]));
                if (h == threat && spec.threatCueFloor() > 0) {
                    // a threat the cue rule flags is explained by the cue's words, which the heads may not weigh
                    for (int[] c : threatCues(text)) {
                        spans.add(new ScoredSpan(label.name(), c[0], c[1], p[h]));
                    }
                }
            }
        }
        return new AbuseScores(scores, spans);
    }

    /**
     * Scores a batch on all cores; the result is in input order. The vector heads run as one matrix product for
     * the whole batch ({@link VectorHeads#logitsAll}): per comment their first layer is what costs, and a batch
     * reads its weights once instead of once per comment. The comments the cascade sends to the encoder are encoded
     * together, on the encoder's own threads.
     */
    public List<AbuseScores> scoreAll(List<String> texts) {
        if (!spec.foldEvasions()) {
            return scoreAllFolded(texts);
        }
        EvasionFold.Folded[] folded = new EvasionFold.Folded[texts.size()];
        List<String> plain = new ArrayList<>(texts.size());
        for (int i = 0; i < folded.length; i++) {
            folded[i] = EvasionFold.fold(texts.get(i));
            plain.add(folded[i] == null ? texts.get(i) : folded[i].text());
        }
        List<AbuseScores> scored = scoreAllFolded(plain);
        List<AbuseScores> out = new ArrayList<>(scored.size());
        for (int i = 0; i < folded.length; i++) {
            out.add(folded[i] == null ? scored.get(i) : original(scored.get(i), folded[i]));
        }
        return List.copyOf(out);
    }

    /** {@link #scoreAll} of comments already folded (or by a model that does not fold). */
    private List<AbuseScores> scoreAllFolded(List<String> texts) {
        int n = texts.size();
        AbuseScores[] out = new AbuseScores[n];
        if ((vectorHeads == null && sentenceHeads == null) || n < VectorHeads.MIN_BATCH) {
            IntStream.range(0, n).parallel().forEach(i -> out[i] = scoreFolded(texts.get(i)));
            return List.of(out);
        }
        HashedNgrams.Features[] f = new HashedNgrams.Features[n];
        IntStream.range(0, n).parallel().forEach(i -> f[i] = features.features(texts.get(i)));
        double[][] zv = vectorHeads == null ? null : vectorHeads.logitsAll(texts, f);
        double[][] z = new double[n][];
        IntStream.range(0, n).parallel().forEach(i -> {
            if (f[i].ids().length > 0) {
                z[i] = logits(f[i]);
                if (zv != null) {
                    vectorHeads.addLogits(zv[i], z[i]);
                }
            }
        });
        boolean[] raised = sentenceHeads == null ? null : fuseAll(texts, z);
        IntStream.range(0, n).parallel().forEach(i -> {
            if (z[i] != null) {
                z[i] = raiseThreats(texts.get(i), discountCivil(texts.get(i), discountReported(texts.get(i), z[i])));
                raiseEncoded(texts.get(i), z[i], raised != null && raised[i]);
            }
        });
        IntStream.range(0, n).parallel().forEach(i -> {
            double[] p = z[i] == null ? new double[k] : calibrated(z[i]);
            out[i] = score(texts.get(i), f[i], p);
        });
        return List.of(out);
    }

    /**
     * The cascade over a batch: each row's estimate, then the encoder, in one batch, for the rows whose estimated risk
     * is in the band; rows without tokens (null) stay null. Returns, per row, whether the encoder read it and the
     * model's encoder raise ({@link AbuseSpec.EncoderRaise}) reaches its gate on that embedding.
     */
    private boolean[] fuseAll(List<String> texts, double[][] z) {
        boolean[] raised = new boolean[z.length];
        List<Integer> encode = new ArrayList<>();
        // comments in the band only through a data-set head's weight (--offensive-band): the encoder's logits reach
        // those heads alone, the served labels keep the estimate (so every served score, flag and default is as in
        // the model without that weight), and the encoder raise does not read them
        java.util.Map<Integer, double[]> dataSetOnly = new java.util.HashMap<>();
        long scored = 0;
        for (int i = 0; i < z.length; i++) {
            if (z[i] == null) {
                continue;
            }
            scored++;
            double[] est = z[i].clone();
            sentenceHeads.addEstimate(est);
            if (!fast && sentenceHeads.runsFor(est)) {
                encode.add(i);
                if (!sentenceHeads.runsFor(est, servedHeads)) {
                    dataSetOnly.put(i, est);
                }
            } else {
                z[i] = est;
            }
        }
        sentenceHeads.countScored(scored);
        if (encode.isEmpty()) {
            return raised;
        }
        float[][] v = sentenceHeads.encode(encode.stream().map(texts::get).toList());
        AbuseSpec.EncoderRaise r = spec.encoderRaise();
        SentenceHeads.Settings hs = sentenceHeads.settings();
        for (int j = 0; j < v.length; j++) {
            sentenceHeads.addEncoded(z[encode.get(j)], sentenceHeads.logits(v[j]));
            double[] est = dataSetOnly.get(encode.get(j));
            if (est != null) {
                for (int h : served) {
                    z[encode.get(j)][h] = est[h];
                }
                continue;
            }
            if (r != null) {
                raised[encode.get(j)] = SentenceHeads.own(r.weights(), v[j], hs.mean(), hs.scale()) >= r.gate();
            }
        }
        return raised;
    }

    /**
     * {@code z} with the encoder raise's label lifted to its floor when {@code raised} (the encoder read the comment
     * and the raise's own logit reached its gate); only raises, no other label moves. Not in a comment where the
     * model's reported-speech rule or one of its civil frames finds words to excuse: the embedding reads "I could murder
     * a pizza" and "he told me he'd kill me" as near a threat, and those rules already say the words attack no one.
     */
    private void raiseEncoded(String text, double[] z, boolean raised) {
        AbuseSpec.EncoderRaise r = spec.encoderRaise();
        if (!raised || r == null) {
            return;
        }
        String reported = spec.reportedSpeech() ? ReportedSpeech.masked(text) : null;
        if (reported != null || (!civilFrames.isEmpty() && CivilFrames.masked(text, civilFrames, false) != null)) {
            return;
        }
        int h = spec.heads().indexOf(r.label());
        if (h < 0) {
            return;
        }
        double zFloor = (Math.log(r.floor() / (1 - r.floor())) - spec.plattB()[h]) / spec.plattA()[h];
        z[h] = Math.max(z[h], zFloor);
    }

    /**
     * log(max over served labels of severity x odds of the calibrated score) for logits {@code z}: the risk the default
     * holds compare with their cost, and what the cascade's band is drawn on.
     */
    @TrainerView
    public double logRisk(double[] z) {
        double best = Double.NEGATIVE_INFINITY;
        for (int i = 0; i < served.length; i++) {
            int h = served[i];
            best = Math.max(best, Math.log(labels.get(i).weight()) + spec.plattA()[h] * z[h] + spec.plattB()[h]);
        }
        return best;
    }

    @TrainerView
    public AbuseSpec spec() {
        return spec;
    }

    @TrainerView
    public HashedNgrams.Features features(String text) {
        return features.features(text);
    }

    /**
     * Raw (uncalibrated) logits of all heads: the n-gram heads' plus, when the model has them, the vector heads' and
     * the sentence heads' (encoded where the cascade says, else their estimate).
     */
    @TrainerView
    public double[] logits(String text, HashedNgrams.Features f) {
        return logits(text, f, new boolean[1]);
    }

    /** As {@link #logits(String, HashedNgrams.Features)}; {@code raised[0]} says whether the encoder raise fires. */
    private double[] logits(String text, HashedNgrams.Features f, boolean[] raised) {
        double[] z = logits(f);
        if (vectorHeads != null) {
            vectorHeads.addTo(text, f, z);
        }
        if (sentenceHeads != null) {
            double[][] one = {z};
            raised[0] = fuseAll(List.of(text), one)[0];
            z = one[0];
        }
        return z;
    }

    /** Raw logits of the n-gram heads alone (all a model without vector heads has). */
    @TrainerView
    public double[] logits(HashedNgrams.Features f) {
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
    @TrainerView
    public double[] probabilities(String text, HashedNgrams.Features f) {
        if (f.ids().length == 0) {
            return new double[k];
        }
        boolean[] raised = new boolean[1];
        double[] z = raiseThreats(text, discountCivil(text, discountReported(text, logits(text, f, raised))));
        raiseEncoded(text, z, raised[0]);
        return calibrated(z);
    }

    /**
     * {@code z} with what the words a comment reports add taken away ({@link ReportedSpeech}): each served label's
     * logit becomes that of the comment with those words masked when that is lower, so abuse in the rest of the
     * comment counts in full. Served labels only: the data-set heads keep their data set's definition (Davidson's
     * annotators rated quoted lyrics offensive; applied to its heads the rule cost test weighted F1 0.9033 -> 0.8982).
     * Keeping part of what the reported words add (0.3, 0.5 of it) published fewer of suites 1-2's reported-abuse
     * comments and flagged no more abuse (bench/abuse/experiments.md, abuse6). Only in models whose spec says so: the
     * rule changes scores, so switching it on makes a new model version (train abuse --reported-speech).
     */
    private double[] discountReported(String text, double[] z) {
        if (!spec.reportedSpeech()) {
            return z;
        }
        return lowerWith(ReportedSpeech.masked(text), z);
    }

    /**
     * {@code z} with what the words of the model's civil frames add taken away ({@link CivilFrames}: identity words in
     * the writer's self-identification, mild strong words in a comment that names no person, violent idioms): each
     * served label's logit becomes that of the comment with those words replaced when that is lower, as for reported
     * speech (and on top of its mask, so a comment that reports abuse and names the writer's identity loses both).
     * Only in models whose spec names frames (train abuse --civil-frames): a new model version.
     */
    private double[] discountCivil(String text, double[] z) {
        if (civilFrames.isEmpty()) {
            return z;
        }
        String reported = spec.reportedSpeech() ? ReportedSpeech.masked(text) : null;
        String base = reported != null ? reported : text;
        z = lowerWith(CivilFrames.masked(base, civilFrames, reported != null), z);
        if (civilFrames.contains(CivilFrames.Frame.IDENTITY_ABSENT)) {
            capIdentityAttack(text, z);
        }
        if (civilFrames.contains(CivilFrames.Frame.UNDIRECTED_STRONG_WORDS_MILD)
                && !civilFrames.contains(CivilFrames.Frame.UNDIRECTED_STRONG_WORDS)) {
            // strong words at things lower toxicity and insult only; obscene keeps them
            java.util.Set<CivilFrames.Frame> mild = java.util.EnumSet.copyOf(civilFrames);
            mild.add(CivilFrames.Frame.UNDIRECTED_STRONG_WORDS);
            String masked = CivilFrames.masked(base, mild, reported != null);
            if (masked != null) {
                HashedNgrams.Features fm = features.features(masked);
                if (fm.ids().length > 0) {
                    double[] zm = logits(masked, fm);
                    for (int h : new int[]{toxicity, insult}) {
                        if (h >= 0) {
                            z[h] = Math.min(z[h], zm[h]);
                        }
                    }
                }
            }
        }
        return z;
    }

    /**
     * {@link CivilFrames.Frame#IDENTITY_ABSENT}: in a comment that names no identity, identity_attack's logit becomes the
     * soft minimum -log(e^-z + e^-c) of itself and c, the logit of 0.9 x the label's default hold, so the label alone
     * never reaches its default hold there, while the order of such comments among themselves is kept (the map is
     * strictly increasing) and a logit far below c moves by about e^(z - c). No other label moves. Comments that name
     * an identity keep their score.
     */
    private void capIdentityAttack(String text, double[] z) {
        if (identityAttack < 0 || servedIdentityAttack < 0 || CivilFrames.namesIdentity(text)) {
            return;
        }
        AbuseLabel label = labels.get(servedIdentityAttack);
        if (!label.hasDefaults()) {
            return;
        }
        double p = 0.9 * label.defaultHold();
        double c = (Math.log(p / (1 - p)) - spec.plattB()[identityAttack]) / spec.plattA()[identityAttack];
        double x = z[identityAttack];
        // -log(e^-x + e^-c), computed without overflow
        double m = Math.min(x, c);
        z[identityAttack] = m - Math.log1p(Math.exp(-Math.abs(x - c)));
    }

    /** {@code z} with each served label's logit lowered to that of {@code masked} (the comment with words replaced), if any. */
    private double[] lowerWith(String masked, double[] z) {
        if (masked == null) {
            return z;
        }
        HashedNgrams.Features fm = features.features(masked);
        if (fm.ids().length == 0) {
            return z;
        }
        double[] zm = logits(masked, fm);
        for (int h : served) {
            z[h] = Math.min(z[h], zm[h]);
        }
        return z;
    }

    /**
     * {@code z} with the threat logit raised to the model's threat-cue floor when the comment threatens, wishes or
     * calls for harm to someone in words the threat heads never learned ({@link ThreatCues}); cues inside what the
     * comment reports someone else saying do not count (the masked text must still have one). Only raises: a threat
     * the heads already score higher keeps its score, and no other label moves.
     */
    private double[] raiseThreats(String text, double[] z) {
        double floor = spec.threatCueFloor();
        if (!(floor > 0) || threat < 0 || !threatCue(text)) {
            return z;
        }
        double zFloor = (Math.log(floor / (1 - floor)) - spec.plattB()[threat]) / spec.plattA()[threat];
        z[threat] = Math.max(z[threat], zFloor);
        return z;
    }

    /** The threat cues of {@code text} outside its reported speech (with the rule on); empty when none. */
    private List<int[]> threatCues(String text) {
        boolean veiled = spec.veiledThreats();
        boolean wished = spec.wishedHarm();
        boolean endorsed = spec.endorsedHarm();
        List<int[]> cues = ThreatCues.find(text, veiled, wished, endorsed);
        if (cues.isEmpty() || !spec.reportedSpeech()) {
            return cues;
        }
        String masked = ReportedSpeech.masked(text);
        return masked == null || ThreatCues.has(masked, veiled, wished, endorsed) ? cues : List.of();
    }

    private boolean threatCue(String text) {
        return !threatCues(text).isEmpty();
    }

    /** {@code z}, each head's logit replaced by its calibrated probability. */
    private double[] calibrated(double[] z) {
        for (int h = 0; h < k; h++) {
            z[h] = calibrate(h, z[h]);
        }
        return z;
    }

    @TrainerView
    public double calibrate(int head, double logit) {
        return sigmoid(spec.plattA()[head] * logit + spec.plattB()[head]);
    }

    /**
     * Each token's own evidence for one head: the mean logit contribution of its features (word,
     * bigram ending at it, char n-grams). Because the head is linear this is exact, not a gradient
     * approximation; spans threshold it.
     */
    @TrainerView
    public double[] tokenScores(HashedNgrams.Features f, int head) {
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
     * {@link #tokenScores} of the served labels' heads at once ([served label][token]): one TF-IDF weighing and one
     * pass over the ids instead of one per head (the span tagger reads them all).
     */
    double[][] servedTokenScores(HashedNgrams.Features f) {
        // [servedToxicity] of the result is the toxicity head's evidence
        int heads = served.length;
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
                    sum[h] += x * table[base + served[h]];
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
    @TrainerView
    public List<ScoredSpan> spans(String text, HashedNgrams.Features f, int head, double threshold) {
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
    @TrainerView
    public static boolean wordLike(String text, int from, int to) {
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

    @TrainerView
    public static double sigmoid(double x) {
        return 1.0 / (1.0 + Math.exp(-x));
    }
}
