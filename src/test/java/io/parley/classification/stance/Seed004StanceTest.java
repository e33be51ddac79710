package io.parley.classification.stance;

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

/**
 * The committed model against our hand labels for seed page 004 ({@code training-data/stance/seed-004-stance.json}).
 */
class Seed004StanceTest {

    static StanceClassifier model;
    static JsonNode gold;
    static List<String> page;

    @BeforeAll
    static void load() throws Exception {
        model = StanceClassifier.load("");
        gold = ModelArchive.json().readTree(Files.readAllBytes(Path.of("training-data/stance/seed-004-stance.json")));
        try (InputStream in = Seed004StanceTest.class.getClassLoader().getResourceAsStream(gold.get("page").asText())) {
            assertThat(in).as("seed page on the classpath").isNotNull();
            page = new String(in.readAllBytes(), StandardCharsets.UTF_8).lines().toList();
        }
    }

    static String lines(JsonNode range) {
        int from = range.get(0).asInt();
        int to = range.get(1).asInt();
        return String.join("\n", page.subList(from - 1, to)).strip();
    }

    static String comment(String key) {
        return lines(gold.get("comments").get(key).get("lines"));
    }

    @Test
    void firstCommentIsRelatedToTheArticle() {
        StanceResult r = model.classify(comment("first"), lines(gold.get("article").get("lines")), null, List.of());
        assertThat(r.article().label()).isNotEqualTo(gold.get("expected").get("articleNot").get("first").asText());
        assertThat(r.parent()).isNull();
    }

    @Test
    void repliesToJacksonDenyIt() {
        String jackson = comment("jackson");
        gold.get("expected").get("parent").fields().forEachRemaining(e -> {
            StanceResult r = model.classify(comment(e.getKey()), null, jackson, List.of());
            assertThat(r.parent().label()).as(e.getKey() + " toward Jackson " + r.parent().probabilities())
                    .isEqualTo(e.getValue().asText());
        });
    }

    @Test
    void jacksonFavoursAndBilewyczOpposesRussiasDemands() {
        JsonNode t = gold.get("expected").get("target");
        String target = t.get("text").asText();
        for (String who : List.of("jackson", "bilewycz")) {
            StanceResult r = model.classify(comment(who), null, null, List.of(target));
            assertThat(r.targets().get(target).label()).as(who + " " + r.targets().get(target).probabilities())
                    .isEqualTo(t.get(who).asText());
        }
    }
}
