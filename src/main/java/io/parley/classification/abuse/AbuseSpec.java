package io.parley.classification.abuse;

import io.parley.classification.AbuseLabel;
import io.parley.classification.text.HashedNgrams;
import io.parley.model.TrainerView;

import java.util.HashSet;
import java.util.List;
import java.util.Map;

/**
 * Everything serving needs besides the weights, stored as spec.json inside the model file so that
 * serving never re-derives a setting from code defaults.
 *
 * @param formatVersion      bumped when this record changes incompatibly
 * @param features           tokeniser/n-gram/hash settings
 * @param heads              network outputs in order: the served labels and the heads that only help train them
 *                           (one per data set whose label means something else, e.g. OLID "offensive")
 * @param labels             the served labels, in the order they are shown, with their display names (a null
 *                           display name reads as the name with '_' as ' '); each is one of the heads. Null in files
 *                           written before the spec named them: those served their first {@link #LEGACY_SERVED} heads
 * @param dim                width of the stored embedding table (one column per head)
 * @param plattA             per head: calibrated p = sigmoid(plattA * logit + plattB), fitted on validation
 * @param plattB             see plattA
 * @param spanTokenThresholds per head: a token joins the head's spans when its mean feature logit
 *                           contribution reaches this (toxicity tuned for span F1 on the toxic-spans
 *                           validation set; other heads at the same quantile of their own token scores)
 * @param spanQuantile       that quantile
 * @param spanMinScore       spans are produced for a label only when the comment scores at least this
 * @param thresholds         per head, the decision threshold chosen on validation (F1 reports, OLID, Davidson)
 * @param idf                per bucket, the idf learnt on the training split; the input is the sublinear-tf x idf
 *                           vector, L2-normalised ({@link TfIdf}), and the network is one linear layer over it
 * @param spanTagger         settings of the toxicity span tagger (weights in {@link SpanTagger#ENTRY}); null in
 *                           models written before it existed, which keep the toxicity head's own spans
 * @param vectorHeads        settings of the network over pretrained word vectors whose logits are added to the
 *                           n-gram heads' ({@link VectorHeads}); null in models without one
 * @param calibration        what the served labels' scores mean: how plattA/plattB were fitted and the stated prior
 *                           per label they are shifted to (null in files written before 2026-12-06, whose Platt was
 *                           fitted on mixed validation rows)
 * @param sentenceHeads      settings of the heads over a pretrained sentence encoder's embedding, fused into the
 *                           logits before calibration, and of the cascade that decides where the encoder runs
 *                           ({@link SentenceHeads}); null in models without them
 * @param reportedSpeech     whether a comment's score discounts the abuse it reports ({@link ReportedSpeech}: the
 *                           words it quotes someone else saying, scored again masked, each served label keeping the
 *                           lower logit); false in files written before 2026-12-07, whose scores it would change
 * @param threatCueFloor     the calibrated threat score a comment with a threat cue ({@link ThreatCues}: a wish, intent
 *                           or call to hurt someone, outside what it reports) gets at least; 0 (files before
 *                           2026-12-07, and every file that does not state it) leaves threat scores as the heads give
 *                           them
 * @param civilFrames        the frames whose words are scored again replaced ({@link CivilFrames}: identity words in
 *                           the writer's self-identification, mild strong words in a comment that names no person,
 *                           violent idioms), each served label keeping the lower logit; null or empty (files before
 *                           2026-12-07, and every file that does not state them) leaves scores as they were
 * @param foldEvasions       whether a comment is folded ({@link EvasionFold}: fullwidth and mathematical letters,
 *                           invisible characters and stacked marks inside words, Cyrillic/Greek look-alikes in Latin
 *                           words) before the features, the encoder and the rules see it, spans pointing at the
 *                           original text; false in files that do not state it (scores as they were)
 * @param veiledThreats      whether the threat cues ({@link ThreatCues}, with {@code threatCueFloor} above 0) include
 *                           veiled threats and intimidation ("we know where you live", "it would be a shame if
 *                           something happened to your kids", two hints such as "Sleep well, Senator."); false in files
 *                           that do not state it (threat scores as they were)
 * @param wishedHarm         whether the threat cues include wishes of illness or death and calls for self-harm ("I hope
 *                           your liver fails", "Go kill yourself"); false in files that do not state it (threat scores
 *                           as they were)
 * @param endorsedHarm       whether the threat cues include harm endorsed as deserved or useful ("That judge has earned
 *                           a bullet", "Maybe a brick through his window would get his attention") and harm promised to
 *                           the target as a consequence ("your arm is getting snapped", "You've been warned. There won't
 *                           be a second warning."); false in files that do not state it (threat scores as they were)
 * @param encoderRaise       null, or a raise of one label from the sentence encoder's embedding ({@link EncoderRaise});
 *                           null in files that do not state it (scores as they were)
 */
@TrainerView
public record AbuseSpec(int formatVersion, HashedNgrams.Config features, List<String> heads, List<AbuseLabel> labels,
                        int dim, double[] plattA, double[] plattB, double[] spanTokenThresholds, double spanQuantile,
                        double spanMinScore, Map<String, Double> thresholds, float[] idf,
                        SpanTagger.Settings spanTagger, VectorHeads.Settings vectorHeads, Calibration calibration,
                        SentenceHeads.Settings sentenceHeads, boolean reportedSpeech,
                        double threatCueFloor, List<String> civilFrames, boolean foldEvasions,
                        boolean veiledThreats, boolean wishedHarm, boolean endorsedHarm, EncoderRaise encoderRaise) {

    /**
     * A raise of one served label from the sentence encoder's embedding (issue 19, {@code train abuse --encoder-raise}):
     * a logistic regression of the label on the standardised embedding (the sentence heads' mean and scale), trained on
     * the shared set's rows and the team's news-comment rows; where the cascade ran the encoder for a comment and this
     * logit reaches {@code gate}, the label's calibrated score is at least {@code floor}. Only raises, only that label,
     * never from an estimate (a comment the encoder did not read is never raised), so a stored score stays the same
     * for every site.
     *
     * @param label   the served label raised
     * @param weights d weights on the standardised embedding, then the constant
     * @param gate    the logit at or above which the label is raised (chosen on the civil stream's tuning half)
     * @param floor   the calibrated score it is raised to
     */
    public record EncoderRaise(String label, double[] weights, double gate, double floor) {
    }

    /** Before the encoder raise (files of 2026-12-07 up to 20261207-7dbbff5b). */
    public AbuseSpec(int formatVersion, HashedNgrams.Config features, List<String> heads, List<AbuseLabel> labels,
                     int dim, double[] plattA, double[] plattB, double[] spanTokenThresholds, double spanQuantile,
                     double spanMinScore, Map<String, Double> thresholds, float[] idf,
                     SpanTagger.Settings spanTagger, VectorHeads.Settings vectorHeads, Calibration calibration,
                     SentenceHeads.Settings sentenceHeads, boolean reportedSpeech, double threatCueFloor,
                     List<String> civilFrames, boolean foldEvasions, boolean veiledThreats, boolean wishedHarm,
                     boolean endorsedHarm) {
        this(formatVersion, features, heads, labels, dim, plattA, plattB, spanTokenThresholds, spanQuantile,
                spanMinScore, thresholds, idf, spanTagger, vectorHeads, calibration, sentenceHeads, reportedSpeech,
                threatCueFloor, civilFrames, foldEvasions, veiledThreats, wishedHarm, endorsedHarm, null);
    }

    /** Before the endorsed harm (files of 2026-12-07 up to 20261207-85e6ff77). */
    public AbuseSpec(int formatVersion, HashedNgrams.Config features, List<String> heads, List<AbuseLabel> labels,
                     int dim, double[] plattA, double[] plattB, double[] spanTokenThresholds, double spanQuantile,
                     double spanMinScore, Map<String, Double> thresholds, float[] idf,
                     SpanTagger.Settings spanTagger, VectorHeads.Settings vectorHeads, Calibration calibration,
                     SentenceHeads.Settings sentenceHeads, boolean reportedSpeech, double threatCueFloor,
                     List<String> civilFrames, boolean foldEvasions, boolean veiledThreats, boolean wishedHarm) {
        this(formatVersion, features, heads, labels, dim, plattA, plattB, spanTokenThresholds, spanQuantile,
                spanMinScore, thresholds, idf, spanTagger, vectorHeads, calibration, sentenceHeads, reportedSpeech,
                threatCueFloor, civilFrames, foldEvasions, veiledThreats, wishedHarm, false);
    }

    /** Before the wished harm (files of 2026-12-07 up to 20261207-2bcec40a). */
    public AbuseSpec(int formatVersion, HashedNgrams.Config features, List<String> heads, List<AbuseLabel> labels,
                     int dim, double[] plattA, double[] plattB, double[] spanTokenThresholds, double spanQuantile,
                     double spanMinScore, Map<String, Double> thresholds, float[] idf,
                     SpanTagger.Settings spanTagger, VectorHeads.Settings vectorHeads, Calibration calibration,
                     SentenceHeads.Settings sentenceHeads, boolean reportedSpeech, double threatCueFloor,
                     List<String> civilFrames, boolean foldEvasions, boolean veiledThreats) {
        this(formatVersion, features, heads, labels, dim, plattA, plattB, spanTokenThresholds, spanQuantile,
                spanMinScore, thresholds, idf, spanTagger, vectorHeads, calibration, sentenceHeads, reportedSpeech,
                threatCueFloor, civilFrames, foldEvasions, veiledThreats, false);
    }

    /** Before the veiled threats (files of 2026-12-07 up to 20261207-890dbb56). */
    public AbuseSpec(int formatVersion, HashedNgrams.Config features, List<String> heads, List<AbuseLabel> labels,
                     int dim, double[] plattA, double[] plattB, double[] spanTokenThresholds, double spanQuantile,
                     double spanMinScore, Map<String, Double> thresholds, float[] idf,
                     SpanTagger.Settings spanTagger, VectorHeads.Settings vectorHeads, Calibration calibration,
                     SentenceHeads.Settings sentenceHeads, boolean reportedSpeech, double threatCueFloor,
                     List<String> civilFrames, boolean foldEvasions) {
        this(formatVersion, features, heads, labels, dim, plattA, plattB, spanTokenThresholds, spanQuantile,
                spanMinScore, thresholds, idf, spanTagger, vectorHeads, calibration, sentenceHeads, reportedSpeech,
                threatCueFloor, civilFrames, foldEvasions, false);
    }

    /** Before the evasion fold (files of 2026-12-07 up to 20261207-88485b26). */
    public AbuseSpec(int formatVersion, HashedNgrams.Config features, List<String> heads, List<AbuseLabel> labels,
                     int dim, double[] plattA, double[] plattB, double[] spanTokenThresholds, double spanQuantile,
                     double spanMinScore, Map<String, Double> thresholds, float[] idf,
                     SpanTagger.Settings spanTagger, VectorHeads.Settings vectorHeads, Calibration calibration,
                     SentenceHeads.Settings sentenceHeads, boolean reportedSpeech, double threatCueFloor,
                     List<String> civilFrames) {
        this(formatVersion, features, heads, labels, dim, plattA, plattB, spanTokenThresholds, spanQuantile,
                spanMinScore, thresholds, idf, spanTagger, vectorHeads, calibration, sentenceHeads, reportedSpeech,
                threatCueFloor, civilFrames, false);
    }

    /** Before the civil frames (files of 2026-12-07 and earlier). */
    public AbuseSpec(int formatVersion, HashedNgrams.Config features, List<String> heads, List<AbuseLabel> labels,
                     int dim, double[] plattA, double[] plattB, double[] spanTokenThresholds, double spanQuantile,
                     double spanMinScore, Map<String, Double> thresholds, float[] idf,
                     SpanTagger.Settings spanTagger, VectorHeads.Settings vectorHeads, Calibration calibration,
                     SentenceHeads.Settings sentenceHeads, boolean reportedSpeech, double threatCueFloor) {
        this(formatVersion, features, heads, labels, dim, plattA, plattB, spanTokenThresholds, spanQuantile,
                spanMinScore, thresholds, idf, spanTagger, vectorHeads, calibration, sentenceHeads, reportedSpeech,
                threatCueFloor, null);
    }

    /**
     * How the served labels are calibrated: p = sigmoid(plattA z + plattB), where plattB already includes the log-odds
     * offset from the calibration set's natural prior to the stated prior, so a stored score means "probability in a
     * stream with these priors" and never depends on a site.
     *
     * @param method       how (a, b) were fitted and on which rows
     * @param priors       per served label, the stated real-world prior the scores are shifted to
     * @param fittedPriors per served label, the prior of the distribution (a, b) were fitted for
     * @param priorSource  where the priors come from
     * @param holdCost     the cost of holding a civil comment (severity units) the default holds derive from:
     *                     hold = cost / (severity + cost)
     * @param holdRule     how that cost was chosen
     */
    public record Calibration(String method, Map<String, Double> priors, Map<String, Double> fittedPriors,
                              String priorSource, double holdCost, String holdRule) {
    }

    /** Without sentence heads. */
    public AbuseSpec(int formatVersion, HashedNgrams.Config features, List<String> heads, List<AbuseLabel> labels,
                     int dim, double[] plattA, double[] plattB, double[] spanTokenThresholds, double spanQuantile,
                     double spanMinScore, Map<String, Double> thresholds, float[] idf,
                     SpanTagger.Settings spanTagger, VectorHeads.Settings vectorHeads, Calibration calibration) {
        this(formatVersion, features, heads, labels, dim, plattA, plattB, spanTokenThresholds, spanQuantile,
                spanMinScore, thresholds, idf, spanTagger, vectorHeads, calibration, null, false, 0);
    }

    /** Without a stated calibration (files before 2026-12-06, quick models built in tests). */
    public AbuseSpec(int formatVersion, HashedNgrams.Config features, List<String> heads, List<AbuseLabel> labels,
                     int dim, double[] plattA, double[] plattB, double[] spanTokenThresholds, double spanQuantile,
                     double spanMinScore, Map<String, Double> thresholds, float[] idf,
                     SpanTagger.Settings spanTagger, VectorHeads.Settings vectorHeads) {
        this(formatVersion, features, heads, labels, dim, plattA, plattB, spanTokenThresholds, spanQuantile,
                spanMinScore, thresholds, idf, spanTagger, vectorHeads, null, null, false, 0);
    }

    /**
     * Linear layer over TF-IDF weighted hashed n-grams. (Format 1, the mean-pooled embedding bag, was retired: see
     * bench/abuse/experiments.md.)
     */
    public static final int FORMAT = 2;

    /** How many heads a file without {@code labels} serves (the six of every model written before 2026-12). */
    public static final int LEGACY_SERVED = 6;

    public AbuseSpec withSpanTagger(SpanTagger.Settings tagger) {
        return new AbuseSpec(formatVersion, features, heads, labels, dim, plattA, plattB, spanTokenThresholds,
                spanQuantile, spanMinScore, thresholds, idf, tagger, vectorHeads, calibration, sentenceHeads, reportedSpeech, threatCueFloor, civilFrames, foldEvasions, veiledThreats, wishedHarm, endorsedHarm, encoderRaise);
    }

    public AbuseSpec withVectorHeads(VectorHeads.Settings v) {
        return new AbuseSpec(formatVersion, features, heads, labels, dim, plattA, plattB, spanTokenThresholds,
                spanQuantile, spanMinScore, thresholds, idf, spanTagger, v, calibration, sentenceHeads, reportedSpeech, threatCueFloor, civilFrames, foldEvasions, veiledThreats, wishedHarm, endorsedHarm, encoderRaise);
    }

    public AbuseSpec withSentenceHeads(SentenceHeads.Settings h) {
        return new AbuseSpec(formatVersion, features, heads, labels, dim, plattA, plattB, spanTokenThresholds,
                spanQuantile, spanMinScore, thresholds, idf, spanTagger, vectorHeads, calibration, h, reportedSpeech, threatCueFloor, civilFrames, foldEvasions, veiledThreats, wishedHarm, endorsedHarm, encoderRaise);
    }

    /** A copy whose spans run from the calibrated toxicity {@code floor}. */
    public AbuseSpec withSpanMinScore(double floor) {
        return new AbuseSpec(formatVersion, features, heads, labels, dim, plattA, plattB, spanTokenThresholds,
                spanQuantile, floor, thresholds, idf, spanTagger, vectorHeads, calibration, sentenceHeads, reportedSpeech, threatCueFloor, civilFrames, foldEvasions, veiledThreats, wishedHarm, endorsedHarm, encoderRaise);
    }

    /** A copy whose served labels are {@code served} (the same names, with their defaults) and calibration {@code c}. */
    public AbuseSpec withDefaults(List<AbuseLabel> served, Calibration c) {
        return new AbuseSpec(formatVersion, features, heads, served, dim, plattA, plattB, spanTokenThresholds,
                spanQuantile, spanMinScore, thresholds, idf, spanTagger, vectorHeads, c, sentenceHeads, reportedSpeech, threatCueFloor, civilFrames, foldEvasions, veiledThreats, wishedHarm, endorsedHarm, encoderRaise);
    }

    /** A copy that discounts reported speech, or not. */
    public AbuseSpec withReportedSpeech(boolean on) {
        return new AbuseSpec(formatVersion, features, heads, labels, dim, plattA, plattB, spanTokenThresholds,
                spanQuantile, spanMinScore, thresholds, idf, spanTagger, vectorHeads, calibration, sentenceHeads, on, threatCueFloor, civilFrames, foldEvasions, veiledThreats, wishedHarm, endorsedHarm, encoderRaise);
    }

    /** A copy whose threat cues raise the threat score to at least {@code floor} (0: off). */
    public AbuseSpec withThreatCueFloor(double floor) {
        return new AbuseSpec(formatVersion, features, heads, labels, dim, plattA, plattB, spanTokenThresholds,
                spanQuantile, spanMinScore, thresholds, idf, spanTagger, vectorHeads, calibration, sentenceHeads,
                reportedSpeech, floor, civilFrames, foldEvasions, veiledThreats, wishedHarm, endorsedHarm, encoderRaise);
    }

    /** A copy whose civil frames ({@link CivilFrames}) are {@code frames} (empty: off). */
    public AbuseSpec withCivilFrames(List<String> frames) {
        return new AbuseSpec(formatVersion, features, heads, labels, dim, plattA, plattB, spanTokenThresholds,
                spanQuantile, spanMinScore, thresholds, idf, spanTagger, vectorHeads, calibration, sentenceHeads,
                reportedSpeech, threatCueFloor, frames == null || frames.isEmpty() ? null : List.copyOf(frames),
                foldEvasions, veiledThreats, wishedHarm, endorsedHarm, encoderRaise);
    }

    /** A copy that folds evasive spellings ({@link EvasionFold}) before scoring, or not. */
    public AbuseSpec withFoldEvasions(boolean on) {
        return new AbuseSpec(formatVersion, features, heads, labels, dim, plattA, plattB, spanTokenThresholds,
                spanQuantile, spanMinScore, thresholds, idf, spanTagger, vectorHeads, calibration, sentenceHeads,
                reportedSpeech, threatCueFloor, civilFrames, on, veiledThreats, wishedHarm, endorsedHarm, encoderRaise);
    }

    /** A copy whose threat cues include veiled threats and intimidation ({@link ThreatCues}), or not. */
    public AbuseSpec withVeiledThreats(boolean on) {
        return new AbuseSpec(formatVersion, features, heads, labels, dim, plattA, plattB, spanTokenThresholds,
                spanQuantile, spanMinScore, thresholds, idf, spanTagger, vectorHeads, calibration, sentenceHeads,
                reportedSpeech, threatCueFloor, civilFrames, foldEvasions, on, wishedHarm, endorsedHarm, encoderRaise);
    }

    /** A copy whose threat cues include wishes of illness or death and calls for self-harm ({@link ThreatCues}), or not. */
    public AbuseSpec withWishedHarm(boolean on) {
        return new AbuseSpec(formatVersion, features, heads, labels, dim, plattA, plattB, spanTokenThresholds,
                spanQuantile, spanMinScore, thresholds, idf, spanTagger, vectorHeads, calibration, sentenceHeads,
                reportedSpeech, threatCueFloor, civilFrames, foldEvasions, veiledThreats, on, endorsedHarm, encoderRaise);
    }

    /** A copy whose threat cues include harm endorsed as deserved or useful and harm promised as a consequence ({@link ThreatCues}), or not. */
    public AbuseSpec withEndorsedHarm(boolean on) {
        return new AbuseSpec(formatVersion, features, heads, labels, dim, plattA, plattB, spanTokenThresholds,
                spanQuantile, spanMinScore, thresholds, idf, spanTagger, vectorHeads, calibration, sentenceHeads,
                reportedSpeech, threatCueFloor, civilFrames, foldEvasions, veiledThreats, wishedHarm, on, encoderRaise);
    }

    /** A copy with other decision thresholds (the F1 reports', OLID's and Davidson's; no served score moves). */
    public AbuseSpec withThresholds(Map<String, Double> t) {
        return new AbuseSpec(formatVersion, features, heads, labels, dim, plattA, plattB, spanTokenThresholds,
                spanQuantile, spanMinScore, t, idf, spanTagger, vectorHeads, calibration, sentenceHeads,
                reportedSpeech, threatCueFloor, civilFrames, foldEvasions, veiledThreats, wishedHarm, endorsedHarm,
                encoderRaise);
    }

    /** A copy with the encoder raise {@code r} (null: none). */
    public AbuseSpec withEncoderRaise(EncoderRaise r) {
        return new AbuseSpec(formatVersion, features, heads, labels, dim, plattA, plattB, spanTokenThresholds,
                spanQuantile, spanMinScore, thresholds, idf, spanTagger, vectorHeads, calibration, sentenceHeads,
                reportedSpeech, threatCueFloor, civilFrames, foldEvasions, veiledThreats, wishedHarm, endorsedHarm, r);
    }

    /** The civil frame names {@link CivilFrames} knows, in the order a model file states them. */
    public static List<String> civilFrameNames() {
        return java.util.Arrays.stream(CivilFrames.Frame.values()).map(CivilFrames.Frame::key).toList();
    }

    /** The decision threshold chosen on validation for a head (0.5 when none was). */
    public double threshold(String head) {
        Double t = thresholds == null ? null : thresholds.get(head);
        return t == null ? 0.5 : t;
    }

    /** The served labels with their display names, in order (see {@code labels}). */
    public List<AbuseLabel> served() {
        List<AbuseLabel> named = labels != null ? labels
                : heads.subList(0, Math.min(LEGACY_SERVED, heads.size())).stream().map(h -> new AbuseLabel(h, null))
                .toList();
        return named.stream().map(l -> new AbuseLabel(l.name(), displayName(l), l.severity(), l.defaultHold(),
                l.defaultReject())).toList();
    }

    private static String displayName(AbuseLabel l) {
        return l.displayName() == null || l.displayName().isBlank() ? l.name().replace('_', ' ') : l.displayName();
    }

    /**
     * What makes this spec unusable on its own terms, or null when it is whole: every per-head array has one entry per
     * head, the served labels are distinct heads, the idf covers every bucket. The weights are checked against it
     * when they are read.
     */
    String problem() {
        if (formatVersion != FORMAT) {
            return "not an abuse model of format " + FORMAT + " (format " + formatVersion + ")";
        }
        if (features == null || heads == null || heads.isEmpty() || new HashSet<>(heads).size() != heads.size()) {
            return "not an abuse model of format " + FORMAT + ": no feature settings or no distinct heads";
        }
        int k = heads.size();
        if (plattA == null || plattA.length != k || plattB == null || plattB.length != k
                || spanTokenThresholds == null || spanTokenThresholds.length != k) {
            return "its calibration and span thresholds do not have one entry per head (" + k + " heads)";
        }
        if (idf == null || idf.length != features.buckets()) {
            return "its idf does not have one entry per hash bucket (" + features.buckets() + ")";
        }
        if (civilFrames != null && civilFrames.stream().anyMatch(f -> CivilFrames.Frame.of(f) == null)) {
            return "it names civil frames " + civilFrames + " beyond the ones this version knows "
                    + civilFrameNames();
        }
        List<AbuseLabel> served = served();
        if (served.isEmpty() || served.stream().anyMatch(l -> l.name() == null || !heads.contains(l.name()))
                || served.stream().map(AbuseLabel::name).distinct().count() != served.size()) {
            return "its served labels " + served.stream().map(AbuseLabel::name).toList()
                    + " are not distinct heads of " + heads;
        }
        return null;
    }
}
