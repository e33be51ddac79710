package io.parley.classification.abuse;

import io.parley.model.ModelArchive;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Path;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/** Per-head logistic regressions (train --linear): quick model, saved as a DL4J network, reloaded, checked. */
class AbuseLinearRoundTripTest {

    @TempDir
    static Path dir;
    static Path model;
    static List<AbuseDatasets.Example> sample;

    @BeforeAll
    static void train() {
        model = dir.resolve("abuse.zip");
        QuickModels.train(model, 1, false, true);
        sample = QuickModels.sample();
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
        QuickModels.assertJavaScoringEqualsTheNetwork(model, sample);
    }
}
