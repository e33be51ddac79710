package io.parley.moderation;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.parley.ingest.ClassificationStore;
import io.parley.site.Site;
import io.parley.site.SiteDirectory;
import io.parley.site.StorableText;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.RowMapper;
import org.springframework.stereotype.Service;

import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * The review queue as read: items with their comment and scores, counts, escalations and recent
 * decisions. Who holds an item is {@link Claims}' job; deciding it is {@link Decisions}'.
 */
@Service
public class ReviewQueue {

    private static final String ITEM_SELECT = """
            SELECT r.id, r.comment_id, c.external_id AS comment_ext, a.external_id AS article, a.title, c.author, c.text,
                   c.likes, c.posted_at, r.priority, r.reason::text AS reason, r.settings_version, r.state, r.claimed_by,
                   r.lease_until, r.created_at, c.author_id
            FROM review_items r JOIN comments c ON c.id = r.comment_id JOIN articles a ON a.id = c.article_id
            """;

    static final RowMapper<Decision> DECISION_ROW = (rs, i) -> new Decision(rs.getLong(1), rs.getLong(2),
            rs.getLong(3), rs.getString(4), Action.parse(rs.getString(5)), rs.getString(6), rs.getObject(7, OffsetDateTime.class), rs.getString(8), rs.getString(9));

    private final JdbcTemplate jdbc;
    private final ObjectMapper json;
    private final ClassificationStore classifications;
    private final SiteDirectory sites;
    private final RowMapper<QueueItem> itemRow;

    ReviewQueue(JdbcTemplate jdbc, ObjectMapper json, ClassificationStore classifications, SiteDirectory sites) {
        this.jdbc = jdbc;
        this.json = json;
        this.classifications = classifications;
        this.sites = sites;
        this.itemRow = (rs, i) -> new QueueItem(rs.getLong("id"), rs.getLong("comment_id"), rs.getString("comment_ext"),
                rs.getString("article"), rs.getString("title"), rs.getString("author"), rs.getString("text"),
                (Integer) rs.getObject("likes"), rs.getObject("posted_at", OffsetDateTime.class), rs.getDouble("priority"),
                node(rs.getString("reason")), rs.getInt("settings_version"), ItemState.of(rs.getString("state")),
                rs.getString("claimed_by"), rs.getObject("lease_until", OffsetDateTime.class),
                rs.getObject("created_at", OffsetDateTime.class), null, rs.getString("author_id"));
    }

    /**
     * Filters for listing the queue; null means any.
     *
     * @param stance {@code article=disagree}, {@code parent=deny} or {@code target=against}: the latest stance has that value
     */
    public record Filter(ItemState state, String label, String article, String sort, String stance) {
        public Filter(ItemState state, String label, String article, String sort) {
            this(state, label, article, sort, null);
        }

        public static Filter open() {
            return new Filter(ItemState.OPEN, null, null, null);
        }
    }

    /**
     * A label filter names what a reason can record: one of the site's abuse labels, a language code (the language rule)
     * or a stance outcome ({@code article.unrelated}, {@code target.against:NATO}). Anything else (a typo, "Insult")
     * matched nothing and answered an empty list, which reads as "nothing held for it".
     */
    static void knownLabel(SiteDirectory sites, Site site, String label) {
        if (label != null && label.matches("[a-z]{2}")) {
            // comments carry a language as its 3-letter code (deu): "de" matched nothing, an empty list read as
            // "nothing held in German"
            String iso3;
            try {
                iso3 = new java.util.Locale(label).getISO3Language();
            } catch (java.util.MissingResourceException e) {
                iso3 = null;
            }
            throw new InvalidModerationInput("label", "a language is named by its 3-letter code, as comments carry it"
                    + (iso3 == null || iso3.isEmpty() ? "" : ": " + iso3 + " for " + label));
        }
        if (label == null || label.matches("[a-z]{3}") || label.matches("(article|parent|target)\\..+")) {
            return;
        }
        java.util.Set<String> labels = new java.util.TreeSet<>(sites.settings(site.id()).settings().thresholds().keySet());
        sites.labels().forEach(l -> labels.add(l.name()));
        if (!labels.contains(label)) {
            throw new InvalidModerationInput("label", "no label '" + label + "' on this site: one of " + labels
                    + ", a language code (e.g. ara) or a stance outcome (e.g. article.unrelated)");
        }
    }

    /** The stance model's outcomes per view, as the settings' stance actions name them. */
    private static final Map<String, List<String>> STANCES = new java.util.TreeMap<>(Map.of(
            "article", List.of("agree", "disagree", "discuss", "unrelated"),
            "parent", List.of("support", "deny", "query", "comment"),
            "target", List.of("favor", "against", "none")));

    public List<QueueItem> list(Site site, Filter f, int offset, int limit) {
        // Filters are compared in SQL: a NUL would fail there as a database error instead of matching nothing.
        StorableText.require("label", f.label());
        StorableText.require("article", f.article());
        StorableText.require("stance", f.stance());
        knownLabel(sites, site, f.label());
        List<Object> args = new ArrayList<>();
        StringBuilder where = new StringBuilder(" WHERE r.site_id = ?");
        args.add(site.id());
        if (f.state() != null) {
            where.append(" AND r.state = ?");
            args.add(f.state().wire());
        }
        if (f.article() != null) {
            where.append(" AND a.external_id = ?");
            args.add(f.article());
        }
        if (f.label() != null) {
            where.append(" AND r.reason @> ?::jsonb");
            args.add(write(List.of(Map.of("label", f.label()))));
        }
        if (f.stance() != null) {
            String[] kv = f.stance().split("=", 2);
            if (kv.length != 2 || !STANCES.containsKey(kv[0]) || !STANCES.get(kv[0]).contains(kv[1])) {
                // a stance the model never gives (article=bogus) matched nothing: an empty queue read as "none"
                throw new InvalidModerationInput("stance", "article=<stance>, parent=<stance> or target=<stance>, the"
                        + " stances being " + STANCES);
            }
            where.append(" AND ").append(ClassificationStore.stanceIs(kv[0], "c.id"));
            args.add(kv[1]);
        }
        String order = orderFor(site, f.sort());
        args.add(limit);
        args.add(offset);
        return classified(jdbc.query(ITEM_SELECT + where + order + " LIMIT ? OFFSET ?", itemRow, args.toArray()));
    }

    public long openCount(Site site) {
        Long n = jdbc.queryForObject("SELECT count(*) FROM review_items WHERE site_id = ? AND state = 'open'", Long.class, site.id());
        return n == null ? 0 : n;
    }

    public QueueItem item(Site site, long id) {
        return classified(jdbc.query(ITEM_SELECT + " WHERE r.site_id = ? AND r.id = ?", itemRow, site.id(), id)).stream()
                .findFirst().orElseThrow(() -> new ItemNotFound(id));
    }

    /** The given items in queue order (the site's, as {@link #list} shows them). */
    List<QueueItem> items(Site site, List<Long> ids) {
        if (ids.isEmpty()) {
            return List.of();
        }
        return classified(jdbc.query(ITEM_SELECT + " WHERE r.site_id = ? AND r.id = ANY(?::bigint[])" + orderFor(site, null),
                itemRow, site.id(), (Object) ids.toArray(Long[]::new)));
    }

    /** Number of items moderators escalated that wait for the site owner. */
    public long escalatedCount(Site site) {
        Long n = jdbc.queryForObject("SELECT count(*) FROM review_items WHERE site_id = ? AND state = 'escalated'",
                Long.class, site.id());
        return n == null ? 0 : n;
    }

    /** Why and by whom an escalated item was escalated: its latest escalation decision still standing. */
    public Optional<Decision> escalation(Site site, long itemId) {
        return jdbc.query("""
                SELECT id, review_item_id, comment_id, moderator, action, reason, decided_at, reason_code, reverses FROM decisions
                WHERE site_id = ? AND review_item_id = ? AND action = 'escalate' AND undone_at IS NULL
                ORDER BY id DESC LIMIT 1""", DECISION_ROW, site.id(), itemId).stream().findFirst();
    }

    /** The latest decisions on a site (for undo and the audit view). */
    public List<Decision> recentDecisions(Site site, String moderator, int limit) {
        return jdbc.query("""
                SELECT id, review_item_id, comment_id, moderator, action, reason, decided_at, reason_code, reverses FROM decisions
                WHERE site_id = ? AND (CAST(? AS text) IS NULL OR moderator = ?) AND undone_at IS NULL ORDER BY id DESC LIMIT ?""",
                DECISION_ROW, site.id(), moderator, moderator, limit);
    }

    /** How an author ({@link QueueItem#authorKey()}: by the site's id when sent) fared on this site so far: counts per status. */
    public Map<String, Long> authorHistory(Site site, String authorKey) {
        Map<String, Long> counts = new LinkedHashMap<>();
        if (authorKey == null) {
            return counts;
        }
        jdbc.query("SELECT status, count(*) FROM comments WHERE site_id = ? AND author_key = ? GROUP BY status ORDER BY status",
                rs -> {
                    counts.put(rs.getString(1), rs.getLong(2));
                }, site.id(), Authors.key(authorKey));
        return counts;
    }

    /** The items with their comment's latest classification, read through the store in one query for the list. */
    private List<QueueItem> classified(List<QueueItem> items) {
        if (items.isEmpty()) {
            return items;
        }
        var latest = classifications.latest(items.stream().map(QueueItem::commentId).toList());
        return items.stream().map(i -> i.withClassification(latest.get(i.commentId()))).toList();
    }

    String orderFor(Site site, String sort) {
        String s = sort != null ? sort : sites.settings(site.id()).settings().queueOrder();
        if (s.startsWith("stance:")) {
            return stanceOrder(s.substring("stance:".length()));
        }
        return s.equals("oldest") ? " ORDER BY r.id" : " ORDER BY r.priority DESC, r.id";
    }

    /** Stance labels a queue can be sorted by, per view (the models' output labels). */
    public static final Map<String, List<String>> STANCE_SORT_LABELS = Map.of(
            "article", List.of("agree", "disagree", "discuss", "unrelated"),
            "parent", List.of("support", "deny", "query", "comment"),
            "target", List.of("favor", "against", "none"));

    /**
     * {@code view.label}, e.g. {@code article.disagree}: the latest classification's probability of that label, highest
     * first (for targets, the highest over the comment's targets); comments without one last. Only known names reach
     * the SQL.
     */
    private static String stanceOrder(String key) {
        String[] vl = key.split("\\.", 2);
        if (vl.length != 2 || !STANCE_SORT_LABELS.containsKey(vl[0]) || !STANCE_SORT_LABELS.get(vl[0]).contains(vl[1])) {
            throw new InvalidModerationInput("sort", "stance:<view>.<label>, e.g. stance:article.disagree; views and labels: "
                    + STANCE_SORT_LABELS);
        }
        String latest = "(SELECT k.stance FROM classifications k WHERE k.comment_id = r.comment_id ORDER BY k.id DESC LIMIT 1)";
        String p = vl[0].equals("target")
                ? "(SELECT max((t.value->>'" + vl[1] + "')::float8) FROM jsonb_each(coalesce(" + latest
                  + "->'detail'->'targets', '{}'::jsonb)) t)"
                : "(" + latest + "->'detail'->'" + vl[0] + "'->>'" + vl[1] + "')::float8";
        return " ORDER BY " + p + " DESC NULLS LAST, r.id";
    }

    String write(Object o) {
        try {
            return json.writeValueAsString(o);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
    }

    private JsonNode node(String raw) {
        if (raw == null) {
            return null;
        }
        try {
            return json.readTree(raw);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
    }
}
