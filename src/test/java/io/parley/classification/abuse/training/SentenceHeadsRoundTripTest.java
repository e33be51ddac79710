package io.parley.classification.abuse.training;

import io.parley.classification.abuse.AbuseClassifier;
import io.parley.classification.abuse.AbuseScores;
import io.parley.classification.abuse.SentenceHeads;
import io.parley.classification.text.EmbeddingCache;
import io.parley.classification.text.EncoderSettings;
import io.parley.classification.text.EncoderSpec;
import io.parley.classification.text.HashedNgrams;
import io.parley.model.ModelArchive;
import io.parley.model.ModelCorrupt;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
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
 * Sentence-encoder heads on a quick model (the repo's quick sample, the real e5 encoder from the jar): trained on top
 * of the kept n-gram model, saved with the encoder's artifact and sha256, loaded; the fused logit is the model's plus
 * beta times what the heads say of the encoder's vector, the fast path uses the stored estimate instead, and a model
 * naming other encoder weights does not load.
 */
class SentenceHeadsRoundTripTest {

    static Path base;
    static Path model;
    static Path cache;
    static List<AbuseDatasets.Example> sample;

    @BeforeAll
    static void train() throws IOException {
        sample = QuickModels.sample();
        base = QuickModels.trained();
        Path dir = Files.createTempDirectory(Files.createDirectories(Path.of("target")), "quick-sentence-heads-");
        model = dir.resolve("abuse.zip");
        cache = dir.resolve("embeddings");
        AbuseTrainer.sentenceHeads(new AbuseTrainer.Options(null, null, QuickModels.quickSample(), model, 42L, true,
                1 << 12, true, null), base, cache, EncoderSettings.defaults().withThreads(2),
                new PrintStream(new ByteArrayOutputStream()));
    }

    @Test
    void theFileNamesItsEncoderAndFusesTheHeadsLogitsTimesBeta() {
        ModelArchive archive = ModelArchive.read(model);
        AbuseClassifier c = AbuseClassifier.load(archive);
        AbuseClassifier kept = AbuseClassifier.load(ModelArchive.read(base));
        SentenceHeads h = c.sentenceHeads();
        assertThat(h).isNotNull();
        assertThat(h.settings().encoder()).containsEntry("artifact", EncoderSpec.E5_SMALL_V2_Q.artifact())
                .containsEntry("weights_sha256", EncoderSpec.E5_SMALL_V2_Q.weightsSha256());
        @SuppressWarnings("unchecked")
        Map<String, Object> prov = (Map<String, Object>) archive.provenance().params().get("sentence_heads");
        assertThat(prov.get("encoder").toString()).contains(EncoderSpec.E5_SMALL_V2_Q.weightsSha256());
        AbuseClassifier always = c.withSentenceHeads(h.with(h.settings().always()));
        AbuseClassifier never = c.fast();
        for (AbuseDatasets.Example e : sample.subList(0, 10)) {
            HashedNgrams.Features f = c.features(e.text());
            double[] zKept = kept.logits(e.text(), f);
            double[] zi = h.logits(h.encoder().encode(e.text()));
            double[] zAlways = always.logits(e.text(), f);
            double[] zNever = never.logits(e.text(), f);
            for (int k = 0; k < zKept.length; k++) {
                double b = h.settings().beta()[k];
                assertThat(zAlways[k]).as(e.text()).isCloseTo(zKept[k] + b * zi[k], within(1e-6));
                assertThat(zNever[k]).isCloseTo(zKept[k] + b * (h.settings().slope()[k] * zKept[k]
                        + h.settings().intercept()[k]), within(1e-9));
            }
        }
        // the n-gram part is the kept model's: only what comes after it was trained
        for (AbuseDatasets.Example e : sample) {
            HashedNgrams.Features f = c.features(e.text());
            assertThat(c.logits(f)).containsExactly(kept.logits(f));
        }
    }

    @Test
    void aStackedHeadIsItsWeightsOverEveryHeadsLogitsAndTheSettingsKeepThemThroughJson() throws IOException {
        AbuseClassifier c = AbuseClassifier.load(ModelArchive.read(model));
        AbuseClassifier kept = AbuseClassifier.load(ModelArchive.read(base));
        SentenceHeads h = c.sentenceHeads();
        int k = h.settings().beta().length;
        double[][] st = new double[k][];
        st[Heads.TOXICITY] = new double[2 * k + 1];
        for (int i = 0; i < st[Heads.TOXICITY].length; i++) {
            st[Heads.TOXICITY][i] = 0.1 * ((i % 5) - 2);
        }
        SentenceHeads.Settings stacked = h.settings().withStack(st).always();
        var json = io.parley.model.ModelArchive.json();
        SentenceHeads.Settings back = json.readValue(json.writeValueAsString(stacked), SentenceHeads.Settings.class);
        assertThat(back.stack()[Heads.TOXICITY]).containsExactly(st[Heads.TOXICITY]);
        assertThat(back.stack()[Heads.INSULT]).isNull();
        AbuseClassifier always = c.withSentenceHeads(h.with(back));
        AbuseClassifier never = c.withSentenceHeads(h.with(back)).fast();
        for (AbuseDatasets.Example e : sample.subList(0, 10)) {
            HashedNgrams.Features f = c.features(e.text());
            double[] z = kept.logits(e.text(), f);
            double[] ei = h.logits(h.encoder().encode(e.text()));
            double[] est = new double[k];
            for (int j = 0; j < k; j++) {
                est[j] = h.settings().slope()[j] * z[j] + h.settings().intercept()[j];
            }
            double[] zAlways = always.logits(e.text(), f);
            double[] zNever = never.logits(e.text(), f);
            double want = st[Heads.TOXICITY][2 * k];
            double wantNever = want;
            for (int j = 0; j < k; j++) {
                want += st[Heads.TOXICITY][j] * z[j] + st[Heads.TOXICITY][k + j] * ei[j];
                wantNever += st[Heads.TOXICITY][j] * z[j] + st[Heads.TOXICITY][k + j] * est[j];
            }
            assertThat(zAlways[Heads.TOXICITY]).as(e.text()).isCloseTo(want, within(1e-6));
            assertThat(zNever[Heads.TOXICITY]).as(e.text()).isCloseTo(wantNever, within(1e-9));
            // every other head is still z + beta e
            double b = h.settings().beta()[Heads.INSULT];
            assertThat(zAlways[Heads.INSULT]).isCloseTo(z[Heads.INSULT] + b * ei[Heads.INSULT], within(1e-6));
        }
    }

    @Test
    void theStackedFusionsLogisticRegressionMeetsItsOptimalityConditions() {
        java.util.Random r = new java.util.Random(7);
        int n = 400;
        double[][] x = new double[n][3];
        int[] y = new int[n];
        for (int i = 0; i < n; i++) {
            for (int j = 0; j < 3; j++) {
                x[i][j] = r.nextGaussian();
            }
            y[i] = r.nextDouble() < 1 / (1 + Math.exp(-(1.5 * x[i][0] - x[i][1] + 0.3))) ? 1 : 0;
        }
        double lambda = 2;
        double[] w = SentenceHeadsTrainer.logistic(x, y, lambda);
        // gradient of sum log loss + lambda/2 |w|^2 (intercept unpenalised) is zero at the optimum
        double[] g = new double[4];
        for (int i = 0; i < n; i++) {
            double p = 1 / (1 + Math.exp(-(w[3] + w[0] * x[i][0] + w[1] * x[i][1] + w[2] * x[i][2])));
            for (int j = 0; j < 3; j++) {
                g[j] += (p - y[i]) * x[i][j];
            }
            g[3] += p - y[i];
        }
        for (int j = 0; j < 3; j++) {
            assertThat(g[j] + lambda * w[j]).isCloseTo(0, within(1e-6));
        }
        assertThat(g[3]).isCloseTo(0, within(1e-6));
        assertThat(w[0]).isGreaterThan(0.8);
        assertThat(w[1]).isLessThan(-0.5);
    }

    @Test
    void aBatchScoresWhatEachCommentScoresAloneAndCountsTheEncodedShare() {
        AbuseClassifier c = AbuseClassifier.load(ModelArchive.read(model));
        List<String> texts = sample.stream().map(AbuseDatasets.Example::text).toList();
        List<AbuseScores> batch = c.scoreAll(texts);
        long[] use = c.encoderUse();
        assertThat(use[0]).isEqualTo(texts.stream().filter(t -> c.features(t).ids().length > 0).count());
        assertThat(use[1]).isBetween(0L, use[0]);
        for (int i = 0; i < texts.size(); i++) {
            AbuseScores alone = c.score(texts.get(i));
            for (String label : Heads.PUBLIC) {
                assertThat(batch.get(i).scores().get(label)).as(texts.get(i) + " " + label)
                        .isCloseTo(alone.scores().get(label), within(1e-5));
            }
        }
    }

    @Test
    void rebandKeepsEveryHeadAndChoosesTheBandAgainOnly() throws IOException {
        Path out = model.resolveSibling("rebanded").resolve("abuse.zip");
        Files.createDirectories(out.getParent());
        AbuseTrainer.reband(new AbuseTrainer.Options(null, null, QuickModels.quickSample(), out, 42L, true, 1 << 12,
                true, null), model, cache, EncoderSettings.defaults().withThreads(2), 1.0, 0.0, false,
                new PrintStream(new ByteArrayOutputStream()));
        ModelArchive before = ModelArchive.read(model);
        ModelArchive after = ModelArchive.read(out);
        assertThat(after.entry(SentenceHeads.ENTRY)).isEqualTo(before.entry(SentenceHeads.ENTRY));
        AbuseClassifier b = AbuseClassifier.load(before);
        AbuseClassifier a = AbuseClassifier.load(after);
        assertThat(a.sentenceHeads().settings().beta()).containsExactly(b.sentenceHeads().settings().beta());
        assertThat(a.sentenceHeads().settings().slope()).containsExactly(b.sentenceHeads().settings().slope());
        for (AbuseDatasets.Example e : sample) {
            HashedNgrams.Features f = a.features(e.text());
            assertThat(a.logits(f)).containsExactly(b.logits(f));
        }
        @SuppressWarnings("unchecked")
        Map<String, Object> sp = (Map<String, Object>) after.provenance().params().get("sentence_heads");
        @SuppressWarnings("unchecked")
        Map<String, Object> cascade = (Map<String, Object>) sp.get("cascade");
        @SuppressWarnings("unchecked")
        Map<String, Object> chosen = (Map<String, Object>) cascade.get("chosen");
        @SuppressWarnings("unchecked")
        List<Object> tried = (List<Object>) cascade.get("tried");
        assertThat(tried).contains(chosen);
        assertThat(chosen.get("band")).isEqualTo(List.of(Metrics.round(a.sentenceHeads().settings().bandLow()),
                Metrics.round(a.sentenceHeads().settings().bandHigh())));
        assertThat(String.valueOf(after.provenance().params().get("produced_by")))
                .contains("--reband").contains(before.provenance().version());
        // a model without sentence heads has no band to choose
        assertThatThrownBy(() -> AbuseTrainer.reband(new AbuseTrainer.Options(null, null, QuickModels.quickSample(),
                out, 42L, true, 1 << 12, true, null), base, cache, EncoderSettings.defaults().withThreads(2), 0.5, 0.0, false,
                new PrintStream(new ByteArrayOutputStream())))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("no sentence heads");
    }

    @Test
    void theEmbeddingsAreCachedByTextAndReadBack() {
        EmbeddingCache again = new EmbeddingCache(EncoderSpec.E5_SMALL_V2_Q, null, cache,
                new PrintStream(new ByteArrayOutputStream()));
        assertThat(again.missing(sample.stream().map(AbuseDatasets.Example::text).toList())).isZero();
    }

    @Test
    void aModelNamingOtherEncoderWeightsStopsLoadingWithBothDigests() throws IOException {
        Path broken = model.resolveSibling("other-encoder.zip");
        Map<String, byte[]> entries = new LinkedHashMap<>();
        try (ZipInputStream in = new ZipInputStream(Files.newInputStream(model))) {
            for (ZipEntry e; (e = in.getNextEntry()) != null; ) {
                entries.put(e.getName(), in.readAllBytes());
            }
        }
        String spec = new String(entries.get(ModelArchive.SPEC), StandardCharsets.UTF_8);
        String wrong = "0".repeat(64);
        assertThat(spec).contains(EncoderSpec.E5_SMALL_V2_Q.weightsSha256());
        entries.put(ModelArchive.SPEC, spec.replace(EncoderSpec.E5_SMALL_V2_Q.weightsSha256(), wrong)
                .getBytes(StandardCharsets.UTF_8));
        try (ZipOutputStream out = new ZipOutputStream(Files.newOutputStream(broken))) {
            for (var e : entries.entrySet()) {
                out.putNextEntry(new ZipEntry(e.getKey()));
                out.write(e.getValue());
                out.closeEntry();
            }
        }
        assertThatThrownBy(() -> AbuseClassifier.load(ModelArchive.read(broken)))
                .isInstanceOf(ModelCorrupt.class)
                .hasMessageContaining(EncoderSpec.E5_SMALL_V2_Q.weightsSha256()).hasMessageContaining(wrong)
                .hasMessageContaining(EncoderSpec.E5_SMALL_V2_Q.artifact());
    }
}
