package io.parley.classification.stance;

import io.parley.classification.text.EncoderSpec;
import io.parley.model.ModelArchive;
import io.parley.model.ModelCorrupt;
import io.parley.model.ProvenanceBuilder;
import org.junit.jupiter.api.Test;

import java.nio.file.Path;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class EncoderHeadsTest {

    static EncoderHeads.Head head(int dim, int classes, double fusion, double band) {
        float[] w = new float[dim * classes];
        for (int i = 0; i < w.length; i++) {
            w[i] = (i % 7) / 10f;
        }
        float[] scale = new float[dim];
        java.util.Arrays.fill(scale, 2f);
        return new EncoderHeads.Head(EncoderHeads.Inputs.TEXT, new float[dim], scale,
                Map.of("atheism", new EncoderHeads.Linear(w, new float[classes])), fusion, band);
    }

    @Test
    void headsSurviveTheModelFileAndAWrongShapeIsACorruptFile(@org.junit.jupiter.api.io.TempDir Path dir) {
        EncoderHeads heads = new EncoderHeads(EncoderSpec.E5_SMALL_V2_Q, Map.of(StanceView.TARGET, head(384, 3, 0.7, 1.01)));
        Path file = dir.resolve("m.zip");
        ModelArchive.write(file, Map.of("format", 1), ProvenanceBuilder.of("stance", "t").build(),
                Map.of(EncoderHeads.ENTRY, heads.toJson()));
        EncoderHeads back = EncoderHeads.read(ModelArchive.read(file));
        assertThat(back.encoder()).isEqualTo(EncoderSpec.E5_SMALL_V2_Q);
        EncoderHeads.Head h = back.head(StanceView.TARGET);
        assertThat(h.fusion()).isEqualTo(0.7);
        // a target's head is found whatever its case and spacing; an unknown target has none
        assertThat(h.linear("  Atheism ").w()).isEqualTo(heads.head(StanceView.TARGET).linear("atheism").w());
        assertThat(h.linear("Russia's demands on NATO")).isNull();

        EncoderHeads wrong = new EncoderHeads(EncoderSpec.E5_SMALL_V2_Q, Map.of(StanceView.TARGET, head(100, 3, 0.7, 1.01)));
        Path bad = dir.resolve("bad.zip");
        ModelArchive.write(bad, Map.of("format", 1), ProvenanceBuilder.of("stance", "t").build(),
                Map.of(EncoderHeads.ENTRY, wrong.toJson()));
        assertThatThrownBy(() -> EncoderHeads.read(ModelArchive.read(bad))).isInstanceOf(ModelCorrupt.class)
                .hasMessageContaining("384");
    }

    @Test
    void pairInputsHoldBothVectorsTheirDistanceProductAndCosine() {
        float[] t = {0.6f, 0.8f};
        float[] c = {1f, 0f};
        assertThat(EncoderHeads.inputs(EncoderHeads.Inputs.PAIR, t, c))
                .containsExactly(new float[]{0.6f, 0.8f, 1f, 0f, 0.4f, 0.8f, 0.6f, 0f, 0.6f}, org.assertj.core.data.Offset.offset(1e-6f));
    }

    @Test
    void theHeadRunsOnlyInsideTheBandAndFusesByWeight() {
        EncoderHeads.Head h = head(4, 3, 0.5, 0.8);
        assertThat(EncoderHeads.inBand(h, new float[]{0.7f, 0.2f, 0.1f})).isTrue();
        assertThat(EncoderHeads.inBand(h, new float[]{0.85f, 0.1f, 0.05f})).isFalse();
        assertThat(EncoderHeads.fuse(new float[]{0.6f, 0.4f}, new float[]{0.2f, 0.8f}, 0.5))
                .containsExactly(new float[]{0.4f, 0.6f}, org.assertj.core.data.Offset.offset(1e-6f));
    }
}
