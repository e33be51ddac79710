package io.parley.web;

import io.parley.moderation.Action;
import io.parley.moderation.DecisionRequest;
import io.parley.moderation.Decisions;
import io.parley.site.AuditLog;
import io.parley.site.Role;
import io.parley.site.Site;
import io.parley.support.IntegrationTest;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import org.springframework.beans.factory.annotation.Autowired;

import java.net.http.HttpResponse;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

/**
 * The audit trail was readable only through the owner's API (GET /audit, raw JSON): an item's page now lists who
 * decided what on it and when (reversals and undoing included), and the Audit page lists the site's log filtered by
 * person, action and date, 50 a page. A moderator reads the moderation part; a refused filter is said in the form.
 */
class AuditTrailBrowserTest extends IntegrationTest {

    @Autowired
    Decisions decisions;
    @Autowired
    AuditLog audit;

    @Test
    void theTrailOfAnItemAndTheSitesLogAreReadOnTheirPages() throws Exception {
        WebFixtures f = new WebFixtures(sites, accounts, ingest, jdbc);
        Site site = f.site("audit-web", "Audit on the web");
        f.user("au-mod", Role.MODERATOR, "audit-web");
        f.user("au-owner", Role.OWNER, "audit-web");
        List<Long> items = queueHeldComments(site, 2, null);
        decisions.decide(site, "au-mod", new DecisionRequest(items.get(0), Action.REJECT, "name-calling", null));
        long c1 = jdbc.queryForObject("SELECT comment_id FROM review_items WHERE id = ?", Long.class, items.get(0));
        decisions.reverse(site, "au-owner", c1, null, "sharp, not abusive");
        audit.record(site.id(), "au-owner", "apikey.issued", "apikey:pk_test", Map.of("label", "ingest"));
        for (int i = 0; i < 60; i++) {
            audit.record(site.id(), "bulk-bot", "settings.saved", "settings:" + (i + 2), Map.of("v", i + 2));
        }

        // bad filters: a 400 page that keeps the form, never a 500
        WebSession http = WebSession.login(port, "au-mod");
        for (String bad : List.of("from=2026-13-40", "to=yesterday", "from=2026-12-08&to=2026-12-01", "before=abc",
                "before=0", "action=%00", "action=DROP%20TABLE", "action=decision..x", "actor=%00", "from=%2B99999-01-01", "action=apikey.issued")) {
            HttpResponse<String> r = http.get("/sites/audit-web/audit?" + bad);
            assertThat(r.statusCode()).as(bad).isEqualTo(400);
            assertThat(r.body()).as(bad).contains("id=\"audit-error\"").contains("Audit log");
        }

        assumeTrue(Browser.available(), "needs /usr/bin/chromium and /usr/bin/chromedriver");
        try (Browser b = new Browser(port)) {
            b.login("au-mod", WebFixtures.PASSWORD);
            b.open("/sites/audit-web/queue/" + items.get(0));
            List<String> trail = b.waitFor(d -> d.findElements(By.cssSelector("#trail li"))).stream()
                    .map(WebElement::getText).toList();
            assertThat(b.driver.findElement(By.cssSelector(".claim-warning")).getText())
                    .startsWith("Already decided: comment 'c1' by author was already approved by au-owner at ");
            assertThat(trail).hasSize(3);
            assertThat(trail.get(0)).contains("au-mod: rejected", "note: “name-calling”");
            assertThat(trail.get(1)).contains("au-owner: published");
            assertThat(trail.get(2)).contains("au-owner: reversed the outcome: rejected → published (had been decided by au-mod)");
            b.screenshot("item-audit-trail-1280");

            b.open("/sites/audit-web/audit");
            assertThat(b.driver.findElement(By.cssSelector("nav a[aria-current=page]")).getText()).isEqualTo("Audit");
            assertThat(rows(b)).hasSize(AuditPages.PAGE).allMatch(a -> !a.startsWith("apikey."));
            // the choices are the moderation part too: who granted roles and which key was issued are the owner's
            assertThat(options(b, "a-actor")).containsExactly("", "au-mod", "au-owner", "bulk-bot");
            assertThat(options(b, "a-action")).containsExactly("", "decision.", "decision.approve", "decision.reject",
                    "outcome.reversed", "settings.saved");
            b.open("/sites/audit-web/audit?actor=au-owner");
            assertThat(rows(b)).containsExactly("outcome.reversed", "decision.approve");
            b.open("/sites/audit-web/audit?action=decision.");
            assertThat(rows(b)).containsExactly("decision.approve", "decision.reject");
            assertThat(b.driver.findElement(By.cssSelector("#audit tbody tr a")).getAttribute("href"))
                    .endsWith("/sites/audit-web/queue/" + items.get(0));
            b.open("/sites/audit-web/audit?from=2999-01-01");
            assertThat(b.driver.findElement(By.cssSelector("p.empty")).getText()).isEqualTo("No events match.");

            // paged: 60 events of one actor, 50 and then 10
            b.open("/sites/audit-web/audit?actor=bulk-bot");
            assertThat(rows(b)).hasSize(50);
            b.driver.findElement(By.id("older")).click();
            b.waitFor(d -> d.getCurrentUrl().contains("before="));
            assertThat(rows(b)).hasSize(10);
            assertThat(b.driver.findElements(By.id("older"))).isEmpty();
            assertThat(b.driver.findElement(By.id("a-actor")).getAttribute("value")).isEqualTo("bulk-bot");

            // a refused filter is said in the form, the field marked, the other filters kept
            b.open("/sites/audit-web/audit?actor=au-owner&from=2026-13-40");
            assertThat(b.driver.findElement(By.id("audit-error")).getText()).contains("from:", "yyyy-mm-dd");
            assertThat(b.driver.findElement(By.id("a-from")).getDomAttribute("aria-invalid")).isEqualTo("true");
            assertThat(b.driver.findElement(By.id("a-actor")).getAttribute("value")).isEqualTo("au-owner");
            b.open("/sites/audit-web/audit?action=apikey.issued");
            assertThat(b.driver.findElement(By.id("audit-error")).getText()).contains("the site owner's");
            b.screenshot("audit-refused-1280");
        }
        try (Browser b = new Browser(port)) {
            b.login("au-owner", WebFixtures.PASSWORD);
            b.open("/sites/audit-web/audit?action=apikey.issued");
            assertThat(rows(b)).containsExactly("apikey.issued");
            assertThat(options(b, "a-actor")).contains("test", "au-mod");
            assertThat(options(b, "a-action")).contains("apikey.issued", "user.role.granted");
            b.open("/sites/audit-web/audit");
            b.screenshot("audit-1280");
        }
    }

    private static List<String> options(Browser b, String select) {
        return b.driver.findElements(By.cssSelector("#" + select + " option")).stream()
                .map(o -> o.getDomAttribute("value")).toList();
    }

    private static List<String> rows(Browser b) {
        return b.driver.findElements(By.cssSelector("#audit tbody tr")).stream().map(r -> r.getDomAttribute("data-action"))
                .toList();
    }
}
