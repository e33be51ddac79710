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
            lines.append("{\"id\":\"c").append(i).append("\",\"text\":").append(BenchJson.quote(c.text())).append("}\n");
        }
        Files.writeString(jsonl, lines);
        List<Result> results = new ArrayList<>();
        for (int a = 4; a < args.length; a++) {
            String label = args[a].substring(0, args[a].indexOf('='));
            String jar = args[a].substring(args[a].indexOf('=') + 1);
            System.err.println("== " + label + " (" + jar + ")");
            Timed pt = pipeline(server, jar, comments, jfr ? out.resolve(label + ".jfr") : null, out.resolve(label + "-serve.log"));
            // PIPELINE_CLASSIFY=false: the pipeline alone (CPU figures while trying a change; no ratio)
            Timed ct = "false".equals(System.getenv("PIPELINE_CLASSIFY")) ? new Timed(Double.NaN, Double.NaN)
                    : classify(jar, jsonl, out.resolve(label + "-classify.log"));
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

    /** CPU ticks (1/100 s) by thread name, numbers folded ("pipeline-0" and "pipeline-1" are "pipeline-#"). */
    static Map<String, Long> threadTicks(long pid) {
        Map<String, Long> out = new java.util.TreeMap<>();
        try (var tasks = Files.list(Path.of("/proc/" + pid + "/task"))) {
            for (Path t : tasks.toList()) {
                try {
                    String stat = Files.readString(t.resolve("stat"));
                    String name = stat.substring(stat.indexOf('(') + 1, stat.lastIndexOf(')')).replaceAll("\\d+", "#");
                    String[] f = stat.substring(stat.lastIndexOf(')') + 2).split(" ");
                    out.merge(name, Long.parseLong(f[11]) + Long.parseLong(f[12]), Long::sum);
                } catch (IOException | RuntimeException gone) {
                    // exited
                }
            }
        } catch (IOException | RuntimeException e) {
            // not Linux
        }
        return out;
    }

    /**
     * Every 250 ms from the first request: comments with a final status, outbox rows, the machine's busy share per
     * core (/proc/stat) and the serve process's CPU by thread since the last line, so the timeline shows whether the
     * window is CPU-bound and who waits on whom.
     */
    static final class Trace extends Thread {
        private final long pid;
        private final String url;
        private final long t0;
        private final Path file;
        private volatile boolean done;
        /** The trace connection's PostgreSQL backend, left out of the database's CPU. */
        volatile java.util.OptionalLong backendPid = java.util.OptionalLong.empty();

        Trace(long pid, String url, long t0, Path file) {
            super("trace");
            setDaemon(true);
            this.pid = pid;
            this.url = url;
            this.t0 = t0;
            this.file = file;
        }

        void finish() {
            done = true;
            try {
                join(5000);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        }

        @Override
        public void run() {
            try (Connection c = DriverManager.getConnection(url); Statement s = c.createStatement();
                 var w = Files.newBufferedWriter(file)) {
                try (ResultSet rs = s.executeQuery("SELECT pg_backend_pid()")) {
                    rs.next();
                    backendPid = java.util.OptionalLong.of(rs.getLong(1));
                }
                w.write("t\tfinal\toutbox\tcpu_busy\tper_core_busy\tserve_threads\n");
                long[][] cores0 = cores();
                Map<String, Long> th0 = threadTicks(pid);
                while (!done) {
                    Thread.sleep(250);
                    int fin = 0;
                    int outbox = 0;
                    try (ResultSet rs = s.executeQuery("SELECT (SELECT count(*) FROM comments WHERE status IN ('published',"
                            + " 'held', 'rejected')), (SELECT count(*) FROM outbox)")) {
                        rs.next();
                        fin = rs.getInt(1);
                        outbox = rs.getInt(2);
                    }
                    long[][] cores1 = cores();
                    Map<String, Long> th1 = threadTicks(pid);
                    StringBuilder busy = new StringBuilder();
                    for (int k = 1; k < cores1.length; k++) {
                        busy.append(k > 1 ? "," : "").append(String.format("%.2f", busyShare(cores0[k], cores1[k])));
                    }
                    StringBuilder th = new StringBuilder();
                    for (var e : th1.entrySet()) {
                        long d = e.getValue() - th0.getOrDefault(e.getKey(), 0L);
                        if (d > 0) {
                            th.append(th.length() > 0 ? " " : "").append(e.getKey().replace(' ', '_')).append('=').append(d);
                        }
                    }
                    w.write(String.format("%.2f\t%d\t%d\t%.2f\t%s\t%s%n", (System.nanoTime() - t0) / 1e9, fin, outbox,
                            busyShare(cores0[0], cores1[0]), busy, th));
                    cores0 = cores1;
                    th0 = th1;
                }
            } catch (Exception e) {
                System.err.println("trace stopped: " + e);
            }
        }

        private static long[][] cores() throws IOException {
            return Files.readAllLines(Path.of("/proc/stat")).stream().filter(l -> l.startsWith("cpu"))
                    .map(l -> java.util.Arrays.stream(l.trim().split("\\s+")).skip(1).mapToLong(Long::parseLong).toArray())
                    .toArray(long[][]::new);
        }

        /** Share of the interval the CPU was busy: not idle and not waiting for I/O. */
        private static double busyShare(long[] a, long[] b) {
            long all = 0;
            for (int i = 0; i < Math.min(8, b.length); i++) {
                all += b[i] - a[i];
            }
            long idle = (b[3] - a[3]) + (b[4] - a[4]);
            return all == 0 ? 0 : 1.0 - (double) idle / all;
        }
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
            Map<String, Long> atHealth = threadTicks(p.pid());
            String auth = "Bearer " + apiKey(jar, url, "bench");
            HttpClient http = HttpClient.newHttpClient();
            String base = "http://127.0.0.1:" + port + "/api/v1/sites/bench/articles";
            Map<String, List<Integer>> byArticle = new LinkedHashMap<>();
            for (int i = 0; i < comments.size(); i++) {
                byArticle.computeIfAbsent(comments.get(i).page(), k -> new ArrayList<>()).add(i);
            }
            Map<Long, Double> db0 = backendCpu(server, db);
            double cpu0 = cpu(p);
            Map<String, Long> threads0 = threadTicks(p.pid());
            StringBuilder afterUp = new StringBuilder();
            threads0.forEach((k, v) -> {
                long d = v - atHealth.getOrDefault(k, 0L);
                if (d >= 10) {
                    afterUp.append(String.format(" %s %.1f", k, d / 100.0));
                }
            });
            System.err.printf("   serve CPU-s by thread between health UP and the first request:%s%n", afterUp);
            long t0 = System.nanoTime();
            Trace trace = new Trace(p.pid(), url, t0, log.resolveSibling(log.getFileName().toString().replace("-serve.log", "-trace.tsv")));
            trace.start();
            double[] postSeconds = new double[2]; // article requests, comment requests
            for (var e : byArticle.entrySet()) {
                String[] article = ARTICLES.get(e.getKey().replaceAll("-r\\d+$", ""));
                String title = article == null ? "Dragnet page " + e.getKey() : article[0];
                String body = article == null ? "Readers discuss the story on this page." : article[1];
                long r0 = System.nanoTime();
                send(http, base, auth, "{\"externalId\":" + BenchJson.quote(e.getKey()) + ",\"title\":" + BenchJson.quote(title)
                        + ",\"body\":" + BenchJson.quote(body) + ",\"language\":\"en\"}", 201, 200);
                postSeconds[0] += (System.nanoTime() - r0) / 1e9;
                List<Integer> ids = e.getValue();
                for (int from = 0; from < ids.size(); from += 500) {
                    StringBuilder sb = new StringBuilder("{\"comments\":[");
                    for (int k = from; k < Math.min(ids.size(), from + 500); k++) {
                        int i = ids.get(k);
                        sb.append(k > from ? "," : "").append("{\"externalId\":\"c").append(i).append("\",\"author\":\"reader")
                                .append(i % 997).append("\",\"text\":").append(BenchJson.quote(comments.get(i).text())).append('}');
                    }
                    long r1 = System.nanoTime();
                    send(http, base + "/" + e.getKey() + "/comments", auth,
                            sb.append("]}").toString(), 201, 200);
                    postSeconds[1] += (System.nanoTime() - r1) / 1e9;
                }
            }
            double ingested = (System.nanoTime() - t0) / 1e9;
            // PIPELINE_INGEST_ONLY=true (with the service's worker off, -Dparley.pipeline.enabled=false in
            // SERVE_JAVA_OPTS): the clock stops at the last request, so the CPU figures are ingest's alone
            boolean ingestOnly = "true".equals(System.getenv("PIPELINE_INGEST_ONLY"));
            try (Connection c = DriverManager.getConnection(url); Statement s = c.createStatement()) {
                while (!ingestOnly) {
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
            Map<Long, Double> db1 = backendCpu(server, db);
            trace.backendPid.ifPresent(db1::remove); // the trace's own queries are not the pipeline's
            double dbUsed = backendCpuUsed(db0, db1);
            Map<String, Long> threads1 = threadTicks(p.pid());
            trace.finish();
            StringBuilder byThread = new StringBuilder();
            threads1.entrySet().stream().map(t -> Map.entry(t.getKey(), t.getValue() - threads0.getOrDefault(t.getKey(), 0L)))
                    .filter(t -> t.getValue() >= 10).sorted((a, b) -> Long.compare(b.getValue(), a.getValue()))
                    .forEach(t -> byThread.append(String.format(" %s %.1f", t.getKey(), t.getValue() / 100.0)));
            System.err.printf("   requests: articles %.1f s, comments %.1f s (sum of request times); serve CPU-s by thread in"
                    + " the window:%s%n", postSeconds[0], postSeconds[1], byThread);
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
                staged &= !"false".equals(System.getenv("PIPELINE_STANCE_WAIT"));
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
                            BenchJson.unquote(line.substring(line.indexOf('"', t + 8))), BenchJson.unquote(line.substring(line.indexOf('"', b + 7)))});
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
            String text = BenchJson.unquote(line.substring(line.indexOf('"', t + 7)));
            if (!text.isBlank()) {
                out.add(new Comment(m.group(1).replaceAll("[^A-Za-z0-9_-]", "_"), text.length() > 20000 ? text.substring(0, 20000) : text));
            }
        }
        return out;
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
