package io.parley.moderation;

import com.fasterxml.jackson.databind.JsonNode;
import io.parley.site.Site;
import io.parley.support.Api;
import io.parley.support.IntegrationTest;
import org.junit.jupiter.api.Test;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Seed 004 through the whole path with the committed models and default settings: page in, extracted,
 * stored, classified by the outbox worker, decided by the policy, held items queued.
 */
class SeedPipelineTest extends IntegrationTest {

    @Test
    void insultingRepliesAreHeldAndNeutralTextIsPublished() throws Exception {
        Site site = sites.create("seed-pipeline", "Seed", "test");
        Api api = new Api(port, Api.bearer(accounts.issueApiKey(site, "s", "test")));
        Path seed;
        try (var files = Files.list(Path.of("training-data/seeds"))) {
            seed = files.filter(p -> p.getFileName().toString().startsWith("004_")).findFirst().orElseThrow();
        }
        Api.Response page = api.post("/api/v1/sites/seed-pipeline/pages?externalId=mt", "text/plain; charset=utf-8",
                Files.readAllBytes(seed));
        assertThat(page.status()).as(page.body()).isEqualTo(201);
        assertThat(page.json().get("comments").get("created").asInt()).isGreaterThanOrEqualTo(2);
        // Two neutral sentences of the article, sent as comments under it.
        api.postJson("/api/v1/sites/seed-pipeline/articles/mt/comments", Map.of("comments", List.of(
                Map.of("externalId", "neutral-1", "text", "Russia and the United States held more than seven hours of "
                        + "tense talks in Geneva on Monday regarding Moscow's sweeping set of demands."),
                Map.of("externalId", "neutral-2", "text", "Both sides noted there was no breakthrough, but vowed to "
                        + "continue diplomatic efforts to diffuse tensions."))));

        awaitDecided(site);
        JsonNode comments = api.get("/api/v1/sites/seed-pipeline/comments?limit=100").json().get("items");
        Map<String, JsonNode> byId = new java.util.HashMap<>();
        comments.forEach(c -> byId.put(c.get("externalId").asText(), c));

        JsonNode insulting = byId.get("mt#c2");
        assertThat(insulting.get("status").asText()).isIn("held", "rejected");
        assertThat(insulting.get("statusReason").get("reasons").toString()).contains("\"rule\":\"label\"");
        assertThat(byId.get("mt#c1").get("status").asText()).isEqualTo("published");
        assertThat(byId.get("neutral-1").get("status").asText()).isEqualTo("published");
        assertThat(byId.get("neutral-2").get("status").asText()).isEqualTo("published");
        // Every comment: exactly one classification for the current models, and a final status.
        assertThat(jdbc.queryForObject("""
                SELECT count(*) FROM comments c WHERE c.site_id = ? AND (SELECT count(*) FROM classifications k
                    WHERE k.comment_id = c.id) <> 1""", Integer.class, site.id())).isZero();
        if (insulting.get("status").asText().equals("held")) {
            assertThat(jdbc.queryForObject("SELECT count(*) FROM review_items WHERE comment_id = ?", Integer.class,
                    insulting.get("id").asLong())).isEqualTo(1);
        }
        // The insults are in what the commenter pasted in: spans point into those parts.
        String spans = insulting.get("classification").get("spans").toString();
        assertThat(spans).contains("quote:");
    }

    void awaitDecided(Site site) throws InterruptedException {
        long deadline = System.currentTimeMillis() + 120_000;
        while (System.currentTimeMillis() < deadline) {
            Integer pending = jdbc.queryForObject(
                    "SELECT count(*) FROM comments WHERE site_id = ? AND status = 'received'", Integer.class, site.id());
            if (pending == 0) {
                return;
            }
            Thread.sleep(200);
        }
        throw new AssertionError("comments not decided within 120 s");
    }
}
