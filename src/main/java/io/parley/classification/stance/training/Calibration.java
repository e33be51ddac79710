package io.parley.classification.stance.training;

import io.parley.classification.stance.EncoderHeads;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Temperature scaling of a view's final probabilities (p^(1/T), renormalised), T fitted on validation by
 * log-likelihood, and the figures of a reliability diagram (top-label confidence in equal-width bins against the
 * share right). One parameter per view, so it cannot change a label, only how sure the label says it is.
 */
final class Calibration {

    static final int BINS = 10;

    private Calibration() {
    }

    /** The temperature in [0.2, 5] (log grid, 81 points) with the lowest mean negative log-likelihood. */
    static double fitTemperature(float[][] p, int[] y) {
        double best = 1;
        double bestNll = Double.POSITIVE_INFINITY;
        for (int i = 0; i <= 80; i++) {
            double t = Math.exp(Math.log(0.2) + i * (Math.log(5) - Math.log(0.2)) / 80);
            double nll = nll(p, y, t);
            if (nll < bestNll - 1e-12) {
                bestNll = nll;
                best = t;
            }
        }
        return Math.round(best * 1000) / 1000.0;
    }

    static double nll(float[][] p, int[] y, double t) {
        double s = 0;
        for (int i = 0; i < p.length; i++) {
            s -= Math.log(Math.max(1e-7, EncoderHeads.calibrate(p[i], t)[y[i]]));
        }
        return s / p.length;
    }

    /** ECE, NLL, Brier score and the bins (count, mean confidence, accuracy) after temperature {@code t}. */
    static Map<String, Object> reliability(float[][] p, int[] y, double t) {
        int[] count = new int[BINS];
        double[] conf = new double[BINS];
        double[] right = new double[BINS];
        double brier = 0;
        for (int i = 0; i < p.length; i++) {
            float[] q = EncoderHeads.calibrate(p[i], t);
            int top = 0;
            for (int k = 1; k < q.length; k++) {
                if (q[k] > q[top]) {
                    top = k;
                }
            }
            for (int k = 0; k < q.length; k++) {
                double d = q[k] - (k == y[i] ? 1 : 0);
                brier += d * d;
            }
            int b = Math.min(BINS - 1, (int) (q[top] * BINS));
            count[b]++;
            conf[b] += q[top];
            right[b] += top == y[i] ? 1 : 0;
        }
        double ece = 0;
        List<Map<String, Object>> bins = new ArrayList<>();
        for (int b = 0; b < BINS; b++) {
            if (count[b] == 0) {
                continue;
            }
            ece += Math.abs(right[b] - conf[b]) / p.length;
            bins.add(Map.of("from", b / (double) BINS, "count", count[b], "confidence", Metrics.round(conf[b] / count[b]),
                    "accuracy", Metrics.round(right[b] / count[b])));
        }
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("rows", p.length);
        m.put("ece", Metrics.round(ece));
        m.put("nll", Metrics.round(nll(p, y, t)));
        m.put("brier", Metrics.round(brier / p.length));
        m.put("bins", bins);
        return m;
    }
}
