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

    @Option(names = "--model", paramLabel = "FILE", description = "Model file (default: the committed model).")
    Path model;

    @Override
    public Integer call() throws IOException {
        String pageFormat = format;
        parseFormat(format);
        for (String f : files) {
            if (!f.equals("-") && !Files.isRegularFile(Path.of(f))) {
                throw new UsageProblem("no such file: " + f);
            }
        }
        if (files.size() > 1 && out == null) {
            throw new UsageProblem("several inputs need --out DIR (one JSON file per input)");
        }
        if (model != null && !Files.isRegularFile(model)) {
            throw new UsageProblem("no such model file: " + model);
        }
        if (out != null) {
            outDirectory(out);
        }
        PageExtractor extractor = model == null ? PageExtractors.standard() : PageExtractors.load(model);
        ObjectMapper json = new ObjectMapper();
        ObjectWriter writer = pretty ? json.writerWithDefaultPrettyPrinter() : json.writer();
        java.io.PrintWriter stdout = spec.commandLine().getOut();
        int failed = 0;
        long start = System.nanoTime();
        java.lang.management.ThreadMXBean threads = java.lang.management.ManagementFactory.getThreadMXBean();
        long cpuStart = threads.isCurrentThreadCpuTimeSupported() ? threads.getCurrentThreadCpuTime() : -1;
        for (String f : files) {
            byte[] bytes = f.equals("-") ? System.in.readAllBytes() : Files.readAllBytes(Path.of(f));
            ExtractedPage page;
            try {
                // decoded by the same rule as the API's /extract and /pages (no content type on a file)
                page = extractor.extract(PageInput.of(bytes, null, pageFormat));
            } catch (PageNotExtractable e) {
                spec.commandLine().getErr().println("parley extract: " + f + ": " + e.getMessage());
                failed++;
                continue;
            }
            if (!boilerplate) {
                page = page.withoutBoilerplate();
            }
            if (out == null) {
                stdout.println(writer.writeValueAsString(page));
                stdout.flush();
            } else {
                String name = f.equals("-") ? "stdin" : Path.of(f).getFileName().toString();
                Files.writeString(out.resolve(name + ".json"), writer.writeValueAsString(page) + "\n", StandardCharsets.UTF_8);
            }
        }
        if (files.size() > 1) {
            double s = (System.nanoTime() - start) / 1e9;
            // The thread's CPU time beside the wall time: on a shared machine only the former compares across runs.
            String cpu = cpuStart < 0 ? "" : String.format(Locale.ROOT, ", %.2f s CPU", (threads.getCurrentThreadCpuTime() - cpuStart) / 1e9);
            spec.commandLine().getErr().printf(Locale.ROOT, "parley extract: %d pages in %.2f s (%.1f pages/s%s), %d failed%n",
                    files.size(), s, files.size() / s, cpu, failed);
        }
        return failed == 0 ? 0 : 1;
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
