package io.parley.classification.stance.training;

import io.parley.classification.stance.EncoderHeads;
import org.junit.jupiter.api.Test;

import java.util.Random;

import static org.assertj.core.api.Assertions.assertThat;

class SoftmaxRegressionTest {

    /** Three noisy clusters in 20 dimensions, the class in the first three coordinates' means. */
    static float[][] rows(int n, int[] y, long seed) {
        Random r = new Random(seed);
        float[][] x = new float[n][20];
        for (int i = 0; i < n; i++) {
            y[i] = i % 3;
            for (int d = 0; d < 20; d++) {
                x[i][d] = (float) (r.nextGaussian() + (d == y[i] ? 2.0 : 0.0));
            }
        }
        return x;
    }

    @Test
    void learnsSeparableClassesDeterministicallyAndAStrongPenaltyFlattensThem() {
        int[] y = new int[600];
        float[][] x = rows(600, y, 1);
        int[] yt = new int[300];
        float[][] xt = rows(300, yt, 2);
        float[][] ms = SoftmaxRegression.standardisation(x);
        EncoderHeads.Linear l = SoftmaxRegression.fit(SoftmaxRegression.standardise(x, ms), y, 3, 1.0, 0, 7);
        int[] pred = EncoderHeadTrainer.argmax(EncoderHeadTrainer.predict(l, SoftmaxRegression.standardise(xt, ms)));
        int right = 0;
        for (int i = 0; i < pred.length; i++) {
            right += pred[i] == yt[i] ? 1 : 0;
        }
        assertThat(right / 300.0).isGreaterThan(0.85);
        assertThat(SoftmaxRegression.fit(SoftmaxRegression.standardise(x, ms), y, 3, 1.0, 0, 7).w()).isEqualTo(l.w());

        EncoderHeads.Linear flat = SoftmaxRegression.fit(SoftmaxRegression.standardise(x, ms), y, 3, 1e-6, 0, 7);
        float[] p = EncoderHeadTrainer.predict(flat, new float[][]{SoftmaxRegression.standardise(xt, ms)[0]})[0];
        for (float v : p) {
            assertThat(v).isBetween(0.30f, 0.37f);
        }
    }

    @Test
    void balancedWeightsRaiseARareClassesRecall() {
        Random r = new Random(3);
        int n = 1000;
        float[][] x = new float[n][1];
        int[] y = new int[n];
        for (int i = 0; i < n; i++) {
            y[i] = i % 20 == 0 ? 1 : 0;
            x[i][0] = (float) (r.nextGaussian() + (y[i] == 1 ? 1.5 : 0));
        }
        float[][] z = SoftmaxRegression.standardise(x, SoftmaxRegression.standardisation(x));
        int plain = positives(SoftmaxRegression.fit(z, y, 2, 1.0, 0, 1), z);
        int balanced = positives(SoftmaxRegression.fit(z, y, 2, 1.0, 1, 1), z);
        assertThat(balanced).isGreaterThan(plain + 50);
    }

    private static int positives(EncoderHeads.Linear l, float[][] z) {
        int n = 0;
        for (int p : EncoderHeadTrainer.argmax(EncoderHeadTrainer.predict(l, z))) {
            n += p;
        }
        return n;
    }
}
