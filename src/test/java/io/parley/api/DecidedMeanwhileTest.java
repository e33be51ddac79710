package io.parley.api;

import io.parley.moderation.Action;
import io.parley.moderation.DecisionRequest;
import io.parley.moderation.Decisions;
import io.parley.site.Role;
import io.parley.site.Site;
import io.parley.support.Api;
import io.parley.support.IntegrationTest;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.springframework.beans.factory.annotation.Autowired;

import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Two moderators deciding the same comment (trial9): the second was told "this item was already decided (17)", a
 * number no page shows. The 409 now names the comment and who decided it, and how.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class DecidedMeanwhileTest extends IntegrationTest {

    @Autowired
    Decisions decisions;

    Site site;
    List<Long> items;
    Api mod;

    @BeforeAll
    void seed() {
        site = sites.create("decided-meanwhile", "Decided meanwhile", "test");
        accounts.addUser("dm-mod", "moderator-pass-1", Role.MODERATOR, "decided-meanwhile", "test");
        accounts.addUser("dm-colleague", "moderator-pass-1", Role.MODERATOR, "decided-meanwhile", "test");
        accounts.addUser("dm-owner", "owner-pass-123", Role.OWNER, "decided-meanwhile", "test");
        items = queueHeldComments(site, 4, null);
        mod = new Api(port, Api.basic("dm-mod", "moderator-pass-1"));
    }

    private String conflict(Api.Response r, long item) {
        assertThat(r.status()).as(r.body()).isEqualTo(409);
        assertThat(r.contentType()).startsWith("application/problem+json");
        String detail = r.json().get("detail").asText();
        assertThat(detail).doesNotContain("(" + item + ")").doesNotContain("item");
        return detail;
    }

    @Test
    void aDecisionOnACommentAColleagueRejectedNamesTheCommentAndTheColleague() {
        long item = items.get(0);
        decisions.decide(site, "dm-colleague", new DecisionRequest(item, Action.REJECT, null, null));
        String detail = conflict(mod.postJson("/api/v1/sites/decided-meanwhile/queue/" + item + "/decision",
                "{\"action\": \"approve\"}"), item);
        assertThat(detail).matches("comment 'c1' by author was already rejected by dm-colleague at \\d{4}-\\d\\d-\\d\\dT.*Z");
        // claiming it says the same
        assertThat(conflict(mod.postJson("/api/v1/sites/decided-meanwhile/queue/" + item + "/claim", ""), item))
                .isEqualTo(detail);
    }

    @Test
    void aBulkDecisionNamesTheCommentEscalatedMeanwhile() {
        long item = items.get(1);
        decisions.decide(site, "dm-colleague", new DecisionRequest(item, Action.ESCALATE, null, null));
        String detail = conflict(mod.postJson("/api/v1/sites/decided-meanwhile/decisions",
                "{\"decisions\": [{\"itemId\": " + items.get(2) + ", \"action\": \"approve\"}, {\"itemId\": " + item
                        + ", \"action\": \"reject\"}]}"), item);
        assertThat(detail).startsWith("comment 'c2' by author was already escalated to the site owner by dm-colleague at ");
        assertThat(jdbc.queryForObject("SELECT state FROM review_items WHERE id = ?", String.class, items.get(2)))
                .isEqualTo("open");
    }

    /** Two owners resolving one escalation: "this item is not waiting as an escalation (17)"; a held comment reversed
     *  named the database's comment number ("comment 5312 is held"). */
    @Test
    void aResolutionOfAResolvedEscalationAndAReversalOfAHeldCommentNameTheComment() {
        long item = items.get(3);
        Api owner = new Api(port, Api.basic("dm-owner", "owner-pass-123"));
        long comment = jdbc.queryForObject("SELECT comment_id FROM review_items WHERE id = ?", Long.class, item);
        Api.Response held = owner.postJson("/api/v1/sites/decided-meanwhile/outcomes/" + comment + "/reversal", "{}");
        assertThat(held.status()).as(held.body()).isEqualTo(409);
        assertThat(held.json().get("detail").asText()).startsWith("comment 'c4' is held: ");
        decisions.decide(site, "dm-colleague", new DecisionRequest(item, Action.ESCALATE, null, null));
        assertThat(owner.postJson("/api/v1/sites/decided-meanwhile/queue/" + item + "/resolution",
                "{\"action\": \"approve\"}").status()).isEqualTo(200);
        String detail = conflict(owner.postJson("/api/v1/sites/decided-meanwhile/queue/" + item + "/resolution",
                "{\"action\": \"reject\"}"), item);
        assertThat(detail).startsWith("comment 'c4' by author was already approved by dm-owner at ");
    }
}
