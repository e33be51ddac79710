package io.parley.webhook;

import io.parley.site.AuditLog;
import io.parley.site.InvalidSettings;
import io.parley.site.Site;
import io.parley.site.StorableText;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.RowMapper;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import java.security.SecureRandom;
import java.time.OffsetDateTime;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.UUID;

/** A site's webhook endpoints: register, rotate the secret, re-enable, remove; and the delivery log. */
@Service
public class Webhooks {

    static final int MAX_ENDPOINTS = 20;

    private static final RowMapper<WebhookEndpoint> ENDPOINT = (rs, i) -> new WebhookEndpoint(rs.getLong("id"),
            rs.getString("url"), rs.getString("description"), rs.getBoolean("enabled"), rs.getString("disabled_reason"),
            rs.getObject("disabled_at", OffsetDateTime.class), rs.getInt("consecutive_failures"),
            rs.getObject("previous_until", OffsetDateTime.class), rs.getLong("pending"), rs.getLong("delivered"),
            rs.getObject("created_at", OffsetDateTime.class));
    private static final RowMapper<DeliveryAttempt> ATTEMPT = (rs, i) -> new DeliveryAttempt(rs.getLong("id"),
            rs.getLong("endpoint_id"), rs.getString("url"), rs.getObject("event_id", UUID.class), rs.getString("event_type"),
            rs.getInt("attempt"), (Integer) rs.getObject("status_code"), rs.getString("error"), rs.getInt("millis"),
            rs.getObject("at", OffsetDateTime.class));

    private final JdbcTemplate jdbc;
    private final AuditLog audit;
    private final WebhookProperties properties;
    private final TargetPolicy targets;
    private final SecureRandom random = new SecureRandom();

    Webhooks(JdbcTemplate jdbc, AuditLog audit, WebhookProperties properties) {
        this.jdbc = jdbc;
        this.audit = audit;
        this.properties = properties;
        this.targets = new TargetPolicy(properties.allowPrivateTargets());
    }

    /** Registers an endpoint; its secret is in the answer only. */
    @Transactional
    public NewSecret register(Site site, String url, String description, String actor) {
        String target = targets.check(url).toString();
        String desc = description == null ? "" : description.strip();
        if (desc.length() > 200) {
            throw new InvalidSettings("description", "at most 200 characters");
        }
        StorableText.require("description", desc);
        Long n = jdbc.queryForObject("SELECT count(*) FROM webhook_endpoints WHERE site_id = ? AND deleted_at IS NULL",
                Long.class, site.id());
        if (n != null && n >= MAX_ENDPOINTS) {
            throw new InvalidSettings("url", "a site has at most " + MAX_ENDPOINTS + " endpoints");
        }
        String secret = secret();
        Long id = jdbc.queryForObject("""
                INSERT INTO webhook_endpoints (site_id, url, description, secret, created_by) VALUES (?, ?, ?, ?, ?)
                RETURNING id""", Long.class, site.id(), target, desc, secret, actor);
        audit.record(site.id(), actor, "webhook.registered", "webhook:" + id, Map.of("url", target));
        return new NewSecret(id, target, secret, null);
    }

    public List<WebhookEndpoint> list(Site site) {
        return jdbc.query("""
                SELECT e.*, (SELECT count(*) FROM webhook_outbox o WHERE o.endpoint_id = e.id AND o.state = 'pending') AS pending,
                       (SELECT count(*) FROM webhook_outbox o WHERE o.endpoint_id = e.id AND o.state = 'delivered') AS delivered
                FROM webhook_endpoints e WHERE e.site_id = ? AND e.deleted_at IS NULL ORDER BY e.id""", ENDPOINT, site.id());
    }

    /** A new secret; the previous one keeps signing (as a second signature) for the configured overlap. */
    @Transactional
    public NewSecret rotate(Site site, long endpointId, String actor) {
        String secret = secret();
        List<Map<String, Object>> rows = jdbc.queryForList("""
                UPDATE webhook_endpoints SET previous_secret = secret, secret = ?,
                    previous_until = now() + make_interval(secs => ?)
                WHERE id = ? AND site_id = ? AND deleted_at IS NULL RETURNING url, previous_until""",
                secret, (double) properties.rotationOverlap().toSeconds(), endpointId, site.id());
        if (rows.isEmpty()) {
            throw new WebhookNotFound(endpointId);
        }
        audit.record(site.id(), actor, "webhook.secret.rotated", "webhook:" + endpointId, Map.of());
        Object until = rows.get(0).get("previous_until");
        return new NewSecret(endpointId, (String) rows.get(0).get("url"), secret,
                until instanceof java.sql.Timestamp t ? t.toInstant().atOffset(java.time.ZoneOffset.UTC) : (OffsetDateTime) until);
    }

    /** Turns delivery back on (after an automatic disable); what waited in the outbox is delivered. */
    @Transactional
    public void enable(Site site, long endpointId, String actor) {
        int n = jdbc.update("""
                UPDATE webhook_endpoints SET enabled = true, disabled_reason = NULL, disabled_at = NULL, consecutive_failures = 0
                WHERE id = ? AND site_id = ? AND deleted_at IS NULL""", endpointId, site.id());
        if (n == 0) {
            throw new WebhookNotFound(endpointId);
        }
        jdbc.update("UPDATE webhook_outbox SET available_at = now() WHERE endpoint_id = ? AND state = 'pending'", endpointId);
        audit.record(site.id(), actor, "webhook.enabled", "webhook:" + endpointId, Map.of());
    }

    /** Removes an endpoint: nothing more is written or delivered to it; its log stays. */
    @Transactional
    public void remove(Site site, long endpointId, String actor) {
        int n = jdbc.update("UPDATE webhook_endpoints SET deleted_at = now(), enabled = false WHERE id = ? AND site_id = ? "
                + "AND deleted_at IS NULL", endpointId, site.id());
        if (n == 0) {
            throw new WebhookNotFound(endpointId);
        }
        audit.record(site.id(), actor, "webhook.removed", "webhook:" + endpointId, Map.of());
    }

    /** The latest delivery attempts of the site's endpoints (or of one), newest first. */
    public List<DeliveryAttempt> deliveries(Site site, Long endpointId, int limit) {
        return jdbc.query("""
                SELECT d.id, d.endpoint_id, e.url, o.event_id, o.event_type, d.attempt, d.status_code, d.error, d.millis, d.at
                FROM webhook_deliveries d JOIN webhook_endpoints e ON e.id = d.endpoint_id JOIN webhook_outbox o ON o.id = d.outbox_id
                WHERE e.site_id = ? AND (CAST(? AS bigint) IS NULL OR d.endpoint_id = ?) ORDER BY d.id DESC LIMIT ?""",
                ATTEMPT, site.id(), endpointId, endpointId, Math.max(1, Math.min(limit, 1000)));
    }

    private String secret() {
        byte[] b = new byte[32];
        random.nextBytes(b);
        return "whsec_" + HexFormat.of().formatHex(b);
    }
}
