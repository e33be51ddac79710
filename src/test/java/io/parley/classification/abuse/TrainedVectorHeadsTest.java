package io.parley.classification.abuse;

import io.parley.classification.text.HashedNgrams;
import io.parley.classification.text.WordVectors;
import io.parley.model.ModelArchive;
import org.deeplearning4j.nn.multilayer.MultiLayerNetwork;
import org.deeplearning4j.util.ModelSerializer;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.nd4j.linalg.api.ndarray.INDArray;
import org.nd4j.linalg.factory.Nd4j;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

/**
 * The vector heads trained as a graph over the word sequence, on the quick sample from the committed model's GloVe
 * table: with trainable word vectors ({@code -Dparley.vectorHeads.trainable=true}) the vectors move, and with a
 * convolution ({@code -Dparley.vectorHeads.conv=N}) word order counts; in both what is stored is what the
 * plain-Java forward computes.
 */
class TrainedVectorHeadsTest {

    static WordVectors glove;
    static HashedNgrams features;
    static List<AbuseDatasets.Example> sample;

    @BeforeAll
    static void load() {
        ModelArchive committed = ModelArchive.locate("", AbuseClassifier.MODEL_PATH);
        glove = WordVectors.read(committed.entry(WordVectors.ENTRY));
        features = new HashedNgrams(AbuseClassifier.load(committed).spec().features());
        sample = QuickModels.sample();
    }

    /** Vector heads trained on the quick sample (also its validation rows) from the committed model's GloVe table. */
    private static VectorHeadsTrainer.Trained train(VectorHeadsTrainer.Params p) {
        return VectorHeadsTrainer.train(glove, "glove", features, sample, sample, 42L, p,
                new PrintStream(new ByteArrayOutputStream()));
    }

    @Test
    void trainedVectorsAreStoredInTheOldFormatAndServedExactly() throws Exception {
        VectorHeadsTrainer.Params p = new VectorHeadsTrainer.Params(32, 1e-2, 1e-5, 1.0, 16, 5, 5, true, 1e-2, 0, 0);

        VectorHeadsTrainer.Trained t = train(p);

        assertThat(t.provenance()).containsEntry("trainable_vectors", true);
        WordVectors tuned = WordVectors.read(t.table());
        assertThat(tuned.words()).isEqualTo(glove.words());
        int moron = glove.index("moron");
        assertThat(moron).isNotNegative();
        assertThat(tuned.vector(moron)).isNotEqualTo(glove.vector(moron));

        MultiLayerNetwork net = ModelSerializer.restoreMultiLayerNetwork(new ByteArrayInputStream(t.network()), false);
        VectorHeads heads = t.heads();
        for (AbuseDatasets.Example e : sample.subList(0, 20)) {
            HashedNgrams.Features f = features.features(e.text());
            float[] x = heads.input(e.text(), f);
            INDArray out = net.output(Nd4j.create(x, new long[]{1, x.length}, 'c'));
            double[] z = heads.logits(e.text(), f);
            for (int h = 0; h < Heads.K; h++) {
                assertThat(AbuseClassifier.sigmoid(z[h])).as(e.text()).isCloseTo(out.getDouble(0, h), within(1e-5));
            }
        }
    }

    /**
     * The convolution over frozen vectors: training itself fails unless the plain-Java forward (per-word table rows
     * summed per window) reproduces the Deeplearning4j graph; here also after the weights' round trip through their
     * entry, and the convolution must change what a comment scores (word order now counts).
     */
    @Test
    void convolutionIsServedExactlyFromItsStoredWeights() throws Exception {
        VectorHeadsTrainer.Params p = new VectorHeadsTrainer.Params(32, 1e-2, 1e-5, 1.0, 16, 4, 4, false, 1e-2, 3, 8);

        VectorHeadsTrainer.Trained t = train(p);

        assertThat(t.table()).isNull();
        assertThat(t.conv()).isNotNull();
        assertThat(t.provenance()).containsEntry("conv_filters", 8).containsEntry("trainable_vectors", false);
        VectorHeads.Conv conv = VectorHeads.Conv.read(t.conv());
        assertThat(conv.width()).isEqualTo(3);
        assertThat(conv.filters()).isEqualTo(8);
        MultiLayerNetwork net = ModelSerializer.restoreMultiLayerNetwork(new ByteArrayInputStream(t.network()), false);
        VectorHeads reloaded = new VectorHeads(t.heads().settings(), glove, net, conv);
        String a = "you are an idiot and a liar";
        String b = "a liar and an idiot you are";
        for (String text : List.of(a, b, "", "zzzqqq", sample.get(0).text())) {
            HashedNgrams.Features f = features.features(text);
            assertThat(reloaded.logits(text, f)).as(text).containsExactly(t.heads().logits(text, f), within(1e-9));
        }
        // same words, other order: the pooled inputs are equal, so only the convolution can tell them apart
        float[] xa = reloaded.input(a, features.features(a));
        float[] xb = reloaded.input(b, features.features(b));
        int pooled = 2 * glove.dim() + 1;
        assertThat(java.util.Arrays.copyOf(xa, pooled)).containsExactly(java.util.Arrays.copyOf(xb, pooled), within(1e-5f));
        assertThat(java.util.Arrays.copyOfRange(xa, pooled, xa.length))
                .isNotEqualTo(java.util.Arrays.copyOfRange(xb, pooled, xb.length));
    }
}
