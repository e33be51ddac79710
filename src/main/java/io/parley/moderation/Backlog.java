package io.parley.moderation;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.parley.classification.StoredClassification;
import io.parley.ingest.ClassificationStore;
import io.parley.site.AuditLog;
import io.parley.site.Site;
import io.parley.site.SiteDirectory;
import io.parley.site.VersionedSettings;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The held backlog under the current settings: after the owner changes thresholds, the comments already
 * waiting are replayed through the policy (their stored scores, as the impact preview does) and, once the
 * owner confirms, those it would no longer hold are published or rejected by the new rule. No person
 * decided them, so no decision is written (the training export stays moderators' labels); the audit trail
 * names the owner, the settings version and every comment moved. Items someone has claimed stay.
 */
@Service
public class Backlog {

    private final JdbcTemplate jdbc;
    private final ClassificationStore classifications;
    private final SiteDirectory sites;
    private final AuditLog audit;
    private final ObjectMapper json;
    private final Authors authors;

    Backlog(JdbcTemplate jdbc, ClassificationStore classifications, SiteDirectory sites, AuditLog audit, ObjectMapper json,
            Authors authors) {
        this.authors = authors;
        this.jdbc = jdbc;
        this.classifications = classifications;
        this.sites = sites;
        this.audit = audit;
        this.json = json;
    }

    /** What the current settings would do to the waiting comments. */
    public record Replay(int settingsVersion, int waiting, int publish, int reject) {
        public int moving() {
            return publish + reject;
        }
    }

    private record Waiting(long itemId, long commentId, Verdict verdict) {
    }

    public Replay replay(Site site) {
        VersionedSettings settings = sites.settings(site.id());
        List<Waiting> w = waiting(site, settings);
        return new Replay(settings.version(), w.size(), count(w, CommentStatus.PUBLISHED), count(w, CommentStatus.REJECTED));
    }

    /**
     * Publishes or rejects the waiting comments the current settings no longer hold. {@code expected}: the
     * count the owner confirmed; if the backlog changed since, nothing moves and the new figures come back.
     */
    @Transactional
    public Replay apply(Site site, String owner, int expected) {
        VersionedSettings settings = sites.settings(site.id());
        jdbc.queryForList("SELECT id FROM review_items WHERE site_id = ? AND state = 'open' FOR UPDATE", Long.class, site.id());
        List<Waiting> w = waiting(site, settings);
        Replay r = new Replay(settings.version(), w.size(), count(w, CommentStatus.PUBLISHED), count(w, CommentStatus.REJECTED));
        if (r.moving() != expected) {
            throw new BacklogChanged(expected, r.moving());
        }
        List<Long> moved = new ArrayList<>();
        for (Waiting x : w) {
            CommentStatus to = x.verdict().status();
            if (to == CommentStatus.HELD) {
                continue;
            }
            jdbc.update("UPDATE review_items SET state = 'decided', decided_at = now(), claimed_by = NULL, claim_token = NULL,"
                    + " lease_until = NULL WHERE id = ?", x.itemId());
            jdbc.update("DELETE FROM review_presence WHERE item_id = ?", x.itemId());
            jdbc.update("UPDATE comments SET status = ?, status_reason = ?::jsonb, updated_at = now() WHERE id = ?", to.wire(),
                    write(Map.of("reasons", x.verdict().reasons(), "reapplied", Map.of("settingsVersion",
                            settings.version(), "by", owner))), x.commentId());
            moved.add(x.commentId());
        }
        Map<String, Object> details = new LinkedHashMap<>();
        details.put("settingsVersion", settings.version());
        details.put("published", r.publish());
        details.put("rejected", r.reject());
        details.put("comments", moved);
        audit.record(site.id(), owner, "backlog.reapplied", "settings:" + settings.version(), details);
        return r;
    }

    /** Open items nobody holds a live claim on, with the verdict the current settings give their comment. */
    private List<Waiting> waiting(Site site, VersionedSettings settings) {
        Map<Long, Long> items = new LinkedHashMap<>();
        jdbc.query("""
                SELECT r.id, r.comment_id FROM review_items r
                WHERE r.site_id = ? AND r.state = 'open' AND (r.lease_until IS NULL OR r.lease_until < now())
                ORDER BY r.id""", rs -> {
            items.put(rs.getLong(2), rs.getLong(1));
        }, site.id());
        List<Long> ids = List.copyOf(items.keySet());
        Map<Long, StoredClassification> stored = classifications.latest(ids);
        // the author rules and suspensions count too: a suspended author's comment stays held whatever the thresholds
        Map<Long, AuthorStanding> standing = authors.standings(ids,
                java.util.Collections.nCopies(ids.size(), settings.settings().authorRules().days()));
        List<Waiting> out = new ArrayList<>();
        items.forEach((commentId, item) -> {
            StoredClassification c = stored.get(commentId);
            if (c != null) {
                out.add(new Waiting(item, commentId, ModerationPolicy.decide(settings, c.classification(),
                        standing.getOrDefault(commentId, AuthorStanding.first(false)), Map.of())));
            }
        });
        return out;
    }

    private static int count(List<Waiting> w, CommentStatus s) {
        return (int) w.stream().filter(x -> x.verdict().status() == s).count();
    }

    private String write(Object o) {
        try {
            return json.writeValueAsString(o);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
    }
}
