package io.parley.classification.abuse.training;

import io.parley.classification.abuse.TfIdf;

import java.io.PrintStream;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.stream.IntStream;

/**
 * One L2-regularised logistic regression per head over the TF-IDF vector of hashed n-grams, solved
 * to convergence with full-batch L-BFGS, its penalty (and whether NB log-count-ratio scaling is
 * used) chosen per head by that head's own validation AUC.
 *
 * <p>Why not the embedding bag's minibatch Adam: the bag shares one low-rank table between heads and
 * picks one epoch by a loss the big tweet sets dominate, so rare Jigsaw labels (threat) stop early or
 * over-fit rare sparse features. A convex objective per head has one optimum per penalty, so the only
 * choice left is the penalty, and that is made by the head's own figure. The result is a
 * buckets-by-heads table, i.e. the same linear-in-TF-IDF model as spec format 2, so serving and the
 * exact spans are unchanged.
 */
final class WideLinear {

    /** Rows of a sparse matrix (TF-IDF weights of distinct hashed ids). */
    record Sparse(int[] ptr, int[] idx, float[] val) {
        int rows() {
            return ptr.length - 1;
        }

        static Sparse of(int[][] ids, float[] idf) {
            TfIdf.Weighted[] w = new TfIdf.Weighted[ids.length];
            IntStream.range(0, ids.length).parallel().forEach(i -> w[i] = TfIdf.weigh(ids[i], idf));
            int[] ptr = new int[ids.length + 1];
            for (int i = 0; i < ids.length; i++) {
                ptr[i + 1] = ptr[i] + w[i].ids().length;
            }
            int[] idx = new int[ptr[ids.length]];
            float[] val = new float[ptr[ids.length]];
            for (int i = 0; i < ids.length; i++) {
                System.arraycopy(w[i].ids(), 0, idx, ptr[i], w[i].ids().length);
                System.arraycopy(w[i].weights(), 0, val, ptr[i], w[i].ids().length);
            }
            return new Sparse(ptr, idx, val);
        }

        /** The same rows with every value multiplied by its feature's scale. */
        Sparse scaled(float[] scale) {
            float[] v = new float[val.length];
            for (int k = 0; k < v.length; k++) {
                v[k] = val[k] * scale[idx[k]];
            }
            return new Sparse(ptr, idx, v);
        }

        double dot(int row, double[] w, float[] scale) {
            double z = 0;
            for (int k = ptr[row]; k < ptr[row + 1]; k++) {
                z += val[k] * (scale == null ? 1 : scale[idx[k]]) * w[idx[k]];
            }
            return z;
        }
    }

    /** A head's fitted weights (already multiplied by any NB scale) and how they were chosen. */
    record Head(float[] weights, float bias, double c, boolean nb, double validationAuc, int iterations) {
    }

    /**
     * @param cs penalties to try (sklearn's C: loss is summed, C times, plus half the squared norm)
     */
    record Grid(double[] cs, boolean[] nb, int maxIterations) {
    }

    private WideLinear() {
    }

    /**
     * Fits one head. {@code trainRows}/{@code valRows} index the rows labelled for it; {@code selectRows}
     * are the validation rows whose AUC chooses the penalty (a head's own data set). {@code trainWeights}, one per
     * training row, multiply each row's loss (null: every row counts once).
     */
    static Head fit(Sparse train, int[] trainRows, float[] trainY, Sparse val, int[] selectRows, int[] selectY,
                    int dim, Grid grid, String name, PrintStream log) {
        return fit(train, trainRows, trainY, null, val, selectRows, selectY, dim, grid, name, log);
    }

    static Head fit(Sparse train, int[] trainRows, float[] trainY, float[] trainWeights, Sparse val, int[] selectRows,
                    int[] selectY, int dim, Grid grid, String name, PrintStream log) {
        Head best = null;
        for (boolean nb : grid.nb()) {
            float[] scale = nb ? nbScale(train, trainRows, trainY, dim) : null;
            Sparse xs = scale == null ? train : train.scaled(scale);
            double[] x = new double[dim + 1];
            double seriesBest = Double.NEGATIVE_INFINITY;
            int worse = 0;
            for (double c : grid.cs()) {
                if (worse >= 2) {
                    break; // validation AUC fell twice in a row along this series: larger C only over-fits more
                }
                long t0 = System.nanoTime();
                int it = minimise(xs, trainRows, trainY, trainWeights, null, c, x, grid.maxIterations());
                double[] s = new double[selectRows.length];
                for (int i = 0; i < s.length; i++) {
                    s[i] = val.dot(selectRows[i], x, scale);
                }
                double auc = selectRows.length == 0 ? Double.NaN : Metrics.auc(s, selectY);
                log.printf("  %-16s nb=%-5s C=%-6s %3d iterations %5.1fs  validation AUC %.4f%n", name, nb, c, it,
                        (System.nanoTime() - t0) / 1e9, auc);
                if (auc > seriesBest) {
                    seriesBest = auc;
                    worse = 0;
                } else {
                    worse++;
                }
                if (best == null || auc > best.validationAuc() || Double.isNaN(best.validationAuc())) {
                    float[] w = new float[dim];
                    for (int j = 0; j < dim; j++) {
                        w[j] = (float) (x[j] * (scale == null ? 1 : scale[j]));
                    }
                    best = new Head(w, (float) x[dim], c, nb, auc, it);
                }
            }
        }
        return best;
    }

    /**
     * NB log-count ratio per feature (Wang & Manning 2012): how much more a feature weighs in the
     * positive rows than in the negative ones, smoothed by 1. Scaling the input by it makes the L2
     * penalty cheaper for features that already discriminate.
     */
    static float[] nbScale(Sparse x, int[] rows, float[] y, int dim) {
        double[] p = new double[dim];
        double[] q = new double[dim];
        Arrays.fill(p, 1);
        Arrays.fill(q, 1);
        for (int r = 0; r < rows.length; r++) {
            double[] t = y[r] == 1f ? p : q;
            for (int k = x.ptr()[rows[r]]; k < x.ptr()[rows[r] + 1]; k++) {
                t[x.idx()[k]] += x.val()[k];
            }
        }
        double sp = Arrays.stream(p).sum();
        double sq = Arrays.stream(q).sum();
        float[] s = new float[dim];
        for (int j = 0; j < dim; j++) {
            s[j] = (float) Math.abs(Math.log((p[j] / sp) / (q[j] / sq)));
        }
        return s;
    }

    /**
     * C * sum of (weighted) logistic losses + 0.5 |w|^2 (bias not penalised); fills g, returns the value.
     * {@code weights} (one per row, null for all 1) multiply each row's loss and gradient.
     */
    static double objective(Sparse x, int[] rows, float[] y, float[] scale, double c, double[] w, double[] g) {
        return objective(x, rows, y, null, scale, c, w, g);
    }

    static double objective(Sparse x, int[] rows, float[] y, float[] weights, float[] scale, double c, double[] w,
                            double[] g) {
        int dim = w.length - 1;
        int chunks = Math.max(1, Math.min(ForkJoinChunks.N, rows.length / 2000));
        double[][] grads = new double[chunks][];
        double[] losses = new double[chunks];
        IntStream.range(0, chunks).parallel().forEach(ch -> {
            double[] gg = new double[dim + 1];
            double loss = 0;
            int from = (int) ((long) rows.length * ch / chunks);
            int to = (int) ((long) rows.length * (ch + 1) / chunks);
            for (int r = from; r < to; r++) {
                int row = rows[r];
                double z = x.dot(row, w, scale) + w[dim];
                double yy = y[r];
                // log(1 + exp(-z)) for y = 1, log(1 + exp(z)) for y = 0, computed stably
                double m = yy == 1 ? -z : z;
                double rw = weights == null ? 1 : weights[r];
                loss += rw * (m > 0 ? m + Math.log1p(Math.exp(-m)) : Math.log1p(Math.exp(m)));
                double d = rw * (1 / (1 + Math.exp(-z)) - yy);
                for (int k = x.ptr()[row]; k < x.ptr()[row + 1]; k++) {
                    gg[x.idx()[k]] += d * x.val()[k] * (scale == null ? 1 : scale[x.idx()[k]]);
                }
                gg[dim] += d;
            }
            grads[ch] = gg;
            losses[ch] = loss;
        });
        double f = 0;
        Arrays.fill(g, 0);
        for (int ch = 0; ch < chunks; ch++) {
            f += c * losses[ch];
            for (int j = 0; j <= dim; j++) {
                g[j] += c * grads[ch][j];
            }
        }
        for (int j = 0; j < dim; j++) {
            f += 0.5 * w[j] * w[j];
            g[j] += w[j];
        }
        return f;
    }

    private static final class ForkJoinChunks {
        static final int N = Math.max(1, Runtime.getRuntime().availableProcessors());
    }

    /** L-BFGS (memory 10) with a backtracking Armijo line search; {@code w} is the start and the result. */
    static int minimise(Sparse x, int[] rows, float[] y, float[] scale, double c, double[] w, int maxIterations) {
        return minimise(x, rows, y, null, scale, c, w, maxIterations);
    }

    static int minimise(Sparse x, int[] rows, float[] y, float[] weights, float[] scale, double c, double[] w,
                        int maxIterations) {
        int n = w.length;
        int m = 10;
        List<double[]> ss = new ArrayList<>();
        List<double[]> ys = new ArrayList<>();
        List<Double> rhos = new ArrayList<>();
        double[] g = new double[n];
        double f = objective(x, rows, y, weights, scale, c, w, g);
        double[] d = new double[n];
        double[] wNew = new double[n];
        double[] gNew = new double[n];
        int it = 0;
        int flat = 0;
        for (; it < maxIterations; it++) {
            // two-loop recursion: d = -H g
            for (int j = 0; j < n; j++) {
                d[j] = -g[j];
            }
            int k = ss.size();
            double[] alpha = new double[k];
            for (int i = k - 1; i >= 0; i--) {
                alpha[i] = rhos.get(i) * dotD(ss.get(i), d);
                axpy(-alpha[i], ys.get(i), d);
            }
            if (k > 0) {
                double gamma = dotD(ss.get(k - 1), ys.get(k - 1)) / dotD(ys.get(k - 1), ys.get(k - 1));
                for (int j = 0; j < n; j++) {
                    d[j] *= gamma;
                }
            } else {
                double norm = Math.sqrt(dotD(g, g));
                for (int j = 0; j < n; j++) {
                    d[j] /= Math.max(1, norm);
                }
            }
            for (int i = 0; i < k; i++) {
                double beta = rhos.get(i) * dotD(ys.get(i), d);
                axpy(alpha[i] - beta, ss.get(i), d);
            }
            double slope = dotD(g, d);
            if (slope >= 0) {
                // not a descent direction (numerical trouble): restart from steepest descent
                ss.clear();
                ys.clear();
                rhos.clear();
                for (int j = 0; j < n; j++) {
                    d[j] = -g[j];
                }
                slope = dotD(g, d);
            }
            double step = 1;
            double fNew;
            int tries = 0;
            while (true) {
                for (int j = 0; j < n; j++) {
                    wNew[j] = w[j] + step * d[j];
                }
                fNew = objective(x, rows, y, weights, scale, c, wNew, gNew);
                if (fNew <= f + 1e-4 * step * slope || ++tries > 30) {
                    break;
                }
                step *= 0.5;
            }
            double[] s = new double[n];
            double[] yv = new double[n];
            for (int j = 0; j < n; j++) {
                s[j] = wNew[j] - w[j];
                yv[j] = gNew[j] - g[j];
            }
            double sy = dotD(s, yv);
            if (sy > 1e-12) {
                if (ss.size() == m) {
                    ss.remove(0);
                    ys.remove(0);
                    rhos.remove(0);
                }
                ss.add(s);
                ys.add(yv);
                rhos.add(1 / sy);
            }
            double drop = f - fNew;
            System.arraycopy(wNew, 0, w, 0, n);
            System.arraycopy(gNew, 0, g, 0, n);
            f = fNew;
            // converged after three steps in a row that barely move the objective (one can be a short line search)
            flat = drop <= 1e-6 * Math.max(1, Math.abs(f)) ? flat + 1 : 0;
            if (flat >= 3) {
                break;
            }
        }
        return it;
    }

    private static double dotD(double[] a, double[] b) {
        double s = 0;
        for (int i = 0; i < a.length; i++) {
            s += a[i] * b[i];
        }
        return s;
    }

    private static void axpy(double a, double[] x, double[] y) {
        for (int i = 0; i < x.length; i++) {
            y[i] += a * x[i];
        }
    }
}
