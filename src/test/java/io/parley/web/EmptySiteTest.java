package io.parley.web;

import io.parley.site.Role;
import io.parley.site.Site;
import io.parley.support.IntegrationTest;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;

import java.net.http.HttpResponse;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A new site no comment has reached (trial9): its queue said "Nothing waiting", Outcomes "No comments match", the
 * settings preview drew six empty histograms over "the last 0 classified comments", and Stats drew empty charts over
 * 30 rows of zeros. Each now says how to send comments (an API key from People & keys, the endpoint to call).
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class EmptySiteTest extends IntegrationTest {

    Site site;
    WebSession owner;
    WebSession moderator;

    @BeforeAll
    void seed() throws Exception {
        WebFixtures f = new WebFixtures(sites, accounts, ingest, jdbc);
        site = f.site("brand-new", "Brand new");
        f.user("bn-owner", Role.OWNER, "brand-new");
        f.user("bn-mod", Role.MODERATOR, "brand-new");
        owner = WebSession.login(port, "bn-owner");
        moderator = WebSession.login(port, "bn-mod");
    }

    @Test
    void everyPageOfASiteWithoutCommentsSaysHowToSendSome() throws Exception {
        for (String page : List.of("queue", "queue/list", "outcomes", "settings", "stats", "stance")) {
            HttpResponse<String> r = owner.get("/sites/brand-new/" + page);
            assertThat(r.statusCode()).as(page).isEqualTo(200);
            assertThat(r.body()).as(page).contains("id=\"no-comments\"", "No comments have reached this site yet",
                    "POST /api/v1/sites/brand-new/articles", "href=\"/sites/brand-new/people\"");
        }
        assertThat(owner.get("/sites/brand-new/stats").body()).doesNotContain("id=\"flagged-rate\"", "id=\"per-day\"", "By status");
        assertThat(owner.get("/sites/brand-new/settings").body()).contains("id=\"preview-empty\"")
                .doesNotContain("id=\"impact\"");
        // a moderator cannot issue keys: told who can
        assertThat(moderator.get("/sites/brand-new/queue").body()).contains("once the site owner sends comments")
                .doesNotContain("/sites/brand-new/people");
    }

    @Test
    void aSiteWithCommentsButNoneInThePeriodSaysSoInsteadOfChartsOfZeros() throws Exception {
        new WebFixtures(sites, accounts, ingest, jdbc).bulkQueue(site("older", "Older"), 2);
        new WebFixtures(sites, accounts, ingest, jdbc).user("bn-owner", Role.OWNER, "older");
        jdbc.update("UPDATE comments SET created_at = now() - interval '60 days', posted_at = now() - interval '60 days'"
                + " WHERE site_id = (SELECT id FROM sites WHERE slug = 'older')");
        WebSession s = WebSession.login(port, "bn-owner");
        String week = s.get("/sites/older/stats?days=7").body();
        assertThat(week).contains("id=\"period-empty\"", "choose a longer period").doesNotContain("id=\"no-comments\"")
                .doesNotContain("id=\"flagged-rate\"");
        assertThat(s.get("/sites/older/queue").body()).doesNotContain("id=\"no-comments\"").contains("data-id=");
        assertThat(s.get("/sites/older/stats?days=90").body()).contains("id=\"flagged-rate\"")
                .doesNotContain("id=\"period-empty\"");
    }

    /**
     * A filter that matches nothing (the demo's "target: against" on a site without targets) said "Nothing waiting.
     * New held comments appear here." under "62 open": it says the filter is why, and links the whole queue.
     */
    @Test
    void aQueueFilterMatchingNothingSaysItIsTheFilterNotAnEmptyQueue() throws Exception {
        new WebFixtures(sites, accounts, ingest, jdbc).bulkQueue(site("filtered", "Filtered"), 3);
        new WebFixtures(sites, accounts, ingest, jdbc).user("bn-owner", Role.OWNER, "filtered");
        WebSession s = WebSession.login(port, "bn-owner");
        for (String page : List.of("queue", "queue/list")) {
            // the fixture's comments are all against their target: none is in favour
            String none = s.get("/sites/filtered/" + page + "?stance=target%3Dfavor").body();
            assertThat(none).as(page).contains("id=\"none-match\"", "No held comment matches", "href=\"/sites/filtered/queue\"")
                    .doesNotContain("Nothing waiting").doesNotContain("data-id=");
            String all = s.get("/sites/filtered/" + page).body();
            assertThat(all).as(page).contains("data-id=").doesNotContain("id=\"none-match\"");
        }
        // a sort hides nothing
        assertThat(s.get("/sites/filtered/queue?sort=oldest").body()).contains("data-id=").doesNotContain("none-match");
    }

    /** /sites/brand-new was a 404 "no such resource": it is the site's queue. */
    @Test
    void theSitesOwnAddressOpensItsQueue() throws Exception {
        for (String path : List.of("/sites/brand-new", "/sites/brand-new/")) {
            HttpResponse<String> r = moderator.get(path);
            assertThat(r.statusCode()).as(path).isEqualTo(200);
            assertThat(r.uri().getPath()).as(path).isEqualTo("/sites/brand-new/queue");
        }
        assertThat(moderator.get("/sites/no-such-site").statusCode()).isEqualTo(404);
    }

    private Site site(String slug, String name) {
        return new WebFixtures(sites, accounts, ingest, jdbc).site(slug, name);
    }
}
