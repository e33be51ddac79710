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

class ReviewQueueTest extends IntegrationTest {

    @Autowired
    ReviewQueue queue;

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
                    List<QueueItem> claimed = queue.claim(site, moderator, 25);
                    if (claimed.isEmpty()) {
                        return null;
                    }
                    List<DecisionRequest> batch = new ArrayList<>();
                    for (QueueItem item : claimed) {
                        assertThat(item.claimedBy()).isEqualTo(moderator);
                        if (item.id() % 2 == 0) {
                            queue.decide(site, moderator, new DecisionRequest(item.id(), "approve", null, null));
                            decided.add(item.id());
                        } else {
                            batch.add(new DecisionRequest(item.id(), "reject", "bulk", null));
                        }
                    }
                    if (!batch.isEmpty()) {
                        queue.decideAll(site, moderator, batch).forEach(d -> decided.add(d.itemId()));
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
        List<QueueItem> alice = queue.claim(site, "alice", 3);
        assertThat(alice).hasSize(3);
        assertThat(queue.claim(site, "bob", 3)).isEmpty();
        long item = alice.get(0).id();
        assertThatThrownBy(() -> queue.decide(site, "bob", new DecisionRequest(item, "reject", null, null)))
                .isInstanceOf(ClaimLost.class);

        // Alice's lease runs out: the item goes back and Bob may take it; Alice's late decision is refused.
        jdbc.update("UPDATE review_items SET lease_until = now() - interval '1 second' WHERE id = ?", item);
        assertThat(queue.claim(site, "bob", 3)).extracting(QueueItem::id).containsExactly(item);
        assertThatThrownBy(() -> queue.decide(site, "alice", new DecisionRequest(item, "approve", null, null)))
                .isInstanceOf(ClaimLost.class);
        Decision d = queue.decide(site, "bob", new DecisionRequest(item, "approve", null, null));
        assertThatThrownBy(() -> queue.decide(site, "bob", new DecisionRequest(item, "approve", null, null)))
                .isInstanceOf(AlreadyDecided.class);
        assertThat(jdbc.queryForObject("SELECT status FROM comments WHERE id = ?", String.class, d.commentId())).isEqualTo("published");
    }

    @Test
    void undoReturnsTheItemToTheModeratorAndTheCommentToHeld() {
        Site site = siteWithHeldComments(2);
        List<QueueItem> items = queue.claim(site, "carol", 2);
        List<Decision> ds = queue.decideAll(site, "carol", List.of(
                new DecisionRequest(items.get(0).id(), "reject", null, java.util.Map.of("insult", 1.0)),
                new DecisionRequest(items.get(1).id(), "reject", null, null)));
        assertThatThrownBy(() -> queue.undo(site, "dave", ds.get(0).id())).isInstanceOf(NotYourDecision.class)
                .hasMessageContaining("only carol");
        assertThatThrownBy(() -> queue.undo(site, "carol", 987_654_321L)).isInstanceOf(DecisionNotFound.class)
                .hasMessageContaining("no such decision");
        QueueItem back = queue.undo(site, "carol", ds.get(0).id());
        assertThat(back.state()).isEqualTo("open");
        assertThat(back.claimedBy()).isEqualTo("carol");
        assertThat(jdbc.queryForObject("SELECT status FROM comments WHERE id = ?", String.class, back.commentId())).isEqualTo("held");
        assertThat(jdbc.queryForObject("SELECT status FROM comments WHERE id = ?", String.class, ds.get(1).commentId()))
                .isEqualTo("rejected");
        assertThatThrownBy(() -> queue.undo(site, "carol", ds.get(0).id())).isInstanceOf(UndoExpired.class)
                .hasMessageContaining("already undone");
        // The same item can be decided again after the undo.
        assertThat(queue.decide(site, "carol", new DecisionRequest(back.id(), "approve", null, null)).action()).isEqualTo("approve");
    }

    @Test
    void bulkDecisionIsAllOrNothing() {
        Site site = siteWithHeldComments(3);
        List<QueueItem> mine = queue.claim(site, "erin", 2);
        long notMine = jdbc.queryForObject("SELECT id FROM review_items WHERE site_id = ? AND claimed_by IS NULL", Long.class, site.id());
        assertThatThrownBy(() -> queue.decideAll(site, "erin", List.of(
                new DecisionRequest(mine.get(0).id(), "reject", null, null),
                new DecisionRequest(notMine, "reject", null, null)))).isInstanceOf(ClaimLost.class);
        assertThat(jdbc.queryForObject("SELECT count(*) FROM decisions WHERE site_id = ?", Integer.class, site.id())).isZero();
        assertThat(jdbc.queryForObject("SELECT count(*) FROM review_items WHERE site_id = ? AND state = 'open'", Integer.class,
                site.id())).isEqualTo(3);
    }

    @Test
    void theQueueSortsByAStanceProbabilityWithUnscoredCommentsLast() {
        Site site = siteWithHeldComments(4);
        // comments c1..c3 get stances (c2 twice: the latest counts), c4 none
        String[][] stances = {{"c1", "0.30", "0.10"}, {"c2", "0.95", "0.20"}, {"c2", "0.40", "0.90"}, {"c3", "0.70", "0.05"}};
        for (int i = 0; i < stances.length; i++) {
            String[] st = stances[i];
            jdbc.update("""
                    INSERT INTO classifications (comment_id, model_name, model_version, stance)
                    SELECT id, 'm', ?, ?::jsonb FROM comments WHERE site_id = ? AND external_id = ?""", "v" + i,
                    "{\"article\":\"disagree\",\"targets\":{\"NATO\":\"against\"},\"detail\":{\"article\":{\"disagree\":"
                            + st[1] + "},\"targets\":{\"NATO\":{\"against\":" + st[2] + "},\"EU\":{\"against\":0.5}}}}",
                    site.id(), st[0]);
        }
        assertThat(queue.list(site, new ReviewQueue.Filter("open", null, null, "stance:article.disagree"), 0, 10))
                .extracting(QueueItem::commentExternalId).containsExactly("c3", "c2", "c1", "c4");
        // targets: the highest over the comment's targets (EU's 0.5 beats c1's and c3's own NATO figures)
        assertThat(queue.list(site, new ReviewQueue.Filter("open", null, null, "stance:target.against"), 0, 10))
                .extracting(QueueItem::commentExternalId).containsExactly("c2", "c1", "c3", "c4");
        assertThatThrownBy(() -> queue.list(site, new ReviewQueue.Filter("open", null, null, "stance:article.x'--"), 0, 10))
                .isInstanceOf(io.parley.site.InvalidSettings.class);
    }
}
