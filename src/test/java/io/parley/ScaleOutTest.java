package io.parley;

import io.parley.support.Api;
import io.parley.support.ServiceProcess;
import io.parley.support.TestDatabase;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Several `serve` instances on one PostgreSQL: ingest split across two instances while one is
 * SIGKILLed and restarted; every acknowledged comment reaches exactly one final status and one
 * classification. Throughput (ingest to final status) with two instances against one is reported.
 * Run with {@code mvn -Pscale test} (bench/scale).
 */
@Tag("scale")
class ScaleOutTest {

    static final int COMMENTS = Integer.parseInt(System.getenv().getOrDefault("PARLEY_SCALE_COMMENTS", "20000"));

    @Test
    void twoInstancesShareOneDatabaseThroughAKillAndRestart() throws Exception {
        String url = TestDatabase.url();
        Map<String, String> env = Map.of("PARLEY_DB_URL", url, "PARLEY_DEMO", "false");
        String key1 = io.parley.support.Sites.addWithCli(url, "one");
        String key2 = io.parley.support.Sites.addWithCli(url, "two");

        int portA = ServiceProcess.freePort();
        int portB = ServiceProcess.freePort();
        ServiceProcess a = ServiceProcess.start(portA, env);
        double oneRate;
        try {
            int n = COMMENTS / 4;
            long t0 = System.nanoTime();
            Set<String> acked = ingest(List.of(portA), key1, "one", n, null);
            awaitFinal(url, "one", acked.size());
            oneRate = acked.size() / ((System.nanoTime() - t0) / 1e9);
            check(url, "one", acked);
        } finally {
            a.close();
        }

        a = ServiceProcess.start(portA, env);
        ServiceProcess[] b = {ServiceProcess.start(portB, env)};
        double twoRate;
        Set<String> acked;
        try {
            long t0 = System.nanoTime();
            acked = ingest(List.of(portA, portB), key2, "two", COMMENTS, () -> {
                try {
                    b[0].kill();
                    b[0] = ServiceProcess.start(portB, env);
                } catch (Exception e) {
                    throw new IllegalStateException(e);
                }
            });
            awaitFinal(url, "two", acked.size());
            twoRate = acked.size() / ((System.nanoTime() - t0) / 1e9);
            check(url, "two", acked);
        } finally {
            a.close();
            b[0].close();
        }
        String report = String.format("""
                # Scale-out

                %d comments acknowledged across two instances, one SIGKILLed and restarted half-way: every one reached
                exactly one final status and one classification.

                | instances | comments/s, ingest to final status |
                |---|---:|
                | 1 | %.0f |
                | 2 (incl. the kill and restart) | %.0f |
                | ratio | %.2f |
                """, acked.size(), oneRate, twoRate, twoRate / oneRate);
        System.out.println(report);
        Files.createDirectories(Path.of("target"));
        Files.writeString(Path.of("target/scale-report.md"), report);
    }

    /** Sends n comments in batches of 100 from 4 clients, round-robin over the ports; midway runs the fault. */
    static Set<String> ingest(List<Integer> ports, String key, String site, int n, Runnable midway) throws Exception {
        Set<String> acked = ConcurrentHashMap.newKeySet();
        AtomicInteger next = new AtomicInteger();
        int batches = n / 100;
        for (int port : ports) {
            new Api(port, Api.bearer(key)).postJson("/api/v1/sites/" + site + "/articles",
                    Map.of("externalId", "a", "title", "Scale", "body", "An article about talks in Geneva."));
        }
        ExecutorService pool = Executors.newFixedThreadPool(4);
        AtomicInteger faultDone = new AtomicInteger();
        for (int t = 0; t < 4; t++) {
            pool.submit(() -> {
                int b;
                while ((b = next.getAndIncrement()) < batches) {
                    if (midway != null && b >= batches / 2 && faultDone.compareAndSet(0, 1)) {
                        midway.run();
                    }
                    List<Map<String, Object>> batch = new ArrayList<>();
                    for (int i = 0; i < 100; i++) {
                        batch.add(Map.of("externalId", "c" + b + "-" + i, "author", "u" + (i % 17),
                                "text", i % 10 == 0 ? "You are an idiot and a liar, " + b : "I think the talks will go on, " + b));
                    }
                    int port = ports.get(b % ports.size());
                    for (int attempt = 0; attempt < 60; attempt++) {
                        try {
                            Api.Response r = new Api(port, Api.bearer(key))
                                    .postJson("/api/v1/sites/" + site + "/articles/a/comments", Map.of("comments", batch));
                            if (r.status() / 100 == 2) {
                                batch.forEach(c -> acked.add((String) c.get("externalId")));
                                break;
                            }
                        } catch (RuntimeException e) {
                            // the instance is down: try the other one
                        }
                        port = ports.get((ports.indexOf(port) + 1) % ports.size());
                        Thread.sleep(500);
                    }
                }
                return null;
            });
        }
        pool.shutdown();
        assertThat(pool.awaitTermination(30, TimeUnit.MINUTES)).isTrue();
        return acked;
    }

    static void awaitFinal(String url, String site, int expected) throws Exception {
        long deadline = System.currentTimeMillis() + 30 * 60_000;
        while (System.currentTimeMillis() < deadline) {
            if (count(url, "SELECT count(*) FROM comments c JOIN sites s ON s.id = c.site_id WHERE s.slug = '" + site
                    + "' AND c.status IN ('published', 'held', 'rejected')") >= expected) {
                return;
            }
            Thread.sleep(500);
        }
        throw new AssertionError("not all comments decided in time");
    }

    static void check(String url, String site, Set<String> acked) throws Exception {
        String where = " FROM comments c JOIN sites s ON s.id = c.site_id WHERE s.slug = '" + site + "'";
        assertThat(count(url, "SELECT count(*)" + where)).isEqualTo(acked.size());
        assertThat(count(url, "SELECT count(*)" + where + " AND c.status NOT IN ('published', 'held', 'rejected')")).isZero();
        assertThat(count(url, "SELECT count(*)" + where
                + " AND (SELECT count(*) FROM classifications k WHERE k.comment_id = c.id) <> 1")).isZero();
        assertThat(count(url, "SELECT count(*) FROM review_items r JOIN comments c ON c.id = r.comment_id"
                + " JOIN sites s ON s.id = c.site_id WHERE s.slug = '" + site + "' AND c.status <> 'held'")).isZero();
    }

    static long count(String url, String sql) throws Exception {
        try (Connection c = DriverManager.getConnection(url); Statement s = c.createStatement(); ResultSet rs = s.executeQuery(sql)) {
            rs.next();
            return rs.getLong(1);
        }
    }
}
