package io.parley.classification.abuse;

import io.parley.classification.text.HashedNgrams;
import io.parley.model.ModelArchive;
import org.deeplearning4j.nn.multilayer.MultiLayerNetwork;
import org.deeplearning4j.util.ModelSerializer;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.nd4j.linalg.api.ndarray.INDArray;
import org.nd4j.linalg.factory.Nd4j;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.file.Path;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

/** Per-head logistic regressions (train --linear): quick model, saved as a DL4J network, reloaded, checked. */
class AbuseLinearRoundTripTest {

    @TempDir
    static Path dir;
    static Path model;
    static List<AbuseDatasets.Example> sample;

    @BeforeAll
    static void train() {
        Path repo = Path.of(System.getenv().getOrDefault("PARLEY_REPO_DIR", "."));
        Path quick = repo.resolve("training-data/abuse/quick-sample.jsonl");
        model = dir.resolve("abuse.zip");
        AbuseTrainer.train(new AbuseTrainer.Options(null, null, quick, model, 1, 42L, true, 1 << 12, 16,
                0.05, 8, true, null, false, true), new PrintStream(new ByteArrayOutputStream()));
        sample = AbuseDatasets.read(AbuseFormat.SEED, quick, null, true);
    }

    @Test
    void reloadedModelIsTheTfIdfFormatWithOneColumnPerHeadAndLearnedItsInsults() {
        ModelArchive archive = ModelArchive.read(model);
        AbuseClassifier c = AbuseClassifier.load(archive);
        assertThat(c.spec().tfidf()).isTrue();
        assertThat(c.spec().dim()).isEqualTo(Heads.K);
        assertThat(archive.provenance().name()).isEqualTo("parley-abuse-linear");
        assertThat(archive.provenance().params()).containsKey("chosen_per_head");
        double[] insult = sample.stream().mapToDouble(e -> c.score(e.text()).insult()).toArray();
        int[] y = sample.stream().mapToInt(e -> (int) e.labels()[Heads.INSULT]).toArray();
        assertThat(Metrics.auc(insult, y)).isGreaterThan(0.95);
    }

    @Test
    void javaScoringEqualsTheDl4jNetwork() throws Exception {
        ModelArchive archive = ModelArchive.read(model);
        AbuseClassifier c = AbuseClassifier.load(archive);
        MultiLayerNetwork net = ModelSerializer.restoreMultiLayerNetwork(
                new ByteArrayInputStream(archive.entry(AbuseClassifier.NETWORK)), false);
        for (AbuseDatasets.Example e : sample.subList(0, 10)) {
            HashedNgrams.Features f = c.features(e.text());
            TfIdf.Weighted w = TfIdf.weigh(f.ids(), c.spec().idf());
            float[] x = new float[w.ids().length];
            float[] m = new float[x.length];
            for (int i = 0; i < x.length; i++) {
                x[i] = w.ids()[i];
                m[i] = (float) Math.sqrt(w.weights()[i]);
            }
            INDArray out = net.output(Nd4j.create(x, new long[]{1, x.length}, 'c'), false,
                    Nd4j.create(m, new long[]{1, m.length}, 'c'), null);
            double[] z = c.logits(f);
            for (int h = 0; h < Heads.K; h++) {
                assertThat(AbuseClassifier.sigmoid(z[h])).isCloseTo(out.getDouble(0, h), within(1e-5));
            }
        }
    }
}
