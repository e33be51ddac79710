package io.parley.classification.stance.training;

import io.parley.classification.stance.StanceView;
import org.junit.jupiter.api.Test;

import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

class PriorShiftTest {

    private static final List<String> LABELS = StanceView.TARGET.labels();

    /**
     * A model that under-rates "favor" by a constant factor: every favor row is scored 0.4 favor /
     * 0.6 none, every none row 0.1 / 0.9. No shift gets favor wrong; a favor offset between
     * ln(0.6/0.4) and ln(0.9/0.1) gets every row right, and the search must land there.
     */
    @Test
    void findsTheOffsetThatUndoesAClassBias() {
        float[][] probs = new float[20][];
        int[] gold = new int[20];
        for (int i = 0; i < 20; i++) {
            boolean favor = i < 8;
            probs[i] = favor ? new float[]{0.4f, 0.0f, 0.6f} : new float[]{0.1f, 0.0f, 0.9f};
            gold[i] = favor ? 0 : 2;
        }
        PriorShift.Choice c = PriorShift.tune(StanceView.TARGET, LABELS, probs, gold, 3, 0.1);
        assertThat(c.offsets()[2]).isZero();
        assertThat(c.offsets()[0]).isBetween(Math.log(0.6 / 0.4), Math.log(0.9 / 0.1));
        assertThat(c.metrics().accuracy()).isEqualTo(1.0);

        double[][] logp = new double[20][3];
        for (int i = 0; i < 20; i++) {
            for (int k = 0; k < 3; k++) {
                logp[i][k] = Math.log(Math.max(probs[i][k], 1e-12));
            }
        }
        assertThat(PriorShift.apply(LABELS, logp, gold, new double[3]).f1("favor")).isZero();
    }

    @Test
    void zeroRangeKeepsTheModelsOwnDecision() {
        float[][] probs = {{0.5f, 0.3f, 0.2f}, {0.2f, 0.3f, 0.5f}};
        PriorShift.Choice c = PriorShift.tune(StanceView.TARGET, LABELS, probs, new int[]{2, 0}, 0, 0.1);
        assertThat(c.offsets()).containsOnly(0.0);
        assertThat(c.metrics().accuracy()).isCloseTo(0.0, within(1e-9));
    }
}
