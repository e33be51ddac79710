package io.parley.classification.stance.training;

import io.parley.classification.stance.EncoderHeads;

import java.util.Random;

/**
 * Multinomial logistic regression with an L2 penalty, fitted by mini-batch Adam with a linearly decaying step over
 * standardised inputs: the encoder heads. The objective is sklearn's, divided by the row count: mean weighted
 * cross-entropy + ||W||^2 / (2 C n), so C means what it means there. Deterministic for a seed.
 */
final class SoftmaxRegression {

    private static final int BATCH = 64;
    private static final int STEPS = 2500;

    private SoftmaxRegression() {
    }

    /** Per-column mean and standard deviation of {@code x} (rows). */
    static float[][] standardisation(float[][] x) {
        int d = x[0].length;
        double[] mean = new double[d];
        double[] sq = new double[d];
        for (float[] r : x) {
            for (int i = 0; i < d; i++) {
                mean[i] += r[i];
                sq[i] += (double) r[i] * r[i];
            }
        }
        float[] m = new float[d];
        float[] s = new float[d];
        for (int i = 0; i < d; i++) {
            double mu = mean[i] / x.length;
            m[i] = (float) mu;
            s[i] = (float) Math.max(1e-6, Math.sqrt(Math.max(0, sq[i] / x.length - mu * mu)));
        }
        return new float[][]{m, s};
    }

    /**
     * Fits on rows {@code x} (already standardised) with labels {@code y} in [0, classes).
     *
     * @param classWeightPower 0 = unweighted, 1 = sklearn's "balanced" weights, between = their power
     */
    static EncoderHeads.Linear fit(float[][] x, int[] y, int classes, double c, double classWeightPower, long seed) {
        int n = x.length;
        int d = x[0].length;
        double[] cw = new double[classes];
        int[] count = new int[classes];
        for (int v : y) {
            count[v]++;
        }
        for (int k = 0; k < classes; k++) {
            cw[k] = count[k] == 0 ? 0 : Math.pow(n / (double) (classes * count[k]), classWeightPower);
        }
        double lambda = 1.0 / (c * n);
        float[] w = new float[classes * d];
        float[] b = new float[classes];
        double[] mw = new double[w.length];
        double[] vw = new double[w.length];
        double[] mb = new double[classes];
        double[] vb = new double[classes];
        double[] gw = new double[w.length];
        double[] gb = new double[classes];
        int[] order = new int[n];
        for (int i = 0; i < n; i++) {
            order[i] = i;
        }
        Random r = new Random(seed);
        int perEpoch = (n + BATCH - 1) / BATCH;
        int epochs = Math.max(5, (STEPS + perEpoch - 1) / perEpoch);
        int total = epochs * perEpoch;
        int step = 0;
        double lr0 = 0.01;
        double b1 = 0.9;
        double b2 = 0.999;
        double[] z = new double[classes];
        for (int e = 0; e < epochs; e++) {
            for (int i = n - 1; i > 0; i--) {
                int j = r.nextInt(i + 1);
                int t = order[i];
                order[i] = order[j];
                order[j] = t;
            }
            for (int start = 0; start < n; start += BATCH) {
                int end = Math.min(n, start + BATCH);
                java.util.Arrays.fill(gw, 0);
                java.util.Arrays.fill(gb, 0);
                double norm = 0;
                for (int q = start; q < end; q++) {
                    norm += cw[y[order[q]]];
                }
                norm = Math.max(norm, 1e-9);
                for (int q = start; q < end; q++) {
                    float[] row = x[order[q]];
                    int gold = y[order[q]];
                    double max = Double.NEGATIVE_INFINITY;
                    for (int k = 0; k < classes; k++) {
                        double s = b[k];
                        int base = k * d;
                        for (int i = 0; i < d; i++) {
                            s += w[base + i] * row[i];
                        }
                        z[k] = s;
                        max = Math.max(max, s);
                    }
                    double sum = 0;
                    for (int k = 0; k < classes; k++) {
                        z[k] = Math.exp(z[k] - max);
                        sum += z[k];
                    }
                    double weight = cw[gold] / norm;
                    for (int k = 0; k < classes; k++) {
                        double g = (z[k] / sum - (k == gold ? 1 : 0)) * weight;
                        gb[k] += g;
                        int base = k * d;
                        for (int i = 0; i < d; i++) {
                            gw[base + i] += g * row[i];
                        }
                    }
                }
                step++;
                double lr = lr0 * (1 - (step - 1) / (double) total);
                double c1 = 1 - Math.pow(b1, step);
                double c2 = 1 - Math.pow(b2, step);
                for (int i = 0; i < w.length; i++) {
                    double g = gw[i] + lambda * w[i];
                    mw[i] = b1 * mw[i] + (1 - b1) * g;
                    vw[i] = b2 * vw[i] + (1 - b2) * g * g;
                    w[i] -= (float) (lr * (mw[i] / c1) / (Math.sqrt(vw[i] / c2) + 1e-8));
                }
                for (int k = 0; k < classes; k++) {
                    mb[k] = b1 * mb[k] + (1 - b1) * gb[k];
                    vb[k] = b2 * vb[k] + (1 - b2) * gb[k] * gb[k];
                    b[k] -= (float) (lr * (mb[k] / c1) / (Math.sqrt(vb[k] / c2) + 1e-8));
                }
            }
        }
        return new EncoderHeads.Linear(w, b);
    }

    /** Standardises raw rows in place-free fashion with {@code ms} = {mean, scale}. */
    static float[][] standardise(float[][] x, float[][] ms) {
        float[][] out = new float[x.length][];
        for (int r = 0; r < x.length; r++) {
            float[] o = new float[x[r].length];
            for (int i = 0; i < o.length; i++) {
                o[i] = (x[r][i] - ms[0][i]) / ms[1][i];
            }
            out[r] = o;
        }
        return out;
    }
}
