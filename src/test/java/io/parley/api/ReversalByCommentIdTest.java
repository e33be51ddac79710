package io.parley.api;

import io.parley.moderation.Action;
import io.parley.moderation.DecisionRequest;
import io.parley.moderation.Decisions;
import io.parley.site.Role;
import io.parley.site.Site;
import io.parley.support.Api;
import io.parley.support.IntegrationTest;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * {@code POST /outcomes/{comment}/reversal} took the database's comment number where every other endpoint takes the
 * site's own comment id (new-user sweep): the site's id now reverses, and the number still does for clients written
 * before.
 */
class ReversalByCommentIdTest extends IntegrationTest {

    @Autowired
    Decisions decisions;

    @Test
    void aCommentIsReversedByTheSitesOwnIdAndStillByItsNumber() {
        Site site = sites.create("reversal-by-id", "Reversal by id", "test");
        accounts.addUser("rid-owner", "owner-pass-123", Role.OWNER, "reversal-by-id", "test");
        List<Long> items = queueHeldComments(site, 3, null);
        decisions.decide(site, "rid-owner", new DecisionRequest(items.get(0), Action.REJECT, null, null));
        decisions.decide(site, "rid-owner", new DecisionRequest(items.get(1), Action.APPROVE, null, null));
        Api owner = new Api(port, Api.basic("rid-owner", "owner-pass-123"));
        String base = "/api/v1/sites/reversal-by-id/outcomes/";

        Api.Response byId = owner.postJson(base + "c1/reversal", "{\"reason\": \"not an insult\"}");
        assertThat(byId.status()).as(byId.body()).isEqualTo(200);
        assertThat(status(site, "c1")).isEqualTo("published");

        long c2 = jdbc.queryForObject("SELECT id FROM comments WHERE site_id = ? AND external_id = 'c2'", Long.class, site.id());
        Api.Response byNumber = owner.postJson(base + c2 + "/reversal", "{}");
        assertThat(byNumber.status()).as(byNumber.body()).isEqualTo(200);
        assertThat(status(site, "c2")).isEqualTo("rejected");

        Api.Response held = owner.postJson(base + "c3/reversal", "{}");
        assertThat(held.status()).isEqualTo(409);
        assertThat(held.json().get("detail").asText()).startsWith("comment 'c3' is held");

        Api.Response none = owner.postJson(base + "no-such-comment/reversal", "{}");
        assertThat(none.status()).isEqualTo(404);
        assertThat(none.contentType()).startsWith("application/problem+json");
        assertThat(none.json().get("detail").asText()).contains("'no-such-comment'");
    }

    String status(Site site, String externalId) {
        return jdbc.queryForObject("SELECT status FROM comments WHERE site_id = ? AND external_id = ?", String.class,
                site.id(), externalId);
    }
}
