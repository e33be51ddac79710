package io.parley.web;

import io.parley.moderation.DecisionRequest;
import io.parley.moderation.QueueItem;
import io.parley.moderation.Action;
import io.parley.moderation.Claims;
import io.parley.moderation.Decisions;
import io.parley.moderation.ReviewQueue;
import io.parley.site.Role;
import io.parley.site.Site;
import io.parley.support.Api;
import io.parley.support.IntegrationTest;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

import java.net.URLEncoder;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * An escalated comment reaches the site owner and is settled there: it is listed with the moderator's
 * reason, the owner publishes or rejects it (page and API), and the trail keeps both decisions.
 */
class EscalationTest extends IntegrationTest {

    @Autowired
    ReviewQueue queue;

    @Autowired
    Claims claims;

    @Autowired
    Decisions decisions;

    private String status(long commentId) {
        return jdbc.queryForObject("SELECT status FROM comments WHERE id = ?", String.class, commentId);
    }

    @Test
    void theOwnerSettlesWhatAModeratorEscalated() throws Exception {
        WebFixtures f = new WebFixtures(sites, accounts, ingest, jdbc);
        Site site = f.site("esc", "Escalations");
        f.bulkQueue(site, 4);
        f.user("esc-mod", Role.MODERATOR, "esc");
        f.user("esc-owner", Role.OWNER, "esc");
        List<QueueItem> claimed = claims.claim(site, "esc-mod", 4);
        QueueItem first = claimed.get(0);
        QueueItem second = claimed.get(1);
        QueueItem open = claimed.get(2);
        decisions.decide(site, "esc-mod", new DecisionRequest(first.id(), Action.ESCALATE, "legal threat? not sure", null));
        decisions.decide(site, "esc-mod", new DecisionRequest(second.id(), Action.ESCALATE, null, null));
        assertThat(status(first.commentId())).isEqualTo("held");
        assertThat(queue.escalatedCount(site)).isEqualTo(2);

        // A moderator cannot settle escalations: that is the owner's call.
        WebSession mod = WebSession.login(port, "esc-mod");
        assertThat(mod.get("/sites/esc/escalated").statusCode()).isEqualTo(403);

        WebSession owner = WebSession.login(port, "esc-owner");
        String page = owner.get("/sites/esc/escalated").body();
        assertThat(page).contains("data-id=\"" + first.id() + "\"", "data-id=\"" + second.id() + "\"",
                        "legal threat? not sure", "esc-mod", first.text().substring(0, 25))
                .doesNotContain("data-id=\"" + open.id() + "\"");
        assertThat(page).contains("href=\"/sites/esc/escalated\"");

        HttpResponse<String> after = owner.post("/sites/esc/escalated/" + first.id(),
                "action=reject&reason=" + URLEncoder.encode("threatens the author", StandardCharsets.UTF_8)
                        + "&_csrf=" + WebSession.csrf(page));
        assertThat(after.statusCode()).isEqualTo(200);
        assertThat(after.uri().getPath()).isEqualTo("/sites/esc/escalated");
        assertThat(after.body()).contains("Rejected the comment by " + first.author()).doesNotContain("data-id=\"" + first.id() + "\"");
        assertThat(status(first.commentId())).isEqualTo("rejected");
        assertThat(jdbc.queryForList("SELECT moderator || ':' || action FROM decisions WHERE review_item_id = ? ORDER BY id",
                String.class, first.id())).containsExactly("esc-mod:escalate", "esc-owner:reject");
        assertThat(jdbc.queryForObject("""
                SELECT count(*) FROM audit_events WHERE site_id = ? AND actor = 'esc-owner' AND action = 'decision.reject'
                  AND details->>'resolvesEscalation' = 'true'""", Integer.class, site.id())).isEqualTo(1);

        // Settling it twice is a conflict, not a second decision.
        HttpResponse<String> again = owner.post("/sites/esc/escalated/" + first.id(), "action=approve&_csrf=" + WebSession.csrf(page));
        assertThat(again.statusCode()).isEqualTo(409);
        assertThat(status(first.commentId())).isEqualTo("rejected");

        // From the queue page: an item number this site does not have is a 404, a settled item a 409.
        String queuePage = mod.get("/sites/esc/queue").body();
        assertThat(mod.post("/sites/esc/queue/987654321/decision", "action=approve&_csrf=" + WebSession.csrf(queuePage))
                .statusCode()).isEqualTo(404);
        assertThat(mod.post("/sites/esc/queue/bulk", "ids=987654321&action=approve&_csrf=" + WebSession.csrf(queuePage))
                .statusCode()).isEqualTo(404);
        assertThat(mod.post("/sites/esc/queue/" + first.id() + "/decision", "action=approve&_csrf="
                + WebSession.csrf(queuePage)).statusCode()).isEqualTo(409);

        // The API: the owner publishes the second; an open item or a bad action is refused, a moderator is not allowed.
        Api ownerApi = new Api(port, Api.basic("esc-owner", WebFixtures.PASSWORD));
        Api modApi = new Api(port, Api.basic("esc-mod", WebFixtures.PASSWORD));
        String base = "/api/v1/sites/esc/queue/";
        assertThat(modApi.postJson(base + second.id() + "/resolution", "{\"action\":\"approve\"}").status()).isEqualTo(403);
        Api.Response bad = ownerApi.postJson(base + second.id() + "/resolution", "{\"action\":\"escalate\"}");
        assertThat(bad.status()).isEqualTo(422);
        assertThat(bad.contentType()).startsWith("application/problem+json");
        Api.Response notEscalated = ownerApi.postJson(base + open.id() + "/resolution", "{\"action\":\"approve\"}");
        assertThat(notEscalated.status()).isEqualTo(409);
        assertThat(notEscalated.contentType()).startsWith("application/problem+json");
        Api.Response ok = ownerApi.postJson(base + second.id() + "/resolution", "{\"action\":\"approve\",\"reason\":\"fine\"}");
        assertThat(ok.status()).as(ok.body()).isEqualTo(200);
        assertThat(ok.json().path("action").asText()).isEqualTo("approve");
        assertThat(status(second.commentId())).isEqualTo("published");
        assertThat(queue.escalatedCount(site)).isZero();
        assertThat(owner.get("/sites/esc/escalated").body()).contains("Nothing escalated.");
    }
    /**
     * A bulk decision on the queue page carried the note "bulk": Outcomes said "Note: bulk" and the owner's Escalated
     * page quoted the moderator as “bulk”. It says what happened instead.
     */
    @Test
    void aBulkDecisionOnThePageIsNotQuotedAsTheModeratorsNote() throws Exception {
        WebFixtures f = new WebFixtures(sites, accounts, ingest, jdbc);
        Site site = f.site("esc-bulk", "Escalations in bulk");
        f.bulkQueue(site, 3);
        f.user("escb-mod", Role.MODERATOR, "esc-bulk");
        f.user("escb-owner", Role.OWNER, "esc-bulk");
        List<Long> items = jdbc.queryForList("SELECT id FROM review_items WHERE site_id = ? ORDER BY id", Long.class, site.id());
        WebSession mod = WebSession.login(port, "escb-mod");
        String queuePage = mod.get("/sites/esc-bulk/queue").body();
        assertThat(mod.post("/sites/esc-bulk/queue/bulk", "ids=" + items.get(0) + "," + items.get(1)
                + "&action=escalate&_csrf=" + WebSession.csrf(queuePage)).statusCode()).isEqualTo(200);
        assertThat(mod.post("/sites/esc-bulk/queue/bulk", "ids=" + items.get(2)
                + "&action=reject&_csrf=" + WebSession.csrf(queuePage)).statusCode()).isEqualTo(200);
        String escalated = WebSession.login(port, "escb-owner").get("/sites/esc-bulk/escalated").body();
        assertThat(escalated).contains("decided with others selected on the queue page").doesNotContain("“bulk”")
                .doesNotContain(">bulk<");
        assertThat(mod.get("/sites/esc-bulk/outcomes").body()).contains("Note: decided with others selected on the queue page")
                .doesNotContain("Note: bulk");
    }
}
