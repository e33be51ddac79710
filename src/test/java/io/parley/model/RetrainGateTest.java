package io.parley.model;

import org.junit.jupiter.api.Test;

import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

class RetrainGateTest {

    static final Map<String, String> FIGURES = Map.of("jigsaw", "mean_auc", "olid", "macro_f1");

    @Test
    void aSetFallingBeyondTheToleranceFailsTheGateAndOneWithinItDoesNot() {
        Map<String, Object> served = Map.of("jigsaw", Map.of("mean_auc", 0.950), "olid", Map.of("macro_f1", 0.777));

        RetrainGate.Verdict within = RetrainGate.judge(served, Map.of("jigsaw", Map.of("mean_auc", 0.946),
                "olid", Map.of("macro_f1", 0.790)), FIGURES, 0.005);
        RetrainGate.Verdict beyond = RetrainGate.judge(served, Map.of("jigsaw", Map.of("mean_auc", 0.944),
                "olid", Map.of("macro_f1", 0.790)), FIGURES, 0.005);

        assertThat(within.passed()).isTrue();
        assertThat(beyond.passed()).isFalse();
        assertThat(beyond.checks()).filteredOn(c -> !c.passed()).extracting(RetrainGate.Check::set)
                .containsExactly("jigsaw");
        assertThat(beyond.table()).contains("WORSE").contains("gate failed");
    }

    @Test
    void aSetTheRetrainWasNotMeasuredOnOrAnAddedProblemFailsIt() {
        Map<String, Object> served = Map.of("jigsaw", Map.of("mean_auc", 0.95));
        assertThat(RetrainGate.judge(served, Map.of(), FIGURES, 0.005).passed()).isFalse();
        RetrainGate.Verdict ok = RetrainGate.judge(served, Map.of("jigsaw", Map.of("mean_auc", 0.96)), FIGURES, 0.005);
        assertThat(ok.passed()).isTrue();
        assertThat(ok.with("drops a label").passed()).isFalse();
        assertThat(RetrainGate.judge(Map.of(), Map.of(), FIGURES, 0.005).passed()).isFalse();
    }
}
