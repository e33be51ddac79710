package io.parley.classification.abuse;

import io.parley.model.ModelArchive;
import org.junit.jupiter.api.Test;

import java.nio.file.Path;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/** Per-head logistic regressions (train --linear): quick model, saved as a DL4J network, reloaded, checked. */
class AbuseLinearRoundTripTest {

    static final Path model = QuickModels.trained(1, false, true);
    static final List<AbuseDatasets.Example> sample = QuickModels.sample();

    @Test
    void reloadedModelIsTheTfIdfFormatWithOneColumnPerHeadAndLearnedItsInsults() {
        ModelArchive archive = ModelArchive.read(model);
        AbuseClassifier c = AbuseClassifier.load(archive);
        assertThat(c.spec().tfidf()).isTrue();
        assertThat(c.spec().dim()).isEqualTo(Heads.K);
        assertThat(archive.provenance().name()).isEqualTo("parley-abuse-linear");
        assertThat(archive.provenance().params()).containsKey("chosen_per_head");
        assertThat(QuickModels.insultAuc(c, sample)).isGreaterThan(0.95);
    }

    @Test
    void javaScoringEqualsTheDl4jNetwork() throws Exception {
        QuickModels.assertJavaScoringEqualsTheNetwork(model, sample);
    }
}
