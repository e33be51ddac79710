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
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

/**
 * The owner's reasons: managed on their page, picked by a moderator with the keyboard on escalate, shown
 * with the whole thread in the owner's escalated view, kept in the audit trail and the export.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class ReasonsBrowserTest extends IntegrationTest {

    @Autowired
    DecisionExport export;

    @Autowired
    io.parley.moderation.ReasonList reasons;

    Browser browser;
    Site site;
    Map<String, Long> comments;

    @BeforeAll
    void start() throws Exception {
        assumeTrue(Browser.available(), "needs /usr/bin/chromium and /usr/bin/chromedriver");
        WebFixtures f = new WebFixtures(sites, accounts, ingest, jdbc);
        site = f.site("reasons", "Reasons");
        comments = f.seed004(site);
        f.user("rs-mod", Role.MODERATOR, "reasons");
        f.user("rs-owner", Role.OWNER, "reasons");
        browser = new Browser(port);
    }

    @AfterAll
    void stop() throws Exception {
        if (browser != null) {
            browser.close();
        }
    }

    private long item(String externalId) {
        return jdbc.queryForObject("SELECT id FROM review_items WHERE comment_id = ?", Long.class, comments.get(externalId));
    }

    @Test
    void aReasonPickedOnEscalateReachesTheOwnerWithTheThreadAndTheExport() throws Exception {
        browser.login("rs-owner", WebFixtures.PASSWORD);
        browser.open("/sites/reasons/reasons");
        for (String label : new String[]{"Spam", "Legal risk", "Personal attack"}) {
            browser.driver.findElement(By.id("new-reason")).sendKeys(label);
            browser.driver.findElement(By.cssSelector("form.stack button[type=submit]")).click();
            browser.waitFor(d -> d.findElement(By.cssSelector("p.note")).getText().contains(label));
        }
        // A second "spam" is refused and the draft stays in the field.
        browser.driver.findElement(By.id("new-reason")).sendKeys("SPAM!");
        browser.driver.findElement(By.cssSelector("form.stack button[type=submit]")).click();
        browser.waitFor(d -> d.findElement(By.cssSelector("p.error")).getText().contains("already has this reason"));
        assertThat(browser.driver.findElement(By.id("new-reason")).getDomProperty("value")).isEqualTo("SPAM!");
        assertThat(browser.driver.findElements(By.cssSelector(".reason-list li"))).extracting(e -> e.getDomAttribute("data-code"))
                .containsExactly("spam", "legal-risk", "personal-attack");
        browser.screenshot("reasons-1280");

        // The moderator escalates c5 (four replies deep) with the keyboard: e, 2 (Legal risk), a note, Enter.
        browser.login("rs-mod", WebFixtures.PASSWORD);
        browser.open("/sites/reasons/queue");
        browser.waitFor(d -> !d.findElements(By.cssSelector("#detail article.detail[data-id='" + item("s4-c5") + "']")).isEmpty());
        browser.keys("e");
        browser.waitFor(d -> d.findElement(By.id("reason-dialog")).isDisplayed());
        assertThat(browser.driver.findElement(By.id("reason-title")).getText()).isEqualTo("Escalate: why?");
        browser.screenshot("queue-reason-dialog-1280");
        browser.keys("2");
        browser.driver.findElement(By.id("reason-note")).sendKeys("threatens to sue the author?");
        browser.keys("\n");
        browser.waitFor(d -> d.findElements(By.cssSelector("#list .item")).size() == 4);
        assertThat(jdbc.queryForObject("SELECT reason_code || '|' || reason FROM decisions WHERE review_item_id = ?", String.class,
                item("s4-c5"))).isEqualTo("legal-risk|threatens to sue the author?");
        // Escape cancels: nothing is decided.
        browser.keys("r");
        browser.waitFor(d -> d.findElement(By.id("reason-dialog")).isDisplayed());
        browser.keys(org.openqa.selenium.Keys.ESCAPE);
        browser.waitFor(d -> !d.findElement(By.id("reason-dialog")).isDisplayed());
        assertThat(browser.driver.findElements(By.cssSelector("#list .item"))).hasSize(4);

        // The owner sees why, by whom, and the whole thread around the comment.
        browser.login("rs-owner", WebFixtures.PASSWORD);
        browser.open("/sites/reasons/escalated");
        WebElement e = browser.driver.findElement(By.cssSelector("li.item[data-id='" + item("s4-c5") + "']"));
        assertThat(e.findElement(By.cssSelector(".escalation")).getText())
                .contains("rs-mod", "Legal risk", "threatens to sue the author?");
        assertThat(e.findElements(By.cssSelector(".escalation-thread .comment.ancestor"))).hasSize(4);
        browser.screenshot("escalated-1280");

        // Audit and export keep the code and its label.
        assertThat(jdbc.queryForObject("""
                SELECT details->>'reasonLabel' FROM audit_events WHERE site_id = ? AND action = 'decision.escalate'""",
                String.class, site.id())).isEqualTo("Legal risk");
        browser.open("/sites/reasons/escalated");
        browser.driver.findElement(By.cssSelector("li.item[data-id='" + item("s4-c5") + "'] button[value=reject]")).click();
        browser.waitFor(d -> d.findElement(By.cssSelector("p.note")).getText().contains("Rejected"));
        Api api = new Api(port, Api.basic("rs-mod", WebFixtures.PASSWORD));
        Api.Response bad = api.postJson("/api/v1/sites/reasons/queue/" + item("s4-c6") + "/decision",
                "{\"action\":\"reject\",\"reasonCode\":\"nonsense\"}");
        assertThat(bad.status()).isEqualTo(422);
        assertThat(bad.json().get("fields").get(0).get("field").asText()).isEqualTo("reasonCode");
        assertThat(api.postJson("/api/v1/sites/reasons/queue/" + item("s4-c6") + "/decision",
                "{\"action\":\"approve\",\"reasonCode\":\"spam\"}").status()).isEqualTo(422);
        assertThat(api.postJson("/api/v1/sites/reasons/queue/" + item("s4-c6") + "/decision",
                "{\"action\":\"reject\",\"reasonCode\":\"spam\"}").status()).isEqualTo(200);
        assertThat(api.get("/api/v1/sites/reasons/reasons").json().toString()).contains("legal-risk", "Personal attack");
        StringWriter out = new StringWriter();
        export.write(site, out);
        assertThat(out.toString()).contains("\"reasonCode\":\"spam\",\"reasonLabel\":\"Spam\"")
                // which model's scores the line carries: after an upgrade they may be newer than the decision
                .containsPattern("\"scoredBy\":\"[^\"@]+@[^\"]+\"");
    }

    /**
     * The picker by keyboard alone (trial9): arrows pick, Tab walks note, Confirm and Cancel, and Enter on Cancel
     * cancels (it confirmed: a keyboard user backing out rejected the comment). Focus returns to the queue row, and the
     * choices are a labelled radio group.
     */
    @Test
    void thePickerWorksByKeyboardAloneAndEnterOnCancelDecidesNothing() {
        Site keys = new WebFixtures(sites, accounts, ingest, jdbc).site("reason-keys", "Reason keys");
        new WebFixtures(sites, accounts, ingest, jdbc).bulkQueue(keys, 3);
        new WebFixtures(sites, accounts, ingest, jdbc).user("rk-mod", Role.MODERATOR, "reason-keys");
        for (String label : new String[]{"Spam", "Legal risk", "Personal attack"}) {
            reasons.add(keys, "test", label);
        }
        browser.login("rk-mod", WebFixtures.PASSWORD);
        browser.open("/sites/reason-keys/queue");
        browser.waitFor(d -> !d.findElements(By.cssSelector("#detail article.detail")).isEmpty());
        String first = browser.driver.findElement(By.cssSelector("#list .item.current")).getDomAttribute("data-id");

        browser.keys("r");
        browser.waitFor(d -> d.findElement(By.id("reason-dialog")).isDisplayed());
        WebElement group = browser.driver.findElement(By.cssSelector("#reason-dialog [role=radiogroup]"));
        assertThat(group.getAccessibleName()).isEqualTo("Reject: why?");
        browser.keys(org.openqa.selenium.Keys.ARROW_DOWN);
        assertThat(browser.js("return document.activeElement.value")).isEqualTo("legal-risk");
        browser.keys(org.openqa.selenium.Keys.TAB, "a note", org.openqa.selenium.Keys.TAB, org.openqa.selenium.Keys.TAB);
        assertThat(browser.js("return document.activeElement.textContent")).isEqualTo("Cancel");
        browser.keys(org.openqa.selenium.Keys.ENTER);
        browser.waitFor(d -> !d.findElement(By.id("reason-dialog")).isDisplayed());
        assertThat(jdbc.queryForObject("SELECT count(*) FROM decisions WHERE site_id = ?", Integer.class, keys.id())).isZero();
        browser.waitFor(d -> first.equals(browser.js("return document.activeElement.dataset.id")));

        browser.keys("r");
        browser.waitFor(d -> d.findElement(By.id("reason-dialog")).isDisplayed());
        browser.keys(org.openqa.selenium.Keys.ARROW_DOWN, org.openqa.selenium.Keys.ARROW_DOWN, org.openqa.selenium.Keys.ENTER);
        browser.waitFor(d -> d.findElements(By.cssSelector("#list .item")).size() == 2);
        assertThat(jdbc.queryForObject("SELECT action || '|' || reason_code FROM decisions WHERE site_id = ?", String.class,
                keys.id())).isEqualTo("reject|personal-attack");
    }
}
