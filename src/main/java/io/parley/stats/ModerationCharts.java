package io.parley.stats;

import io.parley.site.Site;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Service;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/** The owner's charts, each one query over the window. */
@Service
public class ModerationCharts {

    static final List<String> BUCKET_NAMES = List.of("< 1 min", "1-10 min", "10-60 min", "1-6 h", "6-24 h", "> 1 day");

    private final JdbcTemplate jdbc;

    ModerationCharts(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    /**
     * @param days    every day of the window, oldest first
     * @param totals  comments that got a status, per day (by the time they were posted, else stored)
     * @param flagged per label: comments held or rejected by that label, per day (same order as days)
     */
    public record FlaggedRate(List<LocalDate> days, long[] totals, Map<String, long[]> flagged) {
        public double rate(String label, int day) {
            return totals[day] == 0 ? Double.NaN : (double) flagged.get(label)[day] / totals[day];
        }
    }

    /** @param byAction decisions per action (approve, reject, escalate) */
    public record ModeratorDecisions(String moderator, Map<String, Long> byAction) {
        public long total() {
            return byAction.values().stream().mapToLong(Long::longValue).sum();
        }
    }

    /** @param counts per bucket of {@link #BUCKET_NAMES}; median and p90 in seconds (NaN when no decision) */
    public record TimeToDecision(List<String> buckets, long[] counts, double medianSeconds, double p90Seconds) {
        public long total() {
            long n = 0;
            for (long c : counts) {
                n += c;
            }
            return n;
        }
    }

    public FlaggedRate flaggedRate(Site site, int days) {
        LocalDate today = jdbc.queryForObject("SELECT (now() AT TIME ZONE 'UTC')::date", LocalDate.class);
        List<LocalDate> dayList = new ArrayList<>();
        for (int i = days - 1; i >= 0; i--) {
            dayList.add(today.minusDays(i));
        }
        Map<LocalDate, Integer> index = new LinkedHashMap<>();
        for (int i = 0; i < dayList.size(); i++) {
            index.put(dayList.get(i), i);
        }
        long[] totals = new long[days];
        Map<String, long[]> flagged = new TreeMap<>();
        // One scan: each comment's day, and the labels among its stored reasons (a label counts once per comment).
        jdbc.query("""
                WITH w AS (SELECT id, (coalesce(posted_at, created_at) AT TIME ZONE 'UTC')::date AS day, status_reason
                           FROM comments WHERE site_id = ? AND status <> 'received'
                             AND coalesce(posted_at, created_at) >= (now() AT TIME ZONE 'UTC')::date - make_interval(days => ?))
                SELECT day, NULL AS label, count(*) FROM w GROUP BY day
                UNION ALL
                SELECT day, label, count(DISTINCT id) FROM (
                    SELECT w.id, w.day, r->>'label' AS label FROM w,
                        jsonb_array_elements(CASE WHEN jsonb_typeof(w.status_reason->'reasons') = 'array'
                                                  THEN w.status_reason->'reasons' ELSE '[]'::jsonb END) r
                    WHERE r->>'rule' = 'label' AND r->>'label' IS NOT NULL) f GROUP BY day, label""", rs -> {
            Integer i = index.get(rs.getObject(1, LocalDate.class));
            if (i == null) {
                return;
            }
            String label = rs.getString(2);
            if (label == null) {
                totals[i] = rs.getLong(3);
            } else {
                flagged.computeIfAbsent(label, k -> new long[days])[i] = rs.getLong(3);
            }
        }, site.id(), days - 1);
        return new FlaggedRate(dayList, totals, flagged);
    }

    public List<ModeratorDecisions> decisionsPerModerator(Site site, int days) {
        Map<String, Map<String, Long>> by = new LinkedHashMap<>();
        jdbc.query("""
                SELECT moderator, action, count(*) FROM decisions
                WHERE site_id = ? AND undone_at IS NULL AND decided_at >= now() - make_interval(days => ?)
                GROUP BY moderator, action ORDER BY count(*) OVER (PARTITION BY moderator) DESC, moderator, action""", rs -> {
            by.computeIfAbsent(rs.getString(1), k -> new LinkedHashMap<>()).put(rs.getString(2), rs.getLong(3));
        }, site.id(), days);
        List<ModeratorDecisions> out = new ArrayList<>();
        by.forEach((m, a) -> out.add(new ModeratorDecisions(m, a)));
        out.sort((a, b) -> Long.compare(b.total(), a.total()));
        return out;
    }

    public TimeToDecision timeToDecision(Site site, int days) {
        long[] counts = new long[BUCKET_NAMES.size()];
        Map<String, Object> q = jdbc.queryForMap("""
                WITH t AS (SELECT extract(epoch FROM d.decided_at - r.created_at) AS s
                           FROM decisions d JOIN review_items r ON r.id = d.review_item_id
                           WHERE d.site_id = ? AND d.undone_at IS NULL AND d.decided_at >= now() - make_interval(days => ?))
                SELECT percentile_cont(0.5) WITHIN GROUP (ORDER BY s) AS median,
                       percentile_cont(0.9) WITHIN GROUP (ORDER BY s) AS p90,
                       count(*) FILTER (WHERE s < 60) AS b0, count(*) FILTER (WHERE s >= 60 AND s < 600) AS b1,
                       count(*) FILTER (WHERE s >= 600 AND s < 3600) AS b2, count(*) FILTER (WHERE s >= 3600 AND s < 21600) AS b3,
                       count(*) FILTER (WHERE s >= 21600 AND s < 86400) AS b4, count(*) FILTER (WHERE s >= 86400) AS b5
                FROM t""", site.id(), days);
        for (int i = 0; i < counts.length; i++) {
            counts[i] = ((Number) q.get("b" + i)).longValue();
        }
        return new TimeToDecision(BUCKET_NAMES, counts, number(q.get("median")), number(q.get("p90")));
    }

    private static double number(Object o) {
        return o == null ? Double.NaN : ((Number) o).doubleValue();
    }
}
