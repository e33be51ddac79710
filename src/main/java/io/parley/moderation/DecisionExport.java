package io.parley.moderation;

import com.fasterxml.jackson.databind.ObjectMapper;
import io.parley.site.Site;
import io.parley.site.SiteSettings;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Service;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * Moderator decisions as labelled training data, one JSON object per line:
 * {@code {"id","text","labels":{label: 0|1…},"action","moderator","decidedAt","model":{scores}}}.
 * Labels come from the moderator's corrections where given; otherwise an approval says every label is
 * 0 and a rejection says toxicity is 1 (other labels unknown, left out so training masks them).
 */
@Service
public class DecisionExport {

    private final JdbcTemplate jdbc;
    private final ObjectMapper json;

    DecisionExport(JdbcTemplate jdbc, ObjectMapper json) {
        this.jdbc = jdbc;
        this.json = json;
    }

    /** Writes the site's standing (not undone) approve/reject decisions; returns how many. */
    public int write(Site site, Writer out) {
        int[] n = {0};
        jdbc.query("""
                SELECT d.id, c.external_id, c.text, d.action, d.moderator, d.decided_at, d.reason, d.reason_code,
                       (SELECT m.label FROM moderation_reasons m WHERE m.site_id = d.site_id AND m.code = d.reason_code) AS reason_label,
                       d.label_corrections::text AS corrections,
                       k.toxicity, k.severe_toxicity, k.insult, k.threat, k.obscene, k.identity_attack
                FROM decisions d JOIN comments c ON c.id = d.comment_id
                LEFT JOIN LATERAL (SELECT * FROM classifications k WHERE k.comment_id = c.id ORDER BY k.id DESC LIMIT 1) k ON true
                WHERE d.site_id = ? AND d.undone_at IS NULL AND d.action IN ('approve', 'reject') ORDER BY d.id""", rs -> {
            try {
                Map<String, Object> row = new LinkedHashMap<>();
                row.put("id", site.slug() + ":" + rs.getString("external_id"));
                row.put("text", rs.getString("text"));
                Map<String, Object> labels = new LinkedHashMap<>();
                String corrections = rs.getString("corrections");
                if (corrections != null) {
                    labels.putAll(json.readValue(corrections, Map.class));
                } else if (rs.getString("action").equals("approve")) {
                    SiteSettings.LABELS.forEach(l -> labels.put(l, 0));
                } else {
                    labels.put("toxicity", 1);
                }
                row.put("labels", labels);
                row.put("action", rs.getString("action"));
                row.put("moderator", rs.getString("moderator"));
                row.put("decidedAt", rs.getObject("decided_at", java.time.OffsetDateTime.class).toString());
                if (rs.getString("reason_code") != null) {
                    row.put("reasonCode", rs.getString("reason_code"));
                    row.put("reasonLabel", rs.getString("reason_label"));
                }
                if (rs.getString("reason") != null) {
                    row.put("reason", rs.getString("reason"));
                }
                Map<String, Object> model = new LinkedHashMap<>();
                for (String l : SiteSettings.LABELS) {
                    Object v = rs.getObject(l);
                    if (v != null) {
                        model.put(l, ((Number) v).doubleValue());
                    }
                }
                row.put("model", model);
                out.write(json.writeValueAsString(row));
                out.write('\n');
                n[0]++;
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }, site.id());
        return n[0];
    }
}
