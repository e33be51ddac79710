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
        // details as the JSON object they are: as text they reached a client as a string to parse a second time
        return jdbc.queryForList("""
                SELECT id, actor, action, subject, details::text AS details, at FROM audit_events
                WHERE site_id = ? AND id < ? ORDER BY id DESC LIMIT ?""", siteId, beforeId, limit).stream()
                .map(row -> {
                    Map<String, Object> out = new java.util.LinkedHashMap<>(row);
                    try {
                        out.put("details", json.readTree((String) row.get("details")));
                    } catch (JsonProcessingException e) {
                        throw new IllegalStateException("stored audit details are not JSON", e);
                    }
                    return out;
                }).toList();
    }
}
