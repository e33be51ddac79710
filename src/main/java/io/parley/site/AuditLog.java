package io.parley.site;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

import java.util.Map;

/** Append-only record of who did what; written in the caller's transaction so an action and its audit commit together. */
@Component
public class AuditLog {

    private final JdbcTemplate jdbc;
    private final ObjectMapper json;

    AuditLog(JdbcTemplate jdbc, ObjectMapper json) {
        this.jdbc = jdbc;
        this.json = json;
    }

    public void record(Long siteId, String actor, String action, String subject, Map<String, ?> details) {
        try {
            jdbc.update("INSERT INTO audit_events (site_id, actor, action, subject, details) VALUES (?, ?, ?, ?, ?::jsonb)",
                    siteId, actor, action, subject, json.writeValueAsString(details == null ? Map.of() : details));
        } catch (JsonProcessingException e) {
            throw new IllegalArgumentException("audit details are not serialisable", e);
        }
    }

    /** One audit event as the pages read it. */
    public record Entry(long id, java.time.OffsetDateTime at, String actor, String action, String subject,
                        com.fasterxml.jackson.databind.JsonNode details) {
    }

    /**
     * What to read; null (or empty) means any.
     *
     * @param action   an action ({@code decision.reject}) or a family ending in a dot ({@code decision.})
     * @param to       inclusive (the whole day)
     * @param subjects events on exactly these subjects ({@code decision:7}, {@code item:3}, {@code comment:12})
     * @param families only actions in these families ({@code decision.}); what a moderator may read of the log
     */
    public record Query(String actor, String action, java.time.LocalDate from, java.time.LocalDate to,
                        java.util.List<String> subjects, java.util.List<String> families) {
        public static Query subjects(java.util.List<String> subjects) {
            return new Query(null, null, null, null, subjects, null);
        }
    }

    /** Events matching {@code q}, newest first, with ids below {@code beforeId} (the page before). */
    public java.util.List<Entry> search(long siteId, Query q, long beforeId, int limit) {
        StringBuilder where = new StringBuilder("WHERE site_id = ? AND id < ?");
        java.util.List<Object> args = new java.util.ArrayList<>(java.util.List.of(siteId, beforeId));
        if (q.actor() != null) {
            where.append(" AND actor = ?");
            args.add(q.actor());
        }
        if (q.action() != null) {
            if (q.action().endsWith(".")) {
                where.append(" AND starts_with(action, ?)");
            } else {
                where.append(" AND action = ?");
            }
            args.add(q.action());
        }
        if (q.from() != null) {
            where.append(" AND at >= ?");
            args.add(q.from().atStartOfDay().atOffset(java.time.ZoneOffset.UTC));
        }
        if (q.to() != null) {
            where.append(" AND at < ?");
            args.add(q.to().plusDays(1).atStartOfDay().atOffset(java.time.ZoneOffset.UTC));
        }
        if (q.subjects() != null) {
            where.append(" AND subject = ANY(?::text[])");
            args.add(q.subjects().toArray(String[]::new));
        }
        if (q.families() != null) {
            where.append(" AND split_part(action, '.', 1) || '.' = ANY(?::text[])");
            args.add(q.families().toArray(String[]::new));
        }
        args.add(limit);
        return jdbc.query("SELECT id, at, actor, action, subject, details::text FROM audit_events " + where
                + " ORDER BY id DESC LIMIT ?", (rs, i) -> {
            try {
                return new Entry(rs.getLong(1), rs.getObject(2, java.time.OffsetDateTime.class), rs.getString(3),
                        rs.getString(4), rs.getString(5), json.readTree(rs.getString(6)));
            } catch (JsonProcessingException e) {
                throw new IllegalStateException("stored audit details are not JSON", e);
            }
        }, args.toArray());
    }

    /**
     * Who acted on the site and which actions were taken, for the audit page's choices (only {@code families}, when
     * given): one index probe per distinct value (audit_site_actor, audit_site_action), not a read of every event
     * (SELECT DISTINCT: ~300 ms at 300,000 events, against ~7 ms). The families are applied after the skip, which a
     * family condition inside it would turn back into a read of every event of the other families.
     */
    public java.util.List<String> distinct(long siteId, String column, java.util.List<String> families) {
        if (!column.equals("actor") && !column.equals("action")) {
            throw new IllegalArgumentException(column);
        }
        String next = "SELECT " + column + " FROM audit_events WHERE site_id = ?";
        java.util.List<String> all = jdbc.queryForList("WITH RECURSIVE v(x) AS ((" + next + " ORDER BY " + column
                + " LIMIT 1) UNION ALL SELECT (" + next + " AND " + column + " > v.x ORDER BY " + column + " LIMIT 1)"
                + " FROM v WHERE v.x IS NOT NULL) SELECT x FROM v WHERE x IS NOT NULL", String.class, siteId, siteId);
        if (families == null) {
            return all;
        }
        if (column.equals("action")) {
            return all.stream().filter(a -> families.stream().anyMatch(a::startsWith)).toList();
        }
        return jdbc.queryForList("""
                SELECT a FROM unnest(?::text[]) WITH ORDINALITY AS u(a, n) WHERE EXISTS (
                    SELECT 1 FROM audit_events WHERE site_id = ? AND actor = u.a
                    AND split_part(action, '.', 1) || '.' = ANY(?::text[])) ORDER BY n""", String.class,
                all.toArray(String[]::new), siteId, families.toArray(String[]::new));
    }
}
