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
}
