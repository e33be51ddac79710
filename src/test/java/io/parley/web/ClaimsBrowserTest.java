package io.parley.web;

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

import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

/**
 * Two moderators and the site owner on one queue in three browsers: looking (and j/k) locks nothing,
 * colleagues see who has what open, acting claims, an item claimed over the API is marked and refused
 * to a colleague, the owner takes it over, anyone may act once the claim ran out, leaving clears presence.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class ClaimsBrowserTest extends IntegrationTest {

    Browser one;
    Browser two;
    Browser owner;
    Site site;

    @BeforeAll
    void start() throws Exception {
        assumeTrue(Browser.available(), "needs /usr/bin/chromium and /usr/bin/chromedriver");
        WebFixtures f = new WebFixtures(sites, accounts, ingest, jdbc);
        site = f.site("claims", "Claims");
        f.bulkQueue(site, 6);
        f.user("cl-mod1", Role.MODERATOR, "claims");
        f.user("cl-mod2", Role.MODERATOR, "claims");
        f.user("cl-owner", Role.OWNER, "claims");
        one = new Browser(port);
        two = new Browser(port);
        owner = new Browser(port);
    }

    @AfterAll
    void stop() throws Exception {
        for (Browser b : new Browser[]{one, two, owner}) {
            if (b != null) {
                b.close();
            }
        }
    }

    private static List<WebElement> rows(Browser b) {
        return b.driver.findElements(By.cssSelector("#list .item"));
    }

    private static long id(WebElement row) {
        return Long.parseLong(row.getDomAttribute("data-id"));
    }

    private static void waitDetail(Browser b, long item) {
        b.waitFor(d -> !d.findElements(By.cssSelector("#detail article.detail[data-id='" + item + "']")).isEmpty());
    }

    private int claimsHeld() {
        return jdbc.queryForObject("SELECT count(*) FROM review_items WHERE site_id = ? AND lease_until > now()",
                Integer.class, site.id());
    }

    private String viewer(long item) {
        return jdbc.queryForObject("SELECT string_agg(moderator, ',') FROM review_presence WHERE item_id = ? AND until > now()",
                String.class, item);
    }

    @Test
    void twoModeratorsAndTheOwnerWorkOneQueueWithNoLockOut() throws Exception {
        one.login("cl-mod1", WebFixtures.PASSWORD);
        one.open("/sites/claims/queue");
        one.waitFor(d -> rows(one).size() == 6);
        List<Long> order = rows(one).stream().map(ClaimsBrowserTest::id).toList();
        long first = order.get(0);
        waitDetail(one, first);
        // j and k move through the queue: nothing is claimed, the moderator's presence follows them.
        one.keys("j");
        waitDetail(one, order.get(1));
        one.keys("k");
        waitDetail(one, first);
        assertThat(claimsHeld()).isZero();
        assertThat(viewer(first)).isEqualTo("cl-mod1");
        assertThat(viewer(order.get(1))).isNull();

        // The second moderator opens the same queue and the same first item: told who has it open, free to act.
        two.login("cl-mod2", WebFixtures.PASSWORD);
        two.open("/sites/claims/queue");
        two.waitFor(d -> rows(two).size() == 6);
        waitDetail(two, first);
        WebElement detail = two.driver.findElement(By.id("detail"));
        assertThat(detail.findElement(By.cssSelector(".presence")).getText()).isEqualTo("cl-mod1 has this comment open too.");
        assertThat(detail.findElements(By.cssSelector(".actions button"))).hasSize(3);
        two.keys("a");
        two.waitFor(d -> rows(two).size() == 5);
        String toast = two.driver.findElement(By.id("status")).getText();
        assertThat(toast).startsWith("Approved the comment by author").contains("calls someone").doesNotContain(" " + first + ".");
        assertThat(jdbc.queryForObject("SELECT status FROM comments c JOIN review_items r ON r.comment_id = c.id WHERE r.id = ?",
                String.class, first)).isEqualTo("published");
        // It leaves the first moderator's screen within a few seconds.
        one.waitFor(d -> rows(one).size() == 5);

        // An API client (moderator two's tool) claims the third item: marked on moderator one's list, refused to them.
        long claimed = order.get(2);
        Api api = new Api(port, Api.basic("cl-mod2", WebFixtures.PASSWORD));
        assertThat(api.post("/api/v1/sites/claims/queue/" + claimed + "/claim", "application/json", new byte[0]).status())
                .isEqualTo(200);
        assertThat(api.post("/api/v1/sites/claims/queue/" + claimed + "/claim?takeOver=true", "application/json",
                new byte[0]).status()).as("take-over is the owner's").isEqualTo(403);
        WebElement row = one.waitFor(d -> rows(one).stream().filter(r -> id(r) == claimed).findFirst()
                .filter(r -> r.getDomAttribute("class").contains("taken")).orElse(null));
        assertThat(row.findElement(By.cssSelector(".taken-by")).getText()).isEqualTo("claimed by cl-mod2");
        one.screenshot("claims-queue-1280");
        row.click();
        waitDetail(one, claimed);
        WebElement note = one.driver.findElement(By.cssSelector("#detail .claim-note"));
        assertThat(note.getText()).startsWith("Claimed by cl-mod2 until").contains("when the claim runs out");
        assertThat(one.driver.findElements(By.cssSelector("#detail .actions button"))).isEmpty();
        one.screenshot("claims-item-claimed-1280");
        // Pressing a key anyway is refused by the server too, with who holds it.
        one.keys("r");
        one.waitFor(d -> d.findElement(By.id("status")).getText().contains("cl-mod2 is working on this comment"));

        // The owner opens the same item: told it is claimed, and acting takes it over.
        owner.login("cl-owner", WebFixtures.PASSWORD);
        owner.open("/sites/claims/queue/" + claimed);
        assertThat(owner.driver.findElement(By.cssSelector(".claim-note")).getText()).contains("acting on it takes it over");
        owner.driver.findElement(By.cssSelector(".actions button.reject")).click();
        owner.waitFor(d -> d.getCurrentUrl().endsWith("/sites/claims/queue"));
        assertThat(jdbc.queryForObject("SELECT moderator FROM decisions WHERE review_item_id = ?", String.class, claimed))
                .isEqualTo("cl-owner");
        assertThat(jdbc.queryForObject("SELECT count(*) FROM audit_events WHERE site_id = ? AND action = 'claim.taken-over'"
                + " AND details->>'from' = 'cl-mod2'", Integer.class, site.id())).isEqualTo(1);
        one.waitFor(d -> rows(one).stream().noneMatch(r -> id(r) == claimed));

        // A claim left to run out: once expired, anyone can act.
        long stale = order.get(3);
        assertThat(api.post("/api/v1/sites/claims/queue/" + stale + "/claim", "application/json", new byte[0]).status())
                .isEqualTo(200);
        jdbc.update("UPDATE review_items SET lease_until = now() - interval '1 second' WHERE id = ?", stale);
        one.open("/sites/claims/queue/" + stale);
        assertThat(one.driver.findElements(By.cssSelector(".claim-note"))).isEmpty();
        one.driver.findElement(By.cssSelector(".actions button.approve")).click();
        one.waitFor(d -> d.getCurrentUrl().endsWith("/sites/claims/queue"));
        assertThat(jdbc.queryForObject("SELECT moderator FROM decisions WHERE review_item_id = ?", String.class, stale))
                .isEqualTo("cl-mod1");

        // Leaving the queue page clears one's presence at once, so nobody is shown on an item they left.
        rows(one).get(0).click();
        long shown = id(rows(one).get(0));
        waitDetail(one, shown);
        one.waitFor(d -> viewer(shown) != null && viewer(shown).contains("cl-mod1"));
        one.driver.get("about:blank"); // leaving the site: "/" would land a one-site moderator on the queue again
        one.waitFor(d -> viewer(shown) == null || !viewer(shown).contains("cl-mod1"));
        assertThat(claimsHeld()).isZero();
    }
}
