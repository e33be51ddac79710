package io.parley.api;

import com.fasterxml.jackson.databind.JsonNode;
import io.parley.site.Role;
import io.parley.site.Site;
import io.parley.support.Api;
import io.parley.support.IntegrationTest;
import org.junit.jupiter.api.Test;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicInteger;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Eight moderators work one queue over the REST API at once, as a black-box check would: each claims
 * batches and decides them one by one or in bulk, and also tries to decide items a colleague holds.
 * No item is claimed by two at a time, none is decided twice, and every refusal is a clean 409.
 */
class ParallelModerationApiTest extends IntegrationTest {

    static final String PASSWORD = "correct-horse-42";
    static final int ITEMS = 160;
    static final int MODERATORS = 8;

    @Test
    void eightModeratorsClaimAndDecideInParallelWithNoDoubleClaimAndNoDoubleDecision() throws Exception {
        Site site = sites.create("par-api", "Parallel", "test");
        List<Long> items = queueHeldComments(site, ITEMS, null);
        for (int m = 0; m < MODERATORS; m++) {
            accounts.addUser("par-mod" + m, PASSWORD, Role.MODERATOR, "par-api", "test");
        }
        String base = "/api/v1/sites/par-api";
        // item -> the moderator whose claim response returned it, while that claim stands
        Map<Long, String> holder = new ConcurrentHashMap<>();
        ConcurrentLinkedQueue<String> doubleClaims = new ConcurrentLinkedQueue<>();
        ConcurrentLinkedQueue<Long> decided = new ConcurrentLinkedQueue<>();
        ConcurrentLinkedQueue<String> unexpected = new ConcurrentLinkedQueue<>();
        AtomicInteger refusedSteals = new AtomicInteger();
        CountDownLatch go = new CountDownLatch(1);
        ExecutorService pool = Executors.newFixedThreadPool(MODERATORS);
        List<Future<?>> futures = new ArrayList<>();
        for (int m = 0; m < MODERATORS; m++) {
            String me = "par-mod" + m;
            int seat = m;
            futures.add(pool.submit(() -> {
                Api api = new Api(port, Api.basic(me, PASSWORD));
                go.await();
                int round = 0;
                while (true) {
                    Api.Response claimed = api.post(base + "/queue/claim?count=7", "application/json", new byte[0]);
                    if (claimed.status() != 200) {
                        unexpected.add(me + " claim " + claimed.status() + " " + claimed.body());
                        return null;
                    }
                    List<Long> mine = new ArrayList<>();
                    for (JsonNode n : claimed.json()) {
                        long id = n.path("id").asLong();
                        String before = holder.putIfAbsent(id, me);
                        if (before != null && !before.equals(me)) {
                            doubleClaims.add(id + " " + before + "+" + me);
                        }
                        mine.add(id);
                    }
                    if (mine.isEmpty()) {
                        return null;
                    }
                    // Try a colleague's item first: it must be refused while their claim stands.
                    for (Map.Entry<Long, String> e : holder.entrySet()) {
                        if (!e.getValue().equals(me)) {
                            Api.Response steal = api.postJson(base + "/queue/" + e.getKey() + "/decision",
                                    "{\"action\":\"approve\"}");
                            if (steal.status() == 409) {
                                refusedSteals.incrementAndGet();
                            } else {
                                unexpected.add(me + " decided " + e.getKey() + " held by " + e.getValue() + ": "
                                        + steal.status() + " " + steal.body());
                            }
                            break;
                        }
                    }
                    if ((seat + round++) % 2 == 0) {
                        StringBuilder body = new StringBuilder("{\"decisions\":[");
                        for (int i = 0; i < mine.size(); i++) {
                            body.append(i == 0 ? "" : ",").append("{\"itemId\":").append(mine.get(i))
                                    .append(",\"action\":\"reject\",\"reason\":\"bulk\"}");
                        }
                        Api.Response r = api.postJson(base + "/decisions", body.append("]}").toString());
                        if (r.status() != 200) {
                            unexpected.add(me + " bulk " + r.status() + " " + r.body());
                            return null;
                        }
                        mine.forEach(id -> {
                            holder.remove(id);
                            decided.add(id);
                        });
                    } else {
                        for (long id : mine) {
                            Api.Response r = api.postJson(base + "/queue/" + id + "/decision", "{\"action\":\"approve\"}");
                            if (r.status() != 200) {
                                unexpected.add(me + " decide " + id + " " + r.status() + " " + r.body());
                                continue;
                            }
                            holder.remove(id);
                            decided.add(id);
                        }
                    }
                }
            }));
        }
        go.countDown();
        for (Future<?> f : futures) {
            f.get();
        }
        pool.shutdown();

        assertThat(unexpected).isEmpty();
        assertThat(doubleClaims).isEmpty();
        assertThat(refusedSteals.get()).isPositive();
        assertThat(decided).hasSize(ITEMS).doesNotHaveDuplicates().containsExactlyInAnyOrderElementsOf(items);
        assertThat(jdbc.queryForObject("SELECT count(*) FROM decisions WHERE site_id = ?", Integer.class, site.id()))
                .isEqualTo(ITEMS);
        assertThat(jdbc.queryForObject("SELECT count(DISTINCT review_item_id) FROM decisions WHERE site_id = ?",
                Integer.class, site.id())).isEqualTo(ITEMS);
        assertThat(jdbc.queryForObject("SELECT count(*) FROM comments WHERE site_id = ? AND status = 'held'",
                Integer.class, site.id())).isZero();
        // Each decision is by the moderator whose claim returned the item: nobody decided another's claim.
        assertThat(jdbc.queryForObject("""
                SELECT count(*) FROM decisions d JOIN review_items r ON r.id = d.review_item_id
                WHERE d.site_id = ? AND r.claimed_by <> d.moderator""", Integer.class, site.id())).isZero();
    }
}
