package io.parley.webhook;

import io.parley.site.Site;
import io.parley.support.IntegrationTest;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

import java.util.List;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The outbox does not grow for ever: delivered events past the retention go with their delivery log, and so do
 * the events of an endpoint deleted that long ago; recent deliveries and events still owed to a live endpoint stay,
 * however old.
 */
class WebhookRetentionTest extends IntegrationTest {

    @Autowired
    WebhookRetention retention;

    @Test
    void deliveredEventsPastTheRetentionGoWithTheirLogAndOwedOnesStay() {
        Site site = sites.create("retention-" + System.nanoTime(), "Retention", "test");
        long live = endpoint(site, null);
        long deletedLongAgo = endpoint(site, "now() - interval '40 days'");
        long deletedYesterday = endpoint(site, "now() - interval '1 day'");

        long oldDelivered = event(live, "delivered", "now() - interval '31 days'");
        long recentDelivered = event(live, "delivered", "now() - interval '29 days'");
        long oldPending = event(live, "pending", null);
        jdbc.update("UPDATE webhook_outbox SET created_at = now() - interval '90 days' WHERE id = ?", oldPending);
        long ofDeletedEndpoint = event(deletedLongAgo, "pending", null);
        long ofRecentlyDeleted = event(deletedYesterday, "pending", null);
        for (long id : List.of(oldDelivered, recentDelivered, oldPending, ofDeletedEndpoint)) {
            jdbc.update("INSERT INTO webhook_deliveries (outbox_id, endpoint_id, attempt, status_code, millis) "
                    + "SELECT id, endpoint_id, 1, 200, 5 FROM webhook_outbox WHERE id = ?", id);
        }

        assertThat(retention.purge()).isEqualTo(2);

        List<Long> left = jdbc.queryForList("SELECT id FROM webhook_outbox WHERE endpoint_id IN (?, ?, ?) ORDER BY id",
                Long.class, live, deletedLongAgo, deletedYesterday);
        assertThat(left).containsExactly(recentDelivered, oldPending, ofRecentlyDeleted);
        // (the delivery worker may have logged attempts of its own at the pending event meanwhile)
        assertThat(jdbc.queryForList("SELECT DISTINCT outbox_id FROM webhook_deliveries WHERE endpoint_id IN (?, ?) ORDER BY outbox_id",
                Long.class, live, deletedLongAgo)).containsExactly(recentDelivered, oldPending);
        assertThat(retention.purge()).as("nothing more to remove").isZero();
    }

    private long endpoint(Site site, String deletedAt) {
        return jdbc.queryForObject("INSERT INTO webhook_endpoints (site_id, url, secret, created_by, deleted_at) VALUES "
                + "(?, 'http://127.0.0.1:9/hook', 's', 'test', " + (deletedAt == null ? "NULL" : deletedAt) + ") RETURNING id",
                Long.class, site.id());
    }

    private long event(long endpoint, String state, String deliveredAt) {
        return jdbc.queryForObject("INSERT INTO webhook_outbox (endpoint_id, event_id, event_type, payload, state, delivered_at) "
                + "VALUES (?, ?, 'comment.published', '{}', ?, " + (deliveredAt == null ? "NULL" : deliveredAt) + ") RETURNING id",
                Long.class, endpoint, UUID.randomUUID(), state);
    }
}
