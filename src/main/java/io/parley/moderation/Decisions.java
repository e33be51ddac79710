package io.parley.moderation;

import io.micrometer.core.instrument.MeterRegistry;
import io.parley.site.AuditLog;
import io.parley.site.Site;
import io.parley.site.SiteDirectory;
import io.parley.site.StorableText;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import java.time.Duration;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Decisions on review items: one, several as a unit, the owner's resolution of an escalation, undo.
 * Acting claims: a decision on an item nobody holds (or whose lease ran out) is taken in the same
 * transaction, under the item's row lock, so no item is decided twice; an item another moderator holds
 * a live claim on is refused ({@link ClaimLost}) unless the site owner takes it over. Every decision
 * is audited.
 */
@Service
public class Decisions {

    private final JdbcTemplate jdbc;
    private final ReviewQueue queue;
    private final Claims claims;
    private final AuditLog audit;
    private final SiteDirectory sites;
    private final MeterRegistry meters;
    private final ReasonList reasons;
    private final Duration undoWindow;
    private final ApplicationEventPublisher events;

    Decisions(JdbcTemplate jdbc, ReviewQueue queue, Claims claims, AuditLog audit, SiteDirectory sites,
              MeterRegistry meters, ReasonList reasons,
              @Value("${parley.moderation.undo-window:PT5M}") Duration undoWindow,
              ApplicationEventPublisher events) {
        this.reasons = reasons;
        this.events = events;
        this.jdbc = jdbc;
        this.queue = queue;
        this.claims = claims;
        this.audit = audit;
        this.sites = sites;
        this.meters = meters;
        this.undoWindow = undoWindow;
    }

    @Transactional
    public Decision decide(Site site, String moderator, DecisionRequest d) {
        return decide(site, moderator, d, false);
    }

    /** {@code takeOver}: the caller is the site owner, who may decide an item another moderator holds. */
    @Transactional
    public Decision decide(Site site, String moderator, DecisionRequest d, boolean takeOver) {
        check(d, "", labelNames());
        checkReason(site, d, "");
        return decide(site, moderator, d, sites.settings(site.id()).version(), takeOver);
    }

    /** {@code field}: the prefix that names the request's fields in a failure, e.g. {@code decisions[2].}. */
    private static void check(DecisionRequest d, String field, Set<String> labels) {
        if (d.action() == null) {
            throw new InvalidModerationInput(field + "action", "must be approve, reject or escalate");
        }
        reason(field + "reason", d.reason());
        if (d.labelCorrections() != null) {
            d.labelCorrections().forEach((k, v) -> {
                if (!labels.contains(k) || v == null || !(v >= 0 && v <= 1)) { // "NaN" reads as a Double: refused
                    throw new InvalidModerationInput(field + "labelCorrections." + k, "a known label with a value in [0,1]");
                }
            });
        }
    }

    /** What label corrections may name: the served model's labels. */
    private Set<String> labelNames() {
        return sites.labels().stream().map(io.parley.classification.AbuseLabel::name)
                .collect(java.util.stream.Collectors.toSet());
    }

    /** A reason code is one of the site's own, and only reject and escalate carry one. */
    private void checkReason(Site site, DecisionRequest d, String field) {
        if (d.reasonCode() == null) {
            return;
        }
        if (d.action() == Action.APPROVE) {
            throw new InvalidModerationInput(field + "reasonCode", "reasons are given for reject and escalate");
        }
        reasons.require(site, field + "reasonCode", d.reasonCode());
    }

    /** A moderator's or owner's free-text reason: short enough for the audit trail, and storable. */
    private static void reason(String field, String reason) {
        if (reason != null && reason.length() > 2000) {
            throw new InvalidModerationInput(field, "at most 2000 characters");
        }
        StorableText.require(field, reason);
    }

    /**
     * A checked request ({@link #check}); {@code settingsVersion}: the site's settings version the decision
     * is recorded under, read once per unit.
     */
    private Decision decide(Site site, String moderator, DecisionRequest d, int settingsVersion, boolean takeOver) {
        List<Map<String, Object>> rows = jdbc.queryForList("""
                SELECT id, comment_id, state, claimed_by, lease_until > now() AS live, settings_version
                FROM review_items WHERE id = ? AND site_id = ? FOR UPDATE""", d.itemId(), site.id());
        if (rows.isEmpty()) {
            throw new ItemNotFound(d.itemId());
        }
        Map<String, Object> item = rows.get(0);
        if (ItemState.of((String) item.get("state")) != ItemState.OPEN) {
            throw alreadyDecided(d.itemId());
        }
        String holder = (String) item.get("claimed_by");
        if (holder != null && !holder.equals(moderator) && Boolean.TRUE.equals(item.get("live"))) {
            if (!takeOver) {
                throw new ClaimLost(d.itemId(), holder);
            }
            audit.record(site.id(), moderator, "claim.taken-over", "item:" + d.itemId(), Map.of("from", holder));
        }
        return record(site, moderator, d, ((Number) item.get("comment_id")).longValue(), settingsVersion, false);
    }

    /**
     * Why an item can no longer be decided, in words a moderator knows: "comment 'c-7' by alice was already rejected
     * by bob at 2026-12-07T17:31:04Z" (it said "this item was already decided (17)", a number no page shows).
     */
    public AlreadyDecided alreadyDecided(long itemId) {
        List<Map<String, Object>> rows = jdbc.queryForList("""
                SELECT c.external_id, c.author, c.status, c.status_reason -> 'reapplied' ->> 'by' AS reapplied_by,
                       c.status_reason -> 'reapplied' ->> 'settingsVersion' AS reapplied_version,
                       d.moderator, d.action, d.decided_at
                FROM review_items r JOIN comments c ON c.id = r.comment_id
                LEFT JOIN LATERAL (SELECT moderator, action, decided_at FROM decisions
                                   WHERE review_item_id = r.id AND undone_at IS NULL ORDER BY id DESC LIMIT 1) d ON true
                WHERE r.id = ?""", itemId);
        if (rows.isEmpty()) {
            return new AlreadyDecided("this comment was already decided");
        }
        Map<String, Object> r = rows.get(0);
        String comment = "comment '" + r.get("external_id") + "'" + (r.get("author") == null ? "" : " by " + r.get("author"));
        if (r.get("moderator") != null) {
            String at = offset(r.get("decided_at")).withNano(0).toInstant().toString();
            String done = switch (Action.parse((String) r.get("action"))) {
                case APPROVE -> "approved";
                case REJECT -> "rejected";
                case ESCALATE -> "escalated to the site owner";
            };
            return new AlreadyDecided(comment + " was already " + done + " by " + r.get("moderator") + " at " + at);
        }
        if (r.get("reapplied_by") != null) {
            return new AlreadyDecided(comment + " was already " + r.get("status") + " when " + r.get("reapplied_by")
                    + " applied settings version " + r.get("reapplied_version") + " to the waiting comments");
        }
        return new AlreadyDecided(comment + " was already decided (it is " + r.get("status") + " now)");
    }

    /**
     * Decides several items as one unit: all or nothing, so a bulk action never leaves half a
     * selection decided.
     */
    @Transactional
    public List<Decision> decideAll(Site site, String moderator, List<DecisionRequest> requests) {
        return decideAll(site, moderator, requests, false);
    }

    /** As {@link #decideAll(Site, String, List)}; {@code takeOver} as in {@link #decide(Site, String, DecisionRequest, boolean)}. */
    @Transactional
    public List<Decision> decideAll(Site site, String moderator, List<DecisionRequest> requests, boolean takeOver) {
        if (requests == null || requests.isEmpty() || requests.size() > 500) {
            throw new InvalidModerationInput("decisions", "between 1 and 500 decisions");
        }
        // Every request is checked before the first is written, and a failure names its index.
        Set<String> labels = labelNames();
        java.util.Map<Long, Integer> firstOf = new java.util.HashMap<>();
        for (int i = 0; i < requests.size(); i++) {
            if (requests.get(i) == null) {
                throw new InvalidModerationInput("decisions[" + i + "]", "a decision object is required");
            }
            // one item twice: the second write met the first and was answered "already decided" (409), though the
            // batch rolled back and nothing was decided; which of the two the client meant is its own to say
            Integer first = firstOf.putIfAbsent(requests.get(i).itemId(), i);
            if (first != null) {
                throw new InvalidModerationInput("decisions[" + i + "].itemId", "item " + requests.get(i).itemId()
                        + " is already decided by decisions[" + first + "] of this request; an item is decided once");
            }
            check(requests.get(i), "decisions[" + i + "].", labels);
            checkReason(site, requests.get(i), "decisions[" + i + "].");
        }
        int version = sites.settings(site.id()).version();
        List<Decision> out = new ArrayList<>();
        for (DecisionRequest r : requests) {
            out.add(decide(site, moderator, r, version, takeOver));
        }
        return out;
    }

    /**
     * The site owner's answer to an escalated item: approve or reject, recorded as a decision of its own
     * beside the moderator's escalation, so the audit trail and the training export keep both.
     */
    @Transactional
    public Decision resolve(Site site, String owner, long itemId, Action action, String reason) {
        if (action != Action.APPROVE && action != Action.REJECT) {
            throw new InvalidModerationInput("action", "an escalated item is resolved by approve or reject");
        }
        reason("reason", reason);
        List<Map<String, Object>> rows = jdbc.queryForList(
                "SELECT comment_id, state FROM review_items WHERE id = ? AND site_id = ? FOR UPDATE", itemId, site.id());
        if (rows.isEmpty()) {
            throw new ItemNotFound(itemId);
        }
        ItemState state = ItemState.of((String) rows.get(0).get("state"));
        if (state == ItemState.DECIDED) {
            // two owners on the Escalated page: say who resolved it, not "not waiting as an escalation (17)"
            throw alreadyDecided(itemId);
        }
        if (state != ItemState.ESCALATED) {
            throw new NotEscalated(itemId);
        }
        return record(site, owner, new DecisionRequest(itemId, action, reason, null),
                ((Number) rows.get(0).get("comment_id")).longValue(), sites.settings(site.id()).version(), true);
    }

    /** Writes the decision, moves the item and the comment on, and audits it; the caller holds the item's row lock. */
    private Decision record(Site site, String moderator, DecisionRequest d, long commentId, int version,
                            boolean resolvesEscalation) {
        return record(site, moderator, d, commentId, version, resolvesEscalation, null);
    }

    /** {@code reverses}: for a reversal, the comment status it replaces (what its undo restores); else null. */
    private Decision record(Site site, String moderator, DecisionRequest d, long commentId, int version,
                            boolean resolvesEscalation, String reverses) {
        Map<String, Object> decided = jdbc.queryForMap("""
                INSERT INTO decisions (review_item_id, comment_id, site_id, moderator, action, reason, label_corrections,
                                       settings_version, reason_code, reverses)
                VALUES (?, ?, ?, ?, ?, ?, ?::jsonb, ?, ?, ?) RETURNING id, decided_at""",
                d.itemId(), commentId, site.id(), moderator, d.action().wire(), d.reason(),
                d.labelCorrections() == null ? null : queue.write(d.labelCorrections()), version, d.reasonCode(),
                reverses);
        jdbc.update("""
                UPDATE review_items SET state = ?, decided_at = now(), claimed_by = ?, claim_token = NULL, lease_until = NULL
                WHERE id = ?""", d.action().itemState().wire(), moderator, d.itemId());
        jdbc.update("DELETE FROM review_presence WHERE item_id = ?", d.itemId());
        if (d.action() != Action.ESCALATE) {
            jdbc.update("UPDATE comments SET status = ?, updated_at = now() WHERE id = ?",
                    d.action().commentStatus().wire(), commentId);
        }
        long decisionId = ((Number) decided.get("id")).longValue();
        Map<String, Object> details = new LinkedHashMap<>();
        details.put("item", d.itemId());
        details.put("comment", commentId);
        details.put("action", d.action().wire());
        details.put("settingsVersion", version);
        if (resolvesEscalation) {
            details.put("resolvesEscalation", true);
        }
        if (d.reasonCode() != null) {
            details.put("reasonCode", d.reasonCode());
            details.put("reasonLabel", reasons.labels(site).get(d.reasonCode()));
        }
        if (d.reason() != null) {
            details.put("reason", d.reason());
        }
        if (d.labelCorrections() != null) {
            details.put("labelCorrections", d.labelCorrections());
        }
        audit.record(site.id(), moderator, "decision." + d.action().wire(), "decision:" + decisionId, details);
        meters.counter("parley.decisions", "action", d.action().wire()).increment();
        Decision recorded = new Decision(decisionId, d.itemId(), commentId, moderator, d.action(), d.reason(),
                offset(decided.get("decided_at")), d.reasonCode(), reverses);
        // In this transaction, so that a listener's writes (the webhook outbox) commit or roll back with the decision.
        events.publishEvent(new DecisionRecorded(site.id(), recorded, d.action().commentStatus().wire(), version));
        return recorded;
    }

    /**
     * Reverses a comment's outcome, automatic or a person's: a rejected comment is published, a published
     * one rejected. Recorded as a decision of its own (on the comment's review item, made now if a rule
     * decided it without one), so the audit trail and the training export see it; the audit entry says
     * what was reversed and whether a rule or a person had decided.
     */
    @Transactional
    public Decision reverse(Site site, String actor, long commentId, String reasonCode, String reason) {
        reason("reason", reason);
        List<Map<String, Object>> rows = jdbc.queryForList(
                "SELECT status FROM comments WHERE id = ? AND site_id = ? FOR UPDATE", commentId, site.id());
        if (rows.isEmpty()) {
            throw new CommentNotFound(commentId);
        }
        String status = (String) rows.get(0).get("status");
        Action action = switch (status) {
            case "rejected" -> Action.APPROVE;
            case "published" -> Action.REJECT;
            default -> throw new NotReversible(externalId(commentId), status);
        };
        DecisionRequest probe = new DecisionRequest(0, action, reason, null, reasonCode);
        checkReason(site, probe, "");
        int version = sites.settings(site.id()).version();
        List<Map<String, Object>> items = jdbc.queryForList(
                "SELECT id, state FROM review_items WHERE comment_id = ? FOR UPDATE", commentId);
        long itemId;
        if (items.isEmpty()) {
            itemId = jdbc.queryForObject("""
                    INSERT INTO review_items (site_id, comment_id, priority, reason, settings_version, state, decided_at)
                    SELECT site_id, id, 0, coalesce(status_reason -> 'reasons', '[]'::jsonb), ?, 'decided', now()
                    FROM comments WHERE id = ? RETURNING id""", Long.class, version, commentId);
        } else {
            if (ItemState.of((String) items.get(0).get("state")) != ItemState.DECIDED) {
                throw new NotReversible(externalId(commentId), status);
            }
            itemId = ((Number) items.get(0).get("id")).longValue();
        }
        Map<String, Object> previous = jdbc.queryForList("""
                SELECT moderator, action FROM decisions WHERE comment_id = ? AND undone_at IS NULL AND action <> 'escalate'
                ORDER BY id DESC LIMIT 1""", commentId).stream().findFirst().orElse(null);
        Decision d = record(site, actor, new DecisionRequest(itemId, action, reason, null, reasonCode), commentId, version,
                false, status);
        Map<String, Object> details = new LinkedHashMap<>();
        details.put("comment", commentId);
        details.put("from", status);
        details.put("to", action.commentStatus().wire());
        details.put("decidedBy", previous == null ? "rule" : previous.get("moderator"));
        details.put("decision", d.id());
        audit.record(site.id(), actor, "outcome.reversed", "comment:" + commentId, details);
        return d;
    }

    /**
     * {@link #reverse(Site, String, long, String, String)} for a comment named as the API names comments: by the site's
     * own id. A number that is no comment id of the site is read as the database's comment number, which this endpoint
     * took before (kept for clients written then); an id of the site always wins.
     */
    @Transactional
    public Decision reverse(Site site, String actor, String comment, String reasonCode, String reason) {
        List<Long> byId = jdbc.queryForList("SELECT id FROM comments WHERE site_id = ? AND external_id = ?", Long.class,
                site.id(), comment);
        if (!byId.isEmpty()) {
            return reverse(site, actor, byId.get(0), reasonCode, reason);
        }
        if (comment.matches("[0-9]{1,18}")) {
            return reverse(site, actor, Long.parseLong(comment), reasonCode, reason);
        }
        throw new CommentNotFound("'" + comment + "'");
    }

    /** The site's own id of a comment, which a refusal names (the database's number is shown nowhere). */
    private String externalId(long commentId) {
        return jdbc.queryForObject("SELECT external_id FROM comments WHERE id = ?", String.class, commentId);
    }

    /**
     * Takes a decision back within the undo window. A queue decision's item returns to the moderator's claim, its comment
     * held. A reversal's comment returns to the status the reversal replaced (published or rejected) and its item stays
     * decided: the way back from a reversal is the outcome before it, not the queue (it was sent back to the queue held,
     * where the API and the Outcomes page disagreed on what "take it back" meant). A decision someone decided over since
     * (a reversal, the owner's answer to an escalation) is refused: undoing it would hold a comment whose later decision
     * still stands.
     */
    @Transactional
    public QueueItem undo(Site site, String moderator, long decisionId) {
        List<Map<String, Object>> rows = jdbc.queryForList("""
                SELECT review_item_id, comment_id, moderator, undone_at, reverses,
                       decided_at > now() - make_interval(secs => ?) AS recent
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
        jdbc.queryForList("SELECT id FROM review_items WHERE id = ? FOR UPDATE", itemId);
        List<Map<String, Object>> later = jdbc.queryForList("""
                SELECT id, moderator, action, reverses, decided_at FROM decisions
                WHERE review_item_id = ? AND id > ? AND undone_at IS NULL ORDER BY id LIMIT 1""", itemId, decisionId);
        if (!later.isEmpty()) {
            Map<String, Object> l = later.get(0);
            String what = l.get("reverses") != null ? "reversed" : switch (Action.parse((String) l.get("action"))) {
                case APPROVE -> "approved";
                case REJECT -> "rejected";
                case ESCALATE -> "escalated";
            };
            throw UndoExpired.superseded(decisionId, what + " by " + l.get("moderator") + " at "
                    + offset(l.get("decided_at")).withNano(0).toInstant() + " (decision " + l.get("id") + ")");
        }
        long commentId = ((Number) d.get("comment_id")).longValue();
        String restored = (String) d.get("reverses");
        OffsetDateTime undoneAt = offset(jdbc.queryForObject("UPDATE decisions SET undone_at = now() WHERE id = ? RETURNING undone_at",
                Object.class, decisionId));
        Map<String, Object> details = new LinkedHashMap<>();
        details.put("item", itemId);
        details.put("comment", commentId);
        if (restored == null) {
            jdbc.update("""
                    UPDATE review_items SET state = 'open', decided_at = NULL, claimed_by = ?, claim_token = gen_random_uuid(),
                        lease_until = now() + make_interval(secs => ?) WHERE id = ?""", moderator,
                    (double) claims.lease().toSeconds(), itemId);
            restored = CommentStatus.HELD.wire();
        } else {
            details.put("reversal", true);
        }
        details.put("restored", restored);
        jdbc.update("UPDATE comments SET status = ?, updated_at = now() WHERE id = ?", restored, commentId);
        audit.record(site.id(), moderator, "decision.undone", "decision:" + decisionId, details);
        events.publishEvent(new DecisionUndone(site.id(), decisionId, itemId, commentId, moderator, undoneAt, restored));
        return queue.item(site, itemId);
    }

    /** How long after a decision its moderator may undo it. */
    public Duration undoWindow() {
        return undoWindow;
    }

    /**
     * For a reversal, the comment status it replaced (what its undo restores); null for a decision taken in the queue.
     * A decision the site does not have is {@link DecisionNotFound}.
     */
    public String reverses(Site site, long decisionId) {
        List<String> r = jdbc.queryForList("SELECT reverses FROM decisions WHERE id = ? AND site_id = ?", String.class,
                decisionId, site.id());
        if (r.isEmpty()) {
            throw new DecisionNotFound(decisionId);
        }
        return r.get(0);
    }

    private static OffsetDateTime offset(Object v) {
        if (v instanceof java.sql.Timestamp t) {
            return t.toInstant().atOffset(ZoneOffset.UTC);
        }
        return (OffsetDateTime) v;
    }
}
