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
        assertThat(page).contains("Author <span dir=\"auto\">reader-2</span>", n + " held", n + " waiting:", "Reject all",
                "data-comment=\"" + ids.get("s4-c5") + "\"", "data-comment=\"" + ids.get("s4-c6") + "\"")
                .doesNotContain("data-comment=\"" + ids.get("s4-c1") + "\"");
        // The item view links to the author's page.
        long c5 = jdbc.queryForObject("SELECT id FROM review_items WHERE comment_id = ?", Long.class, ids.get("s4-c5"));
        assertThat(mod.get("/sites/authors/queue/" + c5).body()).contains("href=\"/sites/authors/authors/name:reader-2\"");

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

    @Test
    void theOwnerSuspendsAnAuthorAndTheirNextCommentIsRejectedWithThatReason() throws Exception {
        WebFixtures f = new WebFixtures(sites, accounts, ingest, jdbc);
        Site site = f.site("suspend", "Suspend");
        f.seed004(site);
        f.user("su-owner", Role.OWNER, "suspend");
        f.user("su-mod", Role.MODERATOR, "suspend");
        WebSession mod = WebSession.login(port, "su-mod");
        assertThat(mod.get("/sites/suspend/authors/troll-9").body()).doesNotContain("suspend-reject");
        WebSession owner = WebSession.login(port, "su-owner");
        String page = owner.get("/sites/suspend/authors/troll-9").body();
        HttpResponse<String> after = owner.post("/sites/suspend/authors/troll-9/suspension",
                "action=reject&_csrf=" + WebSession.csrf(page));
        assertThat(after.body()).contains("Suspended troll-9", "new comments are rejected", "suspend-lift");
        // A reader's polite comment is still rejected: the author is suspended.
        ingest.addComments(site, "seed-004", java.util.List.of(new io.parley.ingest.CommentInput("su-1", null, "troll-9",
                null, null, "Thank you for the balanced article, I learned a lot.", java.util.List.of())));
        long id = jdbc.queryForObject("SELECT id FROM comments WHERE site_id = ? AND external_id = 'su-1'", Long.class, site.id());
        awaitStatus(id);
        assertThat(jdbc.queryForObject("SELECT status FROM comments WHERE id = ?", String.class, id)).isEqualTo("rejected");
        assertThat(jdbc.queryForObject("SELECT status_reason->'reasons'->0->>'rule' FROM comments WHERE id = ?", String.class, id))
                .isEqualTo("author-suspended");
        // Lifted: the next one goes by the scores again.
        owner.post("/sites/suspend/authors/troll-9/suspension", "action=lift&_csrf=" + WebSession.csrf(page));
        ingest.addComments(site, "seed-004", java.util.List.of(new io.parley.ingest.CommentInput("su-2", null, "troll-9",
                null, null, "Thank you again, a fair summary of the talks.", java.util.List.of())));
        long id2 = jdbc.queryForObject("SELECT id FROM comments WHERE site_id = ? AND external_id = 'su-2'", Long.class, site.id());
        awaitStatus(id2);
        assertThat(jdbc.queryForObject("SELECT status_reason::text FROM comments WHERE id = ?", String.class, id2))
                .doesNotContain("author-suspended");
        assertThat(jdbc.queryForList("SELECT action FROM audit_events WHERE site_id = ? AND action LIKE 'author.%' ORDER BY id",
                String.class, site.id())).containsExactly("author.suspended", "author.suspension-lifted");
    }

    private void awaitStatus(long commentId) throws InterruptedException {
        for (int i = 0; i < 600; i++) {
            String st = jdbc.queryForObject("SELECT status FROM comments WHERE id = ?", String.class, commentId);
            if (!"received".equals(st)) {
                return;
            }
            Thread.sleep(100);
        }
        throw new AssertionError("comment " + commentId + " was not classified within a minute");
    }
}
