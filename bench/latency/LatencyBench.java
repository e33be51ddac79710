import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.locks.LockSupport;

/**
 * Latency of {@code POST /api/v1/classify} under a fixed arrival rate (open loop), the way a site's
 * comment form calls it: requests are sent on a schedule whatever the server does, and each latency is
 * measured from the moment the request was due, not from when it was sent, so a stalled server cannot
 * hide its queue (coordinated omission). The reference beside it is the same loop against
 * {@code GET /actuator/health}, i.e. what HTTP, security and the client cost without any model work.
 * Run by bench/latency/run (compiled with bench/ingest/IngestBench.java, whose start and site helpers it
 * uses); writes bench/latency/report.md.
 */
public class LatencyBench {

    public static void main(String[] args) throws Exception {
        String jar = args[0];
        String server = args[1];
        int rate = Integer.parseInt(args[2]);
        int seconds = Integer.parseInt(args[3]);
        List<String> texts = texts();
        String article = article();
        String db = "parley_latency_" + System.currentTimeMillis();
        String url = IngestBench.createDatabase(server, db);
        int port = IngestBench.freePort();
        Path log = Files.createTempFile("parley-latency", ".log");
        ProcessBuilder pb = new ProcessBuilder(IngestBench.serve(launch(jar), port,
                "--parley.pipeline.enabled=false")).redirectErrorStream(true).redirectOutput(log.toFile());
        pb.environment().put("PARLEY_DB_URL", url);
        pb.environment().put("PARLEY_DEMO", "false");
        Process p = pb.start();
        HttpClient http = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1)
                .connectTimeout(Duration.ofSeconds(5)).build();
        String base = "http://127.0.0.1:" + port;
        try {
            IngestBench.awaitHealthy(p, port, log);
            String auth = "Bearer " + IngestBench.apiKey(jar, url, "latency");
            List<String> plain = new ArrayList<>();
            List<String> withContext = new ArrayList<>();
            for (int i = 0; i < texts.size(); i++) {
                plain.add("{\"text\":" + BenchJson.quote(texts.get(i)) + "}");
                withContext.add("{\"text\":" + BenchJson.quote(texts.get(i)) + ",\"parentText\":" + BenchJson.quote(texts.get((i + 1) % texts.size()))
                        + ",\"articleText\":" + BenchJson.quote(article) + ",\"targets\":[\"sanctions on Russia\",\"NATO expansion\"]}");
            }
            // Warm-up: JIT, connection pool and model code paths, not counted.
            run(http, base + "/api/v1/classify", auth, plain, rate, 10);
            run(http, base + "/api/v1/classify", auth, withContext, rate, 5);
            Result health = run(http, base + "/actuator/health", null, null, rate, seconds);
            Result text = run(http, base + "/api/v1/classify", auth, plain, rate, seconds);
            Result context = run(http, base + "/api/v1/classify", auth, withContext, rate, seconds);
            int cores = Runtime.getRuntime().availableProcessors();
            String report = String.format("""
                    # Classify latency benchmark

                    Machine: %d cores, load average before the run %s. `serve` on a fresh PostgreSQL database, outbox
                    worker off. Open loop: %d requests/s for %d s per row (after a 15 s warm-up), latency measured from
                    each request's scheduled time to its response (so queueing counts), loopback, one client JVM
                    (java.net.http, HTTP/1.1). The baseline row is `GET /actuator/health` at the same rate: the cost of
                    HTTP, the client and the machine without any model work. Goal (issue 5): p99 < 15 ms at 200 requests/s.

                    | request | sent | errors | p50 ms | p90 ms | p99 ms | max ms | p99 / baseline p99 |
                    |---|---:|---:|---:|---:|---:|---:|---:|
                    %s
                    %s
                    %s

                    Texts: the %d comments of `training-data/abuse/golden/golden-input.jsonl` and
                    `quick-sample.jsonl`, in turn. "with context" adds the next comment as `parentText`, the seed-004
                    article as `articleText` and two targets, so every stance view runs as well.
                    """, cores, loadAverage(), rate, seconds,
                    health.row("baseline: GET /actuator/health", health),
                    text.row("POST /api/v1/classify {text}", health),
                    context.row("POST /api/v1/classify with context", health), texts.size());
            System.out.println(report);
            Files.writeString(Path.of("bench/latency/report.md"), report);
        } finally {
            p.destroy();
            p.waitFor();
            IngestBench.dropDatabase(server, db);
        }
    }

    record Result(int sent, int errors, double[] millis) {
        double pct(double q) {
            if (millis.length == 0) {
                return Double.NaN;
            }
            return millis[Math.min(millis.length - 1, (int) Math.ceil(q * millis.length) - 1)];
        }

        String row(String name, Result baseline) {
            return String.format("| %s | %d | %d | %.2f | %.2f | %.2f | %.2f | %.2f |", name, sent, errors, pct(0.50),
                    pct(0.90), pct(0.99), pct(1.0), pct(0.99) / baseline.pct(0.99));
        }
    }

    /** Sends {@code rate} requests a second for {@code seconds}, each at its due time, without waiting for answers. */
    static Result run(HttpClient http, String url, String auth, List<String> bodies, int rate, int seconds) throws Exception {
        int n = rate * seconds;
        double[] millis = new double[n];
        AtomicInteger errors = new AtomicInteger();
        List<CompletableFuture<Void>> pending = new ArrayList<>(n);
        long periodNanos = 1_000_000_000L / rate;
        long start = System.nanoTime() + 50_000_000L;
        for (int i = 0; i < n; i++) {
            long due = start + i * periodNanos;
            // Park, not spin: the client shares the 2 cores with the server, and a spinning client would
            // take the CPU the server needs and show up as the server's latency.
            long wait;
            while ((wait = due - System.nanoTime()) > 0) {
                LockSupport.parkNanos(wait);
            }
            HttpRequest.Builder rb = HttpRequest.newBuilder(URI.create(url)).timeout(Duration.ofSeconds(30));
            if (bodies == null) {
                rb.GET();
            } else {
                rb.header("Authorization", auth).header("Content-Type", "application/json")
                        .POST(HttpRequest.BodyPublishers.ofString(bodies.get(i % bodies.size())));
            }
            int slot = i;
            pending.add(http.sendAsync(rb.build(), HttpResponse.BodyHandlers.ofString()).handle((r, e) -> {
                millis[slot] = (System.nanoTime() - due) / 1e6;
                if (e != null || r.statusCode() != 200) {
                    if (errors.incrementAndGet() == 1) {
                        System.err.println("first error on " + url + ": "
                                + (e != null ? e : r.statusCode() + " " + r.body()));
                    }
                }
                return null;
            }));
        }
        CompletableFuture.allOf(pending.toArray(CompletableFuture[]::new)).join();
        double[] sorted = millis.clone();
        Arrays.sort(sorted);
        return new Result(n, errors.get(), sorted);
    }

    /** The comment texts already in the repo, kept as JSON string literals (no JSON library in a bench script). */
    static List<String> texts() throws IOException {
        List<String> out = new ArrayList<>();
        for (String f : List.of("training-data/abuse/golden/golden-input.jsonl", "training-data/abuse/quick-sample.jsonl")) {
            for (String line : Files.readAllLines(Path.of(f))) {
                int key = line.indexOf("\"text\":");
                if (key < 0) {
                    continue;
                }
                int open = line.indexOf('"', key + 7);
                int close = open + 1;
                while (line.charAt(close) != '"') {
                    close += line.charAt(close) == '\\' ? 2 : 1;
                }
                String text = BenchJson.unquote(line.substring(open, close + 1));
                // The golden sample holds bad-input cases too (blank text); those are refused by design.
                if (!text.isBlank()) {
                    out.add(text);
                }
            }
        }
        if (out.isEmpty()) {
            throw new IllegalStateException("no texts found");
        }
        return out;
    }

    static String article() throws IOException {
        try (var files = Files.list(Path.of("training-data/seeds"))) {
            Path seed = files.filter(f -> f.getFileName().toString().startsWith("004_")).findFirst().orElseThrow();
            String all = Files.readString(seed);
            int end = all.indexOf("(c) The Moscow Times");
            return end > 0 ? all.substring(0, end) : all.substring(0, Math.min(all.length(), 6000));
        }
    }

    static String loadAverage() throws IOException {
        String[] parts = Files.readString(Path.of("/proc/loadavg")).split(" ");
        return parts[0] + " / " + parts[1] + " / " + parts[2];
    }

    /** The service's launch command; SERVE_JAVA_OPTS adds JVM options (e.g. the README's) to the service only. */
    static List<String> launch(String jar) {
        List<String> cmd = new ArrayList<>(List.of("java"));
        String opts = System.getenv().getOrDefault("SERVE_JAVA_OPTS", "").strip();
        if (!opts.isEmpty()) {
            cmd.addAll(List.of(opts.split("\\s+")));
        }
        cmd.addAll(List.of("-jar", jar));
        return cmd;
    }
}
