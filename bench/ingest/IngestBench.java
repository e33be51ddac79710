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
        try (Connection c = DriverManager.getConnection(server); Statement s = c.createStatement()) {
            s.execute("CREATE DATABASE " + db);
        }
        String url = server.substring(0, server.lastIndexOf('/') + 1) + db + server.substring(server.indexOf('?'));
        int port;
        try (ServerSocket ss = new ServerSocket(0)) {
            port = ss.getLocalPort();
        }
        Path log = Files.createTempFile("parley-bench", ".log");
        ProcessBuilder pb = new ProcessBuilder("java", "-jar", jar, "serve", "--server.port=" + port,
                "--parley.pipeline.enabled=false").redirectErrorStream(true).redirectOutput(log.toFile());
        pb.environment().put("PARLEY_DB_URL", url);
        pb.environment().put("PARLEY_DEMO", "false");
        long t0 = System.nanoTime();
        Process p = pb.start();
        HttpClient http = HttpClient.newHttpClient();
        String base = "http://127.0.0.1:" + port;
        while (true) {
            if (!p.isAlive()) {
                throw new IllegalStateException("serve exited: " + Files.readString(log));
            }
            try {
                var r = http.send(HttpRequest.newBuilder(URI.create(base + "/actuator/health")).build(),
                        HttpResponse.BodyHandlers.ofString());
                if (r.statusCode() == 200) {
                    break;
                }
            } catch (IOException e) {
                Thread.sleep(100);
            }
        }
        double startup = (System.nanoTime() - t0) / 1e9;
        try {
            String key = apiKey(jar, url);
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
            String report = String.format("""
                    # Ingest benchmark

                    Machine: %d cores, %d GiB RAM. PostgreSQL: %s. %d comments in batches of %d, sequential client,
                    outbox worker off (ingest alone is measured). Same run, same database server.

                    | what | comments/s | ratio to plain JDBC |
                    |---|---:|---:|
                    | Parley `POST …/comments` (HTTP, JSON, validation, threading, idempotency, outbox) | %.0f | %.2f |
                    | plain JDBC batch loop (same rows into comments + outbox, one commit per batch) | %.0f | 1.00 |

                    | `serve` | value | goal |
                    |---|---:|---:|
                    | startup to healthy | %.1f s | < 10 s |
                    | resident memory after the run | %d MiB | < 1024 MiB |
                    """, cores, memGb, server.replaceAll("\\?.*", ""), total, batch, apiRate, apiRate / jdbcRate,
                    jdbcRate, startup, rss / 1024);
            System.out.println(report);
            Files.writeString(Path.of("bench/ingest/report.md"), report);
        } finally {
            p.destroy();
            p.waitFor();
            try (Connection c = DriverManager.getConnection(server); Statement s = c.createStatement()) {
                s.execute("DROP DATABASE IF EXISTS " + db + " WITH (FORCE)");
            }
        }
    }

    static String apiKey(String jar, String url) throws Exception {
        ProcessBuilder pb = new ProcessBuilder("java", "-jar", jar, "sites", "add", "bench", "--name", "Bench");
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
