package io.parley.cli;

import io.parley.classification.abuse.AbuseClassifier;
import io.parley.classification.abuse.training.AbuseDatasets;
import io.parley.classification.abuse.training.AbuseEvaluator;
import io.parley.classification.abuse.training.CivilStream;
import io.parley.classification.abuse.training.FlaggedRates;
import io.parley.classification.abuse.training.Heads;
import io.parley.classification.abuse.training.AbuseFormat;
import io.parley.model.Evaluation;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;

@Command(name = "abuse", mixinStandardHelpOptions = true,
        description = {"Evaluate the abuse model on a labelled file of one of the shared formats.",
                "Prints a per-label table (ROC-AUC, F1, precision, recall) and ends with one JSON line of the figures.",
                "Formats: jigsaw, toxic-spans, insults, olid (+ --labels id,label CSV), davidson, ethos (binary file),",
                "seed (our JSONL labels), split (the JSONL written by 'train abuse --export-split'),",
                "decisions (moderators' decisions as 'parley export decisions' writes them).",
                "With --flagged: what a moderator sees at a new site's defaults (the model file's hold and reject",
                "thresholds): the share of each group held or rejected, for the split's Jigsaw, Impermium and OLID rows,",
                "the civility suite and a stream of real comments, with the stream's most-flagged comments."},
        footer = {"", "Examples:",
                "  parley evaluate abuse --format jigsaw --input jigsaw_test.csv",
                "  parley evaluate abuse --format olid --input testset-levela.tsv --labels labels-levela.csv",
                "  parley evaluate abuse --format toxic-spans --input tsd_test.csv",
                "  parley evaluate abuse --flagged --input test.jsonl --suite training-data/abuse/civility-suite.jsonl \\",
                "      --stream bench/out/calibration/dragnet-comments.jsonl"})
final class EvaluateAbuseCommand implements Callable<Integer> {

    @Option(names = "--format", description = "jigsaw, toxic-spans, insults, olid, davidson, ethos, seed, "
            + "split, decisions (required without --flagged)")
    String format;

    @Option(names = "--input", description = "the labelled file (with --flagged: a split file of 'train abuse "
            + "--export-split', optional)")
    Path input;

    @Option(names = "--flagged", description = "report flagged rates at the model's default thresholds instead")
    boolean flagged;

    @Option(names = "--suite", paramLabel = "JSONL", description = "with --flagged: the civility suite")
    Path suite;

    @Option(names = "--stream", paramLabel = "JSONL", description = "with --flagged: real comments {id, page, text} "
            + "(bench/abuse/dragnet_comments.py)")
    Path stream;

    @Option(names = "--stream-labels", paramLabel = "TSV", defaultValue = "training-data/abuse/dragnet-labels.tsv",
            description = "with --stream: its hand labels (default: ${DEFAULT-VALUE})")
    Path streamLabels;

    @Option(names = "--top", defaultValue = "25", description = "with --stream: how many of its most-flagged "
            + "comments to list (default: ${DEFAULT-VALUE})")
    int top;

    @Option(names = "--embeddings", paramLabel = "DIR", description = "read the comments' sentence embeddings from "
            + "this cache of 'train abuse --embeddings' (and add those it lacks): the same scores without encoding "
            + "again (default: encode every comment the cascade sends to the encoder)")
    Path embeddings;

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
        if (flagged) {
            return flaggedRates();
        }
        if (format == null || input == null) {
            // --suite and --stream are read with --flagged only: said so, rather than asking for --format and --input
            throw new UsageProblem(suite != null || stream != null ? "--suite and --stream need --flagged"
                    + " (e.g. parley evaluate abuse --flagged --suite training-data/abuse/civility-suite.jsonl)"
                    : "--format and --input are required (or --flagged)");
        }
        AbuseFormat f;
        try {
            f = AbuseFormat.of(format);
        } catch (IllegalArgumentException e) {
            throw new UsageProblem(e.getMessage());
        }
        if (!Files.isRegularFile(input)) {
            throw new UsageProblem(InputFiles.notAFile(input, "no such input file: "));
        }
        if (labels != null && !Files.isRegularFile(labels)) {
            throw new UsageProblem(InputFiles.notAFile(labels, "no such labels file: "));
        }
        AbuseClassifier classifier = AbuseEvaluator.withEmbeddings(Models.load(AbuseClassifier.FILE, model, modelsDir),
                embeddings, System.err);
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
        encoderUse(classifier);
        return 0;
    }

    /** On stderr: how many of the scored comments the cascade sent to the sentence encoder. */
    static void encoderUse(AbuseClassifier classifier) {
        long[] use = classifier.encoderUse();
        if (classifier.hasEncoder() && use[0] > 0) {
            System.err.printf("sentence encoder ran on %d of %d comments scored (%.1f %%: the model's cascade band)%n",
                    use[1], use[0], 100.0 * use[1] / use[0]);
        }
    }

    private Integer flaggedRates() {
        for (Path p : new Path[]{input, suite, stream}) {
            if (p != null && !Files.isRegularFile(p)) {
                throw new UsageProblem(InputFiles.notAFile(p, "no such input file: "));
            }
        }
        if (input == null && suite == null && stream == null) {
            throw new UsageProblem("--flagged needs at least one of --input (split JSONL), --suite, --stream");
        }
        List<FlaggedRates.SuiteRow> suiteRows;
        CivilStream civil;
        try {
            // read before the model loads (seconds): a file that is no suite or stream (a page, a split, a typo) is
            // named with its line, exit 2
            suiteRows = suite == null ? null : FlaggedRates.readSuite(suite);
            civil = stream == null ? null : CivilStream.read(stream, streamLabels);
        } catch (IllegalArgumentException e) {
            throw new UsageProblem(e.getMessage());
        }
        AbuseClassifier classifier = AbuseEvaluator.withEmbeddings(Models.load(AbuseClassifier.FILE, model, modelsDir),
                embeddings, System.err);
        FlaggedRates rates = new FlaggedRates(classifier);
        List<FlaggedRates.Group> groups = new ArrayList<>();
        if (input != null) {
            try {
                groups.addAll(FlaggedRates.splitGroups(classifier, input));
            } catch (IllegalArgumentException e) {
                throw new UsageProblem(e.getMessage());
            }
        }
        if (suiteRows != null) {
            groups.addAll(FlaggedRates.suiteGroups(suiteRows));
        }
        if (civil != null) {
            groups.addAll(FlaggedRates.streamGroups("stream", civil));
        }
        List<FlaggedRates.Rate> measured = groups.stream().map(rates::rate).toList();
        PrintStream out = new PrintStream(System.out, true, StandardCharsets.UTF_8);
        out.printf("model %s %s; flagged = some label at or over its default hold %s%n%n", classifier.modelName(),
                classifier.modelVersion(), rates.holds());
        out.print(FlaggedRates.table(measured));
        Map<String, Object> json = new LinkedHashMap<>();
        json.put("format", "flagged");
        json.put("model", classifier.modelName() + " " + classifier.modelVersion());
        json.put("holds", rates.holds());
        json.put("groups", FlaggedRates.json(measured));
        if (civil != null) {
            List<String> texts = civil.comments().stream().map(CivilStream.Comment::text).toList();
            List<FlaggedRates.Flagged> worst = rates.mostFlagged(texts, top);
            out.printf("%nmost-flagged comments of the stream (risk = largest severity x score):%n");
            List<Map<String, Object>> listed = new ArrayList<>();
            for (FlaggedRates.Flagged f : worst) {
                CivilStream.Comment c = civil.comments().get(f.index());
                String text = c.text().replaceAll("\\s+", " ");
                out.printf("%7.3f %-12s %-8s %s  %s%n", f.risk(), c.id(), c.label() == null ? "" : c.label(),
                        f.labels(), text.length() > 160 ? text.substring(0, 157) + "..." : text);
                listed.add(Map.of("id", c.id(), "risk", Math.round(f.risk() * 1e4) / 1e4, "labels", f.labels(),
                        "hand_label", c.label() == null ? "" : c.label()));
            }
            json.put("most_flagged", listed);
        }
        out.println(new Evaluation("flagged", measured.stream().mapToInt(FlaggedRates.Rate::rows).sum(), "", json)
                .jsonLine());
        encoderUse(classifier);
        return 0;
    }
}
