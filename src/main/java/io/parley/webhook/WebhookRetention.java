package io.parley.webhook;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Keeps the webhook outbox from growing for ever: an event delivered longer than {@code retention} ago is deleted
 * with its delivery attempts, and so are the events of an endpoint deleted longer ago than that (they can never be
 * delivered). Waiting events of live endpoints stay, however old: they are still owed. Runs hourly on any instance
 * (the deletes are idempotent), in batches, so no transaction holds many rows.
 */
@Component
@org.springframework.boot.autoconfigure.condition.ConditionalOnProperty(name = "parley.pipeline.enabled", havingValue = "true", matchIfMissing = true)
class WebhookRetention {

    private static final Logger log = LoggerFactory.getLogger(WebhookRetention.class);
    static final int BATCH = 5000;

    private final JdbcTemplate jdbc;
    private final TransactionTemplate tx;
    private final WebhookProperties properties;

    WebhookRetention(JdbcTemplate jdbc, TransactionTemplate tx, WebhookProperties properties) {
        this.jdbc = jdbc;
        this.tx = tx;
        this.properties = properties;
    }

    @Scheduled(fixedDelayString = "${parley.webhooks.retention-check:PT1H}", initialDelayString = "${parley.webhooks.retention-check:PT1H}")
    void scheduled() {
        try {
            int n = purge();
            if (n > 0) {
                log.info("webhooks: removed {} events older than the retention of {}", n, properties.retention());
            }
        } catch (RuntimeException e) {
            log.warn("webhook outbox retention failed, the next round retries: {}", e.getMessage());
        }
    }

    /** Deletes what the retention allows; returns the number of events removed. */
    int purge() {
        long seconds = properties.retention().toSeconds();
        int total = 0;
        int n;
        do {
            n = tx.execute(s -> {
                java.util.List<Long> ids = jdbc.queryForList("""
                        SELECT o.id FROM webhook_outbox o
                        WHERE o.state = 'delivered' AND o.delivered_at < now() - make_interval(secs => ?)
                        UNION ALL
                        SELECT o.id FROM webhook_outbox o JOIN webhook_endpoints e ON e.id = o.endpoint_id
                        WHERE e.deleted_at < now() - make_interval(secs => ?)
                        LIMIT ?""", Long.class, seconds, seconds, BATCH);
                if (ids.isEmpty()) {
                    return 0;
                }
                Long[] array = ids.toArray(Long[]::new);
                jdbc.update("DELETE FROM webhook_deliveries WHERE outbox_id = ANY (?)",
                        ps -> ps.setArray(1, ps.getConnection().createArrayOf("bigint", array)));
                return jdbc.update("DELETE FROM webhook_outbox WHERE id = ANY (?)",
                        ps -> ps.setArray(1, ps.getConnection().createArrayOf("bigint", array)));
            });
            total += n;
        } while (n == BATCH);
        return total;
    }
}
