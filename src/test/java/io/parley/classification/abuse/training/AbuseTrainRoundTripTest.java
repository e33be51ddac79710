package io.parley.classification.abuse.training;

import com.fasterxml.jackson.databind.JsonNode;
import io.parley.classification.abuse.AbuseClassifier;
import io.parley.classification.abuse.AbuseScores;
import io.parley.classification.abuse.AbuseSpec;
import io.parley.classification.text.HashedNgrams;
import io.parley.model.ModelArchive;
import io.parley.model.ModelCorrupt;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

/**
 * Trains the tiny quick model from the repo's own sample (no shared data): per-head logistic regressions saved as a
 * DL4J network, reloaded, scored.
 */
class AbuseTrainRoundTripTest {

    @TempDir
    static Path dir;
    static final Path model = QuickModels.trained();
    static final List<AbuseDatasets.Example> sample = QuickModels.sample();

    @Test
    void savedModelCarriesSpecProvenanceAndMetrics() throws Exception {
        ModelArchive archive = ModelArchive.read(model);
        assertThat(archive.spec().path("features").path("hash").asText()).isEqualTo(HashedNgrams.HASH);
        assertThat(archive.spec().path("features").path("buckets").asInt()).isEqualTo(1 << 12);
        assertThat(archive.provenance().seed()).isEqualTo(42L);
        assertThat(archive.provenance().data()).hasSize(1);
        assertThat(archive.provenance().data().values().iterator().next()).hasSize(64);
        JsonNode metrics = ModelArchive.json().readTree(Files.readAllBytes(model.resolveSibling("metrics.json")));
        assertThat(metrics.path("validation").path("seed").path("rows").asInt()).isEqualTo(sample.size());
        assertThat(Files.exists(model.resolveSibling("provenance.json"))).isTrue();
    }

    @Test
    void reloadedModelIsTheTfIdfFormatWithOneColumnPerHeadAndLearnedItsInsults() {
        ModelArchive archive = ModelArchive.read(model);
        AbuseClassifier c = AbuseClassifier.load(archive);
        assertThat(c.spec().formatVersion()).isEqualTo(AbuseSpec.FORMAT);
        assertThat(c.spec().idf()).hasSize(1 << 12);
        assertThat(c.spec().dim()).isEqualTo(Heads.STANDARD.size());
        assertThat(archive.provenance().name()).isEqualTo("parley-abuse-linear");
        assertThat(archive.provenance().params()).containsKey("chosen_per_head");
        assertThat(QuickModels.insultAuc(c, sample)).isGreaterThan(0.95);
    }

    @Test
    void tokenEvidenceAddsUpToTheLogitSoSpansAreExact() {
        AbuseClassifier c = AbuseClassifier.load(ModelArchive.read(model));
        // a text without features scores the bias alone
        double[] bias = c.logits(new HashedNgrams.Features(new int[0], new int[0], new int[0], new int[0]));
        for (AbuseDatasets.Example e : sample.subList(0, 10)) {
            HashedNgrams.Features f = c.features(e.text());
            double[] z = c.logits(f);
            for (int h = 0; h < c.spec().heads().size(); h++) {
                double sum = java.util.Arrays.stream(c.tokenScores(f, h)).filter(Double::isFinite).sum();
                assertThat(bias[h] + sum).as(e.text()).isCloseTo(z[h], within(1e-4));
            }
        }
    }

    @Test
    void reloadedModelLearnedTheInsultsOfItsTrainingSample() {
        AbuseClassifier c = AbuseClassifier.load(ModelArchive.read(model));
        assertThat(QuickModels.insultAuc(c, sample)).isGreaterThan(0.9);
        AbuseScores idiot = c.score("You are an idiot and everyone knows it.");
        AbuseScores bridge = c.score("The bridge reopens on Monday after two months of repairs.");
        assertThat(idiot.toxicity()).isGreaterThan(bridge.toxicity());
    }

    @Test
    void javaScoringEqualsTheDl4jNetwork() throws Exception {
        QuickModels.assertJavaScoringEqualsTheNetwork(model, sample);
    }

    @Test
    void scoreAllEqualsScoreInOrder() {
        AbuseClassifier c = AbuseClassifier.load(ModelArchive.read(model));
        List<String> texts = sample.stream().map(AbuseDatasets.Example::text).toList();
        List<AbuseScores> batch = c.scoreAll(texts);
        for (int i = 0; i < texts.size(); i++) {
            assertThat(batch.get(i)).isEqualTo(c.score(texts.get(i)));
        }
    }

    @Test
    void corruptOrForeignFilesAreRejectedWithAClearMessage() throws Exception {
        Path garbage = Files.write(dir.resolve("garbage.zip"), new byte[]{1, 2, 3});
        assertThatThrownBy(() -> AbuseClassifier.load(ModelArchive.read(garbage))).isInstanceOf(ModelCorrupt.class);
        Path foreign = dir.resolve("foreign.zip");
        ModelArchive.write(foreign, java.util.Map.of("formatVersion", 99), ModelArchive.read(model).provenance(),
                java.util.Map.of());
        assertThatThrownBy(() -> AbuseClassifier.load(ModelArchive.read(foreign)))
                .isInstanceOf(ModelCorrupt.class).hasMessageContaining("not an abuse model");
    }
}
