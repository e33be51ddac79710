import java.io.IOException;
import java.net.ServerSocket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * Batched ingest through Parley's HTTP API against the same inserts done by a plain JDBC batch loop,
 * side by side on the same PostgreSQL, plus startup time and resident memory of `serve`.
 * Run by bench/ingest/run; writes bench/ingest/report.md.
 */
public class IngestBench {

    public static void main(String[] args) throws Exception {
        String jar = args[0];
        String server = args[1];
        int total = Integer.parseInt(args[2]);
        int batch = 1000;
        String db = "parley_bench_" + System.currentTimeMillis();
        List<String> plain = List.of("java", "-jar", jar);
        // The CDS variant (src/main/scripts/cds): same jars extracted to target/app, classes from the archive of a training start.
        Path cdsJar = Path.of("target/app/parley.jar");
        Path archive = Path.of("target/app/parley.jsa");
        boolean cds = jar.equals("target/parley.jar") && Files.isRegularFile(archive) && Files.isRegularFile(cdsJar)
                && Files.getLastModifiedTime(archive).compareTo(Files.getLastModifiedTime(Path.of(jar))) > 0;
        List<String> withCds = List.of("java", "-XX:SharedArchiveFile=" + archive, "-jar", cdsJar.toString());
        if (!cds) {
            System.err.println("no CDS archive newer than the jar (run src/main/scripts/cds): measuring plain java -jar only");
        }

        // Startup to healthy, three starts each (median), each on a fresh database like the one ingest uses.
        List<Start> benchPlain = new ArrayList<>();
        List<Start> benchCds = new ArrayList<>();
        for (int i = 0; i < RUNS; i++) {
            benchPlain.add(benchStart(plain, server));
            if (cds) {
                benchCds.add(benchStart(withCds, server));
            }
        }
        // The README's command: embedded PostgreSQL and demo data. A first start creates the data directory
        // and loads the seeds; restarts on it are what a user sees every other time.
        Path pgDir = Files.createTempDirectory("parley-bench-pg");
        Start first;
        List<Start> readmePlain = new ArrayList<>();
        List<Start> readmeCds = new ArrayList<>();
        try {
            first = readmeStart(plain, pgDir);
            for (int i = 0; i < RUNS; i++) {
                readmePlain.add(readmeStart(plain, pgDir));
                if (cds) {
                    readmeCds.add(readmeStart(withCds, pgDir));
                }
            }
        } finally {
            try (var files = Files.walk(pgDir)) {
                files.sorted(java.util.Comparator.reverseOrder()).forEach(f -> f.toFile().delete());
            }
        }

        String url = createDatabase(server, db);
        int port = freePort();
        Path log = Files.createTempFile("parley-bench", ".log");
        ProcessBuilder pb = new ProcessBuilder(serve(plain, port, "--parley.pipeline.enabled=false"))
                .redirectErrorStream(true).redirectOutput(log.toFile());
        pb.environment().put("PARLEY_DB_URL", url);
        pb.environment().put("PARLEY_DEMO", "false");
        Process p = pb.start();
        HttpClient http = HttpClient.newHttpClient();
        String base = "http://127.0.0.1:" + port;
        awaitHealthy(p, port, log);
        try {
            String key = apiKey(jar, url, "bench");
            String auth = "Bearer " + key;
            post(http, base + "/api/v1/sites/bench/articles", auth, "{\"externalId\":\"api\",\"title\":\"t\",\"body\":\"b\"}");
            // Warm-up: JIT and connection pool, not counted.
            for (int w = 0; w < 3; w++) {
                post(http, base + "/api/v1/sites/bench/articles/api/comments", auth, batchJson("w" + w, batch));
            }
            long a0 = System.nanoTime();
            for (int b = 0; b < total / batch; b++) {
                var r = post(http, base + "/api/v1/sites/bench/articles/api/comments", auth, batchJson("b" + b, batch));
                if (r.statusCode() != 201) {
                    throw new IllegalStateException("ingest failed: " + r.statusCode() + " " + r.body());
                }
            }
            double apiSeconds = (System.nanoTime() - a0) / 1e9;
            long rss = rssKb(p.pid());

            double jdbcSeconds = plainJdbc(url, total, batch);
            double apiRate = total / apiSeconds;
            double jdbcRate = total / jdbcSeconds;
            int cores = Runtime.getRuntime().availableProcessors();
            long memGb = Math.round(Files.lines(Path.of("/proc/meminfo")).filter(l -> l.startsWith("MemTotal"))
                    .mapToLong(l -> Long.parseLong(l.replaceAll("\\D", ""))).findFirst().orElse(0) / 1024.0 / 1024.0);
            String load = Files.readString(Path.of("/proc/loadavg")).trim().replaceAll("^(\\S+ \\S+ \\S+).*", "$1");
            StringBuilder startup = new StringBuilder();
            startup.append(row("bench configuration (external PostgreSQL, no demo): `java -jar target/parley.jar`", benchPlain));
            if (cds) {
                startup.append(row("bench configuration, CDS (`src/main/scripts/cds`): `java -XX:SharedArchiveFile=target/app/parley.jsa -jar target/app/parley.jar`", benchCds));
            }
            startup.append(row("README command (embedded PostgreSQL, demo data), first start on an empty data directory", List.of(first)));
            startup.append(row("README command, restart on its data directory", readmePlain));
            if (cds) {
                startup.append(row("README command with CDS, restart", readmeCds));
            }
            String report = String.format("""
                    # Ingest benchmark

                    Machine: %d cores, %d GiB RAM, load average at the end %s. PostgreSQL: %s. %d comments in batches of %d,
                    sequential client, outbox worker off (ingest alone is measured). Same run, same database server.

                    | what | comments/s | ratio to plain JDBC |
                    |---|---:|---:|
                    | Parley `POST …/comments` (HTTP, JSON, validation, threading, idempotency, outbox) | %.0f | %.2f |
                    | plain JDBC batch loop (same rows into comments + outbox, one commit per batch) | %.0f | 1.00 |

                    `serve` from launch to `/actuator/health` 200 (goal < 10 s), %d starts each, median first; resident
                    memory when healthy (goal < 1024 MiB).

                    | start | to healthy (median) | each start | RSS when healthy |
                    |---|---:|---|---:|
                    %s
                    Resident memory of the ingest instance after the run: %d MiB.
                    """, cores, memGb, load, server.replaceAll("\\?.*", ""), total, batch, apiRate, apiRate / jdbcRate,
                    jdbcRate, RUNS, startup, rss / 1024);
            System.out.println(report);
            Files.writeString(Path.of("bench/ingest/report.md"), report);
        } finally {
            p.destroy();
            p.waitFor();
            dropDatabase(server, db);
        }
    }

    static final int RUNS = 3;

    record Start(double seconds, long rssKb) {
    }

    static String row(String what, List<Start> starts) {
        List<Double> t = starts.stream().map(Start::seconds).sorted().toList();
        List<Long> rss = starts.stream().map(Start::rssKb).sorted().toList();
        return String.format("| %s | %.1f s | %s | %d MiB |%n", what, t.get(t.size() / 2),
                String.join(", ", starts.stream().map(x -> String.format("%.1f", x.seconds())).toList()),
                rss.get(rss.size() / 2) / 1024);
    }

    static int freePort() throws IOException {
        try (ServerSocket ss = new ServerSocket(0)) {
            return ss.getLocalPort();
        }
    }

    static List<String> serve(List<String> launch, int port, String... args) {
        List<String> cmd = new ArrayList<>(launch);
        cmd.add("serve");
        cmd.add("--server.port=" + port);
        cmd.addAll(List.of(args));
        return cmd;
    }

    /** Polls health until it answers 200; a process that exits first fails the benchmark with its log. */
    static void awaitHealthy(Process p, int port, Path log) throws Exception {
        HttpClient http = HttpClient.newHttpClient();
        URI health = URI.create("http://127.0.0.1:" + port + "/actuator/health");
        while (true) {
            if (!p.isAlive()) {
                throw new IllegalStateException("serve exited: " + Files.readString(log));
            }
            try {
                if (http.send(HttpRequest.newBuilder(health).build(), HttpResponse.BodyHandlers.discarding()).statusCode() == 200) {
                    return;
                }
            } catch (IOException notListeningYet) {
                // keep polling
            }
            Thread.sleep(50);
        }
    }

    /** One start to healthy, then a clean stop. */
    static Start timeStart(List<String> cmd, Map<String, String> env) throws Exception {
        int port = freePort();
        Path log = Files.createTempFile("parley-bench-start", ".log");
        List<String> full = new ArrayList<>(cmd);
        full.set(full.indexOf("--server.port=0"), "--server.port=" + port);
        ProcessBuilder pb = new ProcessBuilder(full).redirectErrorStream(true).redirectOutput(log.toFile());
        pb.environment().remove("PARLEY_DB_URL");
        pb.environment().putAll(env);
        long t0 = System.nanoTime();
        Process p = pb.start();
        try {
            awaitHealthy(p, port, log);
            double seconds = (System.nanoTime() - t0) / 1e9;
            Start s = new Start(seconds, rssKb(p.pid()));
            System.err.printf("  %s: %.1f s, %d MiB%n", String.join(" ", full), seconds, s.rssKb() / 1024);
            return s;
        } finally {
            p.destroy();
            p.waitFor();
            Files.deleteIfExists(log);
        }
    }

    static Start benchStart(List<String> launch, String server) throws Exception {
        String db = "parley_bench_start_" + System.nanoTime();
        String url = createDatabase(server, db);
        try {
            return timeStart(serve(launch, 0, "--parley.pipeline.enabled=false"),
                    Map.of("PARLEY_DB_URL", url, "PARLEY_DEMO", "false"));
        } finally {
            dropDatabase(server, db);
        }
    }

    /** A fresh database on the server for one run; returns its JDBC URL (same user and options). */
    static String createDatabase(String server, String db) throws Exception {
        try (Connection c = DriverManager.getConnection(server); Statement s = c.createStatement()) {
            s.execute("CREATE DATABASE " + db);
        }
        return server.substring(0, server.lastIndexOf('/') + 1) + db + server.substring(server.indexOf('?'));
    }

    static void dropDatabase(String server, String db) throws Exception {
        try (Connection c = DriverManager.getConnection(server); Statement s = c.createStatement()) {
            s.execute("DROP DATABASE IF EXISTS " + db + " WITH (FORCE)");
        }
    }

    static Start readmeStart(List<String> launch, Path pgDir) throws Exception {
        return timeStart(serve(launch, 0), Map.of("PARLEY_PG_DIR", pgDir.toString()));
    }

    /** Creates a site with the CLI, as an operator would, and returns its API key. */
    static String apiKey(String jar, String url, String site) throws Exception {
        ProcessBuilder pb = new ProcessBuilder("java", "-jar", jar, "sites", "add", site, "--name", site);
        pb.environment().put("PARLEY_DB_URL", url);
        Process p = pb.redirectError(ProcessBuilder.Redirect.DISCARD).start();
        String out = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        p.waitFor();
        return out.lines().filter(l -> l.startsWith("api-key: ")).findFirst()
                .orElseThrow(() -> new IllegalStateException("no api key: " + out)).substring(9);
    }

    static HttpResponse<String> post(HttpClient http, String url, String auth, String body) throws Exception {
        return http.send(HttpRequest.newBuilder(URI.create(url)).header("Authorization", auth)
                .header("Content-Type", "application/json").POST(HttpRequest.BodyPublishers.ofString(body)).build(),
                HttpResponse.BodyHandlers.ofString());
    }

    static String text(String id) {
        return "Comment " + id + ": I read the article and I think the talks in Geneva will not change much, sadly.";
    }

    static String batchJson(String prefix, int n) {
        StringBuilder sb = new StringBuilder("{\"comments\":[");
        for (int i = 0; i < n; i++) {
            if (i > 0) {
                sb.append(',');
            }
            String id = prefix + "-" + i;
            sb.append("{\"externalId\":\"").append(id).append("\",\"author\":\"user").append(i % 97).append("\",");
            if (i % 3 != 0) {
                sb.append("\"parentId\":\"").append(prefix).append('-').append(i / 3 * 3).append("\",");
            }
            sb.append("\"likes\":").append(i % 7).append(",\"postedAt\":\"2026-11-27T10:00:00Z\",\"text\":\"")
                    .append(text(id)).append("\"}");
        }
        return sb.append("]}").toString();
    }

    /** The reference: the same rows with the same columns, inserted by a JDBC batch, outbox included. */
    static double plainJdbc(String url, int total, int batch) throws Exception {
        try (Connection c = DriverManager.getConnection(url)) {
            c.setAutoCommit(false);
            long site;
            long article;
            try (Statement s = c.createStatement(); ResultSet rs = s.executeQuery("SELECT id FROM sites WHERE slug = 'bench'")) {
                rs.next();
                site = rs.getLong(1);
            }
            try (PreparedStatement ps = c.prepareStatement(
                    "INSERT INTO articles (site_id, external_id, title) VALUES (?, 'jdbc', 't') RETURNING id")) {
                ps.setLong(1, site);
                try (ResultSet rs = ps.executeQuery()) {
                    rs.next();
                    article = rs.getLong(1);
                }
            }
            c.commit();
            long t0 = System.nanoTime();
            int pos = 0;
            for (int b = 0; b < total / batch; b++) {
                List<Long> ids = new ArrayList<>(batch);
                try (PreparedStatement ps = c.prepareStatement("""
                        INSERT INTO comments (site_id, article_id, external_id, parent_external_id, author, posted_at, likes,
                                              text, quotes, position, depth)
                        VALUES (?, ?, ?, ?, ?, '2026-11-27T10:00:00Z', ?, ?, '[]'::jsonb, ?, ?)""",
                        Statement.RETURN_GENERATED_KEYS)) {
                    for (int i = 0; i < batch; i++) {
                        String id = "j" + b + "-" + i;
                        ps.setLong(1, site);
                        ps.setLong(2, article);
                        ps.setString(3, id);
                        ps.setString(4, i % 3 != 0 ? "j" + b + "-" + (i / 3 * 3) : null);
                        ps.setString(5, "user" + (i % 97));
                        ps.setInt(6, i % 7);
                        ps.setString(7, text(id));
                        ps.setInt(8, pos++);
                        ps.setInt(9, i % 3 != 0 ? 1 : 0);
                        ps.addBatch();
                    }
                    ps.executeBatch();
                    try (ResultSet keys = ps.getGeneratedKeys()) {
                        while (keys.next()) {
                            ids.add(keys.getLong(1));
                        }
                    }
                }
                try (PreparedStatement ps = c.prepareStatement("INSERT INTO outbox (comment_id) VALUES (?)")) {
                    for (long id : ids) {
                        ps.setLong(1, id);
                        ps.addBatch();
                    }
                    ps.executeBatch();
                }
                c.commit();
            }
            return (System.nanoTime() - t0) / 1e9;
        }
    }

    static long rssKb(long pid) throws IOException {
        return Files.lines(Path.of("/proc/" + pid + "/status")).filter(l -> l.startsWith("VmRSS"))
                .mapToLong(l -> Long.parseLong(l.replaceAll("\\D", ""))).findFirst().orElse(0);
    }
}
