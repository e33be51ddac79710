package io.parley.cli;

import io.parley.classification.abuse.AbuseClassifier;
import io.parley.classification.abuse.training.AbuseEvaluator;
import io.parley.classification.abuse.training.AbuseFormat;
import io.parley.model.Evaluation;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;

@Command(name = "abuse", mixinStandardHelpOptions = true,
        description = {"Evaluate the abuse model on a labelled file of one of the shared formats.",
                "Prints a per-label table (ROC-AUC, F1, precision, recall) and ends with one JSON line of the figures.",
                "Formats: jigsaw, toxic-spans, insults, olid (+ --labels id,label CSV), davidson, ethos (binary file),",
                "seed (our JSONL labels), split (the JSONL written by 'train abuse --export-split'),",
                "decisions (moderators' decisions as 'parley export decisions' writes them)."},
        footer = {"", "Examples:",
                "  parley evaluate abuse --format jigsaw --input jigsaw_test.csv",
                "  parley evaluate abuse --format olid --input testset-levela.tsv --labels labels-levela.csv",
                "  parley evaluate abuse --format toxic-spans --input tsd_test.csv"})
final class EvaluateAbuseCommand implements Callable<Integer> {

    @Option(names = "--format", required = true, description = "jigsaw, toxic-spans, insults, olid, davidson, ethos, seed, "
            + "split, decisions")
    String format;

    @Option(names = "--input", required = true, description = "the labelled file")
    Path input;

    @Option(names = "--labels", description = "separate labels file (OLID id,label CSV; Jigsaw test_labels.csv)")
    Path labels;

    @Option(names = "--model", description = "model file (default: --models-dir, else the jar's copy)")
    Path model;

    @Option(names = "--models-dir", description = "models folder holding abuse/abuse.zip (default: the jar's copy)",
            defaultValue = "${sys:parley.models.dir:-}")
    String modelsDir;

    @Override
    public Integer call() {
        CliLogging.toStderr();
        AbuseFormat f;
        try {
            f = AbuseFormat.of(format);
        } catch (IllegalArgumentException e) {
            throw new UsageProblem(e.getMessage());
        }
        if (!Files.isRegularFile(input)) {
            throw new UsageProblem("no such input file: " + input);
        }
        if (labels != null && !Files.isRegularFile(labels)) {
            throw new UsageProblem("no such labels file: " + labels);
        }
        AbuseClassifier classifier = Models.load(AbuseClassifier.FILE, model, modelsDir);
        List<Evaluation> reports;
        try {
            reports = AbuseEvaluator.evaluate(classifier, f, input, labels);
        } catch (IllegalArgumentException e) {
            throw new UsageProblem(e.getMessage());
        }
        PrintStream out = new PrintStream(System.out, true, StandardCharsets.UTF_8);
        out.printf("model %s %s%n", classifier.modelName(), classifier.modelVersion());
        for (Evaluation r : reports) {
            out.printf("%n%s: %d rows%n%s", r.format(), r.rows(), r.table());
        }
        if (reports.size() == 1) {
            out.println(reports.get(0).jsonLine());
        } else {
            Map<String, Object> all = new LinkedHashMap<>();
            for (Evaluation r : reports) {
                all.put(r.format(), r.figures());
            }
            out.println(new Evaluation(f.cliName(), reports.stream().mapToInt(Evaluation::rows).sum(), "", all)
                    .jsonLine());
        }
        return 0;
    }
}
