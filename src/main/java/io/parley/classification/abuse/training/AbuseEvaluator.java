package io.parley.classification.abuse.training;

import io.parley.classification.AbuseLabel;
import io.parley.classification.abuse.AbuseClassifier;
import io.parley.classification.abuse.AbuseSpec;
import io.parley.classification.abuse.ScoredSpan;
import io.parley.classification.text.HashedNgrams;
import io.parley.model.Evaluation;
import io.parley.model.Evaluator;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.IntStream;

/**
 * The abuse task's {@link Evaluator}: measures a model on rows of one of the shared formats (per-label AUC and F1,
 * span F1, OLID macro F1, Davidson weighted F1) as an {@link Evaluation}.
 */
public final class AbuseEvaluator {

    /**
     * Per format, the figure it is judged on (the one the trainer's choices are made by, and the retrain gate
     * compares).
     */
    /**
     * {@code model} whose sentence heads read each comment's embedding from an {@link
     * io.parley.classification.text.EmbeddingCache} in {@code dir} (the cache of {@code train abuse --embeddings}),
     * encoding and adding what it does not hold: the same vectors the encoder gives, so the same scores, without
     * encoding again the rows a training run or an earlier evaluation already encoded. The model itself when it has no
     * sentence heads. One process at a time may add to a cache folder.
     */
    public static AbuseClassifier withEmbeddings(AbuseClassifier model, Path dir, java.io.PrintStream log) {
        io.parley.classification.abuse.SentenceHeads sh = model.sentenceHeads();
        if (sh == null || dir == null) {
            return model;
        }
        io.parley.classification.text.EmbeddingCache cache = new io.parley.classification.text.EmbeddingCache(
                sh.settings().encoderSpec(), sh.encoder(), dir, log);
        return model.withSentenceHeads(sh.withVectors(SentenceHeadsTrainer.cached(cache)));
    }

    public static final Map<String, String> FIGURES = figures();

    private AbuseEvaluator() {
    }

    private static Map<String, String> figures() {
        Map<String, String> m = new LinkedHashMap<>();
        m.put(AbuseFormat.JIGSAW.cliName(), "mean_auc");
        m.put(AbuseFormat.TOXIC_SPANS.cliName(), "span_f1");
        m.put(AbuseFormat.INSULTS.cliName(), "auc");
        m.put(AbuseFormat.OLID.cliName(), "macro_f1");
        m.put(AbuseFormat.DAVIDSON.cliName(), "weighted_f1");
        m.put(AbuseFormat.ETHOS.cliName(), "auc");
        m.put(AbuseFormat.SEED.cliName(), "mean_auc");
        return java.util.Collections.unmodifiableMap(m);
    }

    /**
     * Reads {@code input} (and {@code labels} for OLID or Jigsaw test files) and evaluates. The
     * {@code split} format gives one report per source found in the file.
     */
    public static List<Evaluation> evaluate(AbuseClassifier model, AbuseFormat format, Path input, Path labels) {
        List<AbuseDatasets.Example> rows = new AbuseDatasets.Reader(format, false, Heads.of(model.spec().heads()))
                .read(input, labels);
        if (format != AbuseFormat.SPLIT) {
            return List.of(evaluate(model, format, rows));
        }
        List<Evaluation> reports = new ArrayList<>();
        for (AbuseFormat f : AbuseFormat.values()) {
            List<AbuseDatasets.Example> part = rows.stream().filter(e -> e.source() == f).toList();
            if (!part.isEmpty()) {
                reports.add(evaluate(model, f, part));
            }
        }
        return reports;
    }

    record Scored(AbuseDatasets.Example example, HashedNgrams.Features features, double[] p) {
    }

    static List<Scored> score(AbuseClassifier model, List<AbuseDatasets.Example> rows) {
        Scored[] out = new Scored[rows.size()];
        IntStream.range(0, rows.size()).parallel().forEach(i -> {
            // scores from the text the model judges (its evasion fold, when on); features, for the spans, from the
            // row's own text so that span offsets stay the row's
            String text = rows.get(i).text();
            String judged = model.folded(text);
            HashedNgrams.Features fj = model.features(judged);
            double[] p = model.probabilities(judged, fj);
            out[i] = new Scored(rows.get(i), judged == text ? fj : model.features(text), p);
        });
        return List.of(out);
    }

    /** {@link Evaluator} of the abuse task: {@code format} is a format's CLI name ({@link AbuseFormat#of}). */
    public static Evaluation evaluate(AbuseClassifier model, String format, List<AbuseDatasets.Example> rows) {
        return evaluate(model, AbuseFormat.of(format), rows);
    }

    static Evaluation evaluate(AbuseClassifier model, AbuseFormat format, List<AbuseDatasets.Example> rows) {
        if (rows.isEmpty()) {
            throw new IllegalArgumentException("no labelled rows to evaluate");
        }
        Heads.of(model.spec().heads()); // the shared formats' heads are where this trainer puts them
        List<Scored> scored = score(model, rows);
        AbuseSpec spec = model.spec();
        Map<String, Object> s = new LinkedHashMap<>();
        s.put("format", format.cliName());
        s.put("rows", rows.size());
        StringBuilder table = new StringBuilder();
        table.append(String.format("%-18s %7s %7s %7s %7s %7s %6s%n", "label", "auc", "f1", "prec", "recall",
                "thresh", "pos"));
        switch (format) {
            case SPLIT -> throw new IllegalArgumentException("split rows are evaluated per source");
            case JIGSAW, SEED, DECISIONS -> {
                Map<String, Double> auc = new LinkedHashMap<>();
                Map<String, Double> f1 = new LinkedHashMap<>();
                double sum = 0;
                int n = 0;
                for (AbuseLabel label : model.labels()) {
                    double[] r = headRow(table, scored, spec.heads().indexOf(label.name()), spec);
                    if (r == null) {
                        continue;
                    }
                    auc.put(label.name(), Metrics.round(r[0]));
                    f1.put(label.name(), Metrics.round(r[1]));
                    if (!Double.isNaN(r[0])) {
                        sum += r[0];
                        n++;
                    }
                }
                s.put("mean_auc", Metrics.round(n == 0 ? Double.NaN : sum / n));
                s.put("auc", auc);
                s.put("f1", f1);
            }
            case TOXIC_SPANS -> {
                double total = 0;
                for (Scored r : scored) {
                    total += Metrics.spanF1(r.example().text(), predictedSpans(model, r), r.example().spans());
                }
                s.put("span_f1", Metrics.round(total / scored.size()));
                table.append(String.format("%-18s span F1 %.4f (SemEval-2021 task 5, per-post mean)%n", "toxic spans",
                        total / scored.size()));
            }
            case INSULTS -> {
                double[] r = headRow(table, scored, Heads.IMPERMIUM, spec);
                s.put("auc", Metrics.round(r[0]));
                s.put("f1", Metrics.round(r[1]));
            }
            case ETHOS -> {
                double[] r = headRow(table, scored, Heads.ETHOS, spec);
                s.put("auc", Metrics.round(r[0]));
                s.put("f1", Metrics.round(r[1]));
            }
            case OLID -> {
                double[] r = headRow(table, scored, Heads.OLID, spec);
                double t = spec.threshold(spec.heads().get(Heads.OLID));
                int[] gold = new int[scored.size()];
                int[] pred = new int[scored.size()];
                for (int i = 0; i < gold.length; i++) {
                    gold[i] = (int) scored.get(i).example().labels()[Heads.OLID];
                    pred[i] = scored.get(i).p()[Heads.OLID] >= t ? 1 : 0;
                }
                double[] perClass = classF1(gold, pred, 2);
                double macro = (perClass[0] + perClass[1]) / 2;
                table.append(String.format("NOT F1 %.4f  OFF F1 %.4f  macro F1 %.4f%n", perClass[0], perClass[1], macro));
                s.put("macro_f1", Metrics.round(macro));
                s.put("auc", Metrics.round(r[0]));
            }
            case DAVIDSON -> {
                double tHate = spec.threshold(spec.heads().get(Heads.DAVIDSON_HATE));
                double tAbusive = spec.threshold(spec.heads().get(Heads.DAVIDSON_ABUSIVE));
                int[] gold = new int[scored.size()];
                int[] pred = new int[scored.size()];
                for (int i = 0; i < gold.length; i++) {
                    gold[i] = scored.get(i).example().clazz();
                    pred[i] = davidsonClass(scored.get(i).p(), tHate, tAbusive);
                }
                double[] f = classF1(gold, pred, 3);
                int[] support = new int[3];
                for (int g : gold) {
                    support[g]++;
                }
                double weighted = 0;
                for (int c = 0; c < 3; c++) {
                    weighted += f[c] * support[c] / (double) gold.length;
                }
                double macro = (f[0] + f[1] + f[2]) / 3;
                double[] bin = headRow(table, scored, Heads.DAVIDSON_ABUSIVE, spec);
                headRow(table, scored, Heads.DAVIDSON_HATE, spec);
                table.append(String.format("class F1: hate %.4f  offensive %.4f  neither %.4f; weighted %.4f macro %.4f%n",
                        f[0], f[1], f[2], weighted, macro));
                s.put("weighted_f1", Metrics.round(weighted));
                s.put("macro_f1", Metrics.round(macro));
                s.put("binary_abusive_f1", Metrics.round(bin[1]));
                s.put("binary_abusive_auc", Metrics.round(bin[0]));
            }
        }
        return new Evaluation(format.cliName(), rows.size(), table.toString(), s);
    }

    static int davidsonClass(double[] p, double tHate, double tAbusive) {
        if (p[Heads.DAVIDSON_HATE] >= tHate) {
            return 0;
        }
        return p[Heads.DAVIDSON_ABUSIVE] >= tAbusive ? 1 : 2;
    }

    static double[] classF1(int[] gold, int[] pred, int classes) {
        double[] f = new double[classes];
        for (int c = 0; c < classes; c++) {
            int tp = 0, fp = 0, fn = 0;
            for (int i = 0; i < gold.length; i++) {
                if (pred[i] == c && gold[i] == c) {
                    tp++;
                } else if (pred[i] == c) {
                    fp++;
                } else if (gold[i] == c) {
                    fn++;
                }
            }
            f[c] = Metrics.prf(tp, fp, fn)[2];
        }
        return f;
    }

    /** The toxicity spans the model serves for a comment, without the served toxicity threshold (all posts are toxic). */
    static List<int[]> predictedSpans(AbuseClassifier model, Scored r) {
        List<int[]> out = new ArrayList<>();
        if (r.p()[Heads.TOXICITY] < model.spec().spanMinScore()) {
            return out;
        }
        for (ScoredSpan sp : model.toxicitySpans(r.example().text(), r.features(), r.p()[Heads.TOXICITY])) {
            out.add(new int[]{sp.start(), sp.end()});
        }
        return out;
    }

    /** Spans of the toxicity head's own evidence (how the heads' span settings are tuned). */
    static List<int[]> predictedSpans(AbuseClassifier model, Scored r, double tokenThreshold, double minScore) {
        List<int[]> out = new ArrayList<>();
        if (r.p()[Heads.TOXICITY] < minScore) {
            return out;
        }
        for (ScoredSpan sp : model.spans(r.example().text(), r.features(), Heads.TOXICITY, tokenThreshold)) {
            out.add(new int[]{sp.start(), sp.end()});
        }
        return out;
    }

    /** Adds one head's line to the table; returns {auc, f1} or null when the rows do not label that head. */
    private static double[] headRow(StringBuilder table, List<Scored> scored, int head, AbuseSpec spec) {
        List<double[]> pairs = new ArrayList<>();
        for (Scored r : scored) {
            float y = r.example().labels()[head];
            if (!Float.isNaN(y)) {
                pairs.add(new double[]{r.p()[head], y});
            }
        }
        if (pairs.isEmpty()) {
            return null;
        }
        double[] p = pairs.stream().mapToDouble(a -> a[0]).toArray();
        int[] y = pairs.stream().mapToInt(a -> (int) a[1]).toArray();
        double auc = Metrics.auc(p, y);
        double t = spec.threshold(spec.heads().get(head));
        double[] prf = Metrics.prf(p, y, t);
        table.append(String.format("%-18s %7.4f %7.4f %7.4f %7.4f %7.2f %6d%n", spec.heads().get(head), auc, prf[2],
                prf[0], prf[1], t, IntStream.of(y).sum()));
        return new double[]{auc, prf[2]};
    }
}
