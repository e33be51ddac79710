package io.parley.classification.abuse.training;

import io.parley.classification.abuse.AbuseClassifier;
import io.parley.classification.abuse.AbuseScores;
import io.parley.classification.abuse.VectorHeads;
import io.parley.classification.text.HashedNgrams;
import io.parley.classification.text.WordVectors;
import io.parley.model.ModelArchive;
import io.parley.model.ModelCorrupt;
import io.parley.model.ModelRegistry;
import org.deeplearning4j.nn.multilayer.MultiLayerNetwork;
import org.deeplearning4j.util.ModelSerializer;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.nd4j.linalg.api.ndarray.INDArray;
import org.nd4j.linalg.factory.Nd4j;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;
import java.util.zip.ZipOutputStream;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

/**
 * A quick linear model with vector heads, trained on the repo's quick sample with the word vectors the committed
 * model stores (no download): train, save, load, and the served logits are the n-gram logits plus beta times what
 * the saved Deeplearning4j network computes.
 */
class VectorHeadsRoundTripTest {

    static Path model;
    static List<AbuseDatasets.Example> sample;
    static WordVectors committedVectors;

    @BeforeAll
    static void train() throws IOException {
        committedVectors = WordVectors.read(new ModelRegistry("").archive(AbuseClassifier.FILE).entry(WordVectors.ENTRY));
        sample = QuickModels.sample();
        Path dir = Files.createDirectories(Path.of("target"));
        model = Files.createTempDirectory(dir, "quick-model-vectors-").resolve("abuse.zip");
        AbuseTrainer.train(new AbuseTrainer.Options(null, null, QuickModels.quickSample(), model, 42L, true, 1 << 12,
                true, null, keep -> committedVectors), new PrintStream(new ByteArrayOutputStream()));
    }

    @Test
    void savedModelAddsTheSavedNetworksLogitsTimesBeta() throws Exception {
        ModelArchive archive = ModelArchive.read(model);
        AbuseClassifier c = AbuseClassifier.load(archive);
        VectorHeads v = c.vectorHeads();
        assertThat(v).isNotNull();
        assertThat(archive.provenance().params()).containsKey("vector_heads");
        WordVectors stored = WordVectors.read(archive.entry(WordVectors.ENTRY));
        assertThat(stored.size()).isEqualTo(v.settings().words()).isPositive();

        MultiLayerNetwork net = ModelSerializer.restoreMultiLayerNetwork(
                new ByteArrayInputStream(archive.entry(VectorHeads.ENTRY)), false);
        for (AbuseDatasets.Example e : sample.subList(0, 20)) {
            HashedNgrams.Features f = c.features(e.text());
            float[] x = v.input(e.text(), f);
            INDArray out = net.output(Nd4j.create(x, new long[]{1, x.length}, 'c'));
            double[] zv = v.logits(e.text(), f);
            double[] zn = c.logits(f);
            double[] z = c.logits(e.text(), f);
            for (int h = 0; h < c.spec().heads().size(); h++) {
                assertThat(AbuseClassifier.sigmoid(zv[h])).as(e.text()).isCloseTo(out.getDouble(0, h), within(1e-5));
                assertThat(z[h]).isCloseTo(zn[h] + v.settings().beta()[h] * zv[h], within(1e-9));
            }
        }
    }

    @Test
    void aBatchScoresWhatEachCommentScoresAlone() {
        AbuseClassifier c = AbuseClassifier.load(ModelArchive.read(model));
        List<String> texts = sample.stream().map(AbuseDatasets.Example::text).toList();
        assertThat(texts.size()).isGreaterThanOrEqualTo(VectorHeads.MIN_BATCH);
        List<AbuseScores> batch = c.scoreAll(texts);
        for (int i = 0; i < texts.size(); i++) {
            AbuseScores alone = c.score(texts.get(i));
            for (String label : Heads.PUBLIC) {
                assertThat(batch.get(i).scores().get(label)).as(texts.get(i) + " " + label)
                        .isCloseTo(alone.scores().get(label), within(1e-5));
            }
        }
    }

    @Test
    void theVectorsChangeWhatTheNetworkSays() {
        AbuseClassifier c = AbuseClassifier.load(ModelArchive.read(model));
        // words absent from the quick sample still move the vector heads: that is what pretrained vectors add
        HashedNgrams.Features a = c.features("you are a moron");
        HashedNgrams.Features b = c.features("you are a gardener");
        double[] za = c.vectorHeads().logits("you are a moron", a);
        double[] zb = c.vectorHeads().logits("you are a gardener", b);
        assertThat(za[Heads.INSULT]).isNotEqualTo(zb[Heads.INSULT]);
    }

    @Test
    void aModelWhoseVectorTableIsMissingDoesNotLoad() throws IOException {
        Path broken = model.resolveSibling("no-vectors.zip");
        Map<String, byte[]> entries = new LinkedHashMap<>();
        try (ZipInputStream in = new ZipInputStream(Files.newInputStream(model))) {
            for (ZipEntry e; (e = in.getNextEntry()) != null; ) {
                entries.put(e.getName(), in.readAllBytes());
            }
        }
        try (ZipOutputStream out = new ZipOutputStream(Files.newOutputStream(broken))) {
            for (var e : entries.entrySet()) {
                if (!e.getKey().equals(WordVectors.ENTRY)) {
                    out.putNextEntry(new ZipEntry(e.getKey()));
                    out.write(e.getValue());
                    out.closeEntry();
                }
            }
        }
        assertThatThrownBy(() -> AbuseClassifier.load(ModelArchive.read(broken)))
                .isInstanceOf(ModelCorrupt.class).hasMessageContaining("vector");
    }
}
