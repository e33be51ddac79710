package io.parley.classification.abuse.training;

import io.parley.classification.abuse.AbuseClassifier;
import io.parley.classification.abuse.TfIdf;
import io.parley.classification.text.HashedNgrams;
import io.parley.model.ModelArchive;
import org.deeplearning4j.nn.multilayer.MultiLayerNetwork;
import org.deeplearning4j.util.ModelSerializer;
import org.nd4j.linalg.api.ndarray.INDArray;
import org.nd4j.linalg.factory.Nd4j;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

/** Tiny models trained on the repo's own quick sample (no shared data), for the round-trip tests. */
final class QuickModels {

    private QuickModels() {
    }

    static Path quickSample() {
        return Path.of(System.getenv().getOrDefault("PARLEY_REPO_DIR", ".")).resolve("training-data/abuse/quick-sample.jsonl");
    }

    static List<AbuseDatasets.Example> sample() {
        return AbuseDatasets.read(AbuseFormat.SEED, quickSample(), null, true);
    }

    private static final Map<String, Path> TRAINED = new ConcurrentHashMap<>();

    /**
     * A quick model trained once per test JVM, in its own folder under target/ (with the metrics and provenance
     * the trainer writes beside it): several test classes read the same kind of model, and none may change it.
     */
    static Path trained() {
        return TRAINED.computeIfAbsent("linear", k -> {
            try {
                Path target = Files.createDirectories(
                        Path.of(System.getenv().getOrDefault("PARLEY_REPO_DIR", ".")).resolve("target"));
                Path model = Files.createTempDirectory(target, "quick-model-" + k + "-").resolve("abuse.zip");
                train(model);
                return model;
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        });
    }

    /** How well a model's insult score ranks the insults of {@code sample} (its own training rows in these tests). */
    static double insultAuc(AbuseClassifier c, List<AbuseDatasets.Example> sample) {
        double[] insult = sample.stream().mapToDouble(e -> c.score(e.text()).insult()).toArray();
        int[] y = sample.stream().mapToInt(e -> (int) e.labels()[Heads.INSULT]).toArray();
        return Metrics.auc(insult, y);
    }

    /** Trains a quick model into {@code model}. */
    static void train(Path model) {
        AbuseTrainer.train(new AbuseTrainer.Options(null, null, quickSample(), model, 42L, true, 1 << 12, true, null),
                new PrintStream(new ByteArrayOutputStream()));
    }

    /**
     * The Java scorer gives what the saved DL4J network gives, fed the TF-IDF weighted ids with sqrt weights in the
     * mask (the embedding layer and masked SUM pooling each multiply by it).
     */
    static void assertJavaScoringEqualsTheNetwork(Path model, List<AbuseDatasets.Example> sample) throws Exception {
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
            for (int h = 0; h < c.spec().heads().size(); h++) {
                assertThat(AbuseClassifier.sigmoid(z[h])).isCloseTo(out.getDouble(0, h), within(1e-5));
            }
        }
    }
}
