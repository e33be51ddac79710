package io.parley.cli;

import io.parley.extraction.ExtractionTrainer;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.Callable;

@Command(name = "extraction", mixinStandardHelpOptions = true,
        description = {"Train the HTML block classifier (article / comment / boilerplate) on Dragnet pages.",
                "Splits the pages with a fixed seed (15%% test, 10%% validation, rest train), writes the split,",
                "the model zip and its provenance.json, and prints validation figures on stderr."},
        footer = {"", "Example:",
                "  parley train extraction --dragnet ../shared/data/extraction/dragnet/dragnet_train.tar.gz"})
final class TrainExtractionCommand implements Callable<Integer> {

    @picocli.CommandLine.Spec
    picocli.CommandLine.Model.CommandSpec spec;

    @Option(names = "--dragnet", paramLabel = "DIR|TAR.GZ",
            description = "Dragnet data: the archive or an unpacked directory (default: ${DEFAULT-VALUE}).",
            defaultValue = "../shared/data/extraction/dragnet/dragnet_train.tar.gz")
    Path dragnet;

    @Option(names = "--out", paramLabel = "FILE", defaultValue = "models/extraction/extraction.zip",
            description = "Model file to write (default: ${DEFAULT-VALUE}).")
    Path out;

    @Option(names = "--split", paramLabel = "FILE", defaultValue = "training-data/extraction/split.json",
            description = "Where to write the page split (default: ${DEFAULT-VALUE}).")
    Path split;

    @Option(names = "--seed", defaultValue = "20261127", description = "Seed of the split (default: ${DEFAULT-VALUE}).")
    long seed;

    @Option(names = "--iterations", defaultValue = "150", description = "GIS iterations (default: ${DEFAULT-VALUE}).")
    int iterations;

    @Option(names = "--cutoff", defaultValue = "3", description = "Minimum feature count (default: ${DEFAULT-VALUE}).")
    int cutoff;

    @Option(names = "--max-pages", defaultValue = "0", description = "Train on at most N pages (0 = all; for quick trials).")
    int maxPages;

    @Option(names = "--part", defaultValue = "all", paramLabel = "all|blocks|lines",
            description = "Train the HTML block model, the text-line model, or both (default: ${DEFAULT-VALUE}).")
    String part;

    @Option(names = "--threads", defaultValue = "1", description = "Training threads (default: ${DEFAULT-VALUE}).")
    int threads;

    @Override
    public Integer call() {
        if (!Files.exists(dragnet)) {
            throw new UsageProblem("no such file or directory: " + dragnet);
        }
        if (iterations < 1 || cutoff < 0 || threads < 1) {
            throw new UsageProblem("--iterations and --threads must be positive, --cutoff not negative");
        }
        // OpenNLP logs every iteration at INFO; our own progress lines on stderr are enough.
        if (org.slf4j.LoggerFactory.getLogger("opennlp") instanceof ch.qos.logback.classic.Logger l) {
            l.setLevel(ch.qos.logback.classic.Level.WARN);
        }
        if (!java.util.List.of("all", "blocks", "lines").contains(part)) {
            throw new UsageProblem("--part must be all, blocks or lines");
        }
        ExtractionTrainer.Result r;
        try {
            r = ExtractionTrainer.train(new ExtractionTrainer.Options(dragnet, out, split, seed, iterations, cutoff, 3,
                    maxPages, threads, !part.equals("lines"), !part.equals("blocks")), System.err);
        } catch (io.parley.extraction.NoDragnetLayout e) {
            // a usage error as evaluate extraction says it (exit 2): it was exit 1, as if training had failed
            throw new UsageProblem(e.getMessage());
        }
        if (r == null) {
            return 0;
        }
        spec.commandLine().getOut().printf(java.util.Locale.ROOT,
                "{\"train_pages\":%d,\"validation_pages\":%d,\"test_pages\":%d,\"events\":%d,\"seconds\":%.1f,"
                        + "\"validation_article_f1\":%.4f,\"validation_comment_f1\":%.4f}%n",
                r.trainPages(), r.validationPages(), r.testPages(), r.events(), r.seconds(), r.validationArticleF1(),
                r.validationCommentF1());
        return 0;
    }
}
