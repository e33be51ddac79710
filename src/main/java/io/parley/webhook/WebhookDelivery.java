package io.parley.webhook;

import io.parley.site.AuditLog;
import io.parley.site.InvalidSettings;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;

import java.io.IOException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

/**
 * Delivers the outbox. Due events are leased with FOR UPDATE SKIP LOCKED (any instance, no leader), then sent
 * outside any transaction; a 2xx marks an event delivered, anything else (or no answer in time) puts all of
 * the endpoint's waiting events back by its back-off, which doubles with each consecutive failure. After
 * {@code disableAfter} consecutive failures the endpoint is disabled, with a notice in the audit log and on
 * the webhooks page; its events wait for it to be enabled again. At least once: a receiver de-duplicates by
 * the event id.
 */
@Component
// parley.webhooks.deliver=false leaves delivery to other instances (and keeps test contexts that share a database
// with a webhook test from taking its events under other settings)
@org.springframework.boot.autoconfigure.condition.ConditionalOnProperty(name = {"parley.pipeline.enabled", "parley.webhooks.deliver"},
        havingValue = "true", matchIfMissing = true)
class WebhookDelivery {

    private static final Logger log = LoggerFactory.getLogger(WebhookDelivery.class);
    /** An event taken by a worker is not taken again for this long, unless that worker reports first. */
    private static final int LEASE_SECONDS = 120;

    private final JdbcTemplate jdbc;
    private final TransactionTemplate tx;
    private final AuditLog audit;
    private final WebhookProperties properties;
    private final TargetPolicy targets;

    WebhookDelivery(JdbcTemplate jdbc, TransactionTemplate tx, AuditLog audit, WebhookProperties properties) {
        this.jdbc = jdbc;
        this.tx = tx;
        this.audit = audit;
        this.properties = properties;
        this.targets = new TargetPolicy(properties.allowPrivateTargets());
    }

    private record Due(long outboxId, long endpointId, UUID eventId, String type, String payload, int attempts) {
    }

    private record Endpoint(long id, long siteId, String url, List<String> secrets) {
    }

    @Scheduled(fixedDelayString = "${parley.webhooks.poll-millis:500}", initialDelay = 1500)
    void poll() {
        try {
            while (deliverOnce() == properties.batchSize()) {
                // keep going while batches come back full
            }
        } catch (RuntimeException e) {
            log.warn("webhook delivery round failed, next poll retries: {}", e.getMessage());
        }
    }

    /** One round: lease due events, send them per endpoint in order; returns how many were leased. */
    int deliverOnce() {
        List<Due> due = tx.execute(s -> jdbc.query("""
                UPDATE webhook_outbox SET available_at = now() + make_interval(secs => ?)
                WHERE id IN (SELECT o.id FROM webhook_outbox o JOIN webhook_endpoints e ON e.id = o.endpoint_id
                             WHERE o.state = 'pending' AND o.available_at <= now() AND e.enabled AND e.deleted_at IS NULL
                             ORDER BY o.id LIMIT ? FOR UPDATE OF o SKIP LOCKED)
                RETURNING id, endpoint_id, event_id, event_type, payload, attempts""",
                (rs, i) -> new Due(rs.getLong(1), rs.getLong(2), rs.getObject(3, UUID.class), rs.getString(4),
                        rs.getString(5), rs.getInt(6)), (double) LEASE_SECONDS, properties.batchSize()));
        if (due == null || due.isEmpty()) {
            return 0;
        }
        Map<Long, List<Due>> byEndpoint = new LinkedHashMap<>();
        due.stream().sorted(java.util.Comparator.comparingLong(Due::outboxId))
                .forEach(d -> byEndpoint.computeIfAbsent(d.endpointId(), k -> new ArrayList<>()).add(d));
        for (Map.Entry<Long, List<Due>> e : byEndpoint.entrySet()) {
            Endpoint endpoint = endpoint(e.getKey());
            if (endpoint == null) {
                continue;
            }
            for (Due d : e.getValue()) {
                if (!send(endpoint, d)) {
                    break; // the rest wait for the endpoint's back-off, in order
                }
            }
        }
        return due.size();
    }

    private Endpoint endpoint(long id) {
        return jdbc.query("""
                SELECT id, site_id, url, secret, CASE WHEN previous_until > now() THEN previous_secret END
                FROM webhook_endpoints WHERE id = ? AND enabled AND deleted_at IS NULL""", (rs, i) -> {
            List<String> secrets = new ArrayList<>(List.of(rs.getString(4)));
            if (rs.getString(5) != null) {
                secrets.add(rs.getString(5));
            }
            return new Endpoint(rs.getLong(1), rs.getLong(2), rs.getString(3), secrets);
        }, id).stream().findFirst().orElse(null);
    }

    /** @return whether the receiver took it */
    private boolean send(Endpoint endpoint, Due d) {
        long t0 = System.nanoTime();
        Integer status = null;
        String error = null;
        try {
            TargetPolicy.Target target = targets.resolve(endpoint.url());
            long timestamp = System.currentTimeMillis() / 1000;
            Map<String, String> headers = new LinkedHashMap<>();
            headers.put("Content-Type", "application/json");
            headers.put("User-Agent", "Parley-Webhooks/1");
            headers.put(Signature.EVENT_ID, d.eventId().toString());
            headers.put(Signature.EVENT_TYPE, d.type());
            headers.put(Signature.TIMESTAMP, String.valueOf(timestamp));
            headers.put(Signature.HEADER, Signature.header(timestamp, d.payload(), endpoint.secrets()));
            status = PinnedPost.post(target, headers, d.payload(), properties.timeout());
            if (status < 200 || status >= 300) {
                error = "HTTP " + status;
            }
        } catch (InvalidSettings e) {
            error = "target refused: " + e.getMessage();
        } catch (IOException e) {
            error = e.getClass().getSimpleName() + (e.getMessage() == null ? "" : ": " + e.getMessage());
        }
        int millis = (int) ((System.nanoTime() - t0) / 1_000_000);
        boolean ok = error == null;
        String failure = error;
        Integer code = status;
        tx.executeWithoutResult(s -> record(endpoint, d, ok, code, failure, millis));
        return ok;
    }

    private void record(Endpoint endpoint, Due d, boolean ok, Integer status, String error, int millis) {
        jdbc.update("""
                INSERT INTO webhook_deliveries (outbox_id, endpoint_id, attempt, status_code, error, millis)
                VALUES (?, ?, ?, ?, left(?, 500), ?)""", d.outboxId(), endpoint.id(), d.attempts() + 1, status, error, millis);
        if (ok) {
            jdbc.update("UPDATE webhook_outbox SET state = 'delivered', delivered_at = now(), attempts = attempts + 1 WHERE id = ?",
                    d.outboxId());
            jdbc.update("UPDATE webhook_endpoints SET consecutive_failures = 0 WHERE id = ? AND consecutive_failures > 0",
                    endpoint.id());
            return;
        }
        jdbc.update("UPDATE webhook_outbox SET attempts = attempts + 1 WHERE id = ?", d.outboxId());
        Integer failures = jdbc.queryForObject(
                "UPDATE webhook_endpoints SET consecutive_failures = consecutive_failures + 1 WHERE id = ? RETURNING consecutive_failures",
                Integer.class, endpoint.id());
        int n = failures == null ? 1 : failures;
        // All of the endpoint's waiting events (this round's leased ones too) wait out its back-off, in order.
        jdbc.update("""
                UPDATE webhook_outbox SET available_at = now() + make_interval(secs => ?)
                WHERE endpoint_id = ? AND state = 'pending'""",
                properties.backoffAfter(n).toMillis() / 1000.0, endpoint.id());
        if (n >= properties.disableAfter()) {
            String reason = n + " consecutive failed deliveries, the last: " + error;
            int changed = jdbc.update("""
                    UPDATE webhook_endpoints SET enabled = false, disabled_reason = left(?, 500), disabled_at = now()
                    WHERE id = ? AND enabled""", reason, endpoint.id());
            if (changed == 1) {
                audit.record(endpoint.siteId(), "webhooks", "webhook.disabled", "webhook:" + endpoint.id(),
                        Map.of("url", endpoint.url(), "reason", reason));
                log.warn("webhook endpoint {} ({}) disabled: {}", endpoint.id(), endpoint.url(), reason);
            }
        }
    }
}
