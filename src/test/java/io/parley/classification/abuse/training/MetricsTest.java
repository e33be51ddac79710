package io.parley.classification.abuse.training;

import io.parley.classification.abuse.AbuseClassifier;
import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.Random;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

class MetricsTest {

    @Test
    void aucCountsOrderedPairsAndHalvesTies() {
        // pairs (pos, neg): (0.9,0.1) ok, (0.9,0.5) ok, (0.5,0.1) ok, (0.5,0.5) tie -> 3.5 / 4
        assertThat(Metrics.auc(new double[]{0.9, 0.5, 0.5, 0.1}, new int[]{1, 1, 0, 0})).isEqualTo(0.875);
        assertThat(Metrics.auc(new double[]{0.1, 0.9}, new int[]{1, 0})).isEqualTo(0.0);
        assertThat(Metrics.auc(new double[]{0.1, 0.9}, new int[]{1, 1})).isNaN();
    }

    @Test
    void spanF1FollowsTheSemEvalRules() {
        String text = "you are an idiot";
        assertThat(Metrics.spanF1(text, List.of(), List.of())).isEqualTo(1.0);
        assertThat(Metrics.spanF1(text, List.of(new int[]{11, 16}), List.of())).isEqualTo(0.0);
        assertThat(Metrics.spanF1(text, List.of(new int[]{11, 16}), List.of(new int[]{11, 16}))).isEqualTo(1.0);
        // predicted 8 chars "an idiot", gold 5 "idiot": p = 5/8, r = 1
        assertThat(Metrics.spanF1(text, List.of(new int[]{8, 16}), List.of(new int[]{11, 16})))
                .isCloseTo(2 * 0.625 / 1.625, within(1e-9));
    }

    @Test
    void plattRecoversTheScaleOfAMiscalibratedScore() {
        Random rnd = new Random(7);
        int n = 20000;
        double[] z = new double[n];
        int[] y = new int[n];
        for (int i = 0; i < n; i++) {
            z[i] = rnd.nextGaussian() * 3;
            // the true probability is sigmoid(z / 3 - 0.5): the raw score is 3x overconfident
            y[i] = rnd.nextDouble() < AbuseClassifier.sigmoid(z[i] / 3 - 0.5) ? 1 : 0;
        }
        double[] ab = Metrics.platt(z, y);
        assertThat(ab[0]).isCloseTo(1 / 3.0, within(0.03));
        assertThat(ab[1]).isCloseTo(-0.5, within(0.06));
    }

    @Test
    void weightedPlattRecoversTheGeneratingCurveAndWeightsActAsRepeatedRows() {
        Random r = new Random(19);
        int n = 20_000;
        double[] z = new double[n];
        int[] y = new int[n];
        double[] ones = new double[n];
        for (int i = 0; i < n; i++) {
            z[i] = r.nextGaussian() * 2;
            y[i] = r.nextDouble() < AbuseClassifier.sigmoid(1.5 * z[i] - 2) ? 1 : 0;
            ones[i] = 1;
        }
        double[] ab = Metrics.plattWeighted(z, y, ones);
        assertThat(ab[0]).isCloseTo(1.5, within(0.1));
        assertThat(ab[1]).isCloseTo(-2, within(0.1));
        // weight 3 on the positives = each positive three times
        double[] w = new double[n];
        java.util.List<Double> zs = new java.util.ArrayList<>();
        java.util.List<Integer> ys = new java.util.ArrayList<>();
        for (int i = 0; i < n; i++) {
            w[i] = y[i] == 1 ? 3 : 1;
            for (int k = 0; k < w[i]; k++) {
                zs.add(z[i]);
                ys.add(y[i]);
            }
        }
        double[] weighted = Metrics.plattWeighted(z, y, w);
        double[] repeated = Metrics.plattWeighted(zs.stream().mapToDouble(x -> x).toArray(),
                ys.stream().mapToInt(x -> x).toArray(), new double[zs.size()]);
        assertThat(repeated).containsExactly(1, 0); // no weight: nothing to fit
        double[] unit = new double[zs.size()];
        java.util.Arrays.fill(unit, 1);
        repeated = Metrics.plattWeighted(zs.stream().mapToDouble(x -> x).toArray(),
                ys.stream().mapToInt(x -> x).toArray(), unit);
        assertThat(weighted[0]).isCloseTo(repeated[0], within(1e-6));
        assertThat(weighted[1]).isCloseTo(repeated[1], within(1e-6));
        // tripling the positives moves the intercept by about log 3
        assertThat(weighted[1] - ab[1]).isCloseTo(Math.log(3), within(0.1));
    }
}
