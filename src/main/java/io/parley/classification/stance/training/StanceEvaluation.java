package io.parley.classification.stance.training;

import io.parley.classification.stance.PairModel;
import io.parley.classification.stance.StanceClassifier;
import io.parley.classification.stance.StanceInput;
import io.parley.classification.stance.StanceView;
import io.parley.model.Evaluation;
import io.parley.model.Evaluator;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * The stance task's {@link Evaluator}: measures a loaded stance model on rows of one of the shared formats, as a
 * human table and the figures (the final JSON line of {@code parley evaluate stance}). Each format judges one view:
 * fnc1 the article view (FNC-1 relative score), semeval2016 the target view (F_avg, also per target), replies the
 * parent view (accuracy, macro-F1).
 */
public final class StanceEvaluation {

    private StanceEvaluation() {
    }

    /** FNC-1: headline as the comment, body as the article; relative score, per-class F1, confusion. */
    public static Evaluation fnc1(StanceClassifier classifier, Path bodies, Path stances) {
        return evaluate(classifier, StanceFormat.FNC1.format(), StanceFormat.FNC1.read(stances, bodies));
    }

    /** SemEval-2016 task 6: F_avg (mean of FAVOR and AGAINST F1) overall and per target. */
    public static Evaluation semeval2016(StanceClassifier classifier, Path input) {
        return evaluate(classifier, StanceFormat.SEMEVAL2016.format(), StanceFormat.SEMEVAL2016.read(input, null));
    }

    /** RumourEval 2017 replies CSV: accuracy, macro-F1, per-class F1. */
    public static Evaluation replies(StanceClassifier classifier, Path input) {
        return evaluate(classifier, StanceFormat.REPLIES.format(), StanceFormat.REPLIES.read(input, null));
    }

    /** {@link Evaluator} of the stance task: rows of {@code format} (a {@link StanceFormat}'s name). */
    public static Evaluation evaluate(StanceClassifier classifier, String format, List<Example> rows) {
        StanceFormat f = StanceFormat.of(format);
        return run(f.format(), f.view(), classifier, rows, f == StanceFormat.SEMEVAL2016 ? Example::group : null);
    }

    private static Evaluation run(String format, StanceView view, StanceClassifier classifier, List<Example> rows,
                                  java.util.function.Function<Example, String> groupBy) {
        if (rows.isEmpty()) {
            throw new StanceDataException("no rows to evaluate");
        }
        PairModel model = classifier.view(view);
        for (int i = 0; i < rows.size(); i++) {
            String l = rows.get(i).label();
            if (l == null || !model.labels().contains(l)) {
                throw new StanceDataException("row " + (i + 1) + ": label '" + l + "' is not one of " + model.labels());
            }
        }
        long t0 = System.nanoTime();
        int[] pred = ViewEvaluator.argmax(ViewEvaluator.probabilities(classifier, view, rows));
        double seconds = (System.nanoTime() - t0) / 1e9;
        Metrics all = new Metrics(model.labels());
        Map<String, Metrics> groups = new TreeMap<>();
        for (int i = 0; i < rows.size(); i++) {
            int gold = model.labels().indexOf(rows.get(i).label());
            all.add(gold, pred[i]);
            if (groupBy != null) {
                groups.computeIfAbsent(groupBy.apply(rows.get(i)), k -> new Metrics(model.labels())).add(gold, pred[i]);
            }
        }
        Map<String, Object> figures = new LinkedHashMap<>(all.figures(view));
        StringBuilder table = new StringBuilder();
        table.append(String.format("stance %s: %d rows, model %s %s%n", format, all.rows, classifier.modelName(),
                classifier.modelVersion()));
        switch (view) {
            case ARTICLE -> table.append(String.format("FNC-1 relative score: %.2f%%%n", all.fncScore()));
            case TARGET -> table.append(String.format("F_avg (FAVOR, AGAINST): %.4f%n", all.fAvg()));
            default -> table.append(String.format("accuracy: %.4f  macro-F1: %.4f%n", all.accuracy(), all.macroF1()));
        }
        table.append(String.format("%-12s %8s%n", "class", "F1"));
        all.perClassF1().forEach((k, v) -> table.append(String.format("%-12s %8.4f%n", k, v)));
        table.append(all.confusionTable());
        if (!groups.isEmpty()) {
            Map<String, Object> per = new LinkedHashMap<>();
            table.append(String.format("%-36s %6s %8s%n", "target", "rows", "F_avg"));
            for (var e : groups.entrySet()) {
                Map<String, Object> one = new LinkedHashMap<>(); // fixed key order, unlike Map.of
                one.put("rows", e.getValue().rows);
                one.put("f_avg", Metrics.round(e.getValue().fAvg()));
                per.put(e.getKey(), one);
                table.append(String.format("%-36s %6d %8.4f%n", e.getKey(), e.getValue().rows, e.getValue().fAvg()));
            }
            figures.put("per_target", per);
        }
        long[] use = classifier.encoderUse().get(view.key());
        if (classifier.encoderHeads() != null && classifier.encoderHeads().head(view) != null) {
            figures.put("encoded_share", Metrics.round(use[1] / (double) Math.max(1, use[0])));
            table.append(String.format("encoder head ran on %.1f%% of rows%n", 100.0 * use[1] / Math.max(1, use[0])));
        }
        figures.put("seconds", Metrics.round(seconds));
        figures.put("rows_per_second", Math.round(rows.size() / Math.max(seconds, 1e-9)));
        return new Evaluation(format, rows.size(), table.toString(), figures);
    }

    /**
     * Full stance scoring speed: every row becomes a comment with an article, a parent and one site
     * target, scored through {@link StanceClassifier#classifyAll} in batches of 64 as the service does.
     * Rows without an article (SemEval) borrow the previous row's text as parent and have no article.
     * Each pass starts from empty caches with only the articles and the target warmed (the service has a page's
     * article and a site's targets cached; a parent is warm when it was scored earlier as a comment, as on a page),
     * so every comment is encoded and featurised inside the clock: a pass over rows already scored would time cache
     * lookups (measured 2026-12-06: 1,165 vs 39 comments/s on the same RumourEval replies). {@code comments_per_second}
     * keeps the file's order (FNC-1 mixes bodies: a cache-hostile worst case for articles);
     * {@code comments_per_second_by_article} groups rows by article as a page's comments are. The {@code _cpu} rates
     * divide by the process's CPU seconds over the pass (every thread: encoder, GC), which do not move with the
     * machine's load as wall time does.
     */
    public static Map<String, Object> throughput(StanceClassifier classifier, String format, Path first, Path second) {
        StanceFormat f = StanceFormat.of(format);
        // FNC-1 comes as (bodies, stances), its reader takes (stances, bodies)
        List<Example> rows = f == StanceFormat.FNC1 ? f.read(second, first) : f.read(first, null);
        List<StanceInput> inputs = new ArrayList<>(rows.size());
        String previous = null;
        for (Example e : rows) {
            boolean targetFormat = format.equals("semeval2016");
            String article = targetFormat ? null : e.context();
            String parent = e.extra() != null ? e.extra() : previous;
            List<String> targets = List.of(targetFormat ? e.context() : "NATO expansion");
            inputs.add(new StanceInput(e.text(), article, parent, targets));
            previous = e.text();
        }
        // Warm-up pass so the figure is the steady state, not JIT and native library loading.
        classifier.classifyAll(inputs.subList(0, Math.min(64, inputs.size())));
        double[] plain = timeBatches(classifier, inputs);
        // The service scores a page's comments together, so its batches share one article: the same
        // rows grouped by article (first appearance order, stable) measure that case.
        Map<String, Integer> firstSeen = new HashMap<>();
        for (StanceInput in : inputs) {
            firstSeen.putIfAbsent(String.valueOf(in.articleText()), firstSeen.size());
        }
        List<StanceInput> grouped = new ArrayList<>(inputs);
        grouped.sort(Comparator.comparingInt(in -> firstSeen.get(String.valueOf(in.articleText()))));
        double[] byArticle = timeBatches(classifier, grouped);
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("comments", inputs.size());
        m.put("seconds", Metrics.round(plain[0]));
        m.put("comments_per_second", Math.round(inputs.size() / Math.max(plain[0], 1e-9)));
        m.put("comments_per_second_by_article", Math.round(inputs.size() / Math.max(byArticle[0], 1e-9)));
        m.put("cpu_seconds", Metrics.round(plain[1]));
        m.put("comments_per_cpu_second", Math.round(inputs.size() / Math.max(plain[1], 1e-9)));
        m.put("cpu_seconds_by_article", Metrics.round(byArticle[1]));
        m.put("comments_per_cpu_second_by_article", Math.round(inputs.size() / Math.max(byArticle[1], 1e-9)));
        return m;
    }

    /** One pass from empty caches, articles and targets warmed first: [wall seconds, process CPU seconds]. */
    private static double[] timeBatches(StanceClassifier classifier, List<StanceInput> inputs) {
        classifier.clearCaches();
        Map<String, StanceInput> contexts = new LinkedHashMap<>();
        for (StanceInput in : inputs) {
            contexts.putIfAbsent(in.articleText() + "\u0000" + in.targets(), new StanceInput(".", in.articleText(), null,
                    in.targets()));
        }
        List<StanceInput> warm = new ArrayList<>(contexts.values());
        if (classifier.encoder() != null) {
            // the encoder heads read an article only where the network is unsure, so "." may not have asked for it
            List<String> texts = new ArrayList<>();
            for (StanceInput in : warm) {
                if (in.articleText() != null) {
                    texts.add(in.articleText());
                }
                texts.addAll(in.targets());
            }
            classifier.encoder().encodeCached(texts);
        }
        for (int s = 0; s < warm.size(); s += 64) {
            classifier.classifyAll(warm.subList(s, Math.min(warm.size(), s + 64)));
        }
        long cpu0 = processCpuNanos();
        long t0 = System.nanoTime();
        for (int s = 0; s < inputs.size(); s += 64) {
            classifier.classifyAll(inputs.subList(s, Math.min(inputs.size(), s + 64)));
        }
        return new double[]{(System.nanoTime() - t0) / 1e9, (processCpuNanos() - cpu0) / 1e9};
    }

    private static long processCpuNanos() {
        var os = java.lang.management.ManagementFactory.getOperatingSystemMXBean();
        return os instanceof com.sun.management.OperatingSystemMXBean sun ? sun.getProcessCpuTime() : 0;
    }
}
