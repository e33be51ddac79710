package io.parley.moderation;

import io.parley.site.AuditLog;
import io.parley.site.Site;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import java.time.Duration;
import java.time.OffsetDateTime;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Who holds which open item. A claim is a lease: taken when a moderator acts on an item (a decision
 * claims it in the same transaction, see {@link Decisions}) or explicitly over the API, with FOR UPDATE
 * SKIP LOCKED so two moderators (or two instances) never get the same item; a lease that runs out puts
 * the item back, and the site owner may take any item over. Looking at an item is not a claim: it is
 * presence, shown to colleagues, renewed while the page is open and cleared on leaving.
 */
@Service
public class Claims {

    private final JdbcTemplate jdbc;
    private final ReviewQueue queue;
    private final AuditLog audit;
    private final Duration lease;
    private final Duration presence;

    Claims(JdbcTemplate jdbc, ReviewQueue queue, AuditLog audit,
           @Value("${parley.moderation.lease:PT10M}") Duration lease,
           @Value("${parley.moderation.presence:PT60S}") Duration presence) {
        this.jdbc = jdbc;
        this.queue = queue;
        this.audit = audit;
        this.lease = lease;
        this.presence = presence;
    }

    /** Who is on an open item: the live claim's holder and its end (null when none), and who has it open. */
    public record Holders(String claimedBy, OffsetDateTime claimedUntil, List<String> viewers) {
        /** Those with the item open other than {@code me}. */
        public List<String> viewersBut(String me) {
            return viewers.stream().filter(v -> !v.equals(me)).toList();
        }
    }

    /** Takes up to {@code n} open items no one holds a live lease on, highest priority first (or oldest, per site). */
    @Transactional
    public List<QueueItem> claim(Site site, String moderator, int n) {
        if (n < 1 || n > 500) {
            throw new InvalidModerationInput("count", "claim between 1 and 500 items");
        }
        List<Long> ids = jdbc.queryForList("""
                UPDATE review_items SET claimed_by = ?, claim_token = gen_random_uuid(),
                    lease_until = now() + make_interval(secs => ?)
                WHERE id IN (SELECT id FROM review_items r
                             WHERE site_id = ? AND state = 'open' AND (lease_until IS NULL OR lease_until < now()
                                   OR claimed_by = ?)
                             """ + queue.orderFor(site, null) + " LIMIT ? FOR UPDATE SKIP LOCKED) RETURNING id", Long.class,
                moderator, (double) lease.toSeconds(), site.id(), moderator, n);
        return queue.items(site, ids);
    }

    /**
     * Claims one given item. False when it is decided or another moderator holds a live lease;
     * re-claiming one's own item extends the lease.
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

    /**
     * The site owner takes an item over from whoever holds it (a moderator who left, or is stuck);
     * audited with the previous holder. False when the item is no longer open.
     */
    @Transactional
    public boolean takeOver(Site site, String owner, long itemId) {
        List<String> before = jdbc.queryForList("""
                SELECT coalesce(CASE WHEN lease_until > now() THEN claimed_by END, '') FROM review_items
                WHERE id = ? AND site_id = ? AND state = 'open' FOR UPDATE""", String.class, itemId, site.id());
        if (before.isEmpty()) {
            return false;
        }
        jdbc.update("""
                UPDATE review_items SET claimed_by = ?, claim_token = gen_random_uuid(),
                    lease_until = now() + make_interval(secs => ?) WHERE id = ?""", owner, (double) lease.toSeconds(), itemId);
        if (!before.get(0).isEmpty() && !before.get(0).equals(owner)) {
            audit.record(site.id(), owner, "claim.taken-over", "item:" + itemId, Map.of("from", before.get(0)));
        }
        return true;
    }

    /**
     * Marks the item as open on the moderator's screen (and no other item of theirs). Not a lock:
     * colleagues see the name and may still act.
     */
    @Transactional
    public void view(Site site, String moderator, long itemId) {
        jdbc.update("DELETE FROM review_presence WHERE site_id = ? AND moderator = ? AND item_id <> ?",
                site.id(), moderator, itemId);
        jdbc.update("""
                INSERT INTO review_presence (item_id, site_id, moderator, until)
                SELECT id, site_id, ?, now() + make_interval(secs => ?) FROM review_items
                WHERE id = ? AND site_id = ? AND state = 'open'
                ON CONFLICT (item_id, moderator) DO UPDATE SET until = excluded.until""",
                moderator, (double) presence.toSeconds(), itemId, site.id());
    }

    /** Live claims and presence on the given open items; items decided meanwhile are absent. */
    public Map<Long, Holders> holders(Site site, Collection<Long> itemIds) {
        Map<Long, Holders> out = new LinkedHashMap<>();
        if (itemIds == null || itemIds.isEmpty()) {
            return out;
        }
        jdbc.query("""
                SELECT r.id, CASE WHEN r.lease_until > now() THEN r.claimed_by END,
                       CASE WHEN r.lease_until > now() THEN r.lease_until END,
                       (SELECT string_agg(p.moderator, E'\n' ORDER BY p.moderator) FROM review_presence p
                        WHERE p.item_id = r.id AND p.until > now())
                FROM review_items r WHERE r.site_id = ? AND r.state = 'open' AND r.id = ANY(?::bigint[])""",
                rs -> {
                    String viewers = rs.getString(4);
                    out.put(rs.getLong(1), new Holders(rs.getString(2), rs.getObject(3, OffsetDateTime.class),
                            viewers == null ? List.of() : List.of(viewers.split("\n"))));
                }, site.id(), (Object) itemIds.toArray(Long[]::new));
        return out;
    }

    /** Extends the moderator's live leases and presence (the pages call this while the moderator works). */
    @Transactional
    public int renew(Site site, String moderator) {
        jdbc.update("""
                UPDATE review_presence SET until = now() + make_interval(secs => ?)
                WHERE site_id = ? AND moderator = ? AND until > now()""", (double) presence.toSeconds(), site.id(), moderator);
        return jdbc.update("""
                UPDATE review_items SET lease_until = now() + make_interval(secs => ?)
                WHERE site_id = ? AND claimed_by = ? AND state = 'open' AND lease_until > now()""",
                (double) lease.toSeconds(), site.id(), moderator);
    }

    /** Releases every lease and presence the moderator holds on the site, putting the items back for others. */
    @Transactional
    public int release(Site site, String moderator) {
        jdbc.update("DELETE FROM review_presence WHERE site_id = ? AND moderator = ?", site.id(), moderator);
        return jdbc.update("""
                UPDATE review_items SET claimed_by = NULL, claim_token = NULL, lease_until = NULL
                WHERE site_id = ? AND claimed_by = ? AND state = 'open'""", site.id(), moderator);
    }

    /** The lease a claim (or an undo, which hands the item back) runs for. */
    Duration lease() {
        return lease;
    }
}
