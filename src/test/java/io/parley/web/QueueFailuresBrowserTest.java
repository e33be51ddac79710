package io.parley.web;

import io.parley.moderation.Action;
import io.parley.moderation.Claims;
import io.parley.moderation.DecisionRequest;
import io.parley.moderation.Decisions;
import io.parley.site.Role;
import io.parley.site.Site;
import io.parley.support.IntegrationTest;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import org.springframework.beans.factory.annotation.Autowired;

import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

/**
 * What a moderator working the queue by keyboard is told when an action fails (found by polish15): a comment a
 * colleague decided before the list caught up, and a comment that could not be loaded because the session ended.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class QueueFailuresBrowserTest extends IntegrationTest {

    /** Holds the queue's polling while {@code window.__holdPoll} is true, so the list lags as it does between polls. */
    private static final String HOLD_POLL = "window.__holdPoll = true; const f = window.fetch;"
            + " window.fetch = (u, o) => window.__holdPoll && String(u).includes('/queue/open') ? new Promise(() => {}) : f(u, o);";

    @Autowired
    Claims claims;

    @Autowired
    Decisions decisions;

    Browser browser;
    Site site;
    Site bulkSite;

    @BeforeAll
    void start() throws Exception {
        assumeTrue(Browser.available(), "needs /usr/bin/chromium and /usr/bin/chromedriver");
        WebFixtures f = new WebFixtures(sites, accounts, ingest, jdbc);
        site = f.site("qfail", "Queue failures");
        f.bulkQueue(site, 4);
        f.user("qf-mod", Role.MODERATOR, "qfail");
        f.user("qf-mod2", Role.MODERATOR, "qfail");
        bulkSite = f.site("qfail-bulk", "Queue failures, bulk");
        f.bulkQueue(bulkSite, 3);
        f.user("qf-bmod", Role.MODERATOR, "qfail-bulk");
        f.user("qf-bmod2", Role.MODERATOR, "qfail-bulk");
        browser = new Browser(port);
    }

    @AfterAll
    void stop() throws Exception {
        if (browser != null) {
            browser.close();
        }
    }

    private List<WebElement> rows() {
        return browser.driver.findElements(By.cssSelector("#list .item"));
    }

    private long id(int row) {
        return Long.parseLong(rows().get(row).getDomAttribute("data-id"));
    }

    private void waitDetail(long item) {
        browser.waitFor(d -> !d.findElements(By.cssSelector("#detail article.detail[data-id='" + item + "']")).isEmpty());
    }

    private String status() {
        return browser.driver.findElement(By.id("status")).getText();
    }

    /** Was "Could not approve: this item was already decided (17)", the row left in place until the next poll. */
    @Test
    void aCommentDecidedByAColleagueMeanwhileIsNamedAndTheQueueMovesOn() {
        browser.login("qf-mod", WebFixtures.PASSWORD);
        browser.open("/sites/qfail/queue");
        browser.waitFor(d -> rows().size() == 4);
        long first = id(0);
        long second = id(1);
        waitDetail(first);
        browser.js(HOLD_POLL);
        assertThat(claims.claimItem(site, "qf-mod2", first)).isTrue();
        decisions.decide(site, "qf-mod2", new DecisionRequest(first, Action.REJECT, null, null));

        browser.keys("a");
        browser.waitFor(d -> status().startsWith("Could not"));
        assertThat(status()).startsWith("Could not approve the comment by author").contains("was already rejected by qf-mod2")
                .endsWith("Nothing was done.");
        browser.js("window.__holdPoll = false");
        browser.waitFor(d -> rows().size() == 3);
        waitDetail(second);
        assertThat(jdbc.queryForObject("SELECT status FROM comments c JOIN review_items r ON r.comment_id = c.id WHERE r.id = ?",
                String.class, first)).isEqualTo("rejected");
    }

    /** Was: the previous comment stayed on show under the newly selected row, and nothing was said. */
    @Test
    void aCommentThatCannotBeLoadedIsSaidAndThePreviousOneIsNotLeftOnShow() {
        browser.login("qf-mod", WebFixtures.PASSWORD);
        browser.open("/sites/qfail/queue");
        browser.waitFor(d -> rows().size() >= 2);
        long first = id(0);
        waitDetail(first);
        browser.js(HOLD_POLL);
        browser.driver.manage().deleteAllCookies();

        browser.keys("j");
        browser.waitFor(d -> !d.findElements(By.cssSelector("#detail [role=alert]")).isEmpty());
        WebElement detail = browser.driver.findElement(By.id("detail"));
        assertThat(detail.findElements(By.cssSelector("article.detail"))).isEmpty();
        assertThat(detail.getText()).startsWith("Could not show this comment:").containsIgnoringCase("session has ended");
        assertThat(status()).containsIgnoringCase("session has ended");
    }

    /** On a comment's own page: each failed key stacked one more warning above the comment. */
    @Test
    void onACommentsOwnPageAFailedDecisionIsOneWarningSayingNothingWasDone() {
        long item = jdbc.queryForObject("SELECT max(id) FROM review_items WHERE site_id = ? AND state = 'open'", Long.class,
                site.id());
        browser.login("qf-mod", WebFixtures.PASSWORD);
        browser.open("/sites/qfail/queue/" + item);
        browser.waitFor(d -> !d.findElements(By.cssSelector("article.detail[data-id='" + item + "'] .actions")).isEmpty());
        assertThat(claims.claimItem(site, "qf-mod2", item)).isTrue();
        decisions.decide(site, "qf-mod2", new DecisionRequest(item, Action.APPROVE, null, null));

        browser.keys("a");
        browser.waitFor(d -> !d.findElements(By.cssSelector("article.detail [role=alert]")).isEmpty());
        browser.keys("a");
        browser.keys("a");
        browser.waitFor(d -> d.findElement(By.cssSelector("article.detail [role=alert]")).getText().endsWith("Nothing was done."));
        List<WebElement> warnings = browser.driver.findElements(By.cssSelector("article.detail [role=alert]"));
        assertThat(warnings).hasSize(1);
        assertThat(warnings.get(0).getText()).startsWith("Could not approve:").contains("was already approved by qf-mod2")
                .doesNotContain("(" + item + ")");
        assertThat(browser.driver.getCurrentUrl()).endsWith("/sites/qfail/queue/" + item);
    }

    /**
     * Was: "Bulk reject failed, nothing changed" and every chosen row left in place till the next poll, so R again
     * failed again. The one decided meanwhile leaves at once; the rest stay selected and R decides them.
     */
    @Test
    void aBulkDecisionRefusedForACommentDecidedMeanwhileLeavesTheRestSelectedForAnotherGo() {
        browser.login("qf-bmod", WebFixtures.PASSWORD);
        browser.open("/sites/qfail-bulk/queue");
        browser.waitFor(d -> rows().size() == 3);
        long first = id(0);
        long second = id(1);
        waitDetail(first);
        // no polling: only what the page does on the refusal may bring the list up to date
        browser.js("for (let i = 1; i < 1000; i++) clearInterval(i);");
        browser.keys("x", "j", "x");
        browser.waitFor(d -> status().equals("2 selected."));
        assertThat(claims.claimItem(bulkSite, "qf-bmod2", second)).isTrue();
        decisions.decide(bulkSite, "qf-bmod2", new DecisionRequest(second, Action.APPROVE, null, null));

        browser.keys("R");
        browser.waitFor(d -> status().startsWith("Bulk reject failed, nothing changed"));
        browser.waitFor(d -> rows().size() == 2);
        assertThat(rows()).extracting(r -> r.getDomAttribute("data-id")).doesNotContain(Long.toString(second));
        assertThat(browser.driver.findElement(By.cssSelector("#list .item[data-id='" + first + "'] .sel")).isSelected()).isTrue();
        browser.keys("R");
        browser.waitFor(d -> rows().size() == 1);
        assertThat(status()).startsWith("Rejected 1 comments");
        assertThat(jdbc.queryForObject("SELECT status FROM comments c JOIN review_items r ON r.comment_id = c.id WHERE r.id = ?",
                String.class, first)).isEqualTo("rejected");
    }
}
