package io.parley.faults;

import io.parley.support.Api;
import io.parley.support.ServiceProcess;
import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import org.junit.jupiter.api.Test;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.ResultSet;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;

import static org.assertj.core.api.Assertions.assertThat;

/** Faults from outside the service: its database restarts under load, its model file is broken. */
class ProcessFaultsTest {

    static EmbeddedPostgres startPg(Path dir, int port) throws Exception {
        return EmbeddedPostgres.builder().setDataDirectory(dir).setCleanDataDirectory(false).setPort(port).start();
    }

    @Test
    void serviceRecoversByItselfWhenItsDatabaseRestartsDuringLoad() throws Exception {
        Path dir = Path.of("target", "pg-restart-" + ProcessHandle.current().pid()).toAbsolutePath();
        int pgPort = ServiceProcess.freePort();
        EmbeddedPostgres pg = startPg(dir, pgPort);
        String url = pg.getJdbcUrl("postgres", "postgres");
        ServiceProcess service = null;
        try {
            String key = io.parley.support.Sites.addWithCli(url, "restart");
            service = ServiceProcess.start(ServiceProcess.freePort(), Map.of("PARLEY_DB_URL", url, "PARLEY_DEMO", "false",
                    "PARLEY_DB_CONNECT_TIMEOUT_MS", "2000"), "--parley.pipeline.enabled=false");
            Api api = new Api(service.port, Api.bearer(key));
            assertThat(api.postJson("/api/v1/sites/restart/articles", Map.of("externalId", "a", "title", "t", "body", "b"))
                    .status()).isEqualTo(201);

            Set<String> acked = ConcurrentHashMap.newKeySet();
            Map<Integer, AtomicInteger> statuses = new ConcurrentHashMap<>();
            AtomicBoolean running = new AtomicBoolean(true);
            AtomicInteger seq = new AtomicInteger();
            Thread client = new Thread(() -> {
                while (running.get()) {
                    int b = seq.incrementAndGet();
                    List<Map<String, Object>> batch = new ArrayList<>();
                    for (int i = 0; i < 10; i++) {
                        batch.add(Map.of("externalId", "r" + b + "-" + i, "text", "text " + b));
                    }
                    try {
                        Api.Response r = api.postJson("/api/v1/sites/restart/articles/a/comments", Map.of("comments", batch));
                        statuses.computeIfAbsent(r.status(), k -> new AtomicInteger()).incrementAndGet();
                        if (r.status() / 100 == 2) {
                            batch.forEach(c -> acked.add((String) c.get("externalId")));
                        } else {
                            Thread.sleep(200);
                        }
                    } catch (Exception e) {
                        statuses.computeIfAbsent(-1, k -> new AtomicInteger()).incrementAndGet();
                    }
                }
            });
            client.start();
            while (acked.size() < 300) {
                Thread.sleep(50);
            }
            pg.close();
            Thread.sleep(4000);
            pg = startPg(dir, pgPort);
            int before = acked.size();
            long deadline = System.currentTimeMillis() + 120_000;
            while (acked.size() < before + 300 && System.currentTimeMillis() < deadline) {
                Thread.sleep(100);
            }
            running.set(false);
            client.join(30_000);
            System.out.printf("database restart: %d acknowledged, statuses %s%n", acked.size(), statuses);
            assertThat(acked.size()).as("the service took writes again after the restart").isGreaterThanOrEqualTo(before + 300);
            assertThat(statuses.keySet()).as("no 500 while the database was away").doesNotContain(500);
            assertThat(statuses).containsKey(503);
            List<String> stored = new ArrayList<>();
            try (Connection c = pg.getPostgresDatabase().getConnection(); ResultSet rs = c.createStatement()
                    .executeQuery("SELECT external_id FROM comments")) {
                while (rs.next()) {
                    stored.add(rs.getString(1));
                }
            }
            assertThat(stored).doesNotHaveDuplicates().containsAll(acked);
        } finally {
            if (service != null) {
                service.close();
            }
            pg.close();
        }
    }

    @Test
    void aCorruptModelStopsStartupWithOneClearMessage() throws Exception {
        Path models = failedStart("broken-models",
                abuse -> Files.write(abuse, "this is not a zip".getBytes(StandardCharsets.UTF_8)));
        String out = Files.readString(models.resolve("out.log"));
        assertThat(out).contains("Parley cannot start: model unusable:").contains("abuse/abuse.zip");
        // what an operator reads last is the model's message, not Spring's chain of bean names
        assertThat(lastLine(models)).startsWith("parley serve: model unusable: ").contains("abuse/abuse.zip")
                .doesNotContain("Error creating bean");
        // The embedded PostgreSQL was started beside the models; a failed start must not leave it running.
        assertThat(out).contains("Embedded PostgreSQL running");
        assertThat(models.resolve("pg/postmaster.pid")).doesNotExist();
    }

    /**
     * A model file of another task in the abuse model's place (an operator's copy slip during an upgrade) stops the
     * start naming what the file is, and the last line printed is that message, not Spring's chain of bean names.
     */
    @Test
    void aModelOfAnotherTaskStopsStartupNamingItInTheLastLine() throws Exception {
        Path models = failedStart("swapped-models", abuse -> Files.copy(Path.of("models", "stance", "stance.zip"), abuse));
        assertThat(lastLine(models)).startsWith("parley serve: model unusable: ").contains("abuse/abuse.zip")
                .contains("this is a stance model (stance-mlp ").contains("not an abuse model")
                .doesNotContain("Error creating bean");
        assertThat(models.resolve("pg/postmaster.pid")).doesNotExist();
    }

    private interface ModelWriter {
        void write(Path abuseModel) throws Exception;
    }

    /**
     * {@code serve} on a models folder (under target/) whose abuse model {@code abuse} writes, the other tasks' models
     * copied in; asserts the start stopped (not hung) with a non-zero exit and returns the folder, its output in out.log.
     */
    private static Path failedStart(String prefix, ModelWriter abuse) throws Exception {
        Path models = Files.createTempDirectory(Path.of("target"), prefix);
        Files.createDirectories(models.resolve("abuse"));
        abuse.write(models.resolve("abuse/abuse.zip"));
        for (String task : List.of("stance", "extraction")) {
            copyTree(Path.of("models", task), models.resolve(task));
        }
        String cp = System.getProperty("surefire.test.class.path", System.getProperty("java.class.path"));
        ProcessBuilder pb = new ProcessBuilder(Path.of(System.getProperty("java.home"), "bin", "java").toString(), "-cp", cp,
                "io.parley.ParleyApplication", "serve", "--server.port=" + ServiceProcess.freePort())
                .redirectErrorStream(true).redirectOutput(models.resolve("out.log").toFile());
        pb.environment().put("PARLEY_MODELS_DIR", models.toString());
        pb.environment().put("PARLEY_PG_DIR", models.resolve("pg").toString());
        Process p = pb.start();
        assertThat(p.waitFor(180, TimeUnit.SECONDS)).as("startup must stop, not hang").isTrue();
        assertThat(p.exitValue()).isNotZero();
        return models;
    }

    /** The last non-blank line a start printed: what an operator reads first. */
    private static String lastLine(Path models) throws Exception {
        List<String> lines = Files.readAllLines(models.resolve("out.log")).stream().filter(l -> !l.isBlank()).toList();
        return lines.get(lines.size() - 1);
    }

    static void copyTree(Path from, Path to) throws Exception {
        try (var files = Files.walk(from)) {
            for (Path f : files.toList()) {
                Path target = to.resolve(from.relativize(f).toString());
                if (Files.isDirectory(f)) {
                    Files.createDirectories(target);
                } else {
                    Files.copy(f, target);
                }
            }
        }
    }
}
