package io.parley.webhook;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.parley.moderation.CommentsModerated;
import io.parley.moderation.DecisionRecorded;
import io.parley.moderation.DecisionUndone;
import org.springframework.context.event.EventListener;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

import java.sql.PreparedStatement;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

/**
 * Turns moderation's events into outbox rows, one per event and endpoint, in the transaction that made the
 * change (the listeners run synchronously inside it): a status or decision that commits is delivered, one
 * that rolls back never is. A pipeline batch costs one query when its sites have no endpoints, and one
 * insert for all its events when they do.
 */
@Component
class WebhookOutbox {

    /** Version of the payload's shape; a change that breaks receivers gets a new number. */
    static final int VERSION = 1;

    private final JdbcTemplate jdbc;
    private final ObjectMapper json;

    WebhookOutbox(JdbcTemplate jdbc, ObjectMapper json) {
        this.jdbc = jdbc;
        this.json = json;
    }

    private record Target(long endpointId, String site) {
    }

    private record Event(long siteId, UUID id, String type, Map<String, Object> data) {
    }

    @EventListener
    void on(CommentsModerated event) {
        if (event.comments().isEmpty()) {
            return;
        }
        Map<Long, List<Target>> targets = targets(event.comments().stream().map(CommentsModerated.Moderated::siteId)
                .distinct().toArray(Long[]::new));
        if (targets.isEmpty()) {
            return;
        }
        List<CommentsModerated.Moderated> wanted = event.comments().stream().filter(c -> targets.containsKey(c.siteId())).toList();
        Map<Long, Map<String, Object>> refs = commentRefs(wanted.stream().map(CommentsModerated.Moderated::commentId)
                .toArray(Long[]::new));
        List<Event> events = new ArrayList<>();
        for (CommentsModerated.Moderated c : wanted) {
            Map<String, Object> data = new LinkedHashMap<>();
            data.put("comment", refs.get(c.commentId()));
            data.put("status", c.status());
            data.put("reasons", c.reasons());
            events.add(new Event(c.siteId(), UUID.randomUUID(), "comment.moderated", data));
        }
        write(events, targets);
    }

    @EventListener
    void on(DecisionRecorded event) {
        Map<Long, List<Target>> targets = targets(new Long[]{event.siteId()});
        if (targets.isEmpty()) {
            return;
        }
        var d = event.decision();
        Map<String, Object> decision = new LinkedHashMap<>();
        decision.put("id", d.id());
        decision.put("item", d.itemId());
        decision.put("action", d.action());
        decision.put("moderator", d.moderator());
        decision.put("reason", d.reason());
        decision.put("decidedAt", d.decidedAt());
        decision.put("settingsVersion", event.settingsVersion());
        Map<String, Object> data = new LinkedHashMap<>();
        data.put("comment", commentRefs(new Long[]{d.commentId()}).get(d.commentId()));
        data.put("status", event.status());
        data.put("decision", decision);
        write(List.of(new Event(event.siteId(), UUID.randomUUID(), "decision.recorded", data)), targets);
    }

    @EventListener
    void on(DecisionUndone event) {
        Map<Long, List<Target>> targets = targets(new Long[]{event.siteId()});
        if (targets.isEmpty()) {
            return;
        }
        Map<String, Object> decision = new LinkedHashMap<>();
        decision.put("id", event.decisionId());
        decision.put("item", event.itemId());
        decision.put("moderator", event.moderator());
        decision.put("undoneAt", event.undoneAt());
        Map<String, Object> data = new LinkedHashMap<>();
        data.put("comment", commentRefs(new Long[]{event.commentId()}).get(event.commentId()));
        data.put("status", event.status());
        data.put("decision", decision);
        write(List.of(new Event(event.siteId(), UUID.randomUUID(), "decision.undone", data)), targets);
    }

    private Map<Long, List<Target>> targets(Long[] siteIds) {
        Map<Long, List<Target>> bySite = new HashMap<>();
        jdbc.query(con -> {
            PreparedStatement ps = con.prepareStatement("""
                    SELECT e.id, e.site_id, s.slug FROM webhook_endpoints e JOIN sites s ON s.id = e.site_id
                    WHERE e.site_id = ANY(?) AND e.deleted_at IS NULL""");
            ps.setArray(1, con.createArrayOf("bigint", siteIds));
            return ps;
        }, rs -> {
            bySite.computeIfAbsent(rs.getLong(2), k -> new ArrayList<>()).add(new Target(rs.getLong(1), rs.getString(3)));
        });
        return bySite;
    }

    private Map<Long, Map<String, Object>> commentRefs(Long[] ids) {
        Map<Long, Map<String, Object>> refs = new HashMap<>();
        jdbc.query(con -> {
            PreparedStatement ps = con.prepareStatement("""
                    SELECT c.id, c.external_id, a.external_id, c.author, p.external_id FROM comments c
                    JOIN articles a ON a.id = c.article_id LEFT JOIN comments p ON p.id = c.parent_id WHERE c.id = ANY(?)""");
            ps.setArray(1, con.createArrayOf("bigint", ids));
            return ps;
        }, rs -> {
            Map<String, Object> ref = new LinkedHashMap<>();
            ref.put("id", rs.getString(2));
            ref.put("article", rs.getString(3));
            ref.put("author", rs.getString(4));
            ref.put("parentId", rs.getString(5));
            refs.put(rs.getLong(1), ref);
        });
        return refs;
    }

    private void write(List<Event> events, Map<Long, List<Target>> targets) {
        List<Long> endpoint = new ArrayList<>();
        List<UUID> ids = new ArrayList<>();
        List<String> types = new ArrayList<>();
        List<String> payloads = new ArrayList<>();
        String now = OffsetDateTime.now(ZoneOffset.UTC).toString();
        for (Event e : events) {
            for (Target t : targets.get(e.siteId())) {
                Map<String, Object> payload = new LinkedHashMap<>();
                payload.put("version", VERSION);
                payload.put("id", e.id());
                payload.put("type", e.type());
                payload.put("site", t.site());
                payload.put("occurredAt", now);
                payload.put("data", e.data());
                endpoint.add(t.endpointId());
                ids.add(e.id());
                types.add(e.type());
                payloads.add(write(payload));
            }
        }
        jdbc.update(con -> {
            PreparedStatement ps = con.prepareStatement("""
                    INSERT INTO webhook_outbox (endpoint_id, event_id, event_type, payload)
                    SELECT * FROM unnest(?::bigint[], ?::uuid[], ?::text[], ?::text[])""");
            ps.setArray(1, con.createArrayOf("bigint", endpoint.toArray()));
            ps.setArray(2, con.createArrayOf("uuid", ids.toArray()));
            ps.setArray(3, con.createArrayOf("text", types.toArray()));
            ps.setArray(4, con.createArrayOf("text", payloads.toArray()));
            return ps;
        });
    }

    private String write(Object o) {
        try {
            return json.writeValueAsString(o);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
    }
}
