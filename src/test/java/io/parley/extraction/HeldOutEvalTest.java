package io.parley.extraction;

import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;

import java.nio.file.Path;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/** The committed model on its held-out Dragnet pages (needs ../shared/data; runs with -Peval). */
@Tag("eval")
class HeldOutEvalTest {

    @Test
    void committedModelMeetsTheTargetsOnItsHeldOutPages() {
        Path data = Path.of("../shared/data/extraction/dragnet/dragnet_train.tar.gz");
        List<String> heldOut = ExtractionEvaluator.heldOut(Path.of("training-data/extraction/split.json"));
        ExtractionEvaluator.Report r = ExtractionEvaluator.evaluate(PageExtractors.standard(), data, heldOut, line -> {
        });
        assertThat(r.pages()).isEqualTo(heldOut.size());
        assertThat(r.failures()).isZero();
        assertThat(r.articleF1()).isGreaterThanOrEqualTo(0.92);
        assertThat(r.commentF1()).isGreaterThanOrEqualTo(0.85);
    }
}
