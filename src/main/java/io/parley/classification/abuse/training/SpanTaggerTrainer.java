package io.parley.classification.abuse.training;

import io.parley.classification.abuse.AbuseClassifier;
import io.parley.classification.abuse.ScoredSpan;
import io.parley.classification.abuse.SpanTagger;
import io.parley.classification.text.HashedNgrams;

import java.io.PrintStream;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.IntStream;

/**
 * Trains the {@link SpanTagger} on top of trained heads: one row per word-like token of the training
 * posts that have gold spans, label = the token overlaps a gold span. The penalty, the token threshold
 * and the no-spans threshold are chosen together by the mean span F1 on the validation posts (the
 * SemEval-2021 task 5 metric). Separate from the heads' training so either can change alone; it needs
 * only a loaded {@link AbuseClassifier} and the split.
 */
final class SpanTaggerTrainer {

    /** Defaults of {@code train abuse}; {@code c}, thresholds are placeholders the tuning replaces. */
    static final SpanTagger.Settings DEFAULTS = new SpanTagger.Settings(1 << 18, 3, 5, true, true, 1, 0.5, 0, 0,
            SpanTagger.HASH);
    /** Penalties tried, smallest first (each fit starts from the previous one's weights). */
    static final double[] GRID_C = {0.1, 0.3, 1};
    static final int MAX_ITERATIONS = 300;
    /** Relative bars tried after the fixed one (see {@link SpanTagger.Settings#relative}). */
    static final double[] GRID_RELATIVE = {0.1, 0.2, 0.3, 0.4, 0.5, 0.6, 0.7, 0.8, 0.9};

    /**
     * @param tagger     the tuned tagger
     * @param provenance what was tried and chosen, for provenance.json
     */
    record Trained(SpanTagger tagger, Map<String, Object> provenance) {
    }

    private SpanTaggerTrainer() {
    }

    private record Post(AbuseDatasets.Example example, HashedNgrams.Features features, SpanTagger.Rows rows,
                        float[] labels) {
    }

    /** Null when there are no training posts with spans. */
    static Trained train(AbuseClassifier heads, List<AbuseDatasets.Example> train, List<AbuseDatasets.Example> val,
                         SpanTagger.Settings base, double[] gridC, int maxIterations, PrintStream log) {
        long t0 = System.nanoTime();
        List<Post> tr = posts(heads, train, base);
        List<Post> va = posts(heads, val, base);
        if (tr.isEmpty() || va.isEmpty()) {
            return null;
        }
        WideLinear.Sparse x = stack(tr);
        float[] y = new float[x.rows()];
        int r = 0;
        for (Post p : tr) {
            for (int t = 0; t < p.rows().rows(); t++) {
                y[r++] = p.labels()[t];
            }
        }
        int[] rows = IntStream.range(0, x.rows()).filter(i -> x.ptr()[i] < x.ptr()[i + 1]).toArray();
        float[] yr = new float[rows.length];
        for (int i = 0; i < rows.length; i++) {
            yr[i] = y[rows[i]];
        }
        log.printf("span tagger: %d training posts, %d word tokens (%d in spans), %d validation posts%n", tr.size(),
                rows.length, (int) IntStream.range(0, yr.length).filter(i -> yr[i] == 1f).count(), va.size());
        SpanTagger best = null;
        List<double[]> bestProbs = null;
        double bestF = -1;
        List<Map<String, Object>> tried = new ArrayList<>();
        int evidence = heads.labels().size();
        double[] w = new double[base.width(evidence)];
        for (double c : gridC) {
            long t1 = System.nanoTime();
            // warm start from the previous penalty: the same optimum is reached, sooner
            int it = WideLinear.minimise(x, rows, yr, null, null, c, w, maxIterations);
            float[] wf = new float[w.length];
            for (int j = 0; j < w.length; j++) {
                wf[j] = (float) w[j];
            }
            SpanTagger candidate = new SpanTagger(base.tuned(c, 0.5, 0), evidence, wf);
            List<double[]> probs = va.stream().map(p -> candidate.probabilities(heads, p.example().text(), p.features(),
                    toxicity(heads, p.example().text(), p.features()))).toList();
            double[] tuned = tuneThresholds(va, probs);
            Map<String, Object> m = new LinkedHashMap<>();
            m.put("C", c);
            m.put("iterations", it);
            m.put("token_threshold", tuned[0]);
            m.put("post_threshold", tuned[1]);
            m.put("validation_span_f1", Metrics.round(tuned[2]));
            tried.add(m);
            log.printf("  span tagger C=%-5s %3d iterations %5.1fs  token threshold %.2f, post threshold %.2f: "
                    + "validation span F1 %.4f%n", c, it, (System.nanoTime() - t1) / 1e9, tuned[0], tuned[1], tuned[2]);
            if (tuned[2] > bestF) {
                bestF = tuned[2];
                best = new SpanTagger(base.tuned(c, tuned[0], tuned[1]), evidence, wf);
                bestProbs = probs;
            }
        }
        // Which comments get spans stays the fixed bar's choice: validation has few comments without gold
        // spans (6 %), so tuning both together would learn to mark something in every comment. Only the
        // bar inside a comment that gets spans may rise with its best token.
        SpanTagger.Settings fixed = best.settings();
        double gate = Math.max(fixed.tokenThreshold(), fixed.postThreshold());
        double fixedF = bestF;
        List<Map<String, Object>> triedRelative = new ArrayList<>();
        for (double rel : GRID_RELATIVE) {
            double[] tuned = tuneRelative(va, bestProbs, gate, rel);
            Map<String, Object> row = new LinkedHashMap<>(); // fixed order in provenance, unlike Map.of
            row.put("relative", rel);
            row.put("token_threshold", tuned[0]);
            row.put("validation_span_f1", Metrics.round(tuned[1]));
            triedRelative.add(row);
            log.printf("  span tagger relative bar %.1f: token threshold %.2f, validation span F1 %.4f%n", rel,
                    tuned[0], tuned[1]);
            if (tuned[1] > bestF + 1e-9) {
                bestF = tuned[1];
                best = new SpanTagger(fixed.relative(tuned[0], gate, rel), evidence, best.weights());
            }
        }
        Map<String, Object> prov = new LinkedHashMap<>();
        prov.put("model", "per-token L2 logistic regression (full-batch L-BFGS) trained on the gold spans of the "
                + "toxic-spans training posts: hashed lower-cased word, shape, char n-grams"
                + (base.context() ? ", previous/next word" : "")
                + (base.headEvidence() ? "; dense: the six served heads' token evidence, neighbours' toxicity "
                + "evidence, comment toxicity" : "")
                + "; a comment gets spans when its best token reaches the fixed bar, and then a token joins when "
                + "logit(p) >= logit(token threshold) + relative x logit(best token)");
        prov.put("settings", best.settings());
        prov.put("grid_C", gridC);
        prov.put("tried", tried);
        prov.put("selection", "C, token threshold (0.05..0.80) and post threshold (max token probability below it: "
                + "no spans) by mean span F1 on the validation posts");
        prov.put("tried_relative", triedRelative);
        prov.put("selection_relative", "then, with the spans-or-not gate kept at the fixed bar's (" + gate + "), the "
                + "relative bar and its token threshold by mean span F1 on the validation posts");
        prov.put("validation_span_f1_fixed_bar", Metrics.round(fixedF));
        prov.put("validation_span_f1", Metrics.round(bestF));
        prov.put("training_posts", tr.size());
        prov.put("seconds", Math.round((System.nanoTime() - t0) / 1e8) / 10.0);
        return new Trained(best, prov);
    }

    static double toxicity(AbuseClassifier heads, String text, HashedNgrams.Features f) {
        return heads.probabilities(text, f)[heads.spec().heads().indexOf(SpanTagger.LABEL)];
    }

    private static List<Post> posts(AbuseClassifier heads, List<AbuseDatasets.Example> rows, SpanTagger.Settings s) {
        Post[] out = new Post[rows.size()];
        IntStream.range(0, rows.size()).parallel().forEach(i -> {
            AbuseDatasets.Example e = rows.get(i);
            HashedNgrams.Features f = heads.features(e.text());
            SpanTagger.Rows r = SpanTagger.rows(s, heads, e.text(), f, toxicity(heads, e.text(), f));
            float[] y = new float[f.tokens()];
            for (int t = 0; t < y.length; t++) {
                for (int[] g : e.spans()) {
                    if (g[0] < f.tokenStop()[t] && f.tokenStart()[t] < g[1]) {
                        y[t] = 1;
                        break;
                    }
                }
            }
            out[i] = new Post(e, f, r, y);
        });
        return List.of(out);
    }

    private static WideLinear.Sparse stack(List<Post> posts) {
        int rows = posts.stream().mapToInt(p -> p.rows().rows()).sum();
        int nnz = posts.stream().mapToInt(p -> p.rows().idx().length).sum();
        int[] ptr = new int[rows + 1];
        int[] idx = new int[nnz];
        float[] val = new float[nnz];
        int r = 0;
        int k = 0;
        for (Post p : posts) {
            SpanTagger.Rows pr = p.rows();
            System.arraycopy(pr.idx(), 0, idx, k, pr.idx().length);
            System.arraycopy(pr.val(), 0, val, k, pr.val().length);
            for (int t = 0; t < pr.rows(); t++) {
                ptr[r + t + 1] = k + pr.ptr()[t + 1];
            }
            r += pr.rows();
            k += pr.idx().length;
        }
        return new WideLinear.Sparse(ptr, idx, val);
    }

    /** {token threshold, mean span F1} maximising validation span F1 for a relative bar and a fixed gate. */
    private static double[] tuneRelative(List<Post> va, List<double[]> probs, double gate, double relative) {
        double[] best = {0.5, -1};
        for (int i = 1; i <= 16; i++) {
            double tok = i * 0.05;
            double f = meanF1(va, probs, tok, gate, relative);
            if (f > best[1] + 1e-9) {
                best = new double[]{Math.round(tok * 100) / 100.0, f};
            }
        }
        return best;
    }

    private static double meanF1(List<Post> va, List<double[]> probs, double tok, double post, double relative) {
        double total = 0;
        for (int q = 0; q < va.size(); q++) {
            Post p = va.get(q);
            List<int[]> pred = new ArrayList<>();
            for (ScoredSpan s : SpanTagger.spans(p.example().text(), p.features(), probs.get(q), tok, post, relative)) {
                pred.add(new int[]{s.start(), s.end()});
            }
            total += Metrics.spanF1(p.example().text(), pred, p.example().spans());
        }
        return total / va.size();
    }

    /** {token threshold, post threshold, mean span F1} maximising validation span F1. */
    private static double[] tuneThresholds(List<Post> va, List<double[]> probs) {
        double[] best = {0.5, 0, -1};
        for (int i = 1; i <= 16; i++) {
            double tok = i * 0.05;
            for (int j = 0; j <= 18; j++) {
                double post = j == 0 ? 0 : Math.max(tok, j * 0.05);
                if (j > 0 && post <= tok) {
                    continue; // the same as no post threshold: a span already needs a token at tok
                }
                double f = meanF1(va, probs, tok, post, 0);
                if (f > best[2] + 1e-9) {
                    best = new double[]{Math.round(tok * 100) / 100.0, Math.round(post * 100) / 100.0, f};
                }
            }
        }
        return best;
    }
}
