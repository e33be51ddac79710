package io.parley.web;

import io.parley.site.Role;
import io.parley.site.Site;
import io.parley.support.IntegrationTest;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;

import java.util.List;
import java.util.Locale;
import java.util.Random;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

/**
 * The stance views in a real browser: the charts are drawn at their size, the queue's stance sort is offered, and a
 * stance action takes a minimum probability. Screenshots go to target/screenshots (bench/stance keeps copies).
 */
class StanceBrowserTest extends IntegrationTest {

    @Test
    void stanceChartsAndTheQueueSortShowInTheBrowser() throws Exception {
        assumeTrue(Browser.available(), "needs /usr/bin/chromium and /usr/bin/chromedriver");
        WebFixtures f = new WebFixtures(sites, accounts, ingest, jdbc);
        Site site = f.site("stance-web", "Stance in the browser");
        f.user("stance-owner", Role.OWNER, "stance-web");
        long article = jdbc.queryForObject("INSERT INTO articles (site_id, external_id, title) VALUES (?, 'geneva-talks', "
                + "'Geneva talks on NATO end without a breakthrough') RETURNING id", Long.class, site.id());
        // 120 comments over 20 days; the share against "NATO expansion" drifts up, seeded so the picture is stable
        Random r = new Random(2026);
        String[] article4 = {"agree", "disagree", "discuss", "unrelated"};
        for (int i = 0; i < 120; i++) {
            int day = i % 20;
            double against = 0.2 + 0.5 * day / 20.0;
            double u = r.nextDouble();
            String t1 = u < against ? "against" : u < against + 0.3 ? "favor" : "none";
            String t2 = r.nextDouble() < 0.5 ? "favor" : "against";
            String a = article4[(int) Math.floor(Math.pow(r.nextDouble(), 1.3) * 4)];
            String parent = i % 3 == 0 ? null : r.nextDouble() < 0.3 ? "deny" : r.nextDouble() < 0.5 ? "support" : "comment";
            long c = jdbc.queryForObject("""
                    INSERT INTO comments (site_id, article_id, external_id, author, text, posted_at, status)
                    VALUES (?, ?, ?, 'reader', 'comment', now() - make_interval(days => ?, hours => ?), 'held') RETURNING id""",
                    Long.class, site.id(), article, "w" + i, 19 - day, i % 7);
            String stance = String.format(Locale.ROOT, "{\"article\":\"%s\",\"parent\":%s,\"targets\":{\"NATO expansion\":\"%s\","
                    + "\"Sanctions on Russia\":\"%s\"},\"detail\":{\"article\":{\"%s\":%.2f}}}", a,
                    parent == null ? "null" : "\"" + parent + "\"", t1, t2, a, 0.4 + 0.6 * r.nextDouble());
            jdbc.update("INSERT INTO classifications (comment_id, model_name, model_version, stance) VALUES (?, 'm', 'v', ?::jsonb)",
                    c, stance);
            // in the queue, so that its stance sort has rows to order
            jdbc.update("""
                    INSERT INTO review_items (site_id, comment_id, priority, reason, settings_version)
                    VALUES (?, ?, 0.5, '[{"rule":"label","label":"insult","action":"hold"}]', 1)""", site.id(), c);
        }
        try (Browser b = new Browser(port)) {
            b.login("stance-owner", WebFixtures.PASSWORD);
            b.size(1100, 900);
            b.open("/sites/stance-web/articles/geneva-talks/stance");
            WebElement bar = b.waitFor(d -> d.findElement(By.cssSelector(".svg-chart svg")));
            assertThat(bar.getSize().getWidth()).isGreaterThan(300);
            assertThat(b.driver.findElements(By.cssSelector(".svg-chart svg rect")).size()).isGreaterThan(6);
            b.screenshot("stance-article");

            b.open("/sites/stance-web/stance?days=30");
            b.waitFor(d -> d.findElements(By.cssSelector(".stance-target svg polyline")).size() == 4);
            assertThat(b.driver.findElements(By.cssSelector(".stance-target h2")).stream().map(WebElement::getText).toList())
                    .containsExactly("NATO expansion", "Sanctions on Russia");
            b.size(1100, 1400);
            b.screenshot("stance-targets");

            b.size(1100, 900);
            b.open("/sites/stance-web/queue?sort=stance:article.disagree");
            WebElement sort = b.waitFor(d -> d.findElement(By.id("filter-sort")));
            assertThat(sort.getAttribute("value")).isEqualTo("stance:article.disagree");
            // each row shows the probability the list is sorted by, highest first; rows without one come last
            List<String> shown = b.driver.findElements(By.cssSelector("ol.items li.item .sorted-by")).stream()
                    .map(WebElement::getText).toList();
            assertThat(shown).hasSize(QueuePages.PAGE);
            assertThat(shown.get(0)).matches("article disagree 0\\.\\d\\d");
            List<Double> ps = shown.stream().filter(t -> !t.endsWith("no score"))
                    .map(t -> Double.parseDouble(t.substring(t.lastIndexOf(' ') + 1))).toList();
            assertThat(ps).isSortedAccordingTo(java.util.Comparator.reverseOrder());
            assertThat(shown.subList(0, ps.size())).noneMatch(t -> t.endsWith("no score"));
            b.screenshot("stance-queue-sort");

            b.open("/sites/stance-web/settings");
            WebElement min = b.waitFor(d -> d.findElement(By.id("stance_p_article.disagree")));
            assertThat(min.getAttribute("type")).isEqualTo("number");
            b.js("document.getElementById('stance_p_article.disagree').scrollIntoView()");
            b.screenshot("stance-settings-threshold");
        }
    }
}
