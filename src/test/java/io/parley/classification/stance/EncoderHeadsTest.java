package io.parley.classification.stance;

import io.parley.classification.text.EncoderSpec;
import io.parley.model.ModelArchive;
import io.parley.model.ModelCorrupt;
import io.parley.model.ProvenanceBuilder;
import org.junit.jupiter.api.Test;

import java.nio.file.Path;
import java.util.List;
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
    void relationInputsLeaveTheContextVectorItselfOut() {
        float[] t = {0.6f, 0.8f};
        float[] c = {1f, 0f};
        assertThat(EncoderHeads.inputs(EncoderHeads.Inputs.RELATION, t, c))
                .containsExactly(new float[]{0.6f, 0.8f, 0.4f, 0.8f, 0.6f, 0f, 0.6f}, org.assertj.core.data.Offset.offset(1e-6f));
        assertThat(EncoderHeads.Inputs.RELATION.columns(384)).isEqualTo(3 * 384 + 1);
        assertThat(EncoderHeads.Inputs.RELATION.readsContext()).isTrue();
        assertThat(EncoderHeads.Inputs.TEXT.readsContext()).isFalse();
    }

    @Test
    void theHeadRunsOnlyInsideTheBandAndFusesByWeight() {
        EncoderHeads.Head h = head(4, 3, 0.5, 0.8);
        assertThat(EncoderHeads.inBand(h, new float[]{0.7f, 0.2f, 0.1f})).isTrue();
        assertThat(EncoderHeads.inBand(h, new float[]{0.85f, 0.1f, 0.05f})).isFalse();
        assertThat(EncoderHeads.fuse(new float[]{0.6f, 0.4f}, new float[]{0.2f, 0.8f}, 0.5))
                .containsExactly(new float[]{0.4f, 0.6f}, org.assertj.core.data.Offset.offset(1e-6f));
    }

    static EncoderHeads.Unseen unseen(int d, double shift) {
        float[] ones = new float[d];
        java.util.Arrays.fill(ones, 1f);
        float[] sw = new float[3 * d];
        sw[0] = 1f;      // positive rises with the first coordinate
        sw[d] = -1f;     // negative falls with it
        float[] aw = new float[2 * 3];
        aw[3] = 2f;      // about rises with the target-relative cosine
        aw[4] = 1f;      // and with the target named
        return new EncoderHeads.Unseen(new float[d], ones, new EncoderHeads.Linear(sw, new float[3]), new float[d],
                new float[3], new float[]{1, 1, 1}, new EncoderHeads.Linear(aw, new float[2]), shift, null, null, 0);
    }

    @Test
    void theUnseenTargetHeadAndTemperaturesSurviveTheFileAndAWrongShapeIsCorrupt(@org.junit.jupiter.api.io.TempDir Path dir) {
        EncoderHeads heads = new EncoderHeads(EncoderSpec.E5_SMALL_V2_Q, Map.of(StanceView.TARGET, head(384, 3, 0.7, 1.01)),
                unseen(384, 0.4).withDirection(EncoderHeads.FAVOUR_TEMPLATES, EncoderHeads.AGAINST_TEMPLATES, 85.0),
                Map.of(StanceView.PARENT, 1.7));
        Path file = dir.resolve("m.zip");
        ModelArchive.write(file, Map.of("format", 1), ProvenanceBuilder.of("stance", "t").build(),
                Map.of(EncoderHeads.ENTRY, heads.toJson()));
        EncoderHeads back = EncoderHeads.read(ModelArchive.read(file));
        assertThat(back.unseen().aboutShift()).isEqualTo(0.4);
        assertThat(back.unseen().sentiment().w()).isEqualTo(heads.unseen().sentiment().w());
        assertThat(back.temperature(StanceView.PARENT)).isEqualTo(1.7);
        assertThat(back.temperature(StanceView.ARTICLE)).isEqualTo(1.0);
        assertThat(back.unseen().favourTemplates()).isEqualTo(EncoderHeads.FAVOUR_TEMPLATES);
        assertThat(back.unseen().againstTemplates()).isEqualTo(EncoderHeads.AGAINST_TEMPLATES);
        assertThat(back.unseen().directionWeight()).isEqualTo(85.0);
        // a head from before its own calibration has none (the target view's temperature applies in serving)
        assertThat(back.unseen().calibrated()).isFalse();
        EncoderHeads withT = new EncoderHeads(EncoderSpec.E5_SMALL_V2_Q, Map.of(),
                unseen(384, 0).withTemperatures(1.2, 6.5), Map.of(StanceView.TARGET, 1.5));
        Path tFile = dir.resolve("t.zip");
        ModelArchive.write(tFile, Map.of("format", 1), ProvenanceBuilder.of("stance", "t").build(),
                Map.of(EncoderHeads.ENTRY, withT.toJson()));
        EncoderHeads tBack = EncoderHeads.read(ModelArchive.read(tFile));
        assertThat(tBack.unseen().calibrated()).isTrue();
        assertThat(tBack.unseen().aboutTemperature()).isEqualTo(1.2);
        assertThat(tBack.unseen().directionTemperature()).isEqualTo(6.5);
        assertThat(tBack.temperature(StanceView.TARGET)).isEqualTo(1.5);
        EncoderHeads negative = new EncoderHeads(EncoderSpec.E5_SMALL_V2_Q, Map.of(),
                unseen(384, 0).withTemperatures(1, -1), Map.of());
        Path nFile = dir.resolve("negative.zip");
        ModelArchive.write(nFile, Map.of("format", 1), ProvenanceBuilder.of("stance", "t").build(),
                Map.of(EncoderHeads.ENTRY, negative.toJson()));
        assertThatThrownBy(() -> EncoderHeads.read(ModelArchive.read(nFile))).isInstanceOf(ModelCorrupt.class)
                .hasMessageContaining("temperature");

        // a weight with no sentences to weigh is a broken file, not a silent 0
        EncoderHeads nameless = new EncoderHeads(EncoderSpec.E5_SMALL_V2_Q, Map.of(),
                unseen(384, 0).withDirection(List.of(), List.of(), 3.0), Map.of());
        Path noTemplates = dir.resolve("nameless.zip");
        ModelArchive.write(noTemplates, Map.of("format", 1), ProvenanceBuilder.of("stance", "t").build(),
                Map.of(EncoderHeads.ENTRY, nameless.toJson()));
        assertThatThrownBy(() -> EncoderHeads.read(ModelArchive.read(noTemplates))).isInstanceOf(ModelCorrupt.class)
                .hasMessageContaining("prototype");

        EncoderHeads wrong = new EncoderHeads(EncoderSpec.E5_SMALL_V2_Q, Map.of(), unseen(100, 0), Map.of());
        Path bad = dir.resolve("bad.zip");
        ModelArchive.write(bad, Map.of("format", 1), ProvenanceBuilder.of("stance", "t").build(),
                Map.of(EncoderHeads.ENTRY, wrong.toJson()));
        assertThatThrownBy(() -> EncoderHeads.read(ModelArchive.read(bad))).isInstanceOf(ModelCorrupt.class)
                .hasMessageContaining("unseen-target");
    }

    /**
     * The owner weight is read from the file, 0 (owner sentences ignored, every target by its name) in a file from
     * before it; with a weight, the owner's direction replaces the name prototypes' lean, scaled by its own gap.
     */
    @Test
    void theOwnerWeightSurvivesTheFileAFileWithoutItIgnoresSidesAndItsLeanIsScaledByTheSidesOwnGap(
            @org.junit.jupiter.api.io.TempDir Path dir) throws Exception {
        EncoderHeads old = new EncoderHeads(EncoderSpec.E5_SMALL_V2_Q, Map.of(), unseen(384, 0.4), Map.of());
        String json = new String(old.toJson(), java.nio.charset.StandardCharsets.UTF_8);
        Path without = dir.resolve("without.zip");
        ModelArchive.write(without, Map.of("format", 1), ProvenanceBuilder.of("stance", "t").build(),
                Map.of(EncoderHeads.ENTRY, json.replace(",\"ownerWeight\":0.0", "").getBytes(java.nio.charset.StandardCharsets.UTF_8)));
        assertThat(json).contains("\"ownerWeight\":0.0");
        EncoderHeads.Unseen before = EncoderHeads.read(ModelArchive.read(without)).unseen();
        assertThat(before.ownerWeight()).isZero();
        assertThat(before.usesOwnerSides()).isFalse();

        EncoderHeads weighted = new EncoderHeads(EncoderSpec.E5_SMALL_V2_Q, Map.of(), unseen(384, 0.4).withOwnerWeight(64),
                Map.of());
        Path with = dir.resolve("with.zip");
        ModelArchive.write(with, Map.of("format", 1), ProvenanceBuilder.of("stance", "t").build(),
                Map.of(EncoderHeads.ENTRY, weighted.toJson()));
        EncoderHeads.Unseen u = EncoderHeads.read(ModelArchive.read(with)).unseen();
        assertThat(u.ownerWeight()).isEqualTo(64.0);

        // favour sentences at +e1, against at -e1 (their middle at the corpus mean): D = 2 e1, so D/|D|^2 = e1/2, and
        // a comment at the favour sentences leans +0.5 x the weight (half the gap from the middle)
        float[] plus = new float[384];
        plus[1] = 1;
        float[] minus = new float[384];
        minus[1] = -1;
        float[] d = EncoderHeads.ownerDirection(new float[][]{plus}, new float[][]{minus});
        assertThat(EncoderHeads.alignment(new float[384], plus, d)).isCloseTo(0.5, org.assertj.core.api.Assertions.within(1e-6));
        assertThat(EncoderHeads.alignment(new float[384], minus, d)).isCloseTo(-0.5, org.assertj.core.api.Assertions.within(1e-6));
        assertThat(EncoderHeads.ownerDirection(new float[][]{plus}, new float[][]{plus})).as("both sides alike").isNull();
        float[] c = new float[384];
        c[1] = 0.05f; // a little nearer the favour sentences, with no sentiment (coordinate 0) either way
        float[] t = new float[384];
        float[] byName = EncoderHeads.unseenProbabilities(u, c, t, null, null, "x", "y");
        float[] byOwner = EncoderHeads.unseenProbabilities(u, c, t, null, d, "x", "y");
        float[] oldHead = EncoderHeads.unseenProbabilities(before, c, t, null, d, "x", "y");
        assertThat(byName[0]).isCloseTo(byName[1], org.assertj.core.api.Assertions.within(1e-6f));
        assertThat(oldHead).containsExactly(byName);
        // logit(q) = 64 x 0.025 = 1.6: favour / (favour + against) = sigmoid(1.6)
        assertThat(byOwner[0] / (byOwner[0] + byOwner[1])).isCloseTo((float) (1 / (1 + Math.exp(-1.6))),
                org.assertj.core.api.Assertions.within(1e-5f));
        assertThat(byOwner[2]).isEqualTo(byName[2]); // whether it takes a side at all is the name's, as before

        EncoderHeads negative = new EncoderHeads(EncoderSpec.E5_SMALL_V2_Q, Map.of(), unseen(384, 0).withOwnerWeight(-1),
                Map.of());
        Path nFile = dir.resolve("negative-owner.zip");
        ModelArchive.write(nFile, Map.of("format", 1), ProvenanceBuilder.of("stance", "t").build(),
                Map.of(EncoderHeads.ENTRY, negative.toJson()));
        assertThatThrownBy(() -> EncoderHeads.read(ModelArchive.read(nFile))).isInstanceOf(ModelCorrupt.class)
                .hasMessageContaining("owner weight");
    }

    @Test
    void anUnseenTargetIsNamedByItsContentWordsAndStanceIsAboutTimesSentiment() {
        assertThat(EncoderHeads.mention("Vote #Trump2016! The Donald will win", "Donald Trump")).containsExactly(1f, 1f);
        assertThat(EncoderHeads.mention("NATO must not bow to the Kremlin", "Russia's demands on NATO"))
                .containsExactly(1f, 1f / 3);
        assertThat(EncoderHeads.mention("nothing here", "Legalization of Abortion")).containsExactly(0f, 0f);
        // about 0.8, positive three times negative: favor 0.6, against 0.2, none 0.2
        assertThat(EncoderHeads.combine(0.8, new float[]{0.6f, 0.2f, 0.2f}, 0))
                .containsExactly(new float[]{0.6f, 0.2f, 0.2f}, org.assertj.core.data.Offset.offset(1e-5f));
        // a positive shift makes "about" (so a stance) likelier, never the direction
        float[] shifted = EncoderHeads.combine(0.5, new float[]{0.1f, 0.8f, 0.1f}, Math.log(3));
        assertThat(shifted[2]).isCloseTo(0.25f, org.assertj.core.data.Offset.offset(1e-5f));
        assertThat(shifted[1] / shifted[0]).isCloseTo(8f, org.assertj.core.data.Offset.offset(1e-3f));
        // comment vector along the first axis: positive; named and close to the target: about
        float[] c = new float[384];
        c[0] = 1f;
        float[] p = EncoderHeads.unseenProbabilities(unseen(384, 0), c, c, null, "Donald Trump is great", "Donald Trump");
        assertThat(p[0]).isGreaterThan(p[1]).isGreaterThan(p[2]);
    }

    @Test
    void theHeadsTemperaturesSoftenWhichSideAndWhetherAnySideSeparately() {
        float[] sentiment = {0.9f, 0.05f, 0.05f};
        float[] raw = EncoderHeads.combine(0.9, sentiment, 0, 0);
        // the direction's temperature moves favour toward against and leaves none where it was
        float[] softSide = EncoderHeads.combine(0.9, sentiment, 0, 0, 1, 10);
        assertThat(softSide[2]).isCloseTo(raw[2], org.assertj.core.data.Offset.offset(1e-6f));
        assertThat(softSide[0]).isLessThan(raw[0]).isGreaterThan(softSide[1]);
        assertThat(softSide[0] / softSide[1]).isCloseTo((float) Math.pow(raw[0] / raw[1], 0.1),
                org.assertj.core.data.Offset.offset(1e-3f));
        // the about temperature moves none toward one half and keeps the favour : against ratio
        float[] softAbout = EncoderHeads.combine(0.9, sentiment, 0, 0, 3, 1);
        assertThat(softAbout[2]).isGreaterThan(raw[2]).isLessThan(0.5f);
        assertThat(softAbout[0] / softAbout[1]).isCloseTo(raw[0] / raw[1], org.assertj.core.data.Offset.offset(1e-3f));
        // the head applies them only when it has both
        float[] c = new float[384];
        c[0] = 1f;
        EncoderHeads.Unseen u = unseen(384, 0);
        float[] plain = EncoderHeads.unseenProbabilities(u, c, c, null, "Donald Trump is great", "Donald Trump");
        float[] calibrated = EncoderHeads.unseenProbabilities(u.withTemperatures(1, 10), c, c, null,
                "Donald Trump is great", "Donald Trump");
        assertThat(calibrated[0]).isLessThan(plain[0]);
        assertThat(calibrated[2]).isCloseTo(plain[2], org.assertj.core.data.Offset.offset(1e-6f));
    }

    @Test
    void thePrototypeDirectionLeansANeutralCommentTowardTheSideItIsNearer() {
        EncoderHeads.Unseen u = unseen(4, 0).withDirection(List.of("I support {}."), List.of("I oppose {}."), 2.0);
        assertThat(EncoderHeads.prototypes(u, " Donald Trump ")).containsExactly("I support Donald Trump.",
                "I oppose Donald Trump.");
        // favour prototype along axis 1, against along axis 2: the direction is their difference
        float[] dir = EncoderHeads.direction(u, new float[][]{{0, 1, 0, 0}, {0, 0, 1, 0}});
        assertThat(dir).containsExactly(0f, 1f, -1f, 0f);
        float[] nearFavour = {0, 0.8f, 0.2f, 0};
        float[] nearAgainst = {0, 0.2f, 0.8f, 0};
        float[] t = {0, 0, 0, 1};
        // sentiment is neutral (axis 0 is 0): without prototypes the direction is a coin toss
        float[] none = EncoderHeads.unseenProbabilities(u, nearFavour, t, null, "x", "Donald Trump");
        assertThat(none[0]).isCloseTo(none[1], org.assertj.core.data.Offset.offset(1e-6f));
        float[] f = EncoderHeads.unseenProbabilities(u, nearFavour, t, dir, "x", "Donald Trump");
        float[] a = EncoderHeads.unseenProbabilities(u, nearAgainst, t, dir, "x", "Donald Trump");
        assertThat(f[0]).isGreaterThan(f[1]);
        assertThat(a[1]).isGreaterThan(a[0]);
        // the lean moves favour against against only: P(none) stays
        assertThat(f[2]).isCloseTo(none[2], org.assertj.core.data.Offset.offset(1e-6f));
        // weight 0 (a file from before the prototypes) ignores them
        assertThat(u.withDirection(List.of("I support {}."), List.of("I oppose {}."), 0).usesPrototypes()).isFalse();
    }

    @Test
    void temperatureKeepsTheLabelAndSoftensOrSharpens() {
        float[] p = {0.7f, 0.2f, 0.1f};
        float[] soft = EncoderHeads.calibrate(p, 2);
        float[] sharp = EncoderHeads.calibrate(p, 0.5);
        assertThat(soft[0]).isLessThan(0.7f).isGreaterThan(soft[1]);
        assertThat(sharp[0]).isGreaterThan(0.7f);
        assertThat(EncoderHeads.calibrate(p, 1)).isSameAs(p);
        assertThat(soft[0] + soft[1] + soft[2]).isCloseTo(1f, org.assertj.core.data.Offset.offset(1e-5f));
    }
}
