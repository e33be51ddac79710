package io.parley.moderation;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.parley.classification.StoredClassification;
import io.parley.ingest.ClassificationStore;
import io.parley.site.Site;
import io.parley.site.SiteDirectory;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Service;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.time.OffsetDateTime;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Moderator decisions as labelled training data, one JSON object per line:
 * {@code {"id","text","labels":{label: 0|1…},"action","moderator","decidedAt","model":{scores},"scoredBy"}}.
 * {@code model} holds the comment's latest scores and {@code scoredBy} names the model version that gave them
 * ({@code name@version}): after a model upgrade they may be newer than what the moderator saw when deciding.
 * Labels come from the moderator's corrections where given; otherwise an approval says every label is
 * 0 (every label the served model scores) and a rejection says toxicity is 1 (other labels unknown, left out so
 * training masks them).
 */
@Service
public class DecisionExport {

    /** Decisions read per round trip to the classification store. */
    private static final int CHUNK = 1000;

    private final JdbcTemplate jdbc;
    private final ObjectMapper json;
    private final ClassificationStore classifications;
    private final SiteDirectory sites;

    DecisionExport(JdbcTemplate jdbc, ObjectMapper json, ClassificationStore classifications, SiteDirectory sites) {
        this.jdbc = jdbc;
        this.json = json;
        this.classifications = classifications;
        this.sites = sites;
    }

    private record Row(long commentId, String externalId, String text, String action, String moderator,
                       OffsetDateTime decidedAt, String reason, String corrections, String reasonCode,
                       String reasonLabel) {
    }

    /** Writes the site's standing (not undone) approve/reject decisions; returns how many. */
    public int write(Site site, Writer out) {
        List<Row> rows = jdbc.query("""
                SELECT d.comment_id, c.external_id, c.text, d.action, d.moderator, d.decided_at, d.reason,
                       d.label_corrections::text AS corrections, d.reason_code,
                       (SELECT m.label FROM moderation_reasons m WHERE m.site_id = d.site_id AND m.code = d.reason_code)
                FROM decisions d JOIN comments c ON c.id = d.comment_id
                WHERE d.site_id = ? AND d.undone_at IS NULL AND d.action IN ('approve', 'reject') ORDER BY d.id""",
                (rs, i) -> new Row(rs.getLong(1), rs.getString(2), rs.getString(3), rs.getString(4), rs.getString(5),
                        rs.getObject(6, OffsetDateTime.class), rs.getString(7), rs.getString(8), rs.getString(9),
                        rs.getString(10)), site.id());
        try {
            for (int from = 0; from < rows.size(); from += CHUNK) {
                List<Row> chunk = rows.subList(from, Math.min(rows.size(), from + CHUNK));
                Map<Long, StoredClassification> latest = classifications.latest(chunk.stream().map(Row::commentId).toList());
                for (Row r : chunk) {
                    out.write(json.writeValueAsString(line(site, r, latest.get(r.commentId()))));
                    out.write('\n');
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return rows.size();
    }

    private Map<String, Object> line(Site site, Row r, StoredClassification c) throws JsonProcessingException {
        Map<String, Object> row = new LinkedHashMap<>();
        row.put("id", site.slug() + ":" + r.externalId());
        row.put("text", r.text());
        Map<String, Object> labels = new LinkedHashMap<>();
        if (r.corrections() != null) {
            labels.putAll(json.readValue(r.corrections(), Map.class));
        } else if (r.action().equals("approve")) {
            sites.labels().forEach(l -> labels.put(l.name(), 0));
        } else {
            labels.put("toxicity", 1);
        }
        row.put("labels", labels);
        row.put("action", r.action());
        row.put("moderator", r.moderator());
        row.put("decidedAt", r.decidedAt().toString());
        if (r.reasonCode() != null) {
            row.put("reasonCode", r.reasonCode());
            row.put("reasonLabel", r.reasonLabel());
        }
        if (r.reason() != null) {
            row.put("reason", r.reason());
        }
        Map<String, Object> model = new LinkedHashMap<>();
        if (c != null) {
            c.scores().forEach((label, v) -> {
                if (v != null) {
                    model.put(label, v);
                }
            });
        }
        row.put("model", model);
        if (c != null) {
            row.put("scoredBy", c.model() + "@" + c.version());
        }
        return row;
    }
}
