package io.parley.classification.abuse;

import io.parley.classification.text.HashedNgrams;
import io.parley.model.ModelArchive;
import org.junit.jupiter.api.Test;

import java.nio.file.Path;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

/** The experimental TF-IDF weighted format (train --tfidf): quick model, saved, reloaded, checked against DL4J. */
class AbuseTfIdfRoundTripTest {

    static final Path model = QuickModels.trained(20, true, false);
    static final List<AbuseDatasets.Example> sample = QuickModels.sample();

    @Test
    void reloadedModelIsFormat2AndLearnedTheInsultsOfItsTrainingSample() {
        AbuseClassifier c = AbuseClassifier.load(ModelArchive.read(model));
        assertThat(c.spec().tfidf()).isTrue();
        assertThat(c.spec().idf()).hasSize(1 << 12);
        assertThat(QuickModels.insultAuc(c, sample)).isGreaterThan(0.9);
    }

    @Test
    void javaScoringEqualsTheDl4jNetworkFedSqrtWeightsAsTheMask() throws Exception {
        QuickModels.assertJavaScoringEqualsTheNetwork(model, sample);
    }

    @Test
    void tokenEvidenceAddsUpToTheLogitSoSpansAreExact() {
        AbuseClassifier c = AbuseClassifier.load(ModelArchive.read(model));
        // a text without features scores the bias alone
        double[] bias = c.logits(new HashedNgrams.Features(new int[0], new int[0], new int[0], new int[0]));
        for (AbuseDatasets.Example e : sample.subList(0, 10)) {
            HashedNgrams.Features f = c.features(e.text());
            double[] z = c.logits(f);
            for (int h = 0; h < Heads.K; h++) {
                double sum = java.util.Arrays.stream(c.tokenScores(f, h)).filter(Double::isFinite).sum();
                assertThat(bias[h] + sum).as(e.text()).isCloseTo(z[h], within(1e-4));
            }
        }
    }
}
