package io.parley.cli;

import io.parley.classification.stance.StanceView;
import io.parley.classification.stance.training.StanceDataException;
import io.parley.classification.stance.training.StanceTrainer;
import io.parley.classification.stance.training.StanceTrainingOptions;
import io.parley.model.ModelArchive;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Callable;

@Command(name = "stance", mixinStandardHelpOptions = true,
        description = {"Train the stance model: comment->article (FNC-1), reply->parent (RumourEval 2017), "
                + "comment->target (SemEval-2016). Writes stance.zip, provenance.json and metrics.json.",
                "Progress on stderr; the figures as one JSON line on stdout."},
        footer = {"", "Examples:", "  parley train stance --data ../shared/data/stance --out models/stance",
                "  parley train stance --quick --out /tmp/stance   (generated sample, no data needed)",
                "  parley train stance --view article --epochs 5   (tune one view, writes nothing)"})
final class TrainStanceCommand implements Callable<Integer> {

    @picocli.CommandLine.Spec
    picocli.CommandLine.Model.CommandSpec spec;

    @Option(names = "--data", description = "Shared stance data directory (default: ${DEFAULT-VALUE}).",
            defaultValue = "../shared/data/stance")
    Path data;

    @Option(names = "--out", description = "Output directory (default: ${DEFAULT-VALUE}).", defaultValue = "models/stance")
    Path out;

    @Option(names = "--quick", description = "Train on a small generated sample for a few epochs (smoke test).")
    boolean quick;

    @Option(names = "--seed", description = "Seed for splits, shuffles and initialisation (default: ${DEFAULT-VALUE}).",
            defaultValue = "20160")
    long seed;

    @Option(names = "--epochs", description = "Override the maximum epochs of every view.")
    Integer epochs;

    @Option(names = "--view", split = ",", description = "Only train and validate these views (article,parent,target); "
            + "writes nothing.")
    List<String> views;

    @Option(names = "--threads", defaultValue = "1",
            description = "Native threads for training (default: ${DEFAULT-VALUE}; more only helps on an idle machine).")
    int threads;

    @Option(names = "--export-splits", description = "Write each view's train/validation/test split in the shared formats to "
            + "this directory and exit (for bench/stance; never commit the files).")
    Path exportSplits;

    @Option(names = "--encoder-heads", description = "Keep the networks of this model file and train sentence-encoder heads "
            + "for the views (all, or --view) on their splits; writes to --out.")
    Path encoderHeadsBase;

    @Option(names = "--head-fusion", split = ",", description = "With --encoder-heads: VIEW=WEIGHT@BAND fixes a view's "
            + "fusion weight and band instead of the validation choice (e.g. target=0.7@1.01).")
    List<String> headFusion;

    @Option(names = "--embedding-cache", description = "Directory keeping the training texts' embeddings between runs "
            + "(a cache only; default: none).")
    Path embeddingCache;

    @Override
    public Integer call() throws Exception {
        if (encoderHeadsBase != null) {
            if (!Files.isRegularFile(encoderHeadsBase)) {
                throw new UsageProblem("model file not found: " + encoderHeadsBase);
            }
            if (!Files.isDirectory(data)) {
                throw new UsageProblem("data directory not found: " + data);
            }
            List<StanceView> only = new ArrayList<>();
            for (String v : views == null ? List.<String>of() : views) {
                try {
                    only.add(StanceView.valueOf(v.trim().toUpperCase(Locale.ROOT)));
                } catch (IllegalArgumentException e) {
                    throw new UsageProblem("unknown view '" + v + "' (article, parent or target)");
                }
            }
            try {
                Files.createDirectories(out);
                java.util.Map<StanceView, double[]> fixed = new java.util.EnumMap<>(StanceView.class);
                for (String f : headFusion == null ? List.<String>of() : headFusion) {
                    try {
                        String[] kv = f.split("=", 2);
                        String[] wb = kv[1].split("@", 2);
                        fixed.put(StanceView.valueOf(kv[0].trim().toUpperCase(Locale.ROOT)),
                                new double[]{Double.parseDouble(wb[0]), wb.length > 1 ? Double.parseDouble(wb[1]) : 1.01});
                    } catch (RuntimeException e) {
                        throw new UsageProblem("--head-fusion takes VIEW=WEIGHT@BAND, e.g. target=0.7@1.01: " + f);
                    }
                }
                var outcome = StanceTrainer.addEncoderHeads(encoderHeadsBase, data, seed, out, embeddingCache, only, fixed,
                        System.err);
                spec.commandLine().getOut().println(ModelArchive.json().writer().without(
                        com.fasterxml.jackson.databind.SerializationFeature.INDENT_OUTPUT).writeValueAsString(outcome.metrics()));
                return 0;
            } catch (StanceDataException e) {
                throw new UsageProblem(e.getMessage());
            }
        }
        if (exportSplits != null) {
            if (!Files.isDirectory(data)) {
                throw new UsageProblem("data directory not found: " + data);
            }
            new StanceTrainer(System.err).exportSplits(data, seed, exportSplits);
            return 0;
        }
        if (!quick && !Files.isDirectory(data)) {
            throw new UsageProblem("data directory not found: " + data + " (pass --data DIR or use --quick)");
        }
        if (threads < 1) {
            throw new UsageProblem("--threads must be at least 1");
        }
        if (epochs != null && epochs < 1) {
            throw new UsageProblem("--epochs must be at least 1");
        }
        List<StanceView> only = new ArrayList<>();
        if (views != null) {
            for (String v : views) {
                try {
                    only.add(StanceView.valueOf(v.trim().toUpperCase(Locale.ROOT)));
                } catch (IllegalArgumentException e) {
                    throw new UsageProblem("unknown view '" + v + "' (article, parent or target)");
                }
            }
        }
        try {
            var outcome = StanceTrainer.train(new StanceTrainingOptions(data, out, quick, seed, epochs, only,
                    threads), System.err);
            spec.commandLine().getOut().println(ModelArchive.json().writer().without(
                    com.fasterxml.jackson.databind.SerializationFeature.INDENT_OUTPUT).writeValueAsString(outcome.metrics()));
            return 0;
        } catch (StanceDataException e) {
            throw new UsageProblem(e.getMessage());
        }
    }
}
