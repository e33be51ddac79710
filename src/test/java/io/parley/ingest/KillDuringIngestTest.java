package io.parley.ingest;

import io.parley.site.Site;
import io.parley.support.Api;
import io.parley.support.IntegrationTest;
import io.parley.support.ServiceProcess;
import io.parley.support.TestDatabase;
import org.junit.jupiter.api.Test;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A service process is SIGKILLed in the middle of a stream of ingest requests, then restarted. Every
 * comment that got a 2xx must be stored, exactly once, with its outbox row or its outcome.
 */
class KillDuringIngestTest extends IntegrationTest {

    /** The child service uses this JVM's database: the local server's test database, or the embedded one. */
    String databaseUrl() {
        return TestDatabase.url();
    }

    @Test
    void everyAcknowledgedCommentSurvivesSigkillExactlyOnce() throws Exception {
        Site site = sites.create("kill-test", "Kill", "test");
        String key = accounts.issueApiKey(site, "k", "test");
        Map<String, String> env = Map.of("PARLEY_DB_URL", databaseUrl(), "PARLEY_DEMO", "false");
        int port = ServiceProcess.freePort();
        Set<String> acknowledged = ConcurrentHashMap.newKeySet();
        AtomicInteger failures = new AtomicInteger();
        AtomicInteger seq = new AtomicInteger();

        ServiceProcess first = ServiceProcess.start(port, env);
        ServiceProcess[] second = {null};
        int ackedBeforeKill;
        try {
            Api api = new Api(port, Api.bearer(key));
            assertThat(api.postJson("/api/v1/sites/kill-test/articles", Map.of("externalId", "a", "title", "t", "body", "b"))
                    .status()).isEqualTo(201);

            AtomicBoolean running = new AtomicBoolean(true);
            ExecutorService pool = Executors.newFixedThreadPool(4);
            for (int t = 0; t < 4; t++) {
                pool.submit(() -> {
                    while (running.get()) {
                        int b = seq.incrementAndGet();
                        List<Map<String, Object>> batch = new ArrayList<>();
                        for (int i = 0; i < 20; i++) {
                            batch.add(Map.of("externalId", "b" + b + "-" + i, "text", "comment " + b + "/" + i));
                        }
                        try {
                            Api.Response r = api.postJson("/api/v1/sites/kill-test/articles/a/comments", Map.of("comments", batch));
                            if (r.status() / 100 == 2) {
                                batch.forEach(c -> acknowledged.add((String) c.get("externalId")));
                            } else {
                                failures.incrementAndGet();
                            }
                        } catch (RuntimeException e) {
                            failures.incrementAndGet();
                            sleep(100);
                        }
                    }
                });
            }
            while (acknowledged.size() < 1000) {
                Thread.sleep(50);
            }
            first.kill();
            ackedBeforeKill = acknowledged.size();
            second[0] = ServiceProcess.start(port, env);
            int target = acknowledged.size() + 500;
            long deadline = System.currentTimeMillis() + 60_000;
            while (acknowledged.size() < target && System.currentTimeMillis() < deadline) {
                Thread.sleep(50);
            }
            running.set(false);
            pool.shutdown();
            assertThat(pool.awaitTermination(60, TimeUnit.SECONDS)).isTrue();
            second[0].close();
        } finally {
            first.close();
            if (second[0] != null) {
                second[0].close();
            }
        }
        System.out.printf("kill test: %d acknowledged before SIGKILL, %d in all, %d failed requests during the outage%n",
                ackedBeforeKill, acknowledged.size(), failures.get());
        List<String> stored = jdbc.queryForList("SELECT external_id FROM comments WHERE site_id = ?", String.class, site.id());
        assertThat(stored).doesNotHaveDuplicates();
        assertThat(stored).containsAll(acknowledged);
        assertThat(acknowledged.size()).isGreaterThan(ackedBeforeKill);
        // Nothing acknowledged lost its pending classification: each is in the outbox or already decided.
        Integer orphans = jdbc.queryForObject("""
                SELECT count(*) FROM comments c WHERE c.site_id = ? AND c.status = 'received'
                  AND NOT EXISTS (SELECT 1 FROM outbox o WHERE o.comment_id = c.id)""", Integer.class, site.id());
        assertThat(orphans).isZero();

        // The outbox replays what the killed instance left: every comment reaches a final status, with
        // exactly one classification (this JVM's own worker drains it, as any instance would).
        long drained = System.currentTimeMillis() + 300_000;
        while (jdbc.queryForObject("SELECT count(*) FROM comments WHERE site_id = ? AND status = 'received'",
                Integer.class, site.id()) > 0 && System.currentTimeMillis() < drained) {
            Thread.sleep(500);
        }
        assertThat(jdbc.queryForList("SELECT DISTINCT status FROM comments WHERE site_id = ?", String.class, site.id()))
                .isSubsetOf("published", "held", "rejected");
        assertThat(jdbc.queryForObject("""
                SELECT count(*) FROM comments c WHERE c.site_id = ?
                  AND (SELECT count(*) FROM classifications k WHERE k.comment_id = c.id) <> 1""", Integer.class, site.id()))
                .isZero();
        assertThat(jdbc.queryForObject("""
                SELECT count(*) FROM review_items r JOIN comments c ON c.id = r.comment_id
                WHERE c.site_id = ? AND c.status <> 'held'""", Integer.class, site.id())).isZero();
    }

    private static void sleep(long ms) {
        try {
            Thread.sleep(ms);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
