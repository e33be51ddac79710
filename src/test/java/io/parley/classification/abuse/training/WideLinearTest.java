package io.parley.classification.abuse.training;

import io.parley.classification.abuse.TfIdf;
import io.parley.classification.text.HashedNgrams;
import org.junit.jupiter.api.Test;

import java.nio.file.Path;
import java.util.List;
import java.util.Random;
import java.util.stream.IntStream;

import static org.assertj.core.api.Assertions.assertThat;

/** The per-head logistic regression solver on the repo's quick sample (insult head). */
class WideLinearTest {

    static final int BUCKETS = 1 << 12;

    @Test
    void lbfgsStopsAtTheMinimumOfTheRegularisedLoss() {
        Problem p = problem();
        double[] w = new double[BUCKETS + 1];
        double[] g = new double[BUCKETS + 1];
        double f0 = WideLinear.objective(p.x, p.rows, p.y, null, 4, w, g);
        double g0 = norm(g);
        int iterations = WideLinear.minimise(p.x, p.rows, p.y, null, 4, w, 1000);
        double f1 = WideLinear.objective(p.x, p.rows, p.y, null, 4, w, g);
        assertThat(iterations).isLessThan(1000);
        assertThat(f1).isLessThan(f0);
        // stationary: the gradient has all but vanished, and no small step in any of 20 random directions helps
        assertThat(norm(g)).isLessThan(1e-2 * g0);
        Random rnd = new Random(7);
        double[] probe = new double[w.length];
        for (int t = 0; t < 20; t++) {
            for (int j = 0; j < w.length; j++) {
                probe[j] = w[j] + 1e-2 * rnd.nextGaussian();
            }
            assertThat(WideLinear.objective(p.x, p.rows, p.y, null, 4, probe, new double[w.length]))
                    .isGreaterThanOrEqualTo(f1 - 1e-6 * Math.abs(f1));
        }
    }

    @Test
    void nbScalingIsFarLargerForTheMostSkewedBucketsThanForTypicalOnes() {
        Problem p = problem();
        float[] s = WideLinear.nbScale(p.x, p.rows, p.y, BUCKETS);
        // |log ratio| of a bucket's share among insults to its share among the rest: non-negative, and the
        // buckets of words seen in one class only stand far above the typical bucket
        float[] sorted = s.clone();
        java.util.Arrays.sort(sorted);
        assertThat(sorted[0]).isGreaterThanOrEqualTo(0f);
        assertThat(sorted[sorted.length - 1]).isGreaterThan(10 * sorted[sorted.length / 2]);
    }

    @Test
    void aRowOfWeightTwoCountsAsTheRowTwice() {
        Problem p = problem();
        int[] twice = java.util.Arrays.copyOf(p.rows, p.rows.length + 1);
        twice[p.rows.length] = p.rows[0];
        float[] yTwice = java.util.Arrays.copyOf(p.y, p.y.length + 1);
        yTwice[p.y.length] = p.y[0];
        float[] weights = new float[p.rows.length];
        java.util.Arrays.fill(weights, 1f);
        weights[0] = 2f;
        double[] w = new double[BUCKETS + 1];
        for (int j = 0; j < w.length; j++) {
            w[j] = 0.01 * (j % 7 - 3);
        }
        double[] g1 = new double[w.length];
        double[] g2 = new double[w.length];
        double weighted = WideLinear.objective(p.x, p.rows, p.y, weights, null, 4, w, g1);
        double duplicated = WideLinear.objective(p.x, twice, yTwice, null, null, 4, w, g2);
        assertThat(weighted).isCloseTo(duplicated, org.assertj.core.api.Assertions.within(1e-9 * Math.abs(duplicated)));
        for (int j = 0; j < w.length; j++) {
            assertThat(g1[j]).isCloseTo(g2[j], org.assertj.core.api.Assertions.within(1e-9));
        }
    }

    @Test
    void fitReturnsTheBestConfigurationOfTheGridWithItsScalingFoldedIntoTheWeights() {
        Problem p = problem();
        int[] yInt = IntStream.range(0, p.y.length).map(i -> (int) p.y[i]).toArray();
        WideLinear.Grid grid = new WideLinear.Grid(new double[]{0.01, 1, 100}, new boolean[]{false, true}, 300);
        WideLinear.Head h = WideLinear.fit(p.x, p.rows, p.y, p.x, p.rows, yInt, BUCKETS, grid, "insult",
                new java.io.PrintStream(java.io.OutputStream.nullOutputStream()));
        // each configuration fitted alone from zero: none is clearly better than the one chosen
        for (boolean nb : grid.nb()) {
            float[] scale = nb ? WideLinear.nbScale(p.x, p.rows, p.y, BUCKETS) : null;
            WideLinear.Sparse xs = nb ? p.x.scaled(scale) : p.x;
            for (double c : grid.cs()) {
                double[] w = new double[BUCKETS + 1];
                WideLinear.minimise(xs, p.rows, p.y, null, c, w, 300);
                double[] s = IntStream.range(0, p.rows.length).mapToDouble(i -> xs.dot(p.rows[i], w, null)).toArray();
                assertThat(h.validationAuc()).as("nb " + nb + ", C " + c).isGreaterThanOrEqualTo(Metrics.auc(s, yInt) - 0.01);
            }
        }
        // the returned weights (NB scale already multiplied in) score the raw TF-IDF rows exactly as reported
        double[] w = new double[BUCKETS + 1];
        for (int j = 0; j < BUCKETS; j++) {
            w[j] = h.weights()[j];
        }
        double[] s = IntStream.range(0, p.rows.length).mapToDouble(i -> p.x.dot(p.rows[i], w, null) + h.bias()).toArray();
        assertThat(Metrics.auc(s, yInt)).isCloseTo(h.validationAuc(), org.assertj.core.api.Assertions.within(1e-6));
        assertThat(h.validationAuc()).isGreaterThan(0.95);
    }

    record Problem(WideLinear.Sparse x, int[] rows, float[] y) {
    }

    static Problem problem() {
        Path repo = Path.of(System.getenv().getOrDefault("PARLEY_REPO_DIR", "."));
        List<AbuseDatasets.Example> sample = AbuseDatasets.read(AbuseFormat.SEED,
                repo.resolve("training-data/abuse/quick-sample.jsonl"), null, true);
        HashedNgrams f = new HashedNgrams(new HashedNgrams.Config(BUCKETS, 3, 5, true, 256, 30, HashedNgrams.HASH,
                HashedNgrams.SIMPLE));
        int[][] ids = sample.stream().map(e -> f.features(e.text()).ids()).toArray(int[][]::new);
        WideLinear.Sparse x = WideLinear.Sparse.of(ids, TfIdf.idf(ids, BUCKETS));
        int[] rows = IntStream.range(0, sample.size()).filter(i -> !Float.isNaN(sample.get(i).labels()[Heads.INSULT]))
                .toArray();
        float[] y = new float[rows.length];
        for (int i = 0; i < rows.length; i++) {
            y[i] = sample.get(rows[i]).labels()[Heads.INSULT];
        }
        return new Problem(x, rows, y);
    }

    private static double norm(double[] v) {
        double s = 0;
        for (double x : v) {
            s += x * x;
        }
        return Math.sqrt(s);
    }
}
