package io.parley.web;

import com.fasterxml.jackson.databind.JsonNode;
import io.parley.site.Role;
import io.parley.site.Site;
import io.parley.support.Api;
import io.parley.support.IntegrationTest;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;

import java.nio.charset.StandardCharsets;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A page whose comments are loaded by Disqus is accepted, but never silently: the ingest response carries the
 * unparsed section and a warning, the stored article keeps it, and the article page shows it to moderators.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class UnparsedSectionTest extends IntegrationTest {

    Site site;
    Api api;

    @BeforeAll
    void seed() {
        WebFixtures f = new WebFixtures(sites, accounts, ingest, jdbc);
        site = f.site("unparsed", "Unparsed");
        f.user("unparsed-mod", Role.MODERATOR, "unparsed");
        api = new Api(port, Api.bearer(accounts.issueApiKey(site, "test", "test")));
    }

    private static String page(String after) {
        StringBuilder html = new StringBuilder("<html><head><title>Bridge vote</title></head><body><h1>Council approves the bridge</h1>");
        for (int i = 0; i < 5; i++) {
            html.append("<p>The council voted on Tuesday to fund a new bridge across the river, paragraph ").append(i)
                    .append(", ending a decade of debate about traffic in the old town.</p>");
        }
        return html.append(after).append("</body></html>").toString();
    }

    @Test
    void disqusPageIsStoredWithAWarningAndShownOnTheArticlePage() throws Exception {
        byte[] body = page("<div id=\"disqus_thread\"></div><script src=\"https://town.disqus.com/embed.js\"></script>")
                .getBytes(StandardCharsets.UTF_8);
        var r = api.post("/api/v1/sites/unparsed/pages?externalId=bridge", "text/html", body);
        assertThat(r.status()).as(r.body()).isEqualTo(201);
        JsonNode section = r.json().get("commentSection");
        assertThat(section.get("status").asText()).isEqualTo("unparsed");
        assertThat(section.get("count").asInt()).isZero();
        assertThat(section.get("reason").asText()).contains("Disqus");
        assertThat(r.json().get("warnings").get(0).asText()).contains("Disqus");

        assertThat(api.get("/api/v1/sites/unparsed/articles/bridge").json().get("commentSection").get("status").asText())
                .isEqualTo("unparsed");
        var html = WebSession.login(port, "unparsed-mod").get("/sites/unparsed/articles/bridge");
        assertThat(html.statusCode()).isEqualTo(200);
        assertThat(html.body()).contains("Comments not fully read from this page").contains("Disqus");
    }

    @Test
    void aPageWithoutCommentsSaysNoneAndWarnsNothing() {
        var r = api.post("/api/v1/sites/unparsed/pages?externalId=quiet", "text/html",
                page("").getBytes(StandardCharsets.UTF_8));
        assertThat(r.status()).as(r.body()).isEqualTo(201);
        assertThat(r.json().get("commentSection").get("status").asText()).isEqualTo("none");
        assertThat(r.json().has("warnings")).isFalse();
    }
}
