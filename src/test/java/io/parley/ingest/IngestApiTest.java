package io.parley.ingest;

import com.fasterxml.jackson.databind.JsonNode;
import io.parley.site.Site;
import io.parley.support.Api;
import io.parley.support.IntegrationTest;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;

class IngestApiTest extends IntegrationTest {

    Site site;
    Api api;

    @BeforeEach
    void site() {
        site = sites.create("s-" + UUID.randomUUID().toString().substring(0, 8), "Test", "test");
        api = new Api(port, Api.bearer(accounts.issueApiKey(site, "test", "test")));
    }

    String base() {
        return "/api/v1/sites/" + site.slug();
    }

    static Map<String, Object> comment(String id, String parent, String text) {
        Map<String, Object> c = new java.util.HashMap<>(Map.of("externalId", id, "text", text, "author", "a-" + id));
        if (parent != null) {
            c.put("parentId", parent);
        }
        return c;
    }

    @Test
    void sameCommentSentTwiceIsStoredOnce() {
        assertThat(api.postJson(base() + "/articles", Map.of("externalId", "a1", "title", "T", "body", "P1\n\nP2")).status())
                .isEqualTo(201);
        List<Map<String, Object>> batch = List.of(comment("c1", null, "first"), comment("c2", "c1", "reply"));
        var first = api.postJson(base() + "/articles/a1/comments", Map.of("comments", batch));
        assertThat(first.status()).isEqualTo(201);
        assertThat(first.json().get("created").asInt()).isEqualTo(2);

        var again = api.postJson(base() + "/articles/a1/comments", Map.of("comments", batch));
        assertThat(again.status()).isEqualTo(200);
        assertThat(again.json().get("created").asInt()).isZero();
        assertThat(again.json().get("duplicates").asInt()).isEqualTo(2);
        assertThat(again.json().get("comments").get(0).get("id").asLong())
                .isEqualTo(first.json().get("comments").get(0).get("id").asLong());
        assertThat(jdbc.queryForObject("SELECT count(*) FROM comments WHERE site_id = ?", Integer.class, site.id())).isEqualTo(2);
        assertThat(jdbc.queryForObject("SELECT count(*) FROM outbox o JOIN comments c ON c.id = o.comment_id WHERE c.site_id = ?",
                Integer.class, site.id())).isLessThanOrEqualTo(2);
    }

    @Test
    void threadIsRebuiltFromParentsAcrossBatchesAndOutOfOrder() {
        api.postJson(base() + "/articles", Map.of("externalId", "a1", "title", "T", "paragraphs", List.of("x")));
        // Replies before their parents in the batch, and a second batch replying to stored comments.
        api.postJson(base() + "/articles/a1/comments", Map.of("comments", List.of(
                comment("r2", "r1", "reply to reply"), comment("r1", "top", "reply"), comment("top", null, "top"),
                comment("other", null, "another top"))));
        var second = api.postJson(base() + "/articles/a1/comments", Map.of("comments", List.of(
                comment("r3", "r2", "deepest"), comment("r4", "other", "under other"))));
        assertThat(second.status()).isEqualTo(201);

        JsonNode thread = api.get(base() + "/articles/a1/thread").json().get("comments");
        assertThat(thread).hasSize(2);
        assertThat(thread.get(0).get("externalId").asText()).isEqualTo("top");
        JsonNode r1 = thread.get(0).get("replies").get(0);
        assertThat(r1.get("externalId").asText()).isEqualTo("r1");
        JsonNode r2 = r1.get("replies").get(0);
        assertThat(r2.get("externalId").asText()).isEqualTo("r2");
        assertThat(r2.get("replies").get(0).get("externalId").asText()).isEqualTo("r3");
        assertThat(r2.get("replies").get(0).get("depth").asInt()).isEqualTo(3);
        assertThat(thread.get(1).get("replies").get(0).get("externalId").asText()).isEqualTo("r4");

        JsonNode one = api.get(base() + "/comments/r3").json();
        assertThat(one.get("parentId").asText()).isEqualTo("r2");
        assertThat(one.get("status").asText()).isIn("received", "classified", "published", "held", "rejected");
    }

    @Test
    void batchOfAThousandIsAcceptedAndOneMoreIsRefused() {
        api.postJson(base() + "/articles", Map.of("externalId", "big", "title", "T", "body", "b"));
        List<Map<String, Object>> batch = new ArrayList<>();
        for (int i = 0; i < 1000; i++) {
            batch.add(comment("b" + i, i == 0 ? null : "b" + (i / 2), "comment number " + i));
        }
        var ok = api.postJson(base() + "/articles/big/comments", Map.of("comments", batch));
        assertThat(ok.status()).isEqualTo(201);
        assertThat(ok.json().get("created").asInt()).isEqualTo(1000);
        batch.add(comment("b1000", null, "one too many"));
        var tooMany = api.postJson(base() + "/articles/big/comments", Map.of("comments", batch));
        assertThat(tooMany.status()).isEqualTo(422);
        assertThat(tooMany.json().get("fields").get(0).get("field").asText()).isEqualTo("comments");
    }
}
