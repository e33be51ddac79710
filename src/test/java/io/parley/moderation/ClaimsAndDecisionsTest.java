package io.parley.moderation;

import io.parley.site.Site;
import io.parley.support.IntegrationTest;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class ClaimsAndDecisionsTest extends IntegrationTest {

    @Autowired
    Claims claims;

    @Autowired
    Decisions decisions;

    /** Puts n held comments in the queue directly: these tests are about the queue, not the models. */
    Site siteWithHeldComments(int n) {
        Site site = sites.create("q-" + UUID.randomUUID().toString().substring(0, 8), "Queue", "test");
        long article = jdbc.queryForObject("INSERT INTO articles (site_id, external_id, title) VALUES (?, 'a', 'A') RETURNING id",
                Long.class, site.id());
        jdbc.update("""
                INSERT INTO comments (site_id, article_id, external_id, author, text, position, status)
                SELECT ?, ?, 'c' || g, 'author' || (g % 50), 'comment ' || g, g, 'held' FROM generate_series(1, ?) g""",
                site.id(), article, n);
        jdbc.update("""
                INSERT INTO review_items (site_id, comment_id, priority, reason, settings_version)
                SELECT site_id, id, random(), '[{"rule":"label","label":"insult","action":"hold"}]', 1
                FROM comments WHERE site_id = ?""", site.id());
        return site;
    }

    @Test
    void eightModeratorsDecideFiveThousandItemsEachExactlyOnce() throws Exception {
        Site site = siteWithHeldComments(5000);
        ExecutorService pool = Executors.newFixedThreadPool(8);
        ConcurrentLinkedQueue<Long> decided = new ConcurrentLinkedQueue<>();
        long start = System.nanoTime();
        List<Future<?>> futures = new ArrayList<>();
        for (int m = 0; m < 8; m++) {
            String moderator = "mod" + m;
            futures.add(pool.submit(() -> {
                while (true) {
                    List<QueueItem> claimed = claims.claim(site, moderator, 25);
                    if (claimed.isEmpty()) {
                        return null;
                    }
                    List<DecisionRequest> batch = new ArrayList<>();
                    for (QueueItem item : claimed) {
                        assertThat(item.claimedBy()).isEqualTo(moderator);
                        if (item.id() % 2 == 0) {
                            decisions.decide(site, moderator, new DecisionRequest(item.id(), Action.APPROVE, null, null));
                            decided.add(item.id());
                        } else {
                            batch.add(new DecisionRequest(item.id(), Action.REJECT, "bulk", null));
                        }
                    }
                    if (!batch.isEmpty()) {
                        decisions.decideAll(site, moderator, batch).forEach(d -> decided.add(d.itemId()));
                    }
                }
            }));
        }
        for (Future<?> f : futures) {
            f.get();
        }
        double seconds = (System.nanoTime() - start) / 1e9;
        pool.shutdown();
        System.out.printf("queue: 8 moderators decided %d items in %.2f s = %.0f decisions/s%n", decided.size(), seconds,
                decided.size() / seconds);

        assertThat(decided).hasSize(5000).doesNotHaveDuplicates();
        assertThat(jdbc.queryForObject("SELECT count(*) FROM decisions WHERE site_id = ?", Integer.class, site.id())).isEqualTo(5000);
        assertThat(jdbc.queryForObject("SELECT count(DISTINCT review_item_id) FROM decisions WHERE site_id = ?", Integer.class,
                site.id())).isEqualTo(5000);
        assertThat(jdbc.queryForObject("SELECT count(*) FROM review_items WHERE site_id = ? AND state <> 'decided'",
                Integer.class, site.id())).isZero();
        assertThat(jdbc.queryForObject("SELECT count(*) FROM comments WHERE site_id = ? AND status = 'held'", Integer.class,
                site.id())).isZero();
        assertThat(jdbc.queryForObject("SELECT count(*) FROM audit_events WHERE site_id = ? AND action LIKE 'decision.%'",
                Integer.class, site.id())).isEqualTo(5000);
    }

    @Test
    void heldCommentIsClaimedByOneModeratorOnlyAndALostClaimIsRefused() {
        Site site = siteWithHeldComments(3);
        List<QueueItem> alice = claims.claim(site, "alice", 3);
        assertThat(alice).hasSize(3);
        assertThat(claims.claim(site, "bob", 3)).isEmpty();
        long item = alice.get(0).id();
        assertThatThrownBy(() -> decisions.decide(site, "bob", new DecisionRequest(item, Action.REJECT, null, null)))
                .isInstanceOf(ClaimLost.class);

        // Alice's lease runs out: the item goes back and Bob may take it; Alice's late decision is refused.
        jdbc.update("UPDATE review_items SET lease_until = now() - interval '1 second' WHERE id = ?", item);
        assertThat(claims.claim(site, "bob", 3)).extracting(QueueItem::id).containsExactly(item);
        assertThatThrownBy(() -> decisions.decide(site, "alice", new DecisionRequest(item, Action.APPROVE, null, null)))
                .isInstanceOf(ClaimLost.class);
        Decision d = decisions.decide(site, "bob", new DecisionRequest(item, Action.APPROVE, null, null));
        assertThatThrownBy(() -> decisions.decide(site, "bob", new DecisionRequest(item, Action.APPROVE, null, null)))
                .isInstanceOf(AlreadyDecided.class);
        assertThat(jdbc.queryForObject("SELECT status FROM comments WHERE id = ?", String.class, d.commentId())).isEqualTo("published");
    }

    @Test
    void undoReturnsTheItemToTheModeratorAndTheCommentToHeld() {
        Site site = siteWithHeldComments(2);
        List<QueueItem> items = claims.claim(site, "carol", 2);
        List<Decision> ds = decisions.decideAll(site, "carol", List.of(
                new DecisionRequest(items.get(0).id(), Action.REJECT, null, java.util.Map.of("insult", 1.0)),
                new DecisionRequest(items.get(1).id(), Action.REJECT, null, null)));
        assertThatThrownBy(() -> decisions.undo(site, "dave", ds.get(0).id())).isInstanceOf(NotYourDecision.class)
                .hasMessageContaining("only carol");
        assertThatThrownBy(() -> decisions.undo(site, "carol", 987_654_321L)).isInstanceOf(DecisionNotFound.class)
                .hasMessageContaining("no such decision");
        QueueItem back = decisions.undo(site, "carol", ds.get(0).id());
        assertThat(back.state()).isEqualTo(ItemState.OPEN);
        assertThat(back.claimedBy()).isEqualTo("carol");
        assertThat(jdbc.queryForObject("SELECT status FROM comments WHERE id = ?", String.class, back.commentId())).isEqualTo("held");
        assertThat(jdbc.queryForObject("SELECT status FROM comments WHERE id = ?", String.class, ds.get(1).commentId()))
                .isEqualTo("rejected");
        assertThatThrownBy(() -> decisions.undo(site, "carol", ds.get(0).id())).isInstanceOf(UndoExpired.class)
                .hasMessageContaining("already undone");
        // The same item can be decided again after the undo.
        assertThat(decisions.decide(site, "carol", new DecisionRequest(back.id(), Action.APPROVE, null, null)).action()).isEqualTo(Action.APPROVE);
    }

    @Test
    void lookingClaimsNothingActingClaimsAndTheOwnerTakesOver() {
        Site site = siteWithHeldComments(3);
        List<Long> ids = jdbc.queryForList("SELECT id FROM review_items WHERE site_id = ? ORDER BY id", Long.class, site.id());
        long a = ids.get(0);
        long b = ids.get(1);
        long c = ids.get(2);
        // Alice and Bob both look at a: presence, not a claim; Bob decides it with no claim taken first.
        claims.view(site, "alice", a);
        assertThat(claims.holders(site, List.of(a)).get(a)).isEqualTo(new Claims.Holders(null, null, List.of("alice")));
        claims.view(site, "bob", a);
        assertThat(claims.holders(site, List.of(a)).get(a).viewers()).containsExactly("alice", "bob");
        assertThat(claims.holders(site, List.of(a)).get(a).viewersBut("bob")).containsExactly("alice");
        Decision d = decisions.decide(site, "bob", new DecisionRequest(a, Action.APPROVE, null, null));
        assertThat(d.moderator()).isEqualTo("bob");
        assertThat(claims.holders(site, List.of(a))).isEmpty();
        assertThatThrownBy(() -> decisions.decide(site, "alice", new DecisionRequest(a, Action.REJECT, null, null)))
                .isInstanceOf(AlreadyDecided.class);
        // Moving on clears one's presence on the previous item; leaving clears it all.
        claims.view(site, "alice", b);
        claims.view(site, "alice", c);
        assertThat(claims.holders(site, List.of(b)).get(b).viewers()).isEmpty();
        assertThat(claims.holders(site, List.of(c)).get(c).viewers()).containsExactly("alice");
        claims.release(site, "alice");
        assertThat(claims.holders(site, List.of(c)).get(c).viewers()).isEmpty();

        // Carol claims b (as an API client does): Dave is refused and told who has it ...
        assertThat(claims.claimItem(site, "carol", b)).isTrue();
        assertThatThrownBy(() -> decisions.decide(site, "dave", new DecisionRequest(b, Action.REJECT, null, null)))
                .isInstanceOf(ClaimLost.class).hasMessageContaining("carol");
        // ... the owner may act on it all the same (audited as a take-over) ...
        decisions.decide(site, "owner", new DecisionRequest(b, Action.REJECT, "spam", null), true);
        assertThat(jdbc.queryForObject("SELECT count(*) FROM audit_events WHERE site_id = ? AND action = 'claim.taken-over'"
                + " AND actor = 'owner' AND details->>'from' = 'carol'", Integer.class, site.id())).isEqualTo(1);
        // ... and anyone may, once the claim has run out.
        assertThat(claims.claimItem(site, "carol", c)).isTrue();
        assertThat(claims.claimItem(site, "dave", c)).isFalse();
        jdbc.update("UPDATE review_items SET lease_until = now() - interval '1 second' WHERE id = ?", c);
        assertThat(decisions.decide(site, "dave", new DecisionRequest(c, Action.APPROVE, null, null)).moderator())
                .isEqualTo("dave");
        assertThat(claims.takeOver(site, "owner", c)).isFalse();
    }

    @Test
    void bulkDecisionIsAllOrNothing() {
        Site site = siteWithHeldComments(3);
        List<QueueItem> mine = claims.claim(site, "erin", 2);
        long notMine = jdbc.queryForObject("SELECT id FROM review_items WHERE site_id = ? AND claimed_by IS NULL", Long.class, site.id());
        claims.claimItem(site, "zed", notMine);
        assertThatThrownBy(() -> decisions.decideAll(site, "erin", List.of(
                new DecisionRequest(mine.get(0).id(), Action.REJECT, null, null),
                new DecisionRequest(notMine, Action.REJECT, null, null)))).isInstanceOf(ClaimLost.class);
        assertThat(jdbc.queryForObject("SELECT count(*) FROM decisions WHERE site_id = ?", Integer.class, site.id())).isZero();
        assertThat(jdbc.queryForObject("SELECT count(*) FROM review_items WHERE site_id = ? AND state = 'open'", Integer.class,
                site.id())).isEqualTo(3);
    }
}
