package io.parley.classification.abuse;

import com.fasterxml.jackson.databind.JsonNode;
import io.parley.model.ModelArchive;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

/**
 * The committed model (classpath models/abuse/abuse.zip, the copy the jar ships).
 * golden.jsonl was written by {@code parley classify} with this model; after retraining, regenerate it:
 * {@code java -jar target/parley.jar classify training-data/abuse/golden/golden-input.jsonl > training-data/abuse/golden/golden.jsonl}.
 */
class CommittedAbuseModelTest {

    static AbuseClassifier model;
    static String seed004;

    @BeforeAll
    static void load() throws Exception {
        model = AbuseClassifier.load(ModelArchive.readResource("models/abuse/abuse.zip"));
        Path repo = Path.of(System.getenv().getOrDefault("PARLEY_REPO_DIR", "."));
        seed004 = Files.readString(repo.resolve("training-data/seeds/004_72e78a6f65c98bb3.txt"));
    }

    @Test
    void reproducesTheRecordedScoresOfItsGoldenSample() throws Exception {
        List<JsonNode> golden;
        Path dir = Path.of(System.getenv().getOrDefault("PARLEY_REPO_DIR", ".")).resolve("training-data/abuse/golden");
        try (InputStream in = Files.newInputStream(dir.resolve("golden.jsonl"));
             InputStream texts = Files.newInputStream(dir.resolve("golden-input.jsonl"))) {
            golden = lines(new String(in.readAllBytes(), StandardCharsets.UTF_8));
            List<JsonNode> inputs = lines(new String(texts.readAllBytes(), StandardCharsets.UTF_8));
            assertThat(golden).hasSameSizeAs(inputs).hasSizeGreaterThan(20);
            for (int i = 0; i < inputs.size(); i++) {
                JsonNode expected = golden.get(i);
                assertThat(expected.get("version").asText()).isEqualTo(model.modelVersion());
                AbuseScores s = model.score(inputs.get(i).get("text").asText());
                // the labels the model file serves are the ones recorded, in the recorded order
                assertThat(s.scores().keySet()).containsExactlyElementsOf(() -> expected.get("scores").fieldNames());
                for (String label : labels()) {
                    assertThat(s.score(label)).as(label + " of line " + (i + 1))
                            .isCloseTo(expected.get("scores").get(label).asDouble(), within(1e-4));
                }
                assertThat(s.spans()).hasSize(expected.get("spans").size());
            }
        }
    }

    /**
     * The reported-speech rule is a property of the model file, not of the code that serves it: the committed model
     * says it discounts the abuse a comment reports, the same weights with the rule off score that comment higher, a
     * comment that says the abuse itself scores the same either way, and a file written before the rule (no field in
     * its spec) reads as without it, so an old model's stored scores keep their meaning.
     */
    @Test
    void reportedSpeechIsSwitchedOnByTheModelFile() throws Exception {
        assertThat(model.spec().reportedSpeech()).isTrue();
        // the witnessed-abuse frame (abuse10) reads "called me a ..." too: off on this side, so the rule alone is compared
        List<String> frames = new java.util.ArrayList<>(model.spec().civilFrames());
        frames.remove("witnessed-abuse");
        AbuseClassifier without = model.withSpec(model.spec().withReportedSpeech(false).withCivilFrames(frames));
        String reported = "At the bake sale a woman called me a \"fat stupid pig\" in front of my kids.";
        String said = "You are a fat stupid pig and everyone at the bake sale knows it.";
        assertThat(model.score(reported).toxicity()).isLessThan(without.score(reported).toxicity() / 2);
        assertThat(model.score(said).toxicity()).isEqualTo(without.score(said).toxicity());
        var tree = (com.fasterxml.jackson.databind.node.ObjectNode) ModelArchive.json().valueToTree(model.spec());
        tree.remove("reportedSpeech");
        assertThat(ModelArchive.json().treeToValue(tree, AbuseSpec.class).reportedSpeech()).isFalse();
    }

    /**
     * The threat-cue rule is a property of the model file too: the committed model states its floor, a comment that
     * calls for harm to someone in words the heads never learned reaches the threat hold with it (and a span on those
     * words), the same weights without the rule leave it under the hold, a violent idiom is scored the same either way,
     * and a file written before the rule reads as without it. Sentences written for this test.
     */
    @Test
    void threatCuesAreSwitchedOnByTheModelFile() throws Exception {
        double floor = model.spec().threatCueFloor();
        assertThat(floor).isGreaterThan(label("threat").defaultHold());
        AbuseClassifier without = model.withSpec(model.spec().withThreatCueFloor(0));
        String threat = "Somebody ought to run the zoning director off the road on his way home.";
        assertThat(without.score(threat).score("threat")).isLessThan(label("threat").defaultHold());
        AbuseScores with = model.score(threat);
        assertThat(with.score("threat")).isCloseTo(floor, within(1e-9));
        assertThat(with.spans()).anySatisfy(sp -> {
            assertThat(sp.label()).isEqualTo("threat");
            assertThat(threat.substring(sp.start(), sp.end())).contains("run the zoning director off the road");
        });
        String idiom = "The new stadium tax will kill every small bakery on Main Street.";
        assertThat(model.score(idiom).score("threat")).isEqualTo(without.score(idiom).score("threat"));
        var tree = (com.fasterxml.jackson.databind.node.ObjectNode) ModelArchive.json().valueToTree(model.spec());
        tree.remove("threatCueFloor");
        assertThat(ModelArchive.json().treeToValue(tree, AbuseSpec.class).threatCueFloor()).isZero();
    }

    /**
     * Threat's default hold is the model file's own (train abuse --defaults-only --threat-hold, issue 19): the file
     * states the hold it was raised from and why, every other label keeps its hold, a civil news sentence whose threat
     * score lies between the old hold and the new one (suite 6's "gunman" line, held on threat alone before) is
     * published with no threat span, and a threat the cue rule flags stays far above the new hold.
     */
    @Test
    void threatHoldIsTheModelFilesOwnAndItsReasonIsStated() {
        var params = ModelArchive.readResource("models/abuse/abuse.zip").provenance().params();
        assertThat(params.get("threat_hold")).isInstanceOf(java.util.Map.class);
        var raised = (java.util.Map<?, ?>) params.get("threat_hold");
        double from = ((Number) raised.get("from")).doubleValue();
        double hold = label("threat").defaultHold();
        assertThat(((Number) raised.get("hold")).doubleValue()).isEqualTo(hold);
        assertThat(hold).isGreaterThan(from).isLessThan(model.spec().threatCueFloor());
        assertThat(model.spec().calibration().holdRule()).contains("threat's hold alone raised")
                .contains("violent news words");
        String news = "The gunman opened fire on the crowd before taking his own life.";
        AbuseScores s = model.score(news);
        assertThat(s.score("threat")).isGreaterThanOrEqualTo(from).isLessThan(hold);
        assertThat(s.spans()).noneMatch(sp -> sp.label().equals("threat"));
        for (io.parley.classification.AbuseLabel l : model.labels()) {
            if (l.hasDefaults()) {
                assertThat(s.score(l.name())).as(l.name()).isLessThan(l.defaultHold());
            }
        }
        String threat = "Somebody ought to run the zoning director off the road on his way home.";
        assertThat(model.score(threat).score("threat")).isGreaterThanOrEqualTo(2 * hold);
    }

    /**
     * The evasion fold is a property of the model file: the committed model folds, so issue 19's fullwidth insult
     * scores as its ASCII spelling does and is flagged, with its span on the fullwidth word of the original text; the
     * same weights without the fold publish it; ASCII text scores the same either way; a file written before the fold
     * reads as without it.
     */
    @Test
    void evasionFoldIsSwitchedOnByTheModelFile() throws Exception {
        assertThat(model.spec().foldEvasions()).isTrue();
        AbuseClassifier without = model.withSpec(model.spec().withFoldEvasions(false));
        String ascii = "You are a stupid idiot.";
        String evaded = "You are a ｓｔｕｐｉｄ ｉｄｉｏｔ.";
        double hold = label("toxicity").defaultHold();
        assertThat(without.score(evaded).toxicity()).isLessThan(hold);
        AbuseScores s = model.score(evaded);
        assertThat(s.toxicity()).isGreaterThanOrEqualTo(hold).isCloseTo(model.score(ascii).toxicity(), within(1e-9));
        // fullwidth letters are one char each, so the spans are the ASCII spelling's, on the fullwidth words
        assertThat(s.spans()).isEqualTo(model.score(ascii).spans());
        assertThat(s.spans()).filteredOn(sp -> sp.label().equals("toxicity")).isNotEmpty()
                .allSatisfy(sp -> assertThat(evaded.substring(sp.start(), sp.end())).isEqualTo("ｓｔｕｐｉｄ ｉｄｉｏｔ"));
        assertThat(model.score(ascii).scores()).isEqualTo(without.score(ascii).scores());
        var tree = (com.fasterxml.jackson.databind.node.ObjectNode) ModelArchive.json().valueToTree(model.spec());
        tree.remove("foldEvasions");
        assertThat(ModelArchive.json().treeToValue(tree, AbuseSpec.class).foldEvasions()).isFalse();
    }

    /**
     * Veiled threats are a property of the model file: the committed model counts them among its threat cues, so a
     * threat with no harm word reaches the threat hold, while the same weights without the setting leave it where the
     * heads put it; a civil comment with one hint of the kind, and a file written before the setting, are unchanged.
     */
    @Test
    void veiledThreatsAreSwitchedOnByTheModelFile() throws Exception {
        assertThat(model.spec().veiledThreats()).isTrue();
        // without the encoder raise too (d2af5aa5): it reaches some of these threats on its own
        AbuseClassifier without = model.withSpec(model.spec().withVeiledThreats(false).withEncoderRaise(null));
        String veiled = "Nice porch you have on Alder Street, councilman. Be a pity if it caught fire.";
        double hold = label("threat").defaultHold();
        assertThat(without.score(veiled).score("threat")).isLessThan(hold);
        AbuseScores s = model.score(veiled);
        assertThat(s.score("threat")).isGreaterThanOrEqualTo(hold);
        assertThat(s.spans()).filteredOn(sp -> sp.label().equals("threat")).isNotEmpty();
        assertThat(s.score("toxicity")).isEqualTo(without.score(veiled).score("toxicity"));
        String civil = "Sleep well, everyone, the storm has passed.";
        assertThat(model.score(civil).scores()).isEqualTo(without.score(civil).scores());
        var tree = (com.fasterxml.jackson.databind.node.ObjectNode) ModelArchive.json().valueToTree(model.spec());
        tree.remove("veiledThreats");
        assertThat(ModelArchive.json().treeToValue(tree, AbuseSpec.class).veiledThreats()).isFalse();
    }

    /**
     * Strong words at everyday things ({@code strong-words-at-things}, abuse9) are a civil frame of the committed model:
     * "the damn snowplow" is published with the frame and held without it, while the same word at a person keeps every
     * score. Sentences written for this test.
     */
    @Test
    void strongWordsAtEverydayThingsArePublishedAndAtPeopleNot() {
        assertThat(model.spec().civilFrames()).contains("strong-words-at-things");
        List<String> others = new java.util.ArrayList<>(model.spec().civilFrames());
        others.remove("strong-words-at-things");
        AbuseClassifier without = model.withSpec(model.spec().withCivilFrames(others));
        String atThing = "The damn snowplow buried our driveway again this morning.";
        assertThat(held(without.score(atThing))).isTrue();
        assertThat(held(model.score(atThing))).isFalse();
        String atPerson = "The damn mayor buried our driveway in snow again this morning.";
        assertThat(model.score(atPerson).scores()).isEqualTo(without.score(atPerson).scores());
    }

    /**
     * Wished harm is a property of the model file: with it a wish of illness or a call for self-harm the threat heads
     * scored low reaches the threat hold; without the setting (and in a file written before it) the score stays.
     */
    @Test
    void wishedHarmIsSwitchedOnByTheModelFile() throws Exception {
        assertThat(model.spec().wishedHarm()).isTrue();
        // without the encoder raise too (d2af5aa5): it reaches some of these threats on its own
        AbuseClassifier without = model.withSpec(model.spec().withWishedHarm(false).withEncoderRaise(null));
        String wished = "Do the world a favor and step in front of a bus.";
        double hold = label("threat").defaultHold();
        assertThat(without.score(wished).score("threat")).isLessThan(hold);
        AbuseScores s = model.score(wished);
        assertThat(s.score("threat")).isGreaterThanOrEqualTo(hold);
        assertThat(s.spans()).filteredOn(sp -> sp.label().equals("threat")).isNotEmpty();
        String civil = "I hope my dad gets cancer treatment at the new clinic.";
        assertThat(model.score(civil).scores()).isEqualTo(without.score(civil).scores());
        var tree = (com.fasterxml.jackson.databind.node.ObjectNode) ModelArchive.json().valueToTree(model.spec());
        tree.remove("wishedHarm");
        assertThat(ModelArchive.json().treeToValue(tree, AbuseSpec.class).wishedHarm()).isFalse();
    }

    /**
     * The four civil frames of abuse10 ({@code identity-mentions}, {@code news-of-violence}, {@code figurative-violence},
     * {@code witnessed-abuse}) are the committed model's: each comment below is held without them and published with
     * them (the first and the last written for this test, the middle one and the news line civil comments of suites 4-5
     * the frames were written on), and abuse aimed at someone keeps every score.
     */
    @Test
    void heldCivilKindsArePublishedWithTheFramesOfTheModelFile() {
        List<String> added = List.of("identity-mentions", "news-of-violence", "figurative-violence", "witnessed-abuse");
        assertThat(model.spec().civilFrames()).containsAll(added);
        List<String> others = new java.util.ArrayList<>(model.spec().civilFrames());
        others.removeAll(added);
        AbuseClassifier without = model.withSpec(model.spec().withCivilFrames(others));
        for (String civil : List.of("The Pakistani grocery on Elm has the best mangoes in town.",
                "The bill was dead on arrival in the state senate.",
                "At the meeting a man kept shouting that the clerk was a lying idiot.")) {
            assertThat(held(without.score(civil))).as(civil).isTrue();
            assertThat(held(model.score(civil))).as(civil).isFalse();
        }
        // held on threat alone without the frames while threat's hold was 0.0125; since threat has a hold of its own
        // (0.03, civil14) it is published either way, and the news-of-violence frame still lowers its threat score
        String news = "Police say the suspect threatened the cashier with a knife before fleeing.";
        assertThat(held(model.score(news))).isFalse();
        assertThat(model.score(news).score("threat")).isLessThan(without.score(news).score("threat"));
        String attack = "Pakistani families should go back where they came from.";
        assertThat(model.score(attack).scores()).isEqualTo(without.score(attack).scores());
    }

    /**
     * Endorsed harm is a property of the model file: with it, harm called deserved or useful reaches the threat hold;
     * without the setting (and in a file written before it) the score stays. Sentences written for this test.
     */
    @Test
    void endorsedHarmIsSwitchedOnByTheModelFile() throws Exception {
        assertThat(model.spec().endorsedHarm()).isTrue();
        // without the encoder raise too (d2af5aa5): it reaches some of these threats on its own
        AbuseClassifier without = model.withSpec(model.spec().withEndorsedHarm(false).withEncoderRaise(null));
        double hold = label("threat").defaultHold();
        for (String endorsed : List.of("The assessor has earned himself a bullet.",
                "A brick through the principal's window might wake him up.")) {
            assertThat(without.score(endorsed).score("threat")).as(endorsed).isLessThan(hold);
            AbuseScores s = model.score(endorsed);
            assertThat(s.score("threat")).as(endorsed).isGreaterThanOrEqualTo(hold);
            assertThat(s.spans()).filteredOn(sp -> sp.label().equals("threat")).isNotEmpty();
        }
        String civil = "The defense earned a win with that goal-line stand.";
        assertThat(model.score(civil).scores()).isEqualTo(without.score(civil).scores());
        var tree = (com.fasterxml.jackson.databind.node.ObjectNode) ModelArchive.json().valueToTree(model.spec());
        tree.remove("endorsedHarm");
        assertThat(ModelArchive.json().treeToValue(tree, AbuseSpec.class).endorsedHarm()).isFalse();
    }

    private static boolean held(AbuseScores s) {
        return model.labels().stream().anyMatch(l -> s.score(l.name()) >= l.defaultHold());
    }

    /**
     * The strong-word frame for toxicity and insult only ({@code undirected-strong-words-mild}, measured and not shipped:
     * bench/abuse/experiments.md, abuse8) is the model file's too: with it, a strong word at a thing loses what it adds
     * to toxicity and insult but not to obscene, and the same word aimed at a person keeps every score.
     */
    @Test
    void mildStrongWordFrameLowersToxicityAndInsultOnlyAndOnlyAtThings() {
        assertThat(model.spec().civilFrames()).doesNotContain("undirected-strong-words-mild");
        // on the committed frames but the thing-limited one (20261207-85e6ff77 excuses this comment already)
        List<String> frames = new java.util.ArrayList<>(model.spec().civilFrames());
        frames.remove("strong-words-at-things");
        AbuseClassifier base = model.withSpec(model.spec().withCivilFrames(List.copyOf(frames)));
        frames.add("undirected-strong-words-mild");
        AbuseClassifier mild = model.withSpec(model.spec().withCivilFrames(frames));
        String atThing = "What a ridiculous waste of paper, this whole stadium plan is garbage.";
        AbuseScores before = base.score(atThing);
        AbuseScores after = mild.score(atThing);
        assertThat(after.toxicity()).isLessThan(before.toxicity());
        assertThat(after.insult()).isLessThanOrEqualTo(before.insult());
        assertThat(after.score("obscene")).isEqualTo(before.score("obscene"));
        assertThat(after.score("identity_attack")).isEqualTo(before.score("identity_attack"));
        String atPerson = "What a ridiculous waste of paper, the mayor is garbage.";
        assertThat(mild.score(atPerson).scores()).isEqualTo(base.score(atPerson).scores());
    }

    private static io.parley.classification.AbuseLabel label(String name) {
        return model.labels().stream().filter(l -> l.name().equals(name)).findFirst().orElseThrow();
    }

    private static final List<String> NEUTRAL = List.of(
            "Ryabkov made clear that Russia was not interested in discussing the defunct INF Treaty",
            "A meeting of the NATO-Russia Council will take place in Brussels on Wednesday",
            "Sherman offered reciprocal moves with Russia on de-escalation on missile placements and exercises.");

    @Test
    void seed004InsultsOutscoreNeutralSentencesOnInsultWithTheInsultingWordsInTheSpans() {
        double neutralMax = NEUTRAL.stream().mapToDouble(n -> model.score(n).insult()).max().orElseThrow();
        for (String insult : List.of("Reply from the same “Jackson” arsehole:",
                "“David Jackson”, you are just another wormy little troll.",
                "And no I’m not Polish or Ukrainian. I just hate smelly little trolls.”")) {
            assertThat(seed004).contains(insult);
            AbuseScores s = model.score(insult);
            // measured with the committed model (per-head linear): 0.20, 0.55, 0.34 against <= 0.04 for the
            // neutral sentences; the insult threshold chosen on validation is 0.24
            assertThat(s.insult()).as(insult).isGreaterThan(5 * neutralMax).isGreaterThan(0.1);
            assertThat(s.toxicity()).as(insult).isGreaterThan(model.spec().threshold("toxicity"));
            // the insulting word is among the comment's spans (of insult or of toxicity: with this model
            // "arsehole" is a toxicity span, "little troll" and "hate smelly little trolls" are insult spans)
            String spanned = String.join(" ", s.spans().stream().filter(sp -> sp.label().equals("insult")
                    || sp.label().equals("toxicity")).map(sp -> insult.substring(sp.start(), sp.end())).toList());
            assertThat(spanned).as("spans of " + insult).containsAnyOf("arsehole", "troll", "trolls", "wormy", "smelly");
        }
    }

    @Test
    void neutralArticleSentencesOfSeed004ScoreLow() {
        // article sentences that are NOT among our seed labels (those are in training)
        for (String sentence : NEUTRAL) {
            assertThat(seed004).contains(sentence);
            AbuseScores s = model.score(sentence);
            for (String label : labels()) {
                assertThat(s.score(label)).as(label + ": " + sentence).isLessThan(model.spec().threshold(label));
            }
            assertThat(s.insult()).as(sentence).isLessThan(0.1);
            assertThat(s.spans()).isEmpty();
        }
    }

    @Test
    void emptyAndHugeTextsAreScored() {
        AbuseScores empty = model.score("");
        assertThat(empty.scores()).hasSize(6);
        assertThat(empty.spans()).isEmpty();
        String huge = "la ".repeat(400_000);
        long t = System.nanoTime();
        assertThat(model.score(huge).scores()).hasSize(6);
        assertThat((System.nanoTime() - t) / 1e9).isLessThan(2.0);
    }

    /** The labels the model serves (its file's). */
    private static List<String> labels() {
        return model.labels().stream().map(io.parley.classification.AbuseLabel::name).toList();
    }

    private static List<JsonNode> lines(String content) throws Exception {
        List<JsonNode> out = new java.util.ArrayList<>();
        for (String l : content.split("\n")) {
            if (!l.isBlank()) {
                out.add(ModelArchive.json().readTree(l));
            }
        }
        return out;
    }
}
