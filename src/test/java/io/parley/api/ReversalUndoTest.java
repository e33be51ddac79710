package io.parley.api;

import com.fasterxml.jackson.databind.JsonNode;
import io.parley.site.Role;
import io.parley.site.Site;
import io.parley.support.Api;
import io.parley.support.IntegrationTest;
import org.junit.jupiter.api.Test;

import java.util.ArrayList;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Undo of a reversal (POST /outcomes/{comment}/reversal, then /decisions/{id}/undo) sent the comment back to the queue
 * held, an outcome it never had, while the Outcomes page told people to reverse again: undo now restores the outcome
 * the reversal replaced, and a decision someone decided over since cannot be undone underneath them.
 */
class ReversalUndoTest extends IntegrationTest {

    static final String BASE = "/api/v1/sites/reversal-undo";

    @Test
    void undoingAReversalRestoresTheOutcomeBeforeItAndLeavesTheQueueAlone() {
        Site site = sites.create("reversal-undo", "Reversal undo", "test");
        accounts.addUser("ru-mod", "moderator-pass-1", Role.MODERATOR, "reversal-undo", "test");
        accounts.addUser("ru-owner", "owner-pass-123", Role.OWNER, "reversal-undo", "test");
        List<Long> items = queueHeldComments(site, 3, null);
        Api mod = new Api(port, Api.basic("ru-mod", "moderator-pass-1"));
        Api owner = new Api(port, Api.basic("ru-owner", "owner-pass-123"));

        // a queue rejection, published on Outcomes (a reversal), the reversal taken back
        JsonNode queueDecision = mod.postJson(BASE + "/queue/" + items.get(0) + "/decision", "{\"action\":\"reject\"}").json();
        long rejected = queueDecision.path("id").asLong();
        assertThat(queueDecision.has("reverses")).isFalse();
        JsonNode reversed = mod.postJson(BASE + "/outcomes/c1/reversal", "{\"reason\":\"fine after all\"}").json();
        long reversal = reversed.path("id").asLong();
        // a client can tell a reversal from a queue decision, and what its undo restores
        assertThat(reversed.path("reverses").asText()).isEqualTo("rejected");
        assertThat(status(site, "c1")).isEqualTo("published");
        Api.Response undo = mod.post(BASE + "/decisions/" + reversal + "/undo", "application/json", new byte[0]);
        assertThat(undo.status()).as(undo.body()).isEqualTo(200);
        assertThat(undo.json().path("state").asText()).isEqualTo("decided");
        assertThat(status(site, "c1")).isEqualTo("rejected");
        assertThat(openItems(mod)).doesNotContain(items.get(0));
        JsonNode outcome = mod.get(BASE + "/outcomes?status=rejected").json();
        assertThat(outcome).hasSize(1);
        assertThat(outcome.get(0).path("externalId").asText()).isEqualTo("c1");
        assertThat(outcome.get(0).path("decidedBy").asText()).isEqualTo("ru-mod");
        assertThat(outcome.get(0).path("itemId").asLong()).isEqualTo(items.get(0));
        assertThat(jdbc.queryForObject("""
                SELECT details->>'restored' FROM audit_events WHERE site_id = ? AND action = 'decision.undone'
                AND subject = ?""", String.class, site.id(), "decision:" + reversal)).isEqualTo("rejected");
        // the item's trail, as GET /queue/{item} gives it: who did what, oldest first
        List<String> trail = new ArrayList<>();
        mod.get(BASE + "/queue/" + items.get(0)).json().path("trail").forEach(e -> trail.add(e.path("action").asText()));
        assertThat(trail).containsExactly("decision.reject", "decision.approve", "outcome.reversed", "decision.undone");
        // the queue decision under it is the one that stands again, and is undone as a queue decision: held, in the queue
        Api.Response back = mod.post(BASE + "/decisions/" + rejected + "/undo", "application/json", new byte[0]);
        assertThat(back.status()).as(back.body()).isEqualTo(200);
        assertThat(back.json().path("state").asText()).isEqualTo("open");
        assertThat(status(site, "c1")).isEqualTo("held");
        assertThat(openItems(mod)).contains(items.get(0));
    }

    @Test
    void aDecisionSomeoneDecidedOverSinceIsNotUndoneUnderneathThem() {
        Site site = sites.create("reversal-over", "Reversal over", "test");
        accounts.addUser("ro-mod", "moderator-pass-1", Role.MODERATOR, "reversal-over", "test");
        accounts.addUser("ro-owner", "owner-pass-123", Role.OWNER, "reversal-over", "test");
        List<Long> items = queueHeldComments(site, 2, null);
        Api mod = new Api(port, Api.basic("ro-mod", "moderator-pass-1"));
        Api owner = new Api(port, Api.basic("ro-owner", "owner-pass-123"));
        String base = "/api/v1/sites/reversal-over";
        long approved = mod.postJson(base + "/queue/" + items.get(0) + "/decision", "{\"action\":\"approve\"}").json()
                .path("id").asLong();
        long ownersReversal = owner.postJson(base + "/outcomes/c1/reversal", "{}").json().path("id").asLong();
        // undoing the approval would hold a comment the owner's rejection still stands on
        Api.Response refused = mod.post(base + "/decisions/" + approved + "/undo", "application/json", new byte[0]);
        assertThat(refused.status()).as(refused.body()).isEqualTo(409);
        assertThat(refused.contentType()).startsWith("application/problem+json");
        assertThat(refused.json().path("detail").asText()).contains("reversed by ro-owner", "decision " + ownersReversal);
        assertThat(status(site, "c1")).isEqualTo("rejected");
        // once the owner takes their reversal back, the approval is the latest again and can be undone
        assertThat(owner.post(base + "/decisions/" + ownersReversal + "/undo", "application/json", new byte[0]).status())
                .isEqualTo(200);
        assertThat(status(site, "c1")).isEqualTo("published");
        assertThat(mod.post(base + "/decisions/" + approved + "/undo", "application/json", new byte[0]).status()).isEqualTo(200);
        assertThat(status(site, "c1")).isEqualTo("held");

        // a comment a rule published, reversed and the reversal undone: published again, by rule, not in the queue
        jdbc.update("DELETE FROM review_items WHERE id = ?", items.get(1));
        jdbc.update("UPDATE comments SET status = 'published' WHERE site_id = ? AND external_id = 'c2'", site.id());
        long ruleReversal = mod.postJson(base + "/outcomes/c2/reversal", "{}").json().path("id").asLong();
        assertThat(status(site, "c2")).isEqualTo("rejected");
        Api.Response undo = mod.post(base + "/decisions/" + ruleReversal + "/undo", "application/json", new byte[0]);
        assertThat(undo.status()).as(undo.body()).isEqualTo(200);
        assertThat(status(site, "c2")).isEqualTo("published");
        JsonNode byRule = mod.get(base + "/outcomes?by=rule").json();
        assertThat(byRule).hasSize(1);
        assertThat(byRule.get(0).path("externalId").asText()).isEqualTo("c2");
        assertThat(mod.post(base + "/decisions/" + ruleReversal + "/undo", "application/json", new byte[0]).status())
                .isEqualTo(409);
    }

    /** An escalation undone after the owner answered it re-opened the item and held the comment: the owner's answer lost. */
    @Test
    void anEscalationTheOwnerAnsweredIsNotUndoneUnderneathTheAnswer() {
        Site site = sites.create("escalation-over", "Escalation over", "test");
        accounts.addUser("eo-mod", "moderator-pass-1", Role.MODERATOR, "escalation-over", "test");
        accounts.addUser("eo-owner", "owner-pass-123", Role.OWNER, "escalation-over", "test");
        List<Long> items = queueHeldComments(site, 1, null);
        Api mod = new Api(port, Api.basic("eo-mod", "moderator-pass-1"));
        Api owner = new Api(port, Api.basic("eo-owner", "owner-pass-123"));
        String base = "/api/v1/sites/escalation-over";
        long escalated = mod.postJson(base + "/queue/" + items.get(0) + "/decision", "{\"action\":\"escalate\"}").json()
                .path("id").asLong();
        assertThat(owner.postJson(base + "/queue/" + items.get(0) + "/resolution", "{\"action\":\"reject\"}").status())
                .isEqualTo(200);
        Api.Response refused = mod.post(base + "/decisions/" + escalated + "/undo", "application/json", new byte[0]);
        assertThat(refused.status()).as(refused.body()).isEqualTo(409);
        assertThat(refused.json().path("detail").asText()).contains("rejected by eo-owner");
        assertThat(jdbc.queryForObject("SELECT status FROM comments WHERE site_id = ?", String.class, site.id()))
                .isEqualTo("rejected");
        assertThat(jdbc.queryForObject("SELECT state FROM review_items WHERE id = ?", String.class, items.get(0)))
                .isEqualTo("decided");
    }

    private List<Long> openItems(Api api) {
        List<Long> ids = new ArrayList<>();
        api.get(BASE + "/queue").json().forEach(i -> ids.add(i.path("id").asLong()));
        return ids;
    }

    String status(Site site, String externalId) {
        return jdbc.queryForObject("SELECT status FROM comments WHERE site_id = ? AND external_id = ?", String.class,
                site.id(), externalId);
    }
}
