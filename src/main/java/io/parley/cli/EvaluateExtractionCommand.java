package io.parley.cli;

import io.parley.extraction.ExtractionEvaluator;
import io.parley.extraction.PageExtractor;
import io.parley.extraction.PageExtractors;
import io.parley.extraction.ThreadEvaluator;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Callable;

@Command(name = "extraction", mixinStandardHelpOptions = true,
        description = {"Token-level (bag-of-words) precision / recall / F1 of article and comment text on pages laid",
                "out like the Dragnet data (HTML/<id>.html, Corrected/<id>.html.corrected.txt; the directory, its",
                "parent, or the .tar.gz). Prints one line per page, the overall figures, and last one JSON line.",
                "Comment figures average over pages whose gold has comments.",
                "With --gold DIR instead: comment-level figures on thread gold (author, time, likes, parent per",
                "comment; issue 22's matching rules) for the HTML and for its `w3m -dump` text."},
        footer = {"", "Examples:", "  parley evaluate extraction --dragnet /tmp/dragnet_test",
                "  parley evaluate extraction --dragnet ../shared/data/extraction/dragnet/dragnet_train.tar.gz \\",
                "      --split training-data/extraction/split.json --metrics models/extraction/metrics.json",
                "  parley evaluate extraction --gold training-data/extraction/threads"})
final class EvaluateExtractionCommand implements Callable<Integer> {

    @picocli.CommandLine.Spec
    picocli.CommandLine.Model.CommandSpec spec;

    @Option(names = "--dragnet", paramLabel = "DIR", description = "Pages with gold text (Dragnet layout); with --gold, where"
            + " gold pages that reference the Dragnet archive are read (default: the archive path the gold names).")
    Path dragnet;

    @Option(names = "--gold", paramLabel = "DIR", description = "Thread gold: one JSON per page (training-data/extraction/threads).")
    Path gold;

    @Option(names = "--html-only", description = "With --gold: skip the w3m text figures.")
    boolean htmlOnly;

    @Option(names = "--split", paramLabel = "FILE",
            description = "Only the held-out (test) pages listed in this split file, e.g. training-data/extraction/split.json.")
    Path split;

    @Option(names = "--model", paramLabel = "FILE", description = "Model file (default: the committed model).")
    Path model;

    @Option(names = "--metrics", paramLabel = "FILE", description = "Also write the JSON line to this file.")
    Path metrics;

    @Option(names = "--quiet", description = "No per-page lines.")
    boolean quiet;

    @Option(names = "--as-text", description = "Feed each page as a plain-text dump (one paragraph per block) to the text reader.")
    boolean asText;

    @Override
    public Integer call() throws IOException {
        if (gold != null) {
            return threads();
        }
        if (dragnet == null) {
            throw new UsageProblem("give --dragnet DIR (article/comment text) or --gold DIR (thread gold)");
        }
        if (!Files.exists(dragnet)) {
            throw new UsageProblem("no such file or directory: " + dragnet);
        }
        if (split != null && !Files.isRegularFile(split)) {
            throw new UsageProblem("no such split file: " + split);
        }
        PageExtractor extractor = extractor();
        ExtractionEvaluator.Report r;
        try {
            List<String> ids = split == null ? null : ExtractionEvaluator.heldOut(split);
            r = ExtractionEvaluator.evaluate(extractor, dragnet, ids, asText, progress());
        } catch (IllegalArgumentException e) {
            throw new UsageProblem(e.getMessage());
        }
        spec.commandLine().getOut().printf(Locale.ROOT, "overall (%d pages): article P %.3f R %.3f F1 %.3f%n", r.pages(),
                r.articlePrecision(), r.articleRecall(), r.articleF1());
        spec.commandLine().getOut().printf(Locale.ROOT, "overall (%d pages with gold comments): comments P %.3f R %.3f F1 %.3f;"
                        + " %d pages without gold comments got some; %d pages failed; %.1f pages/s%n",
                r.commentPages(), r.commentPrecision(), r.commentRecall(), r.commentF1(), r.commentFalseAlarms(),
                r.failures(), r.pagesPerSecond());
        spec.commandLine().getOut().println(r.jsonLine());
        if (metrics != null) {
            if (metrics.toAbsolutePath().getParent() != null) {
                Files.createDirectories(metrics.toAbsolutePath().getParent());
            }
            Files.writeString(metrics, r.jsonLine() + "\n", StandardCharsets.UTF_8);
        }
        return 0;
    }

    /** The extractor to evaluate: the served one, or --model's file (refused when it is not there). */
    private PageExtractor extractor() throws IOException {
        if (model != null && !Files.isRegularFile(model)) {
            throw new UsageProblem("no such model file: " + model);
        }
        return model == null ? PageExtractors.standard() : PageExtractors.load(model);
    }

    /** Per-page lines, unless --quiet. */
    private java.util.function.Consumer<String> progress() {
        return line -> {
            if (!quiet) {
                spec.commandLine().getOut().println(line);
            }
        };
    }

    private Integer threads() throws IOException {
        if (!Files.isDirectory(gold)) {
            throw new UsageProblem("no such gold directory: " + gold);
        }
        if (dragnet != null && !Files.exists(dragnet)) {
            throw new UsageProblem("no such file or directory: " + dragnet);
        }
        PageExtractor extractor = extractor();
        ThreadEvaluator.Report r;
        try {
            r = ThreadEvaluator.evaluate(extractor, gold, dragnet, !htmlOnly, progress());
        } catch (IllegalArgumentException e) {
            throw new UsageProblem(e.getMessage());
        }
        r.tallies().forEach((k, t) -> spec.commandLine().getOut().println(t.line(k)));
        spec.commandLine().getOut().println(r.jsonLine());
        if (metrics != null) {
            if (metrics.toAbsolutePath().getParent() != null) {
                Files.createDirectories(metrics.toAbsolutePath().getParent());
            }
            Files.writeString(metrics, r.jsonLine() + "\n", StandardCharsets.UTF_8);
        }
        return 0;
    }
}
