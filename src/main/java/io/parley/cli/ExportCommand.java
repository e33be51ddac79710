package io.parley.cli;

import io.parley.moderation.DecisionExport;
import io.parley.site.SiteDirectory;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

import java.io.BufferedWriter;
import java.io.OutputStreamWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.Callable;

@Command(name = "export", mixinStandardHelpOptions = true,
        description = "Export moderator decisions as JSONL training data (accepted by 'train abuse --extra').",
        footer = {"", "Example:", "  parley export decisions --site daily-news > decisions.jsonl",
                "  parley train abuse --extra decisions.jsonl --output $PARLEY_MODELS_DIR/abuse/abuse.zip"})
final class ExportCommand implements Callable<Integer> {

    @Parameters(index = "0", paramLabel = "WHAT", description = "decisions")
    String what;
    @Option(names = "--site", required = true)
    String site;
    @Option(names = "--out", description = "file to write (default: stdout)")
    Path out;

    @Override
    public Integer call() throws Exception {
        if (!"decisions".equals(what)) {
            throw new UsageProblem("only 'decisions' can be exported");
        }
        // before the database opens (a minute with the embedded one): a directory or a missing folder was found only
        // after it, as "d: Is a directory" with exit 1
        if (out != null) {
            if (Files.isDirectory(out)) {
                throw new UsageProblem("--out names the file to write, but " + out + " is a directory");
            }
            Path parent = out.toAbsolutePath().getParent();
            if (parent != null && !Files.isDirectory(parent)) {
                throw new UsageProblem("--out " + out + ": no such directory " + parent);
            }
        }
        try (var ctx = SpringContext.open()) {
            var s = ctx.getBean(SiteDirectory.class).require(site);
            Writer w = out == null ? new BufferedWriter(new OutputStreamWriter(System.out, StandardCharsets.UTF_8))
                    : Files.newBufferedWriter(out, StandardCharsets.UTF_8);
            int n = ctx.getBean(DecisionExport.class).write(s, w);
            w.flush();
            if (out != null) {
                w.close();
            }
            System.err.println("exported " + n + " decisions");
        }
        return 0;
    }
}
