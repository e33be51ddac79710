package io.parley.cli;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.ObjectWriter;
import io.parley.extraction.ExtractedPage;
import io.parley.extraction.PageExtractor;
import io.parley.extraction.PageExtractors;
import io.parley.extraction.PageFormat;
import io.parley.extraction.PageInput;
import io.parley.extraction.UnknownPageFormat;
import io.parley.extraction.PageNotExtractable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Callable;

@Command(name = "extract", mixinStandardHelpOptions = true,
        description = {"Split pages (HTML or plain-text dumps) into article, comment tree and boilerplate (JSON).",
                "One file or '-' (stdin) prints one JSON document; with --out DIR each input gets DIR/<name>.json.",
                "A page that cannot be extracted (empty, binary, too large, over the time limit) is reported on",
                "stderr and the run continues; the exit code is then 1."},
        footer = {"", "Examples:", "  parley extract page.html --pretty",
                "  cat dump.txt | parley extract - --format text",
                "  parley extract pages/*.html --out extracted/"})
final class ExtractCommand implements Callable<Integer> {

    @picocli.CommandLine.Spec
    picocli.CommandLine.Model.CommandSpec spec;

    @Parameters(arity = "1..*", paramLabel = "FILE", description = "Pages to read; '-' reads stdin.")
    List<String> files;

    @Option(names = "--format", paramLabel = "html|text", description = "Input format (default: detected per page).")
    String format;

    @Option(names = "--pretty", description = "Indent the JSON.")
    boolean pretty;

    @Option(names = "--out", paramLabel = "DIR", description = "Write one <input name>.json per page into DIR.")
    Path out;

    @Option(names = "--boilerplate", description = "Include the dropped blocks (for debugging).")
    boolean boilerplate;

    @Option(names = "--threads", paramLabel = "N",
            description = "Pages extracted at once with --out (default: the number of cores); the output is the same for any N.")
    Integer threads;

    @Option(names = "--fetched-at", paramLabel = "TIME",
            description = "When the pages were fetched (ISO-8601, e.g. 2026-11-21T17:40:00Z): relative comment times "
                    + "(\"5 hours ago\") count back from it; a page's own clock line wins.")
    String fetchedAt;

    @Option(names = "--model", paramLabel = "FILE", description = "Model file (default: the committed model).")
    Path model;

    @Override
    public Integer call() throws IOException {
        String pageFormat = format;
        parseFormat(format);
        for (String f : files) {
            if (!f.equals("-") && Files.isDirectory(Path.of(f))) {
                // "no such file" for a directory that plainly exists sends the user looking for a typo
                throw new UsageProblem(f + " is a directory; name the page files in it (e.g. " + f + "/*.html)");
            }
            // a pipe (parley extract <(curl …)) is read like a file; only what cannot be opened is refused
            String problem = f.equals("-") ? null : InputFiles.problem(Path.of(f));
            if (problem != null) {
                throw new UsageProblem(problem.equals("does not exist") ? "no such file: " + f : f + " " + problem);
            }
        }
        if (files.size() > 1 && out == null) {
            throw new UsageProblem("several inputs need --out DIR (one JSON file per input)");
        }
        if (fetchedAt != null && !PageExtractor.isFetchTime(fetchedAt)) {
            throw new UsageProblem("--fetched-at is not an ISO-8601 time (e.g. 2026-11-21T17:40:00Z): " + fetchedAt);
        }
        if (model != null && !Files.isRegularFile(model)) {
            throw new UsageProblem("no such model file: " + model);
        }
        int workers = threads == null ? Runtime.getRuntime().availableProcessors() : threads;
        if (workers < 1) {
            throw new UsageProblem("--threads must be at least 1, not " + workers);
        }
        if (out != null) {
            outDirectory(out);
        }
        PageExtractor extractor = model == null ? PageExtractors.standard() : PageExtractors.load(model);
        ObjectMapper json = new ObjectMapper();
        ObjectWriter writer = pretty ? json.writerWithDefaultPrettyPrinter() : json.writer();
        long start = System.nanoTime();
        long cpuStart = processCpuNanos();
        // Two inputs of one name write one file, the later input's: only pages taken in turn keep that so.
        int failed = out == null || files.size() == 1 || workers == 1 || !distinctNames()
                ? extractInTurn(extractor, writer, pageFormat)
                : extractAtOnce(extractor, writer, pageFormat, Math.min(workers, files.size()));
        if (files.size() > 1) {
            double s = (System.nanoTime() - start) / 1e9;
            // The process's CPU time beside the wall time: on a shared machine only the former compares across runs.
            long cpuEnd = processCpuNanos();
            String cpu = cpuStart < 0 || cpuEnd < 0 ? "" : String.format(Locale.ROOT, ", %.2f s CPU", (cpuEnd - cpuStart) / 1e9);
            spec.commandLine().getErr().printf(Locale.ROOT, "parley extract: %d pages in %.2f s (%.1f pages/s%s), %d failed%n",
                    files.size(), s, files.size() / s, cpu, failed);
        }
        return failed == 0 ? 0 : 1;
    }

    /** One page after the other on this thread: stdout, a single page, or --threads 1. Returns the pages that failed. */
    private int extractInTurn(PageExtractor extractor, ObjectWriter writer, String pageFormat) throws IOException {
        int failed = 0;
        for (String f : files) {
            String problem = extractOne(extractor, writer, pageFormat, f);
            if (problem != null) {
                spec.commandLine().getErr().println(problem);
                failed++;
            }
        }
        return failed;
    }

    /**
     * Pages on several threads at once (the extractor is thread-safe: the service shares it between requests), each
     * to its own file; what goes to stderr is reported in input order, so the run reads as it would one at a time.
     * Only a bounded window of pages is in flight, so a long list never holds every page in memory.
     */
    private int extractAtOnce(PageExtractor extractor, ObjectWriter writer, String pageFormat, int workers) throws IOException {
        java.util.concurrent.ExecutorService pool = java.util.concurrent.Executors.newFixedThreadPool(workers, r -> {
            Thread t = new Thread(r, "parley-extract");
            t.setDaemon(true); // a failed run exits without waiting for pages still in flight
            return t;
        });
        java.util.ArrayDeque<java.util.concurrent.Future<String>> inFlight = new java.util.ArrayDeque<>();
        int failed = 0;
        try {
            int next = 0;
            while (next < files.size() || !inFlight.isEmpty()) {
                while (next < files.size() && inFlight.size() < workers * 4) {
                    String f = files.get(next++);
                    inFlight.add(pool.submit(() -> extractOne(extractor, writer, pageFormat, f)));
                }
                String problem = result(inFlight.poll());
                if (problem != null) {
                    spec.commandLine().getErr().println(problem);
                    failed++;
                }
            }
        } finally {
            pool.shutdownNow();
        }
        return failed;
    }

    private boolean distinctNames() {
        return files.stream().map(ExtractCommand::outName).distinct().count() == files.size();
    }

    private static String outName(String f) {
        return f.equals("-") ? "stdin" : Path.of(f).getFileName().toString();
    }

    /** A page's outcome; what the page's task threw is thrown here as if the page had run on this thread. */
    private static String result(java.util.concurrent.Future<String> page) throws IOException {
        try {
            return page.get();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new java.io.InterruptedIOException("interrupted");
        } catch (java.util.concurrent.ExecutionException e) {
            if (e.getCause() instanceof IOException io) {
                throw io;
            }
            if (e.getCause() instanceof RuntimeException r) {
                throw r;
            }
            if (e.getCause() instanceof Error err) {
                throw err;
            }
            throw new IllegalStateException(e.getCause());
        }
    }

    /** Extracts and writes one page; returns the line for stderr when the page cannot be extracted, else null. */
    private String extractOne(PageExtractor extractor, ObjectWriter writer, String pageFormat, String f) throws IOException {
        byte[] bytes;
        try {
            bytes = f.equals("-") ? System.in.readAllBytes() : Files.readAllBytes(Path.of(f));
        } catch (IOException e) {
            // a file that opens but cannot be read (a disk or network error, /proc/self/mem) is one failed page like
            // an empty or binary one: it stopped the whole run (later pages unread) with "parley extract: Input/output
            // error", which named no file
            return "parley extract: " + f + ": cannot be read: " + ParleyCli.reason(e);
        }
        ExtractedPage page;
        try {
            // decoded by the same rule as the API's /extract and /pages (no content type on a file)
            PageInput input = PageInput.of(bytes, null, pageFormat);
            page = extractor.extract(input.content(), input.format(), fetchedAt);
        } catch (PageNotExtractable e) {
            return "parley extract: " + f + ": " + e.getMessage();
        }
        if (!boilerplate) {
            page = page.withoutBoilerplate();
        }
        if (out == null) {
            java.io.PrintWriter stdout = spec.commandLine().getOut();
            stdout.println(writer.writeValueAsString(page));
            stdout.flush();
        } else {
            Files.writeString(out.resolve(outName(f) + ".json"), writer.writeValueAsString(page) + "\n", StandardCharsets.UTF_8);
        }
        return null;
    }

    /** CPU time of the whole process (every thread, the JIT's and the collector's too), or -1 where unknown. */
    private static long processCpuNanos() {
        return java.lang.management.ManagementFactory.getOperatingSystemMXBean()
                instanceof com.sun.management.OperatingSystemMXBean os ? os.getProcessCpuTime() : -1;
    }

    /** Creates --out if needed; a path that cannot hold the JSON files is a usage error, with the reason. */
    static void outDirectory(Path dir) {
        if (Files.exists(dir) && !Files.isDirectory(dir)) {
            throw new UsageProblem("--out names a directory for the JSON files, but " + dir + " is a file");
        }
        try {
            Files.createDirectories(dir);
        } catch (IOException e) {
            throw new UsageProblem("cannot create the --out directory " + dir + ": " + ParleyCli.reason(e));
        }
        if (!Files.isWritable(dir)) {
            throw new UsageProblem("cannot write to the --out directory " + dir + ": permission denied");
        }
    }

    static PageFormat parseFormat(String format) {
        try {
            PageFormat f = PageInput.format(format);
            return f == null ? PageFormat.AUTO : f;
        } catch (UnknownPageFormat e) {
            throw new UsageProblem("--" + e.getMessage());
        }
    }
}
