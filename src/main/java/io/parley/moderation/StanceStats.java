package io.parley.moderation;

import io.parley.site.Site;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Service;

import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * Where a site's readers stand, from each comment's latest classification: the stance mix of one article's comments,
 * and per site target the favour / against counts per day.
 */
@Service
public class StanceStats {

    private static final String LATEST = """
            JOIN LATERAL (SELECT k.stance FROM classifications k WHERE k.comment_id = c.id ORDER BY k.id DESC LIMIT 1) k ON true
            """;

    private final JdbcTemplate jdbc;

    public StanceStats(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    /** Article stance label -> comments (agree, disagree, discuss, unrelated, in that order), and parent labels of replies. */
    public ArticleStance article(Site site, String articleExternalId) {
        Map<String, Long> article = counts(List.of("agree", "disagree", "discuss", "unrelated"));
        Map<String, Long> parent = counts(List.of("support", "deny", "query", "comment"));
        jdbc.query("SELECT k.stance->>'article' AS a, k.stance->>'parent' AS p, count(*) AS n FROM comments c "
                        + "JOIN articles ar ON ar.id = c.article_id " + LATEST
                        + "WHERE ar.site_id = ? AND ar.external_id = ? GROUP BY 1, 2",
                rs -> {
                    String a = rs.getString("a");
                    String p = rs.getString("p");
                    long n = rs.getLong("n");
                    if (a != null && article.containsKey(a)) {
                        article.merge(a, n, Long::sum);
                    }
                    if (p != null && parent.containsKey(p)) {
                        parent.merge(p, n, Long::sum);
                    }
                }, site.id(), articleExternalId);
        return new ArticleStance(article, parent);
    }

    /**
     * Per target: day -> label -> comments, over the last {@code days} days (by the comment's posting time, else when
     * it arrived).
     */
    public Map<String, Map<LocalDate, Map<String, Long>>> targetsPerDay(Site site, int days) {
        Map<String, Map<LocalDate, Map<String, Long>>> out = new TreeMap<>();
        jdbc.query("SELECT t.key AS target, t.value AS label, (coalesce(c.posted_at, c.created_at) AT TIME ZONE 'UTC')::date AS day, "
                        + "count(*) AS n FROM comments c " + LATEST
                        + ", jsonb_each_text(coalesce(k.stance->'targets', '{}'::jsonb)) t "
                        + "WHERE c.site_id = ? AND coalesce(c.posted_at, c.created_at) >= now() - make_interval(days => ?) "
                        + "GROUP BY 1, 2, 3 ORDER BY 3",
                rs -> {
                    out.computeIfAbsent(rs.getString("target"), x -> new TreeMap<>())
                            .computeIfAbsent(rs.getObject("day", LocalDate.class), x -> counts(List.of("favor", "against", "none")))
                            .merge(rs.getString("label"), rs.getLong("n"), Long::sum);
                }, site.id(), days);
        return out;
    }

    private static Map<String, Long> counts(List<String> labels) {
        Map<String, Long> m = new LinkedHashMap<>();
        labels.forEach(l -> m.put(l, 0L));
        return m;
    }

    /** Comments of one article by stance toward it, and replies by stance toward their parent. */
    public record ArticleStance(Map<String, Long> article, Map<String, Long> parent) {
        public long total() {
            return article.values().stream().mapToLong(Long::longValue).sum();
        }
    }
}
