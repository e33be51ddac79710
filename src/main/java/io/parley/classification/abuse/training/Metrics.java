package io.parley.classification.abuse.training;

import io.parley.classification.abuse.AbuseClassifier;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.BitSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** Ranking, threshold, span and calibration metrics. */
final class Metrics {

    private Metrics() {
    }

    /** ROC-AUC by the rank-sum formula, ties averaged; NaN when one class is absent. */
    static double auc(double[] score, int[] y) {
        int n = score.length;
        Integer[] order = new Integer[n];
        for (int i = 0; i < n; i++) {
            order[i] = i;
        }
        Arrays.sort(order, (a, b) -> Double.compare(score[a], score[b]));
        double rankSumPos = 0;
        long pos = 0;
        int i = 0;
        while (i < n) {
            int j = i;
            while (j + 1 < n && score[order[j + 1]] == score[order[i]]) {
                j++;
            }
            double rank = (i + j) / 2.0 + 1;
            for (int t = i; t <= j; t++) {
                if (y[order[t]] == 1) {
                    rankSumPos += rank;
                    pos++;
                }
            }
            i = j + 1;
        }
        long neg = n - pos;
        if (pos == 0 || neg == 0) {
            return Double.NaN;
        }
        return (rankSumPos - pos * (pos + 1) / 2.0) / ((double) pos * neg);
    }

    /** precision, recall, F1 of "score >= threshold" against y. */
    static double[] prf(double[] score, int[] y, double threshold) {
        int tp = 0, fp = 0, fn = 0;
        for (int i = 0; i < score.length; i++) {
            boolean p = score[i] >= threshold;
            if (p && y[i] == 1) {
                tp++;
            } else if (p) {
                fp++;
            } else if (y[i] == 1) {
                fn++;
            }
        }
        return prf(tp, fp, fn);
    }

    static double[] prf(int tp, int fp, int fn) {
        double p = tp + fp == 0 ? 0 : tp / (double) (tp + fp);
        double r = tp + fn == 0 ? 0 : tp / (double) (tp + fn);
        double f = p + r == 0 ? 0 : 2 * p * r / (p + r);
        return new double[]{p, r, f};
    }

    /** The threshold (among a fixed grid) with the best F1; chosen on validation only. */
    static double bestF1Threshold(double[] score, int[] y) {
        double best = 0.5, bestF = -1;
        for (int i = 1; i < 100; i++) {
            double t = i / 100.0;
            double f = prf(score, y, t)[2];
            if (f > bestF) {
                bestF = f;
                best = t;
            }
        }
        return best;
    }

    /**
     * SemEval-2021 task 5 F1 of one post over character offsets, counted in code points like the
     * official (Python) scorer: 1 when both sets are empty, 0 when only one is.
     */
    static double spanF1(String text, List<int[]> predicted, List<int[]> gold) {
        BitSet p = codePoints(text, predicted);
        BitSet g = codePoints(text, gold);
        if (p.isEmpty() && g.isEmpty()) {
            return 1;
        }
        if (p.isEmpty() || g.isEmpty()) {
            return 0;
        }
        BitSet both = (BitSet) p.clone();
        both.and(g);
        int tp = both.cardinality();
        if (tp == 0) {
            return 0;
        }
        double prec = tp / (double) p.cardinality();
        double rec = tp / (double) g.cardinality();
        return 2 * prec * rec / (prec + rec);
    }

    private static BitSet codePoints(String text, List<int[]> ranges) {
        BitSet set = new BitSet();
        for (int[] r : ranges) {
            int from = Math.max(0, Math.min(r[0], text.length()));
            int to = Math.max(from, Math.min(r[1], text.length()));
            int cp = text.codePointCount(0, from);
            for (int i = from; i < to; ) {
                set.set(cp++);
                i += Character.charCount(text.codePointAt(i));
            }
        }
        return set;
    }

    /**
     * Platt scaling: a, b maximising the likelihood of y under sigmoid(a * z + b), with Platt's
     * smoothed targets so a separable validation set does not push a to infinity.
     */
    static double[] platt(double[] z, int[] y) {
        int pos = 0;
        for (int v : y) {
            pos += v;
        }
        int neg = y.length - pos;
        if (pos == 0 || neg == 0) {
            return new double[]{1, 0};
        }
        double hi = (pos + 1.0) / (pos + 2.0);
        double lo = 1.0 / (neg + 2.0);
        double[] t = new double[y.length];
        double[] ones = new double[y.length];
        for (int i = 0; i < y.length; i++) {
            t[i] = y[i] == 1 ? hi : lo;
            ones[i] = 1;
        }
        return dampedNewton(z, t, ones, 1, 0, 100, 1e-10, false);
    }

    /**
     * Weighted Platt scaling: a, b maximising the weighted likelihood of y under sigmoid(a * z + b), with the 0/1
     * targets themselves (the weights re-balance a sample to the distribution it was drawn from; smoothed targets
     * would move the rates the weights restore). Damped Newton, as {@link #platt}.
     */
    static double[] plattWeighted(double[] z, int[] y, double[] w) {
        double pos = 0, neg = 0;
        for (int i = 0; i < y.length; i++) {
            if (y[i] == 1) {
                pos += w[i];
            } else {
                neg += w[i];
            }
        }
        if (pos == 0 || neg == 0) {
            return new double[]{1, 0};
        }
        double[] t = new double[y.length];
        for (int i = 0; i < y.length; i++) {
            t[i] = y[i];
        }
        return dampedNewton(z, t, w, 1, Math.log(pos / neg), 200, 1e-12, true);
    }

    /**
     * The (weighted) likelihood of targets t under sigmoid(a * z + b), maximised by damped Newton from (a, b): the step
     * halves until the loss goes down (plain Newton can overshoot). {@code stopWithoutDescent}: stop where no step
     * lowers the loss, rather than take the smallest one.
     */
    private static double[] dampedNewton(double[] z, double[] t, double[] w, double a, double b, int iterations,
                                         double tolerance, boolean stopWithoutDescent) {
        double loss = loss(z, t, w, a, b);
        for (int iter = 0; iter < iterations; iter++) {
            double ga = 0, gb = 0, haa = 1e-9, hab = 0, hbb = 1e-9;
            for (int i = 0; i < z.length; i++) {
                double p = AbuseClassifier.sigmoid(a * z[i] + b);
                double d = w[i] * (p - t[i]);
                double h = w[i] * p * (1 - p);
                ga += d * z[i];
                gb += d;
                haa += h * z[i] * z[i];
                hab += h * z[i];
                hbb += h;
            }
            double det = haa * hbb - hab * hab;
            if (Math.abs(det) < 1e-12) {
                break;
            }
            double da = (hbb * ga - hab * gb) / det;
            double db = (haa * gb - hab * ga) / det;
            double step = 1;
            double next = loss(z, t, w, a - da, b - db);
            while (next > loss && step > 1e-6) {
                step /= 2;
                next = loss(z, t, w, a - step * da, b - step * db);
            }
            if (next > loss && stopWithoutDescent) {
                break;
            }
            a -= step * da;
            b -= step * db;
            boolean converged = loss - next < tolerance * Math.max(1, Math.abs(loss));
            loss = Math.min(loss, next);
            if (converged) {
                break;
            }
        }
        return new double[]{a, b};
    }

    private static double loss(double[] z, double[] t, double[] w, double a, double b) {
        double l = 0;
        for (int i = 0; i < z.length; i++) {
            double v = a * z[i] + b;
            // log(1 + e^v) computed stably; loss = -(t log p + (1-t) log(1-p))
            double softplus = v > 0 ? v + Math.log1p(Math.exp(-v)) : Math.log1p(Math.exp(v));
            l += w[i] * (softplus - t[i] * v);
        }
        return l;
    }

    static double logit(double p) {
        return Math.log(p / (1 - p));
    }

    /** Ten equal-width bins of predicted probability: count, mean predicted, observed positive rate. */
    static List<Map<String, Object>> reliability(double[] p, int[] y) {
        int bins = 10;
        int[] n = new int[bins];
        double[] sumP = new double[bins];
        int[] pos = new int[bins];
        for (int i = 0; i < p.length; i++) {
            int b = Math.min(bins - 1, (int) (p[i] * bins));
            n[b]++;
            sumP[b] += p[i];
            pos[b] += y[i];
        }
        List<Map<String, Object>> rows = new ArrayList<>();
        for (int b = 0; b < bins; b++) {
            Map<String, Object> row = new LinkedHashMap<>();
            row.put("bin", String.format("%.1f-%.1f", b / 10.0, (b + 1) / 10.0));
            row.put("count", n[b]);
            row.put("mean_predicted", n[b] == 0 ? null : round(sumP[b] / n[b]));
            row.put("observed", n[b] == 0 ? null : round(pos[b] / (double) n[b]));
            rows.add(row);
        }
        return rows;
    }

    /** Expected calibration error over the same ten bins. */
    static double ece(double[] p, int[] y) {
        double e = 0;
        for (Map<String, Object> row : reliability(p, y)) {
            int c = (int) row.get("count");
            if (c > 0) {
                e += c * Math.abs((double) row.get("mean_predicted") - (double) row.get("observed"));
            }
        }
        return p.length == 0 ? 0 : e / p.length;
    }

    static double round(double v) {
        return Double.isNaN(v) ? v : Math.round(v * 10000) / 10000.0;
    }
}
