package io.parley.web;

import io.parley.site.Role;
import io.parley.site.Site;
import io.parley.support.IntegrationTest;
import org.junit.jupiter.api.Test;

import java.net.http.HttpResponse;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

/** An author's page lists their comments with outcomes, and one action decides all of their waiting comments. */
class AuthorPagesTest extends IntegrationTest {

    @Test
    void aModeratorRejectsEverythingAnAuthorHasWaiting() throws Exception {
        WebFixtures f = new WebFixtures(sites, accounts, ingest, jdbc);
        Site site = f.site("authors", "Authors");
        Map<String, Long> ids = f.seed004(site);
        f.user("au-mod", Role.MODERATOR, "authors");
        WebSession mod = WebSession.login(port, "au-mod");
        java.util.List<Long> waiting = jdbc.queryForList("""
                SELECT c.id FROM comments c JOIN review_items r ON r.comment_id = c.id
                WHERE c.site_id = ? AND c.author = 'reader-2' AND r.state = 'open'""", Long.class, site.id());
        int n = waiting.size();
        assertThat(waiting).contains(ids.get("s4-c5"), ids.get("s4-c6"));
        String page = mod.get("/sites/authors/authors/reader-2").body();
        assertThat(page).contains("Author <span>reader-2</span>", n + " held", n + " waiting:", "Reject all",
                "data-comment=\"" + ids.get("s4-c5") + "\"", "data-comment=\"" + ids.get("s4-c6") + "\"")
                .doesNotContain("data-comment=\"" + ids.get("s4-c1") + "\"");
        // The item view links to the author's page.
        long c5 = jdbc.queryForObject("SELECT id FROM review_items WHERE comment_id = ?", Long.class, ids.get("s4-c5"));
        assertThat(mod.get("/sites/authors/queue/" + c5).body()).contains("href=\"/sites/authors/authors/reader-2\"");

        HttpResponse<String> after = mod.post("/sites/authors/authors/reader-2/decide",
                "action=reject&reason=serial+insults&_csrf=" + WebSession.csrf(page));
        assertThat(after.statusCode()).isEqualTo(200);
        assertThat(after.body()).contains("Rejected " + n + " waiting comments by reader-2.", n + " rejected")
                .doesNotContain("Reject all");
        assertThat(jdbc.queryForList("SELECT status FROM comments WHERE id = ANY(?::bigint[])", String.class,
                (Object) waiting.toArray(Long[]::new))).containsOnly("rejected");
        assertThat(jdbc.queryForObject("SELECT count(*) FROM decisions WHERE site_id = ? AND moderator = 'au-mod'"
                + " AND reason = 'serial insults'", Integer.class, site.id())).isEqualTo(n);
        assertThat(jdbc.queryForObject("SELECT status FROM comments WHERE id = ?", String.class, ids.get("s4-c1")))
                .isEqualTo("held");
    }
}
