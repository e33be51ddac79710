package io.parley.cli;

import io.parley.classification.stance.StanceClassifier;
import io.parley.classification.stance.training.StanceDataException;
import io.parley.classification.stance.training.StanceEvaluation;
import io.parley.model.Evaluation;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.Callable;

@Command(name = "stance", mixinStandardHelpOptions = true,
        description = {"Evaluate the stance model on a labelled file: a table, then one JSON line of figures.",
                "fnc1: comment->article (FNC-1 relative score); semeval2016: comment->target (F_avg); "
                        + "replies: reply->parent (RumourEval CSV: accuracy, macro-F1)."},
        footer = {"", "Examples:",
                "  parley evaluate stance --format fnc1 --bodies test_bodies.csv --stances test_stances.csv",
                "  parley evaluate stance --format semeval2016 --input test.txt",
                "  parley evaluate stance --format replies --input rumoureval2017_sdqc_dev.csv"})
final class EvaluateStanceCommand implements Callable<Integer> {

    @picocli.CommandLine.Spec
    picocli.CommandLine.Model.CommandSpec spec;

    // Checked in call() rather than by picocli so that a missing format exits 2 like every other usage error.
    @Option(names = "--format", description = "fnc1, semeval2016 or replies (required).")
    String format;

    @Option(names = "--bodies", description = "FNC-1 bodies CSV (Body ID,articleBody).")
    Path bodies;

    @Option(names = "--stances", description = "FNC-1 stances CSV (Headline,Body ID,Stance).")
    Path stances;

    @Option(names = "--input", description = "SemEval-2016 TSV or RumourEval replies CSV.")
    Path input;

    @Option(names = "--models-dir", description = "Directory holding stance/stance.zip (default: the model in the jar).",
            defaultValue = "")
    String modelsDir;

    @Option(names = "--speed", description = "Also time full stance scoring (article + parent + one target per "
            + "comment, batches of 64) and add comments_per_second to the JSON line.")
    boolean speed;

    @Override
    public Integer call() throws Exception {
        if (format == null) {
            throw new UsageProblem("--format is required (fnc1, semeval2016 or replies)");
        }
        Evaluation report;
        try {
            switch (format) {
                case "fnc1" -> {
                    requireFile("--bodies", bodies);
                    requireFile("--stances", stances);
                    report = StanceEvaluation.fnc1(classifier(), bodies, stances);
                }
                case "semeval2016" -> {
                    requireFile("--input", input);
                    report = StanceEvaluation.semeval2016(classifier(), input);
                }
                case "replies" -> {
                    requireFile("--input", input);
                    report = StanceEvaluation.replies(classifier(), input);
                }
                default -> throw new UsageProblem("unknown --format '" + format + "' (fnc1, semeval2016 or replies)");
            }
        } catch (StanceDataException e) {
            throw new UsageProblem(e.getMessage());
        }
        if (speed) {
            var t = StanceEvaluation.throughput(classifier(), format, format.equals("fnc1") ? bodies : input, stances);
            report.figures().put("comments_per_second", t.get("comments_per_second"));
            report.figures().put("comments_per_second_by_article", t.get("comments_per_second_by_article"));
            report.figures().put("comments_per_cpu_second", t.get("comments_per_cpu_second"));
            report.figures().put("comments_per_cpu_second_by_article", t.get("comments_per_cpu_second_by_article"));
            spec.commandLine().getErr().printf("full stance scoring: %s%n", t);
        }
        spec.commandLine().getOut().print(report.table());
        spec.commandLine().getOut().println(report.jsonLine());
        return 0;
    }

    private StanceClassifier loaded;

    private StanceClassifier classifier() {
        if (loaded == null) {
            loaded = Models.load(StanceClassifier.FILE, null, modelsDir);
        }
        return loaded;
    }

    private static void requireFile(String option, Path p) {
        if (p == null) {
            throw new UsageProblem(option + " is required for this format");
        }
        if (!Files.isRegularFile(p)) {
            throw new UsageProblem(InputFiles.notAFile(p, "no such file: ") + " (" + option + ")");
        }
    }
}
