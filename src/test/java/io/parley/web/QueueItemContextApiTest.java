package io.parley.web;

import com.fasterxml.jackson.databind.JsonNode;
import io.parley.site.Role;
import io.parley.site.Site;
import io.parley.support.Api;
import io.parley.support.IntegrationTest;
import org.junit.jupiter.api.Test;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * GET /api/v1/sites/{site}/queue/{item} gave the item and its author's counts, where the item page shows the comment in
 * its thread (parent chain, replies), the article and the paragraph it is about: an API client deciding from the API
 * decided blind. It now answers what the page shows, and the OpenAPI document says so. (Here, beside WebFixtures'
 * seed-004 thread: c1 ← c2 ← c3 ← c4 ← {c5, c6}, c1 quoting the article.)
 */
class QueueItemContextApiTest extends IntegrationTest {

    @Test
    void anItemComesWithItsThreadArticleAndTrail() throws Exception {
        WebFixtures f = new WebFixtures(sites, accounts, ingest, jdbc);
        Site site = f.site("item-context", "Item context");
        Map<String, Long> ids = f.seed004(site);
        f.user("ic-mod", Role.MODERATOR, "item-context");
        Api mod = new Api(port, Api.basic("ic-mod", WebFixtures.PASSWORD));
        String base = "/api/v1/sites/item-context/queue/";
        long c4 = item(site, ids.get("s4-c4"));

        JsonNode middle = mod.get(base + c4).json();
        assertThat(middle.path("item").path("commentExternalId").asText()).isEqualTo("s4-c4");
        assertThat(externalIds(middle.path("ancestors"))).containsExactly("s4-c1", "s4-c2", "s4-c3");
        assertThat(externalIds(middle.path("replies"))).containsExactly("s4-c5", "s4-c6");
        assertThat(middle.path("replies").get(0).path("classification").path("scores").path("insult").asDouble())
                .isGreaterThan(0.9);
        JsonNode article = middle.path("article");
        assertThat(article.path("externalId").asText()).isEqualTo("seed-004");
        assertThat(article.path("title").asText()).isNotBlank();
        assertThat(article.path("paragraphCount").asInt()).isGreaterThan(3);
        assertThat(middle.path("trail").isArray()).isTrue();
        assertThat(middle.path("trail")).isEmpty();

        // the top comment quotes the article: that paragraph, said to be quoted; its replies nest as a tree
        long c1 = item(site, ids.get("s4-c1"));
        JsonNode top = mod.get(base + c1).json();
        assertThat(top.path("ancestors")).isEmpty();
        assertThat(externalIds(top.path("replies"))).containsExactly("s4-c2");
        assertThat(externalIds(top.path("replies").get(0).path("replies"))).containsExactly("s4-c3");
        assertThat(top.path("article").path("quoted").asBoolean()).isTrue();
        String quote = jdbc.queryForObject("SELECT quotes->0->>'text' FROM comments WHERE id = ?", String.class, ids.get("s4-c1"));
        assertThat(top.path("article").path("paragraph").asText()).contains(quote.strip().substring(0, 20));
        assertThat(top.path("article").path("paragraphIndex").isInt()).isTrue();

        // decided: the trail names who and what
        assertThat(mod.postJson(base + c1 + "/decision", "{\"action\":\"reject\",\"reason\":\"name-calling\"}").status())
                .isEqualTo(200);
        JsonNode trail = mod.get(base + c1).json().path("trail");
        assertThat(trail).hasSize(1);
        assertThat(trail.get(0).path("actor").asText()).isEqualTo("ic-mod");
        assertThat(trail.get(0).path("action").asText()).isEqualTo("decision.reject");
        assertThat(trail.get(0).path("details").path("reason").asText()).isEqualTo("name-calling");
        assertThat(trail.get(0).path("at").asText()).isNotBlank();

        // documented: the schema names the context, and the operation says what it answers
        JsonNode doc = mod.get("/v3/api-docs").json();
        JsonNode schema = doc.path("components").path("schemas").path("ItemWithContext").path("properties");
        assertThat(schema.fieldNames()).toIterable().contains("item", "authorHistory", "article", "ancestors", "replies", "trail");
        assertThat(schema.path("ancestors").path("description").asText()).contains("direct parent");
        assertThat(doc.path("paths").path("/api/v1/sites/{site}/queue/{item}").path("get").path("summary").asText())
                .contains("parent chain and replies");
    }

    private long item(Site site, long commentId) {
        return jdbc.queryForObject("SELECT id FROM review_items WHERE site_id = ? AND comment_id = ?", Long.class,
                site.id(), commentId);
    }

    private static List<String> externalIds(JsonNode comments) {
        List<String> out = new ArrayList<>();
        comments.forEach(c -> out.add(c.path("externalId").asText()));
        return out;
    }
}
