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

    /** Events of a site, newest first, before the given id. */
    public java.util.List<Map<String, Object>> list(long siteId, long beforeId, int limit) {
        return jdbc.queryForList("""
                SELECT id, actor, action, subject, details::text AS details, at FROM audit_events
                WHERE site_id = ? AND id < ? ORDER BY id DESC LIMIT ?""", siteId, beforeId, limit);
    }
}
