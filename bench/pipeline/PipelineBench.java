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
import java.sql.ResultSet;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Ingest to final status through the service against `parley classify` as a whole process, on the same real texts in
 * the same run, for each jar given (e.g. main before the change and the change), one after the other. Run by
 * bench/pipeline/run. Args: server-jdbc-url comments.jsonl n out-dir label=jar [label=jar ...].
 *
 * <p>Pipeline: a fresh database and site, `serve` started (not timed), then the clock starts at the first request:
 * the comments go in through POST /api/v1/sites/{site}/articles/{article}/comments in batches of 500 (one article per
 * Dragnet page and repetition), and the clock stops when every comment has a final status (published, held or
 * rejected), polled in the database every 50 ms. Classify: `java -jar JAR classify` on the same texts as JSONL, from
 * process start to exit (model loading included: that is what a user waits for).
 */
public class PipelineBench {

    record Comment(String page, String text) {
    }

    /** Wall seconds and CPU seconds (user + system) of one measured run. */
    record Timed(double seconds, double cpu) {
    }

    record Result(String label, int n, double pipelineSeconds, double classifySeconds, String load, double pipelineCpu,
                  double classifyCpu) {
        double pipelineRate() {
            return n / pipelineSeconds;
        }

        double classifyRate() {
            return n / classifySeconds;
        }
    }

    public static void main(String[] args) throws Exception {
        String server = args[0];
        List<Comment> source = read(Path.of(args[1]));
        int n = Integer.parseInt(args[2]);
        Path out = Path.of(args[3]);
        Files.createDirectories(out);
        boolean jfr = !"false".equals(System.getenv("PIPELINE_JFR"));
        Path jsonl = out.resolve("texts.jsonl");
        List<Comment> comments = new ArrayList<>(n);
        StringBuilder lines = new StringBuilder();
        for (int i = 0; i < n; i++) {
            Comment c = source.get(i % source.size());
            // repeated texts get distinct ids and land on their own article per repetition
            comments.add(new Comment(c.page() + "-r" + (i / source.size()), c.text()));
            lines.append("{\"id\":\"c").append(i).append("\",\"text\":").append(quote(c.text())).append("}\n");
        }
        Files.writeString(jsonl, lines);
        List<Result> results = new ArrayList<>();
        for (int a = 4; a < args.length; a++) {
            String label = args[a].substring(0, args[a].indexOf('='));
            String jar = args[a].substring(args[a].indexOf('=') + 1);
            System.err.println("== " + label + " (" + jar + ")");
            Timed pt = pipeline(server, jar, comments, jfr ? out.resolve(label + ".jfr") : null, out.resolve(label + "-serve.log"));
            Timed ct = classify(jar, jsonl, out.resolve(label + "-classify.log"));
            double p = pt.seconds();
            double c = ct.seconds();
            String load = Files.readString(Path.of("/proc/loadavg")).trim().replaceAll("^(\\S+ \\S+ \\S+).*", "$1");
            Result r = new Result(label, n, p, c, load, pt.cpu(), ct.cpu());
            System.err.printf("   pipeline %.0f/s (%.1f s, %.2f CPU-ms/comment), classify %.0f/s (%.1f s, %.2f CPU-ms/comment),"
                    + " ratio %.2f, load %s%n", r.pipelineRate(), p, 1000 * pt.cpu() / n, r.classifyRate(), c,
                    1000 * ct.cpu() / n, r.pipelineRate() / r.classifyRate(), load);
            results.add(r);
        }
        System.out.println("| jar | comments | pipeline: ingest to final status | serve CPU-ms/comment | `parley classify` (whole process) | classify CPU-ms/comment | ratio | load average after |");
        System.out.println("|---|---:|---:|---:|---:|---:|---:|---|");
        for (Result r : results) {
            System.out.printf("| %s | %d | %.0f/s (%.1f s) | %.2f | %.0f/s (%.1f s) | %.2f | %.2f | %s |%n", r.label(), r.n(),
                    r.pipelineRate(), r.pipelineSeconds(), 1000 * r.pipelineCpu() / r.n(), r.classifyRate(),
                    r.classifySeconds(), 1000 * r.classifyCpu() / r.n(), r.pipelineRate() / r.classifyRate(), r.load());
        }
    }

    /** CPU seconds each PostgreSQL backend serving database {@code db} has used so far, by pid (Linux /proc). */
    static Map<Long, Double> backendCpu(String server, String db) {
        Map<Long, Double> out = new LinkedHashMap<>();
        try (Connection c = DriverManager.getConnection(server);
             var ps = c.prepareStatement("SELECT pid FROM pg_stat_activity WHERE datname = ?")) {
            ps.setString(1, db);
            try (ResultSet rs = ps.executeQuery()) {
                while (rs.next()) {
                    long pid = rs.getLong(1);
                    try {
                        String stat = Files.readString(Path.of("/proc/" + pid + "/stat"));
                        String[] f = stat.substring(stat.lastIndexOf(')') + 2).split(" ");
                        out.put(pid, (Long.parseLong(f[11]) + Long.parseLong(f[12])) / 100.0); // utime, stime in ticks
                    } catch (IOException | RuntimeException gone) {
                        // not on this machine, or exited
                    }
                }
            }
        } catch (Exception e) {
            // no figure rather than no benchmark
        }
        return out;
    }

    /** CPU the backends used between two readings (a backend that started in between counts whole). */
    static double backendCpuUsed(Map<Long, Double> before, Map<Long, Double> after) {
        double used = 0;
        for (var e : after.entrySet()) {
            used += e.getValue() - before.getOrDefault(e.getKey(), 0.0);
        }
        return used;
    }

    /** CPU seconds (user + system) a live process has used so far. */
    static double cpu(Process p) {
        return p.toHandle().info().totalCpuDuration().map(d -> d.toNanos() / 1e9).orElse(Double.NaN);
    }

    static Timed pipeline(String server, String jar, List<Comment> comments, Path jfr, Path log) throws Exception {
        String db = "parley_pipe_" + System.currentTimeMillis();
        String url = createDatabase(server, db);
        int port = freePort();
        List<String> cmd = new ArrayList<>(List.of("java"));
        // JVM options for the service only (e.g. the README's class-data archive), not for classify
        String serveOpts = System.getenv().getOrDefault("SERVE_JAVA_OPTS", "").strip();
        if (!serveOpts.isEmpty()) {
            cmd.addAll(List.of(serveOpts.split("\\s+")));
        }
        if (jfr != null) {
            cmd.add("-XX:StartFlightRecording=filename=" + jfr + ",settings=profile,dumponexit=true");
        }
        cmd.addAll(List.of("-jar", jar, "serve", "--server.port=" + port, "--server.address=127.0.0.1"));
        ProcessBuilder pb = new ProcessBuilder(cmd).redirectErrorStream(true).redirectOutput(log.toFile());
        pb.environment().put("PARLEY_DB_URL", url);
        pb.environment().put("PARLEY_DEMO", "false");
        // ingest is measured, not the per-key rate limit
        pb.environment().put("PARLEY_RATE_PER_SECOND", "100000");
        pb.environment().put("PARLEY_RATE_BURST", "100000");
        Process p = pb.start();
        try {
            awaitHealthy(p, port, log);
            String auth = "Bearer " + apiKey(jar, url, "bench");
            HttpClient http = HttpClient.newHttpClient();
            String base = "http://127.0.0.1:" + port + "/api/v1/sites/bench/articles";
            Map<String, List<Integer>> byArticle = new LinkedHashMap<>();
            for (int i = 0; i < comments.size(); i++) {
                byArticle.computeIfAbsent(comments.get(i).page(), k -> new ArrayList<>()).add(i);
            }
            Map<Long, Double> db0 = backendCpu(server, db);
            double cpu0 = cpu(p);
            long t0 = System.nanoTime();
            for (var e : byArticle.entrySet()) {
                String[] article = ARTICLES.get(e.getKey().replaceAll("-r\\d+$", ""));
                String title = article == null ? "Dragnet page " + e.getKey() : article[0];
                String body = article == null ? "Readers discuss the story on this page." : article[1];
                send(http, base, auth, "{\"externalId\":" + quote(e.getKey()) + ",\"title\":" + quote(title)
                        + ",\"body\":" + quote(body) + ",\"language\":\"en\"}", 201, 200);
                List<Integer> ids = e.getValue();
                for (int from = 0; from < ids.size(); from += 500) {
                    StringBuilder sb = new StringBuilder("{\"comments\":[");
                    for (int k = from; k < Math.min(ids.size(), from + 500); k++) {
                        int i = ids.get(k);
                        sb.append(k > from ? "," : "").append("{\"externalId\":\"c").append(i).append("\",\"author\":\"reader")
                                .append(i % 997).append("\",\"text\":").append(quote(comments.get(i).text())).append('}');
                    }
                    send(http, base + "/" + e.getKey() + "/comments", auth,
                            sb.append("]}").toString(), 201, 200);
                }
            }
            double ingested = (System.nanoTime() - t0) / 1e9;
            try (Connection c = DriverManager.getConnection(url); Statement s = c.createStatement()) {
                while (true) {
                    try (ResultSet rs = s.executeQuery(
                            "SELECT count(*) FROM comments WHERE status IN ('published', 'held', 'rejected')")) {
                        rs.next();
                        if (rs.getInt(1) >= comments.size()) {
                            break;
                        }
                    }
                    if (!p.isAlive()) {
                        throw new IllegalStateException("serve exited: see " + log);
                    }
                    Thread.sleep(50);
                }
            }
            double seconds = (System.nanoTime() - t0) / 1e9;
            double used = cpu(p) - cpu0;
            double dbUsed = backendCpuUsed(db0, backendCpu(server, db));
            System.err.printf("   ingest requests done after %.1f s, every comment final after %.1f s, serve used %.1f CPU-s,"
                    + " its PostgreSQL backends %.1f CPU-s (%.2f ms/comment)%n", ingested, seconds, used, dbUsed,
                    1000 * dbUsed / comments.size());
            // A jar that adds stance after the decision (stance_outbox): how long until every comment has its stance
            // too, and the CPU that took, so the figures above are not read as the whole of the work.
            try (Connection c = DriverManager.getConnection(url); Statement s = c.createStatement()) {
                boolean staged;
                try (ResultSet rs = s.executeQuery("SELECT to_regclass('stance_outbox') IS NOT NULL")) {
                    rs.next();
                    staged = rs.getBoolean(1);
                }
                while (staged) {
                    try (ResultSet rs = s.executeQuery("SELECT count(*) FROM stance_outbox")) {
                        rs.next();
                        if (rs.getInt(1) == 0) {
                            break;
                        }
                    }
                    if (!p.isAlive()) {
                        throw new IllegalStateException("serve exited: see " + log);
                    }
                    Thread.sleep(50);
                }
                if (staged) {
                    double all = (System.nanoTime() - t0) / 1e9;
                    double allCpu = cpu(p) - cpu0;
                    System.err.printf("   stance stage: every comment's stance stored after %.1f s (%.1f s after the last"
                            + " status); serve CPU ingest to last stance %.1f CPU-s (%.2f ms/comment), PostgreSQL %.2f"
                            + " ms/comment%n", all, all - seconds, allCpu, 1000 * allCpu / comments.size(),
                            1000 * backendCpuUsed(db0, backendCpu(server, db)) / comments.size());
                }
            }
            return new Timed(seconds, used);
        } finally {
            p.destroy(); // SIGTERM: the recording is written on exit
            p.waitFor();
            dropDatabase(server, db);
        }
    }

    /** Whole process, start to exit; its CPU seconds (user + system, all threads) as /usr/bin/time reports them. */
    static Timed classify(String jar, Path jsonl, Path log) throws Exception {
        Path times = Files.createTempFile("classify", ".time");
        long t0 = System.nanoTime();
        Process p = new ProcessBuilder("/usr/bin/time", "-o", times.toString(), "-f", "%U %S", "java", "-jar", jar,
                "classify", jsonl.toString()).redirectOutput(ProcessBuilder.Redirect.DISCARD).redirectError(log.toFile()).start();
        if (p.waitFor() != 0) {
            throw new IllegalStateException("classify failed: see " + log);
        }
        double seconds = (System.nanoTime() - t0) / 1e9;
        String[] us = Files.readString(times).trim().split("\\s+");
        Files.delete(times);
        return new Timed(seconds, Double.parseDouble(us[us.length - 2]) + Double.parseDouble(us[us.length - 1]));
    }

    static void send(HttpClient http, String url, String auth, String body, int... ok) throws Exception {
        HttpResponse<String> r = http.send(HttpRequest.newBuilder(URI.create(url)).header("Authorization", auth)
                .header("Content-Type", "application/json").POST(HttpRequest.BodyPublishers.ofString(body)).build(),
                HttpResponse.BodyHandlers.ofString());
        for (int code : ok) {
            if (r.statusCode() == code) {
                return;
            }
        }
        throw new IllegalStateException(url + ": " + r.statusCode() + " " + r.body());
    }

    /**
     * Page → {title, body} of the real article each comment was written under (env ARTICLES, from
     * dragnet_articles.py); without it every article is a one-line placeholder.
     */
    static final Map<String, String[]> ARTICLES = articles(System.getenv("ARTICLES"));

    static Map<String, String[]> articles(String file) {
        Map<String, String[]> out = new java.util.HashMap<>();
        if (file == null || file.isBlank()) {
            return out;
        }
        Pattern page = Pattern.compile("\"page\":\\s*\"((?:[^\"\\\\]|\\\\.)*)\"");
        try {
            for (String line : Files.readAllLines(Path.of(file), StandardCharsets.UTF_8)) {
                Matcher m = page.matcher(line);
                int t = line.indexOf("\"title\":");
                int b = line.indexOf("\"body\":");
                if (m.find() && t >= 0 && b >= 0) {
                    out.put(m.group(1).replaceAll("[^A-Za-z0-9_-]", "_"), new String[]{
                            unquote(line.substring(line.indexOf('"', t + 8))), unquote(line.substring(line.indexOf('"', b + 7)))});
                }
            }
        } catch (IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
        System.err.println(out.size() + " real articles from " + file);
        return out;
    }

    static List<Comment> read(Path file) throws IOException {
        Pattern page = Pattern.compile("\"page\":\\s*\"((?:[^\"\\\\]|\\\\.)*)\"");
        List<Comment> out = new ArrayList<>();
        for (String line : Files.readAllLines(file, StandardCharsets.UTF_8)) {
            Matcher m = page.matcher(line);
            int t = line.indexOf("\"text\":");
            if (!m.find() || t < 0) {
                continue;
            }
            String text = unquote(line.substring(line.indexOf('"', t + 7)));
            if (!text.isBlank()) {
                out.add(new Comment(m.group(1).replaceAll("[^A-Za-z0-9_-]", "_"), text.length() > 20000 ? text.substring(0, 20000) : text));
            }
        }
        return out;
    }

    /** The JSON string starting at s[0] (a quote), decoded. */
    static String unquote(String s) {
        StringBuilder sb = new StringBuilder();
        for (int i = 1; i < s.length(); i++) {
            char c = s.charAt(i);
            if (c == '"') {
                break;
            }
            if (c == '\\') {
                char e = s.charAt(++i);
                switch (e) {
                    case 'n' -> sb.append('\n');
                    case 't' -> sb.append('\t');
                    case 'r' -> sb.append('\r');
                    case 'b' -> sb.append('\b');
                    case 'f' -> sb.append('\f');
                    case 'u' -> {
                        sb.append((char) Integer.parseInt(s.substring(i + 1, i + 5), 16));
                        i += 4;
                    }
                    default -> sb.append(e);
                }
            } else {
                sb.append(c);
            }
        }
        return sb.toString();
    }

    static String quote(String s) {
        StringBuilder sb = new StringBuilder("\"");
        for (char c : s.toCharArray()) {
            switch (c) {
                case '"' -> sb.append("\\\"");
                case '\\' -> sb.append("\\\\");
                case '\n' -> sb.append("\\n");
                case '\r' -> sb.append("\\r");
                case '\t' -> sb.append("\\t");
                default -> {
                    if (c < 0x20) {
                        sb.append(String.format("\\u%04x", (int) c));
                    } else {
                        sb.append(c);
                    }
                }
            }
        }
        return sb.append('"').toString();
    }

    static int freePort() throws IOException {
        try (ServerSocket ss = new ServerSocket(0)) {
            return ss.getLocalPort();
        }
    }

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
                // starting
            }
            Thread.sleep(100);
        }
    }

    /** Creates the site with the CLI, as an operator would, and returns its API key. */
    static String apiKey(String jar, String url, String site) throws Exception {
        ProcessBuilder pb = new ProcessBuilder("java", "-jar", jar, "sites", "add", site, "--name", site);
        pb.environment().put("PARLEY_DB_URL", url);
        Process p = pb.redirectError(ProcessBuilder.Redirect.DISCARD).start();
        String out = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        p.waitFor();
        return out.lines().filter(l -> l.startsWith("api-key: ")).findFirst()
                .orElseThrow(() -> new IllegalStateException("no api key: " + out)).substring(9);
    }

    static String createDatabase(String server, String db) throws Exception {
        try (Connection c = DriverManager.getConnection(server); Statement s = c.createStatement()) {
            s.execute("CREATE DATABASE " + db);
        }
        return server.substring(0, server.lastIndexOf('/') + 1) + db + server.substring(server.indexOf('?'));
    }

    static void dropDatabase(String server, String db) {
        try (Connection c = DriverManager.getConnection(server); Statement s = c.createStatement()) {
            s.execute("DROP DATABASE IF EXISTS " + db + " WITH (FORCE)");
        } catch (Exception ignored) {
            // best effort
        }
    }
}
