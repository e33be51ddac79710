package io.parley.moderation;

import io.parley.classification.AbuseLabel;
import io.parley.classification.CommentClassification;
import io.parley.classification.StoredClassification;
import io.parley.ingest.ClassificationStore;
import io.parley.site.Site;
import io.parley.site.SiteDirectory;
import io.parley.site.SiteSettings;
import io.parley.site.VersionedSettings;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Service;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.Set;
import java.util.List;
import java.util.Map;

/**
 * What proposed settings would do: the policy replayed over the site's last N classified comments
 * under the current and the proposed settings, with per-label score histograms for the UI.
 */
@Service
public class ImpactPreview {

    public static final int BINS = 20;

    private final JdbcTemplate jdbc;
    private final SiteDirectory sites;
    private final ClassificationStore classifications;
    private final Authors authors;

    ImpactPreview(JdbcTemplate jdbc, SiteDirectory sites, ClassificationStore classifications, Authors authors) {
        this.authors = authors;
        this.jdbc = jdbc;
        this.sites = sites;
        this.classifications = classifications;
    }

    /** Counts of published/held/rejected, overall and per label (comments a label alone would hold or reject). */
    public record Outcome(Map<String, Integer> totals, Map<String, Map<String, Integer>> perLabel) {
    }

    /** Per label: comment counts in {@link #BINS} equal-width score bins over [0,1], and both threshold pairs. */
    public record Histogram(int[] counts, double currentHold, double currentReject, double proposedHold,
                            double proposedReject) {
    }

    /**
     * @param scoredBy how many of the replayed comments each model (name@version) scored: after a model upgrade, until
     *                 the comments are scored again, some counts are the earlier model's, and an API caller sees it
     */
    public record Result(int comments, int currentVersion, Outcome current, Outcome proposed,
                         Map<String, Histogram> histograms, Map<String, Integer> scoredBy) {
    }

    /** A stored comment with its author's standing under the current and the proposed window of recent rejections. */
    private record Stored(CommentClassification classification, String model, AuthorStanding current,
                          AuthorStanding proposed) {
    }

    public Result preview(Site site, SiteSettings proposed, int lastN) {
        if (lastN < 1 || lastN > 100_000) {
            throw new io.parley.site.InvalidSettings("last", "between 1 and 100000 comments");
        }
        sites.validate(proposed);
        VersionedSettings current = sites.settings(site.id());
        VersionedSettings next = new VersionedSettings(current.version() + 1, proposed, "preview", null);
        List<Long> ids = jdbc.queryForList("""
                SELECT c.id FROM comments c
                WHERE c.site_id = ? AND EXISTS (SELECT 1 FROM classifications k WHERE k.comment_id = c.id)
                ORDER BY c.id DESC LIMIT ?""", Long.class, site.id(), lastN);
        Map<Long, StoredClassification> stored = classifications.latest(ids);
        int daysNow = current.settings().authorRules().days();
        int daysProposed = proposed.authorRules().days();
        boolean countedNow = current.settings().authorRules().any();
        boolean countedThen = proposed.authorRules().any();
        Map<Long, AuthorStanding> now = authors.standings(ids, java.util.Collections.nCopies(ids.size(), daysNow), countedNow);
        Map<Long, AuthorStanding> then = daysProposed == daysNow && countedThen == countedNow ? now
                : authors.standings(ids, java.util.Collections.nCopies(ids.size(), daysProposed), countedThen);
        List<Stored> rows = new ArrayList<>(ids.size());
        for (Long id : ids) {
            StoredClassification c = stored.get(id);
            if (c != null) {
                rows.add(new Stored(c.classification(), c.model() + "@" + c.version(), now.get(id), then.get(id)));
            }
        }

        // One histogram per label the served model scores (with no model loaded: per label the settings or the
        // stored scores name); stored scores of labels the model no longer has are left out.
        Set<String> labels = new LinkedHashSet<>(sites.labels().stream().map(AbuseLabel::name).toList());
        if (labels.isEmpty()) {
            labels.addAll(proposed.thresholds().keySet());
            rows.forEach(r -> labels.addAll(r.classification().scores().keySet()));
        }
        Map<String, int[]> bins = new LinkedHashMap<>();
        labels.forEach(l -> bins.put(l, new int[BINS]));
        for (Stored s : rows) {
            s.classification().scores().forEach((label, score) -> {
                int[] b = bins.get(label);
                if (b != null && !score.isNaN()) {
                    b[Math.max(0, Math.min(BINS - 1, (int) (score * BINS)))]++;
                }
            });
        }
        Map<String, Histogram> histograms = new LinkedHashMap<>();
        for (String label : labels) {
            var c = current.settings().thresholds().get(label);
            var p = proposed.thresholds().get(label);
            histograms.put(label, new Histogram(bins.get(label), c == null ? 1 : c.hold(), c == null ? 1 : c.reject(),
                    p == null ? 1 : p.hold(), p == null ? 1 : p.reject()));
        }
        Map<String, Integer> scoredBy = new java.util.TreeMap<>();
        rows.forEach(r -> scoredBy.merge(r.model(), 1, Integer::sum));
        return new Result(rows.size(), current.version(), outcome(rows, current, false), outcome(rows, next, true), histograms,
                scoredBy);
    }

    private Outcome outcome(List<Stored> rows, VersionedSettings settings, boolean proposed) {
        Map<String, Integer> totals = new LinkedHashMap<>(); // this order on every start (Map.of's is salted)
        totals.put("published", 0);
        totals.put("held", 0);
        totals.put("rejected", 0);
        Map<String, Map<String, Integer>> perLabel = new LinkedHashMap<>();
        for (Stored s : rows) {
            Verdict v = ModerationPolicy.decide(settings, s.classification(), proposed ? s.proposed() : s.current(), Map.of());
            totals.merge(v.status().wire(), 1, Integer::sum);
            for (Reason r : v.reasons()) {
                String key = r.label() == null ? r.rule() : r.label();
                perLabel.computeIfAbsent(key, k -> new HashMap<>()).merge(r.action(), 1, Integer::sum);
            }
        }
        return new Outcome(totals, perLabel);
    }

    /** Lists used by the stats page: counts per day and status, and decisions per day and action. */
    public Map<String, Object> stats(Site site, int days) {
        List<Map<String, Object>> labels = jdbc.queryForList("""
                SELECT coalesce(r->>'label', r->>'rule') AS label, r->>'action' AS action, count(*) AS n
                FROM comments c, jsonb_array_elements(coalesce(c.status_reason->'reasons', '[]'::jsonb)) r
                WHERE c.site_id = ? GROUP BY 1, 2 ORDER BY 1, 2""", site.id());
        List<Map<String, Object>> status = jdbc.queryForList(
                "SELECT status, count(*) AS n FROM comments WHERE site_id = ? GROUP BY status ORDER BY status", site.id());
        return Map.of("perDay", perDay(site, days), "perStatus", status, "perLabel", labels);
    }

    /** One pass over the window per table (not one scan per day and column): the stats page stays fast on big sites. */
    private List<Map<String, Object>> perDay(Site site, int days) {
        return new ArrayList<>(jdbc.queryForList("""
                WITH days AS (SELECT d::date AS day FROM generate_series(current_date - make_interval(days => ?), current_date,
                                                                   interval '1 day') AS d),
                     c AS (SELECT created_at::date AS day, count(*) AS comments,
                                  count(*) FILTER (WHERE status = 'held') AS held,
                                  count(*) FILTER (WHERE status = 'rejected') AS rejected
                           FROM comments WHERE site_id = ? AND created_at >= current_date - make_interval(days => ?) GROUP BY 1),
                     x AS (SELECT decided_at::date AS day, count(*) AS decisions,
                                  count(*) FILTER (WHERE action = 'reject') AS agreed
                           FROM decisions WHERE site_id = ? AND undone_at IS NULL
                             AND decided_at >= current_date - make_interval(days => ?) GROUP BY 1)
                SELECT d.day, coalesce(c.comments, 0) AS comments, coalesce(c.held, 0) AS held,
                       coalesce(c.rejected, 0) AS rejected, coalesce(x.decisions, 0) AS decisions,
                       coalesce(x.agreed, 0) AS agreed
                FROM days d LEFT JOIN c ON c.day = d.day LEFT JOIN x ON x.day = d.day
                ORDER BY d.day""", days - 1, site.id(), days - 1, site.id(), days - 1));
    }
}
