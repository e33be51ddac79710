package io.parley.web;

import io.parley.site.Role;
import io.parley.site.Site;
import io.parley.support.IntegrationTest;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/** The stance pages count each comment's latest stance once and draw it: an article's mix, the targets per day. */
class StancePagesTest extends IntegrationTest {

    private void comment(Site site, long article, String id, String stanceJson, String postedAgo) {
        long c = jdbc.queryForObject("""
                INSERT INTO comments (site_id, article_id, external_id, author, text, posted_at, status)
                VALUES (?, ?, ?, 'a', 'text', now() - ?::interval, 'published') RETURNING id""", Long.class,
                site.id(), article, id, postedAgo);
        jdbc.update("INSERT INTO classifications (comment_id, model_name, model_version, stance) VALUES (?, 'm', 'old', ?::jsonb)",
                c, "{\"article\":\"agree\"}");
        jdbc.update("INSERT INTO classifications (comment_id, model_name, model_version, stance) VALUES (?, 'm', 'new', ?::jsonb)",
                c, stanceJson);
    }

    @Test
    void anArticlesStanceMixAndTheTargetsOverTimeAreDrawn() throws Exception {
        WebFixtures f = new WebFixtures(sites, accounts, ingest, jdbc);
        Site site = f.site("stance-pages", "Stance");
        f.user("stance-mod", Role.MODERATOR, "stance-pages");
        long article = jdbc.queryForObject("INSERT INTO articles (site_id, external_id, title) VALUES (?, 'nato-1', 'NATO') RETURNING id",
                Long.class, site.id());
        comment(site, article, "c1", "{\"article\":\"disagree\",\"parent\":\"deny\",\"targets\":{\"NATO <expansion>\":\"against\"}}", "1 day");
        comment(site, article, "c2", "{\"article\":\"disagree\",\"targets\":{\"NATO <expansion>\":\"favor\"}}", "1 day");
        comment(site, article, "c3", "{\"article\":\"discuss\",\"targets\":{\"NATO <expansion>\":\"against\"}}", "3 days");
        comment(site, article, "c4", "{\"article\":\"agree\"}", "100 days");

        WebSession mod = WebSession.login(port, "stance-mod");
        String page = mod.get("/sites/stance-pages/articles/nato-1/stance").body();
        // the latest classification counts: four comments, none counted twice
        assertThat(page).contains("<svg", "agree 1 (25%)", "disagree 2 (50%)", "discuss 1 (25%)", "unrelated 0 (0%)",
                "deny 1 (100%)", "sort=stance:article.disagree");

        String targets = mod.get("/sites/stance-pages/stance?days=30").body();
        // a target's text is escaped in the chart and the table; the 100-day-old comment is outside the window
        assertThat(targets).contains("NATO &lt;expansion&gt;", "<polyline").doesNotContain("NATO <expansion>");
        assertThat(targets.replaceAll("\\s+", " ")).containsPattern("<td>2</td> ?<td>1</td> ?<td>1</td> ?<td>0</td>")
                .containsPattern("<td>1</td> ?<td>0</td> ?<td>1</td> ?<td>0</td>");
        assertThat(mod.get("/sites/stance-pages/stance").statusCode()).isEqualTo(200);
        assertThat(targets).doesNotContain("targets-unscored");
        // a target just named in Settings: said to count from then on, not "owners name targets in Settings"
        io.parley.site.SiteSettings now = sites.settings(site.id()).settings();
        sites.save(site.id(), new io.parley.site.SiteSettings(now.thresholds(), now.stanceActions(),
                java.util.List.of("Brexit"), now.holdFirstComments(), now.unsupportedLanguageAction(),
                now.queueOrder(), now.authorRules(), now.targetSides()), "stance-owner");
        String named = mod.get("/sites/stance-pages/stance?days=30").body().replaceAll("\\s+", " ");
        assertThat(named).contains("id=\"targets-unscored\"", "scored toward Brexit:", "parley reclassify --site stance-pages")
                .doesNotContain("owners name targets in Settings");

        // an article the site does not have is the article page's 404, not an empty mix headed with the id (trial11)
        var none = mod.get("/sites/stance-pages/articles/nato-2/stance");
        assertThat(none.statusCode()).isEqualTo(404);
        assertThat(none.body()).contains("no article &#39;nato-2&#39; on this site").doesNotContain("Where the comments stand");
        // a period that is no number says what it takes, as the API does (it was "days: not a valid value")
        var days = mod.get("/sites/stance-pages/stance?days=ten");
        assertThat(days.statusCode()).isEqualTo(400);
        assertThat(days.body()).contains("days: a whole number, not &#39;ten&#39;");
    }
}
