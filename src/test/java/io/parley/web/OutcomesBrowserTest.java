package io.parley.web;

import io.parley.moderation.DecisionExport;
import io.parley.site.Role;
import io.parley.site.Site;
import io.parley.support.Api;
import io.parley.support.IntegrationTest;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import org.springframework.beans.factory.annotation.Autowired;

import java.io.StringWriter;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

/** A wrong automatic rejection is found with the outcome filters and reversed in the browser; audit and export see it. */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class OutcomesBrowserTest extends IntegrationTest {

    @Autowired
    DecisionExport export;

    Browser browser;
    Site site;
    Map<String, Long> comments;

    @BeforeAll
    void start() throws Exception {
        assumeTrue(Browser.available(), "needs /usr/bin/chromium and /usr/bin/chromedriver");
        WebFixtures f = new WebFixtures(sites, accounts, ingest, jdbc);
        site = f.site("outcomes", "Outcomes");
        comments = f.seed004(site);
        // c6 was rejected by the site's rule (insult 0.86 over a reject threshold of 0.8), never seen by a person.
        long c6 = comments.get("s4-c6");
        jdbc.update("DELETE FROM review_items WHERE comment_id = ?", c6);
        jdbc.update("""
                UPDATE comments SET status = 'rejected', status_reason = '{"reasons":[{"rule":"label","label":"insult",
                  "score":0.86,"threshold":0.8,"action":"reject","settingsVersion":1}],"model":"fixture@0"}'::jsonb WHERE id = ?""", c6);
        f.user("oc-mod", Role.MODERATOR, "outcomes");
        browser = new Browser(port);
    }

    @AfterAll
    void stop() throws Exception {
        if (browser != null) {
            browser.close();
        }
    }

    private List<String> shown() {
        return browser.driver.findElements(By.cssSelector("ol.outcomes li.item")).stream()
                .map(e -> e.getDomAttribute("data-comment")).toList();
    }

    @Test
    void aModeratorFindsAndReversesAnAutomaticRejection() throws Exception {
        String c3 = comments.get("s4-c3").toString();
        String c6 = comments.get("s4-c6").toString();
        browser.login("oc-mod", WebFixtures.PASSWORD);
        browser.open("/sites/outcomes/outcomes");
        assertThat(shown()).containsExactlyInAnyOrder(c3, c6);
        browser.open("/sites/outcomes/outcomes?status=rejected&by=rule");
        assertThat(shown()).containsExactly(c6);
        browser.open("/sites/outcomes/outcomes?label=insult&band=0.7-0.9&author=reader-2");
        assertThat(shown()).containsExactly(c6);
        browser.open("/sites/outcomes/outcomes?band=0.9-1");
        assertThat(shown()).isEmpty();
        browser.open("/sites/outcomes/outcomes?by=person");
        assertThat(shown()).isEmpty();
        browser.open("/sites/outcomes/outcomes?status=published&from=2000-01-01&to=2999-12-31&article=seed-004");
        assertThat(shown()).containsExactly(c3);

        browser.open("/sites/outcomes/outcomes?status=rejected&by=rule");
        WebElement row = browser.driver.findElement(By.cssSelector("li.item[data-comment='" + c6 + "']"));
        assertThat(row.findElement(By.cssSelector(".by")).getText()).isEqualTo("by rule");
        assertThat(row.findElement(By.cssSelector(".why")).getText()).contains("insult", "0.86", "0.80");
        browser.screenshot("outcomes-1280");
        row.findElement(By.cssSelector("input[name=reason]")).sendKeys("sharp but within the rules");
        row.findElement(By.cssSelector("form.reverse button")).click();
        browser.waitFor(d -> d.findElement(By.cssSelector(".note")).getText().contains("Published the comment by reader-2"));
        // the way back: Undo beside the notice (within the undo window), reversing again after it
        assertThat(browser.driver.findElement(By.cssSelector(".note")).getText()).contains("rejected by rule")
                .contains("Undo puts it back rejected").contains("reverse it again: it is listed under Outcome: published")
                .doesNotContain("Undo from the queue");
        // back on the same filtered list, where it no longer is
        assertThat(browser.driver.getCurrentUrl()).contains("status=rejected", "by=rule");
        assertThat(shown()).isEmpty();
        // Undo restores the outcome before the reversal (rejected by rule), not a held comment back in the queue
        browser.driver.findElement(By.id("undo-reversal")).click();
        browser.waitFor(d -> d.findElement(By.cssSelector(".note")).getText().contains("Undone"));
        assertThat(browser.driver.findElement(By.cssSelector(".note")).getText())
                .contains("the comment by reader-2 is rejected again, as before the reversal");
        assertThat(browser.driver.findElements(By.id("undo-reversal"))).isEmpty();
        assertThat(browser.driver.getCurrentUrl()).contains("status=rejected", "by=rule");
        assertThat(shown()).containsExactly(c6);
        assertThat(jdbc.queryForObject("SELECT status FROM comments WHERE id = ?", String.class, comments.get("s4-c6")))
                .isEqualTo("rejected");
        assertThat(jdbc.queryForObject("SELECT count(*) FROM review_items WHERE comment_id = ? AND state = 'open'",
                Integer.class, comments.get("s4-c6"))).isZero();
        // and reversed again, for good
        row = browser.driver.findElement(By.cssSelector("li.item[data-comment='" + c6 + "']"));
        row.findElement(By.cssSelector("input[name=reason]")).sendKeys("sharp but within the rules");
        row.findElement(By.cssSelector("form.reverse button")).click();
        browser.waitFor(d -> d.findElement(By.cssSelector(".note")).getText().contains("Published the comment by reader-2"));

        assertThat(jdbc.queryForObject("SELECT status FROM comments WHERE id = ?", String.class, comments.get("s4-c6")))
                .isEqualTo("published");
        assertThat(jdbc.queryForObject("""
                SELECT details->>'decidedBy' || ':' || (details->>'from') || '>' || (details->>'to') FROM audit_events
                WHERE site_id = ? AND action = 'outcome.reversed' ORDER BY id DESC LIMIT 1""", String.class, site.id()))
                .isEqualTo("rule:rejected>published");
        browser.open("/sites/outcomes/outcomes?by=person");
        assertThat(shown()).containsExactly(c6);
        assertThat(browser.driver.findElement(By.cssSelector(".by")).getText()).isEqualTo("by oc-mod");
        // the row leads to the item's page, where its audit trail is
        long item = jdbc.queryForObject("SELECT id FROM review_items WHERE comment_id = ?", Long.class, comments.get("s4-c6"));
        assertThat(browser.driver.findElement(By.cssSelector("a.trail-link")).getAttribute("href"))
                .endsWith("/sites/outcomes/queue/" + item);
        StringWriter out = new StringWriter();
        export.write(site, out);
        assertThat(out.toString()).contains("\"action\":\"approve\"", "sharp but within the rules");

        // The API reverses it back; a held comment cannot be reversed.
        Api api = new Api(port, Api.basic("oc-mod", WebFixtures.PASSWORD));
        assertThat(api.get("/api/v1/sites/outcomes/outcomes?by=person").json().get(0).path("decidedBy").asText()).isEqualTo("oc-mod");
        assertThat(api.postJson("/api/v1/sites/outcomes/outcomes/" + c6 + "/reversal", "{\"reason\":\"changed my mind\"}")
                .json().path("action").asText()).isEqualTo("reject");
        assertThat(api.postJson("/api/v1/sites/outcomes/outcomes/" + comments.get("s4-c5") + "/reversal", "{}").status())
                .isEqualTo(409);
        assertThat(api.get("/api/v1/sites/outcomes/outcomes?band=2-3").status()).isEqualTo(422);
    }
}
