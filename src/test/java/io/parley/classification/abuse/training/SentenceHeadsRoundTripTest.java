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

    /** Civil reader comments in the style of the Dragnet stream (news and blog comments), none in the quick sample. */
    static final List<String> CIVIL_STREAM = List.of(
            "Great article, I had no idea the library was that old.",
            "We drove past the new stadium last weekend and the parking was fine.",
            "I think the council should publish the full budget before the vote.",
            "My grandmother used to live on that street in the sixties.",
            "Does anyone know if the museum is open on Sundays?",
            "Thanks for covering this, the local paper ignored it completely.",
            "The photos are beautiful, especially the one of the harbour at dawn.",
            "I respectfully disagree: the bike lanes have made my commute safer.",
            "Interesting point about interest rates, but housing supply matters more.",
            "Our school had the same problem with buses being late every morning.",
            "Congratulations to the team, what a season it has been.",
            "Could you post a link to the original report?",
            "I voted for him last time but this plan worries me.",
            "The recipe worked well, I added a bit more garlic.",
            "Traffic on the bridge has been terrible since the repairs started.",
            "Nice to see some good news for a change.",
            "I wonder how many people actually read the whole proposal.",
            "The comments here are more balanced than I expected.",
            "Happy to help with the clean-up on Saturday if they need volunteers.",
            "This reminds me of the flood in 1998, the whole valley was under water.");

    @Test
    void theCivilStreamAsWeightedNegativesPullsItsCommentsDownAndScoresEachByTheFoldThatDidNotSeeIt() {
        AbuseClassifier c = AbuseClassifier.load(ModelArchive.read(model));
        SentenceHeads h = c.sentenceHeads();
        int k = h.settings().beta().length;
        AbuseClassifier ngram = c.withSentenceHeads(null);
        SentenceHeads always = h.with(h.settings().always());
        double[][] xl = SentenceHeadsTrainer.logits(ngram, always,
                sample.stream().map(AbuseDatasets.Example::text).toList(), k);
        int[] yl = sample.stream().mapToInt(e -> (int) e.labels()[Heads.TOXICITY]).toArray();
        double[][] xn = SentenceHeadsTrainer.logits(ngram, always, CIVIL_STREAM, k);
        double lambda = 1 / SentenceHeadsTrainer.STACK_C;

        // weight 0: the fit the committed model's stacker made (labelled rows only), no folds
        SentenceHeadsTrainer.Fit none = SentenceHeadsTrainer.fit(xl, yl, xn, 0, 5, 1, lambda);
        assertThat(none.weights()).containsExactly(SentenceHeadsTrainer.logistic(xl, yl, lambda));
        assertThat(none.folds()).isEmpty();

        // more weight on the stream: its comments' stacked logits fall, each step further (the stream says "civil")
        double last = mean(xn, none.weights());
        for (double w : new double[]{0.1, 0.3, 1.0}) {
            SentenceHeadsTrainer.Fit fit = SentenceHeadsTrainer.fit(xl, yl, xn, w, 5, 1, lambda);
            double now = mean(xn, fit.weights());
            assertThat(now).as("weight " + w).isLessThan(last);
            last = now;
        }

        // the weighted loss's optimum: gradient of sum w_i log loss + lambda/2 |w|^2 is zero (intercept unpenalised)
        SentenceHeadsTrainer.Fit fit = SentenceHeadsTrainer.fit(xl, yl, xn, 0.3, 5, 1, lambda);
        double[] w = fit.weights();
        double[] g = new double[2 * k + 1];
        for (int i = 0; i < xl.length + xn.length; i++) {
            double[] x = i < xl.length ? xl[i] : xn[i - xl.length];
            double y = i < xl.length ? yl[i] : 0;
            double sw = i < xl.length ? 1 : 0.3;
            double r = sw * (1 / (1 + Math.exp(-SentenceHeadsTrainer.linear(w, x))) - y);
            for (int j = 0; j < 2 * k; j++) {
                g[j] += r * x[j];
            }
            g[2 * k] += r;
        }
        for (int j = 0; j < 2 * k; j++) {
            assertThat(g[j] + lambda * w[j]).isCloseTo(0, within(1e-6));
        }
        assertThat(g[2 * k]).isCloseTo(0, within(1e-6));

        // every stream comment is left out of exactly one of the 5 folds, each fold holds some, and the fold's weights
        // are the fit on every other row (labelled rows of that fold left out too)
        assertThat(fit.folds()).hasNumberOfRows(5);
        assertThat(java.util.Arrays.stream(fit.foldOfNegative()).distinct().count()).isEqualTo(5);
        for (int f = 0; f < 5; f++) {
            final int ff = f;
            int[] heldNeg = java.util.stream.IntStream.range(0, xn.length).filter(i -> fit.foldOfNegative()[i] == ff).toArray();
            assertThat(heldNeg).isNotEmpty();
            double[][] inX = java.util.stream.IntStream.range(0, xn.length).filter(i -> fit.foldOfNegative()[i] != ff)
                    .mapToObj(i -> xn[i]).toArray(double[][]::new);
            // the labelled rows of this fold: those whose out-of-fold score is what the fold's weights give
            java.util.List<double[]> lx = new java.util.ArrayList<>();
            java.util.List<Integer> ly = new java.util.ArrayList<>();
            int held = 0;
            for (int i = 0; i < xl.length; i++) {
                if (Math.abs(fit.outOfFold()[i] - SentenceHeadsTrainer.linear(fit.folds()[f], xl[i])) < 1e-12) {
                    held++;
                } else {
                    lx.add(xl[i]);
                    ly.add(yl[i]);
                }
            }
            assertThat(held).isPositive();
            SentenceHeadsTrainer.Fit refit = SentenceHeadsTrainer.fit(lx.toArray(double[][]::new),
                    ly.stream().mapToInt(Integer::intValue).toArray(), inX, 0.3, 5, 1, lambda);
            for (int j = 0; j <= 2 * k; j++) {
                assertThat(refit.weights()[j]).isCloseTo(fit.folds()[f][j], within(1e-6));
            }
            // a fold that never saw a comment scores it higher than the fit that did (it was pushed down as a negative)
            double seen = 0, unseen = 0;
            for (int i : heldNeg) {
                seen += SentenceHeadsTrainer.linear(fit.weights(), xn[i]);
                unseen += SentenceHeadsTrainer.linear(fit.folds()[f], xn[i]);
            }
            assertThat(unseen).as("fold " + f).isGreaterThan(seen);
        }
        // and the trainer reads a stream comment with its fold's weights, any other text with the full fit
        double[][] full = new double[k][];
        full[Heads.TOXICITY] = fit.weights();
        List<double[][]> folds = new java.util.ArrayList<>();
        for (double[] fw : fit.folds()) {
            double[][] row = new double[k][];
            row[Heads.TOXICITY] = fw;
            folds.add(row);
        }
        Map<String, Integer> foldOf = new LinkedHashMap<>();
        for (int i = 0; i < xn.length; i++) {
            foldOf.put(CIVIL_STREAM.get(i), fit.foldOfNegative()[i]);
        }
        SentenceHeadsTrainer.Stacked st = new SentenceHeadsTrainer.Stacked(full, folds, foldOf);
        assertThat(st.forText(CIVIL_STREAM.get(3))).isSameAs(folds.get(fit.foldOfNegative()[3]));
        assertThat(st.forText(sample.get(0).text())).isSameAs(full);
    }

    private static double mean(double[][] x, double[] w) {
        return java.util.Arrays.stream(x).mapToDouble(r -> SentenceHeadsTrainer.linear(w, r)).average().orElseThrow();
    }

    /**
     * {@code --head-rows}: rows of our own join the sentence heads' training only. The quick sample holds no threat, so
     * its heads cannot tell one; with a few threat rows beside it, the heads' own threat logit of an unseen threat
     * rises against the model without them, the n-gram network is the base's byte for byte, and the provenance names
     * the file with its sha256.
     */
    @Test
    void headRowsTeachTheSentenceHeadsOnly() throws IOException {
        Path dir = model.resolveSibling("head-rows");
        Files.createDirectories(dir);
        Path rows = dir.resolve("rows.jsonl");
        String zeros = "\"severe_toxicity\": 0, \"insult\": 0, \"obscene\": 0, \"identity_attack\": 0";
        StringBuilder sb = new StringBuilder();
        String[] threats = {"I will break your legs when I find you.", "Show your face here again and I'll shoot you.",
                "I am going to burn your house down tonight.", "Keep it up and I will stab you.",
                "Somebody should beat that man to death.", "I'll strangle you with my bare hands."};
        for (int i = 0; i < threats.length; i++) {
            sb.append("{\"id\": \"t").append(i).append("\", \"text\": \"").append(threats[i])
                    .append("\", \"labels\": {\"toxicity\": 1, \"threat\": 1, ").append(zeros).append("}}\n");
        }
        Files.writeString(rows, sb.toString());
        Path out = dir.resolve("abuse.zip");
        AbuseTrainer.sentenceHeads(new AbuseTrainer.Options(null, null, QuickModels.quickSample(), out, 42L, true,
                1 << 12, true, null), base, cache, EncoderSettings.defaults().withThreads(2),
                SentenceHeadsTrainer.MAX_SHARE, SentenceHeadsTrainer.BAND_TOLERANCE,
                new AbuseTrainer.Fusion(false, 0, AbuseTrainer.DEFAULT_CIVIL_TARGET, false, false, rows),
                new PrintStream(new ByteArrayOutputStream()));
        ModelArchive with = ModelArchive.read(out);
        ModelArchive without = ModelArchive.read(model);
        // the same weights (the entry's bytes differ in the timestamps DL4J writes into its inner zip)
        assertThat(with.network(AbuseClassifier.NETWORK).params())
                .isEqualTo(without.network(AbuseClassifier.NETWORK).params());
        assertThat(with.provenance().data()).containsEntry(rows.toString(), io.parley.model.ProvenanceBuilder.sha256(rows));
        SentenceHeads hWith = AbuseClassifier.load(with).sentenceHeads();
        SentenceHeads hWithout = AbuseClassifier.load(without).sentenceHeads();
        int threat = Heads.PUBLIC.indexOf("threat");
        String unseen = "I'm going to smash his skull in with a hammer.";
        assertThat(hWith.logits(hWith.encoder().encode(unseen))[threat])
                .isGreaterThan(hWithout.logits(hWithout.encoder().encode(unseen))[threat]);
    }

    /**
     * {@code --threat-own}: threat gets a head of its own on the embedding, learnt from the threat rows beside the
     * training split and weighted by the tuning set against the stream. Against the same reband without it, an unseen
     * news-comment threat's threat logit rises, every other head's logit is the same, and the provenance states beta.
     */
    @Test
    void threatOwnMovesThreatAndNoOtherLabel() throws IOException {
        Path dir = model.resolveSibling("threat-own");
        Files.createDirectories(dir);
        String zeros = "\"severe_toxicity\": 0, \"insult\": 0, \"obscene\": 0, \"identity_attack\": 0";
        String[] threats = {"I will break your legs when I find you.", "Show your face here again and I'll shoot you.",
                "I am going to burn your house down tonight.", "Keep it up and I will stab you.",
                "Somebody should beat that man to death.", "I'll strangle you with my bare hands."};
        String[] tuneThreats = {"Print my name again and I'll put a bullet in you.",
                "I know where the mayor lives and I'm bringing a bat.", "You'll be leaving that meeting in an ambulance.",
                "Next time I see that referee I'm breaking his jaw."};
        String[] tuneCivil = {"This bill kills small businesses.", "Our defence crushed them in the second half.",
                "The storm knocked out power for two days.", "Police say the man threatened a clerk before fleeing.",
                "I'd kill for a decent bus schedule.", "The budget took a hatchet to the library."};
        Path rows = dir.resolve("rows.jsonl");
        Path tuning = dir.resolve("tuning.jsonl");
        String[] civil = {"The new library opens on Monday with longer hours.", "I enjoyed the concert in the park.",
                "The council approved the road repairs last night.", "Our team lost the final but played well.",
                "The bakery on the corner has the best bread in town.", "Thanks for the clear report on the election."};
        Files.writeString(rows, seedRows(threats, 1, zeros) + seedRows(civil, 0, zeros));
        Files.writeString(tuning, seedRows(tuneThreats, 1, zeros) + seedRows(tuneCivil, 0, zeros));
        List<CivilStream.Comment> comments = new java.util.ArrayList<>();
        for (int i = 0, page = 0; i < CIVIL_STREAM.size(); page++) {
            CivilStream.Comment c = new CivilStream.Comment("s" + i, "page-" + page, CIVIL_STREAM.get(i), null);
            if (c.half().equals("tune")) {
                comments.add(c);
                i++;
            }
        }
        CivilStream stream = new CivilStream("test stream", comments);
        Path with = dir.resolve("with.zip");
        Path without = dir.resolve("without.zip");
        for (Path out : new Path[]{with, without}) {
            AbuseTrainer.reband(new AbuseTrainer.Options(null, null, QuickModels.quickSample(), out, 42L, true,
                    1 << 12, true, null, null, null, null, stream), model, cache,
                    EncoderSettings.defaults().withThreads(2), 1.0, 0.0,
                    new AbuseTrainer.Fusion(false, 0, AbuseTrainer.DEFAULT_CIVIL_TARGET, false, false, null,
                            out == with ? tuning : null, out == with ? rows : null),
                    new PrintStream(new ByteArrayOutputStream()));
        }
        ModelArchive a = ModelArchive.read(with);
        Object own = ((Map<?, ?>) a.provenance().params().get("sentence_heads")).get("threat_own");
        assertThat(own).isInstanceOf(Map.class);
        assertThat(((Number) ((Map<?, ?>) own).get("beta")).doubleValue()).isGreaterThan(0);
        AbuseClassifier cWith = AbuseClassifier.load(a);
        AbuseClassifier cWithout = AbuseClassifier.load(ModelArchive.read(without));
        int threat = Heads.THREAT;
        String unseen = "I'm going to smash the councillor's skull in with a hammer.";
        double[] zWith = cWith.logits(unseen, cWith.features(unseen));
        double[] zWithout = cWithout.logits(unseen, cWithout.features(unseen));
        assertThat(zWith[threat]).isGreaterThan(zWithout[threat]);
        for (int h = 0; h < zWith.length; h++) {
            if (h != threat) {
                assertThat(zWith[h]).as("head %d", h).isCloseTo(zWithout[h], within(1e-9));
            }
        }
    }

    private static String seedRows(String[] texts, int threat, String zeros) {
        StringBuilder sb = new StringBuilder();
        for (String t : texts) {
            sb.append("{\"id\": \"r").append(Math.abs(t.hashCode())).append("\", \"text\": \"").append(t)
                    .append("\", \"labels\": {\"toxicity\": ").append(threat).append(", \"threat\": ")
                    .append(threat).append(", ").append(zeros).append("}}\n");
        }
        return sb.toString();
    }

    @Test
    void theStreamJoinsOnlyTheStackedFusionAndOnlyWithAStream() {
        assertThatThrownBy(() -> new AbuseTrainer.Fusion(false, 0.1, 0.04)).isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("--stack");
        assertThatThrownBy(() -> new AbuseTrainer.Fusion(true, 0.1, 1.5)).isInstanceOf(IllegalArgumentException.class);
        // the quick options give no civil stream: asking for its comments as negatives is refused, not ignored
        Path out = model.resolveSibling("stream-negatives").resolve("abuse.zip");
        assertThatThrownBy(() -> AbuseTrainer.reband(new AbuseTrainer.Options(null, null, QuickModels.quickSample(),
                out, 42L, true, 1 << 12, true, null), model, cache, EncoderSettings.defaults().withThreads(2), 1.0, 0.0,
                new AbuseTrainer.Fusion(true, 0.1, 0.04), new PrintStream(new ByteArrayOutputStream())))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("civil stream");
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
                true, null), model, cache, EncoderSettings.defaults().withThreads(2), 1.0, 0.0, AbuseTrainer.Fusion.PLAIN,
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
                out, 42L, true, 1 << 12, true, null), base, cache, EncoderSettings.defaults().withThreads(2), 0.5, 0.0, AbuseTrainer.Fusion.PLAIN,
                new PrintStream(new ByteArrayOutputStream())))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("no sentence heads");
    }

    @Test
    void anEvaluationReadingTheTrainingCacheScoresWhatTheEncoderScores() {
        AbuseClassifier c = AbuseClassifier.load(ModelArchive.read(model));
        AbuseClassifier cached = AbuseEvaluator.withEmbeddings(c, cache, new PrintStream(new ByteArrayOutputStream()));
        assertThat(cached).isNotSameAs(c);
        for (AbuseDatasets.Example e : sample) {
            for (String label : Heads.PUBLIC) {
                assertThat(cached.score(e.text()).scores().get(label)).as(e.text() + " " + label)
                        .isCloseTo(c.score(e.text()).scores().get(label), within(1e-6));
            }
        }
        // a text the cache lacks is encoded and added, not refused
        String fresh = "A comment no training run has seen, about the " + System.nanoTime() + " votes.";
        assertThat(cached.score(fresh).scores().get("toxicity")).isCloseTo(c.score(fresh).scores().get("toxicity"),
                within(1e-6));
        AbuseClassifier plain = AbuseClassifier.load(ModelArchive.read(base));
        assertThat(AbuseEvaluator.withEmbeddings(plain, cache, System.err)).isSameAs(plain);
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
