package io.parley.moderation;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.micrometer.core.instrument.MeterRegistry;
import io.parley.ingest.ClassificationStore;
import io.parley.site.AuditLog;
import io.parley.site.InvalidSettings;
import io.parley.site.Site;
import io.parley.site.SiteDirectory;
import io.parley.site.StorableText;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.RowMapper;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import java.time.Duration;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * The review queue. Claims are leases taken with FOR UPDATE SKIP LOCKED, so two moderators (or two
 * instances) never get the same item; a lease that runs out puts the item back. A decision needs a
 * live claim of one's own, so a moderator whose claim was lost cannot overwrite another's work.
 */
@Service
public class ReviewQueue {

    private static final Set<String> ACTIONS = Set.of("approve", "reject", "escalate");
    private static final String ITEM_SELECT = """
            SELECT r.id, r.comment_id, c.external_id AS comment_ext, a.external_id AS article, a.title, c.author, c.text,
                   c.likes, c.posted_at, r.priority, r.reason::text AS reason, r.settings_version, r.state, r.claimed_by,
                   r.lease_until, r.created_at
            FROM review_items r JOIN comments c ON c.id = r.comment_id JOIN articles a ON a.id = c.article_id
            """;

    private static final RowMapper<Decision> DECISION_ROW = (rs, i) -> new Decision(rs.getLong(1), rs.getLong(2),
            rs.getLong(3), rs.getString(4), rs.getString(5), rs.getString(6), rs.getObject(7, OffsetDateTime.class));

    private final JdbcTemplate jdbc;
    private final ObjectMapper json;
    private final ClassificationStore classifications;
    private final AuditLog audit;
    private final SiteDirectory sites;
    private final MeterRegistry meters;
    private final Duration lease;
    private final Duration undoWindow;
    private final RowMapper<QueueItem> itemRow;
    private final org.springframework.context.ApplicationEventPublisher events;

    ReviewQueue(JdbcTemplate jdbc, ObjectMapper json, ClassificationStore classifications, AuditLog audit,
                SiteDirectory sites, MeterRegistry meters,
                @Value("${parley.moderation.lease:PT10M}") Duration lease,
                @Value("${parley.moderation.undo-window:PT5M}") Duration undoWindow,
                org.springframework.context.ApplicationEventPublisher events) {
        this.events = events;
        this.jdbc = jdbc;
        this.json = json;
        this.classifications = classifications;
        this.audit = audit;
        this.sites = sites;
        this.meters = meters;
        this.lease = lease;
        this.undoWindow = undoWindow;
        this.itemRow = (rs, i) -> new QueueItem(rs.getLong("id"), rs.getLong("comment_id"), rs.getString("comment_ext"),
                rs.getString("article"), rs.getString("title"), rs.getString("author"), rs.getString("text"),
                (Integer) rs.getObject("likes"), rs.getObject("posted_at", OffsetDateTime.class), rs.getDouble("priority"),
                node(rs.getString("reason")), rs.getInt("settings_version"), rs.getString("state"),
                rs.getString("claimed_by"), rs.getObject("lease_until", OffsetDateTime.class),
                rs.getObject("created_at", OffsetDateTime.class), null);
    }

    /**
     * Filters for listing the queue; null means any.
     *
     * @param stance {@code article=disagree}, {@code parent=deny} or {@code target=against}: the latest stance has that value
     */
    public record Filter(String state, String label, String article, String sort, String stance) {
        public Filter(String state, String label, String article, String sort) {
            this(state, label, article, sort, null);
        }

        public static Filter open() {
            return new Filter("open", null, null, null);
        }
    }

    public List<QueueItem> list(Site site, Filter f, int offset, int limit) {
        // Filters are compared in SQL: a NUL would fail there as a database error instead of matching nothing.
        StorableText.require("state", f.state());
        StorableText.require("label", f.label());
        StorableText.require("article", f.article());
        StorableText.require("stance", f.stance());
        List<Object> args = new ArrayList<>();
        StringBuilder where = new StringBuilder(" WHERE r.site_id = ?");
        args.add(site.id());
        if (f.state() != null) {
            where.append(" AND r.state = ?");
            args.add(f.state());
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
            if (kv.length != 2 || !Set.of("article", "parent", "target").contains(kv[0])) {
                throw new InvalidSettings("stance", "article=<stance>, parent=<stance> or target=<stance>");
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

    /** Takes up to {@code n} open items no one holds a live lease on, highest priority first (or oldest, per site). */
    @Transactional
    public List<QueueItem> claim(Site site, String moderator, int n) {
        if (n < 1 || n > 500) {
            throw new InvalidSettings("count", "claim between 1 and 500 items");
        }
        String order = orderFor(site, null);
        List<Long> ids = jdbc.queryForList("""
                UPDATE review_items SET claimed_by = ?, claim_token = gen_random_uuid(),
                    lease_until = now() + make_interval(secs => ?)
                WHERE id IN (SELECT id FROM review_items r
                             WHERE site_id = ? AND state = 'open' AND (lease_until IS NULL OR lease_until < now()
                                   OR claimed_by = ?)
                             """ + order + " LIMIT ? FOR UPDATE SKIP LOCKED) RETURNING id", Long.class,
                moderator, (double) lease.toSeconds(), site.id(), moderator, n);
        if (ids.isEmpty()) {
            return List.of();
        }
        return classified(jdbc.query(ITEM_SELECT + " WHERE r.id = ANY(?::bigint[])" + orderFor(site, null), itemRow,
                (Object) ids.toArray(Long[]::new)));
    }

    /**
     * Claims one given item (the UI opens items in any order, not only the top of the queue). False when
     * it is decided or another moderator holds a live lease; re-claiming one's own item extends the lease.
     */
    @Transactional
    public boolean claimItem(Site site, String moderator, long itemId) {
        return jdbc.update("""
                UPDATE review_items SET claimed_by = ?, lease_until = now() + make_interval(secs => ?),
                    claim_token = CASE WHEN claimed_by = ? AND lease_until > now() THEN claim_token ELSE gen_random_uuid() END
                WHERE id = ? AND site_id = ? AND state = 'open'
                  AND (lease_until IS NULL OR lease_until < now() OR claimed_by = ?)""",
                moderator, (double) lease.toSeconds(), moderator, itemId, site.id(), moderator) == 1;
    }

    /** Which of the given items are still open, with who holds a live lease on them (empty string: nobody). */
    public Map<Long, String> openAmong(Site site, java.util.Collection<Long> itemIds) {
        Map<Long, String> open = new LinkedHashMap<>();
        if (itemIds == null || itemIds.isEmpty()) {
            return open;
        }
        jdbc.query("""
                SELECT id, CASE WHEN lease_until > now() THEN claimed_by ELSE '' END FROM review_items
                WHERE site_id = ? AND state = 'open' AND id = ANY(?::bigint[])""",
                rs -> {
                    open.put(rs.getLong(1), rs.getString(2) == null ? "" : rs.getString(2));
                }, site.id(), (Object) itemIds.toArray(Long[]::new));
        return open;
    }

    /** Extends the moderator's live leases (the UI calls this while the moderator works). */
    @Transactional
    public int renew(Site site, String moderator) {
        return jdbc.update("""
                UPDATE review_items SET lease_until = now() + make_interval(secs => ?)
                WHERE site_id = ? AND claimed_by = ? AND state = 'open' AND lease_until > now()""",
                (double) lease.toSeconds(), site.id(), moderator);
    }

    /** Releases every lease the moderator holds on the site, putting the items back for others. */
    @Transactional
    public int release(Site site, String moderator) {
        return jdbc.update("""
                UPDATE review_items SET claimed_by = NULL, claim_token = NULL, lease_until = NULL
                WHERE site_id = ? AND claimed_by = ? AND state = 'open'""", site.id(), moderator);
    }

    @Transactional
    public Decision decide(Site site, String moderator, DecisionRequest d) {
        check(d, "", labelNames());
        return decide(site, moderator, d, sites.settings(site.id()).version());
    }

    /** {@code field}: the prefix that names the request's fields in a failure, e.g. {@code decisions[2].}. */
    private static void check(DecisionRequest d, String field, Set<String> labels) {
        if (d.action() == null || !ACTIONS.contains(d.action())) {
            throw new InvalidSettings(field + "action", "must be approve, reject or escalate");
        }
        reason(field + "reason", d.reason());
        if (d.labelCorrections() != null) {
            d.labelCorrections().forEach((k, v) -> {
                if (!labels.contains(k) || v == null || v < 0 || v > 1) {
                    throw new InvalidSettings(field + "labelCorrections." + k, "a known label with a value in [0,1]");
                }
            });
        }
    }

    /** A moderator's or owner's free-text reason: short enough for the audit trail, and storable. */
    private static void reason(String field, String reason) {
        if (reason != null && reason.length() > 2000) {
            throw new InvalidSettings(field, "at most 2000 characters");
        }
        StorableText.require(field, reason);
    }

    /**
     * A checked request ({@link #check}); {@code settingsVersion}: the site's settings version the decision
     * is recorded under, read once per unit.
     */
    private Decision decide(Site site, String moderator, DecisionRequest d, int settingsVersion) {
        List<Map<String, Object>> rows = jdbc.queryForList("""
                SELECT id, comment_id, state, claimed_by, lease_until > now() AS live, settings_version
                FROM review_items WHERE id = ? AND site_id = ? FOR UPDATE""", d.itemId(), site.id());
        if (rows.isEmpty()) {
            throw new ItemNotFound(d.itemId());
        }
        Map<String, Object> item = rows.get(0);
        if (!"open".equals(item.get("state"))) {
            throw new AlreadyDecided(d.itemId());
        }
        if (!moderator.equals(item.get("claimed_by")) || !Boolean.TRUE.equals(item.get("live"))) {
            throw new ClaimLost(d.itemId());
        }
        return record(site, moderator, d, ((Number) item.get("comment_id")).longValue(), settingsVersion, false);
    }

    /**
     * The site owner's answer to an escalated item: approve or reject, recorded as a decision of its own
     * beside the moderator's escalation, so the audit trail and the training export keep both.
     */
    @Transactional
    public Decision resolve(Site site, String owner, long itemId, String action, String reason) {
        if (!"approve".equals(action) && !"reject".equals(action)) {
            throw new InvalidSettings("action", "an escalated item is resolved by approve or reject");
        }
        reason("reason", reason);
        List<Map<String, Object>> rows = jdbc.queryForList(
                "SELECT comment_id, state FROM review_items WHERE id = ? AND site_id = ? FOR UPDATE", itemId, site.id());
        if (rows.isEmpty()) {
            throw new ItemNotFound(itemId);
        }
        if (!"escalated".equals(rows.get(0).get("state"))) {
            throw new NotEscalated(itemId);
        }
        return record(site, owner, new DecisionRequest(itemId, action, reason, null),
                ((Number) rows.get(0).get("comment_id")).longValue(), sites.settings(site.id()).version(), true);
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
                SELECT id, review_item_id, comment_id, moderator, action, reason, decided_at FROM decisions
                WHERE site_id = ? AND review_item_id = ? AND action = 'escalate' AND undone_at IS NULL
                ORDER BY id DESC LIMIT 1""", DECISION_ROW, site.id(), itemId).stream().findFirst();
    }

    /** Writes the decision, moves the item and the comment on, and audits it; the caller holds the item's row lock. */
    private Decision record(Site site, String moderator, DecisionRequest d, long commentId, int version,
                            boolean resolvesEscalation) {
        Map<String, Object> decided = jdbc.queryForMap("""
                INSERT INTO decisions (review_item_id, comment_id, site_id, moderator, action, reason, label_corrections,
                                       settings_version)
                VALUES (?, ?, ?, ?, ?, ?, ?::jsonb, ?) RETURNING id, decided_at""",
                d.itemId(), commentId, site.id(), moderator, d.action(), d.reason(),
                d.labelCorrections() == null ? null : write(d.labelCorrections()), version);
        String state = d.action().equals("escalate") ? "escalated" : "decided";
        jdbc.update("""
                UPDATE review_items SET state = ?, decided_at = now(), claim_token = NULL, lease_until = NULL
                WHERE id = ?""", state, d.itemId());
        if (!d.action().equals("escalate")) {
            jdbc.update("UPDATE comments SET status = ?, updated_at = now() WHERE id = ?",
                    d.action().equals("approve") ? "published" : "rejected", commentId);
        }
        long decisionId = ((Number) decided.get("id")).longValue();
        Map<String, Object> details = new LinkedHashMap<>();
        details.put("item", d.itemId());
        details.put("comment", commentId);
        details.put("action", d.action());
        details.put("settingsVersion", version);
        if (resolvesEscalation) {
            details.put("resolvesEscalation", true);
        }
        if (d.reason() != null) {
            details.put("reason", d.reason());
        }
        if (d.labelCorrections() != null) {
            details.put("labelCorrections", d.labelCorrections());
        }
        audit.record(site.id(), moderator, "decision." + d.action(), "decision:" + decisionId, details);
        meters.counter("parley.decisions", "action", d.action()).increment();
        Decision recorded = new Decision(decisionId, d.itemId(), commentId, moderator, d.action(), d.reason(),
                (OffsetDateTime) toOffset(decided.get("decided_at")));
        events.publishEvent(new DecisionRecorded(site.id(), recorded, d.action().equals("approve") ? "published"
                : d.action().equals("reject") ? "rejected" : "held", version)); // in this transaction
        return recorded;
    }

    /**
     * Decides several items as one unit: all or nothing, so a bulk action never leaves half a
     * selection decided.
     */
    @Transactional
    public List<Decision> decideAll(Site site, String moderator, List<DecisionRequest> requests) {
        if (requests == null || requests.isEmpty() || requests.size() > 500) {
            throw new InvalidSettings("decisions", "between 1 and 500 decisions");
        }
        // Every request is checked before the first is written, and a failure names its index.
        Set<String> labels = labelNames();
        for (int i = 0; i < requests.size(); i++) {
            if (requests.get(i) == null) {
                throw new InvalidSettings("decisions[" + i + "]", "a decision object is required");
            }
            check(requests.get(i), "decisions[" + i + "].", labels);
        }
        int version = sites.settings(site.id()).version();
        List<Decision> out = new ArrayList<>();
        for (DecisionRequest r : requests) {
            out.add(decide(site, moderator, r, version));
        }
        return out;
    }

    /** Takes a decision back within the undo window: the item returns to the moderator's claim. */
    @Transactional
    public QueueItem undo(Site site, String moderator, long decisionId) {
        List<Map<String, Object>> rows = jdbc.queryForList("""
                SELECT review_item_id, comment_id, moderator, undone_at, decided_at > now() - make_interval(secs => ?) AS recent
                FROM decisions WHERE id = ? AND site_id = ? FOR UPDATE""", (double) undoWindow.toSeconds(), decisionId, site.id());
        if (rows.isEmpty()) {
            throw new DecisionNotFound(decisionId);
        }
        Map<String, Object> d = rows.get(0);
        if (!moderator.equals(d.get("moderator"))) {
            throw new NotYourDecision(decisionId, String.valueOf(d.get("moderator")));
        }
        if (d.get("undone_at") != null) {
            throw UndoExpired.alreadyUndone(decisionId);
        }
        if (!Boolean.TRUE.equals(d.get("recent"))) {
            throw new UndoExpired(decisionId);
        }
        long itemId = ((Number) d.get("review_item_id")).longValue();
        jdbc.update("UPDATE decisions SET undone_at = now() WHERE id = ?", decisionId);
        jdbc.update("""
                UPDATE review_items SET state = 'open', decided_at = NULL, claimed_by = ?, claim_token = gen_random_uuid(),
                    lease_until = now() + make_interval(secs => ?) WHERE id = ?""", moderator, (double) lease.toSeconds(), itemId);
        jdbc.update("UPDATE comments SET status = 'held', updated_at = now() WHERE id = ?", d.get("comment_id"));
        audit.record(site.id(), moderator, "decision.undone", "decision:" + decisionId, Map.of("item", itemId));
        return item(site, itemId);
    }

    /** The latest decisions on a site (for undo and the audit view). */
    public List<Decision> recentDecisions(Site site, String moderator, int limit) {
        return jdbc.query("""
                SELECT id, review_item_id, comment_id, moderator, action, reason, decided_at FROM decisions
                WHERE site_id = ? AND (CAST(? AS text) IS NULL OR moderator = ?) AND undone_at IS NULL ORDER BY id DESC LIMIT ?""",
                DECISION_ROW, site.id(), moderator, moderator, limit);
    }

    /** How an author fared on this site so far: counts per status. */
    public Map<String, Long> authorHistory(Site site, String author) {
        Map<String, Long> counts = new LinkedHashMap<>();
        if (author == null) {
            return counts;
        }
        jdbc.query("SELECT status, count(*) FROM comments WHERE site_id = ? AND author = ? GROUP BY status ORDER BY status",
                rs -> {
                    counts.put(rs.getString(1), rs.getLong(2));
                }, site.id(), author);
        return counts;
    }

    /** What label corrections may name: the served model's labels. */
    private Set<String> labelNames() {
        return sites.labels().stream().map(io.parley.classification.AbuseLabel::name)
                .collect(java.util.stream.Collectors.toSet());
    }

    /** The items with their comment's latest classification, read through the store in one query for the list. */
    private List<QueueItem> classified(List<QueueItem> items) {
        if (items.isEmpty()) {
            return items;
        }
        var latest = classifications.latest(items.stream().map(QueueItem::commentId).toList());
        return items.stream().map(i -> i.withClassification(latest.get(i.commentId()))).toList();
    }

    private String orderFor(Site site, String sort) {
        String s = sort != null ? sort : sites.settings(site.id()).settings().queueOrder();
        return s.equals("oldest") ? " ORDER BY r.id" : " ORDER BY r.priority DESC, r.id";
    }

    private static Object toOffset(Object v) {
        if (v instanceof java.sql.Timestamp t) {
            return t.toInstant().atOffset(java.time.ZoneOffset.UTC);
        }
        return v;
    }

    private String write(Object o) {
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
