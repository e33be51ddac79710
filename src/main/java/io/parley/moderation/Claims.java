package io.parley.moderation;

import io.parley.site.Site;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import java.time.Duration;
import java.util.List;

/**
 * Who holds which open item. Claims are leases taken with FOR UPDATE SKIP LOCKED, so two moderators
 * (or two instances) never get the same item; a lease that runs out puts the item back.
 */
@Service
public class Claims {

    private final JdbcTemplate jdbc;
    private final ReviewQueue queue;
    private final Duration lease;

    Claims(JdbcTemplate jdbc, ReviewQueue queue, @Value("${parley.moderation.lease:PT10M}") Duration lease) {
        this.jdbc = jdbc;
        this.queue = queue;
        this.lease = lease;
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
     * Claims one given item (the UI opens items in any order, not only the top of the queue). False when it is decided or another moderator holds a live lease;
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

    /** The lease a claim (or an undo, which hands the item back) runs for. */
    Duration lease() {
        return lease;
    }
}
