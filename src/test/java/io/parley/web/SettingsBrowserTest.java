package io.parley.web;

import io.parley.site.Role;
import io.parley.site.Site;
import io.parley.support.IntegrationTest;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.Select;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

/**
 * The owner's settings: a save refused for one bad value keeps every edit (the error shown once, the bad
 * field marked); the versions diff lists only what the owner changed; after raising thresholds, the
 * waiting comments the new version would not hold are published on a confirmed "apply".
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class SettingsBrowserTest extends IntegrationTest {

    Browser browser;
    Site site;

    @BeforeAll
    void start() throws Exception {
        assumeTrue(Browser.available(), "needs /usr/bin/chromium and /usr/bin/chromedriver");
        WebFixtures f = new WebFixtures(sites, accounts, ingest, jdbc);
        site = f.site("settings-keep", "Settings");
        f.bulkQueue(site, 40);
        f.user("sk-owner", Role.OWNER, "settings-keep");
        browser = new Browser(port);
    }

    @AfterAll
    void stop() throws Exception {
        if (browser != null) {
            browser.close();
        }
    }

    private void type(String id, String value) {
        WebElement e = browser.driver.findElement(By.id(id));
        e.clear();
        e.sendKeys(value);
    }

    private String value(String id) {
        return browser.driver.findElement(By.id(id)).getDomProperty("value");
    }

    private void save() {
        browser.driver.findElement(By.id("save-settings")).click();
    }

    @Test
    void aRefusedSaveKeepsTheEditsTheDiffShowsOnlyWhatChangedAndTheBacklogFollowsOnConfirmation() throws Exception {
        browser.login("sk-owner", WebFixtures.PASSWORD);
        browser.open("/sites/settings-keep/settings");
        // The served model states the default hold; the diff must name it as the value replaced.
        String insultWas = browser.driver.findElement(By.id("hold_insult")).getDomProperty("value");
        type("hold_insult", "0.3");
        new Select(browser.driver.findElement(By.id("stance_target.against"))).selectByValue("hold");
        type("targets", "NATO");
        browser.driver.findElement(By.id("reject_threat")).clear();
        save();
        browser.waitFor(d -> !d.findElements(By.cssSelector("main > p.error")).isEmpty());

        // Shown once, naming the field; nothing saved; every edit still there, the bad one marked.
        assertThat(browser.driver.findElements(By.cssSelector(".error"))).hasSize(1);
        assertThat(browser.driver.findElement(By.cssSelector("main > p.error")).getText())
                .contains("thresholds.threat", "edits are kept");
        assertThat(sites.settings(site.id()).version()).isEqualTo(1);
        assertThat(value("hold_insult")).isEqualTo("0.3");
        assertThat(value("reject_threat")).isEmpty();
        assertThat(browser.driver.findElement(By.id("reject_threat")).getDomAttribute("aria-invalid")).isEqualTo("true");
        assertThat(value("targets")).isEqualTo("NATO");
        assertThat(new Select(browser.driver.findElement(By.id("stance_target.against"))).getFirstSelectedOption()
                .getDomAttribute("value")).isEqualTo("hold");
        browser.screenshot("settings-refused-1280");

        type("reject_threat", "0.85");
        save();
        browser.waitFor(d -> !d.findElements(By.id("saved-note")).isEmpty());
        assertThat(sites.settings(site.id()).version()).isEqualTo(2);
        WebElement newest = browser.driver.findElement(By.cssSelector("#versions > li"));
        assertThat(newest.findElements(By.cssSelector(".diff li"))).extracting(WebElement::getText).containsExactlyInAnyOrder(
                "stanceActions.target.against: — → hold", "targets: — → NATO", "thresholds.insult.hold: " + insultWas + " → 0.3",
                "thresholds.threat.reject: 0.9 → 0.85");

        // Raise the holds: the waiting comments scored below 0.9 on every label would now be published.
        // Every label the model serves: its own defaults hold at low scores on the rarer labels.
        for (WebElement hold : browser.driver.findElements(By.cssSelector("input[type=number][id^='hold_']"))) {
            type(hold.getDomAttribute("id"), "0.9");
            type(hold.getDomAttribute("id").replace("hold_", "reject_"), "1");
        }
        new Select(browser.driver.findElement(By.id("stance_target.against"))).selectByValue("publish");
        new Select(browser.driver.findElement(By.id("stance_article.disagree"))).selectByValue("publish");
        new Select(browser.driver.findElement(By.id("stance_parent.deny"))).selectByValue("publish");
        save();
        browser.waitFor(d -> !d.findElements(By.id("saved-note")).isEmpty());
        int expected = jdbc.queryForObject("""
                SELECT count(*) FROM review_items r JOIN classifications k ON k.comment_id = r.comment_id
                WHERE r.site_id = ? AND NOT EXISTS (SELECT 1 FROM jsonb_each_text(k.scores) e WHERE e.value::float8 >= 0.9)""",
                Integer.class, site.id());
        assertThat(expected).isBetween(1, 39);
        browser.waitFor(d -> !d.findElements(By.id("backlog")).isEmpty()); // loaded after the page
        WebElement panel = browser.driver.findElement(By.id("backlog"));
        assertThat(panel.getText()).contains(expected + " of the 40 waiting comments", expected + " published, 0 rejected");
        browser.screenshot("settings-backlog-1280");
        // Dismissing the confirmation changes nothing.
        browser.driver.findElement(By.id("apply-backlog")).click();
        browser.waitFor(d -> {
            try {
                d.switchTo().alert();
                return true;
            } catch (org.openqa.selenium.NoAlertPresentException e) {
                return false;
            }
        });
        assertThat(browser.driver.switchTo().alert().getText()).contains("Publish " + expected + " and reject 0 of the 40");
        browser.driver.switchTo().alert().dismiss();
        assertThat(jdbc.queryForObject("SELECT count(*) FROM comments WHERE site_id = ? AND status = 'published'",
                Integer.class, site.id())).isZero();
        browser.driver.findElement(By.id("apply-backlog")).click();
        browser.waitFor(d -> {
            try {
                d.switchTo().alert().accept();
                return true;
            } catch (org.openqa.selenium.NoAlertPresentException e) {
                return false;
            }
        });
        browser.waitFor(d -> !d.findElements(By.id("backlog-note")).isEmpty());
        assertThat(browser.driver.findElement(By.id("backlog-note")).getText())
                .contains(expected + " published, 0 rejected, " + (40 - expected) + " still held");
        assertThat(jdbc.queryForObject("SELECT count(*) FROM comments WHERE site_id = ? AND status = 'published'",
                Integer.class, site.id())).isEqualTo(expected);
        assertThat(jdbc.queryForObject("SELECT count(*) FROM review_items WHERE site_id = ? AND state = 'open'",
                Integer.class, site.id())).isEqualTo(40 - expected);
        assertThat(jdbc.queryForObject("SELECT count(*) FROM audit_events WHERE site_id = ? AND action = 'backlog.reapplied'",
                Integer.class, site.id())).isEqualTo(1);
        browser.waitFor(d -> d.findElements(By.id("backlog-slot")).isEmpty()); // the panel answered
        assertThat(browser.driver.findElements(By.id("backlog"))).isEmpty();
    }
}
