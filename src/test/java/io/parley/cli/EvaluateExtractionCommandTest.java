package io.parley.cli;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import picocli.CommandLine;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;

import static org.assertj.core.api.Assertions.assertThat;

class EvaluateExtractionCommandTest {

    @Test
    void scoresADirectoryInTheDragnetLayoutAndEndsWithOneJsonLine(@TempDir Path dir) throws Exception {
        Files.createDirectories(dir.resolve("HTML"));
        Files.createDirectories(dir.resolve("Corrected"));
        Files.writeString(dir.resolve("HTML/p1.html"), "<html><body><div class=menu><a href=/>Home</a></div>"
                + "<h1>Parking fees rise</h1><p>The council raised parking fees in the centre by ten percent on Monday,"
                + " citing the cost of road repairs after the winter.</p></body></html>");
        Files.writeString(dir.resolve("Corrected/p1.html.corrected.txt"), "Parking fees rise\n\nThe council raised parking"
                + " fees in the centre by ten percent on Monday, citing the cost of road repairs after the winter.\n");
        StringWriter out = new StringWriter();
        CommandLine cli = ParleyCli.commandLine();
        cli.setOut(new PrintWriter(out));
        int code = cli.execute("evaluate", "extraction", "--dragnet", dir.toString());
        assertThat(code).isZero();
        String[] lines = out.toString().strip().split("\n");
        assertThat(lines[0]).startsWith("p1");
        JsonNode last = new ObjectMapper().readTree(lines[lines.length - 1]);
        assertThat(last.get("pages").asInt()).isEqualTo(1);
        assertThat(last.get("article_f1").asDouble()).isBetween(0.0, 1.0);
        assertThat(last.has("comment_f1")).isTrue();
    }

    /**
     * Was exit 1 with a NullPointerException's message ("Cannot invoke \"...JsonNode.asText()\" because ... is null") for
     * any JSON file in the folder that is no thread gold, and a Jackson exception with its source line for one that is no
     * JSON: now a usage error naming the file and what a gold file holds.
     */
    @Test
    void aGoldFolderWithFilesThatAreNoThreadGoldIsAUsageErrorNamingTheFile(@TempDir Path dir) throws Exception {
        Files.writeString(dir.resolve("metrics.json"), "{\"comment_f1\": 0.9}");
        StringWriter err = new StringWriter();
        assertThat(run(err, "evaluate", "extraction", "--gold", dir.toString())).isEqualTo(2);
        assertThat(err.toString().lines().findFirst().orElseThrow())
                .isEqualTo("parley evaluate extraction: metrics.json names no page (page.file, or page.archive and page.member):"
                        + " a thread gold file is one JSON object per page with 'page' and 'comments'"
                        + " (training-data/extraction/threads/README.md)");

        Files.writeString(dir.resolve("metrics.json"), "garbage");
        err = new StringWriter();
        assertThat(run(err, "evaluate", "extraction", "--gold", dir.toString())).isEqualTo(2);
        assertThat(err.toString()).startsWith("parley evaluate extraction: metrics.json is not JSON (Unrecognized token 'garbage'")
                .doesNotContain("Source").doesNotContain("Exception");

        Files.writeString(dir.resolve("metrics.json"), "{\"page\": {\"file\": \"pages/gone.html\"}, \"comments\": []}");
        err = new StringWriter();
        assertThat(run(err, "evaluate", "extraction", "--gold", dir.toString())).isEqualTo(2);
        assertThat(err.toString()).startsWith("parley evaluate extraction: metrics.json: its page file ")
                .contains("gone.html does not exist");

        Files.createDirectories(dir.resolve("pages"));
        Files.writeString(dir.resolve("pages/gone.html"), "<html><body><p>Hi</p></body></html>");
        Files.writeString(dir.resolve("metrics.json"), "{\"page\": {\"file\": \"pages/gone.html\"}, \"comments\": [{\"id\": \"c1\"}]}");
        err = new StringWriter();
        assertThat(run(err, "evaluate", "extraction", "--gold", dir.toString())).isEqualTo(2);
        assertThat(err.toString()).startsWith("parley evaluate extraction: metrics.json: comment 1 has no 'id' or no 'text'");
    }

    @Test
    void aDirectoryWithoutTheLayoutIsAUsageError(@TempDir Path dir) {
        StringWriter err = new StringWriter();
        assertThat(run(err, "evaluate", "extraction", "--dragnet", dir.toString())).isEqualTo(2);
        assertThat(err.toString()).contains("HTML/");
    }

    @Test
    void aMalformedSplitFileIsAUsageErrorNamingTheFileAndThePlace(@TempDir Path dir) throws Exception {
        Path split = Files.writeString(dir.resolve("split.json"), "{\"seed\": 1,\n \"test\": [\"a\", oops]}\n");
        StringWriter err = new StringWriter();
        assertThat(run(err, "evaluate", "extraction", "--dragnet", dir.toString(), "--split", split.toString())).isEqualTo(2);
        String first = err.toString().lines().findFirst().orElseThrow();
        assertThat(first).startsWith("parley evaluate extraction: split file " + split + " is not a valid split (line 2, column ")
                .contains("Unrecognized token 'oops'");
        assertThat(err.toString()).doesNotContain("Source").hasLineCount(2);
    }

    @Test
    void aSplitFileWithoutATestListIsAUsageError(@TempDir Path dir) throws Exception {
        Path split = Files.writeString(dir.resolve("split.json"), "{\"seed\": 1, \"train\": [\"a\"]}\n");
        StringWriter err = new StringWriter();
        assertThat(run(err, "evaluate", "extraction", "--dragnet", dir.toString(), "--split", split.toString())).isEqualTo(2);
        assertThat(err.toString()).contains("has no \"test\" list");
    }

    /** Runs the real command line with its error stream captured in {@code err}; returns the exit code. */
    private static int run(StringWriter err, String... args) {
        CommandLine cli = ParleyCli.commandLine();
        cli.setErr(new PrintWriter(err));
        return cli.execute(args);
    }
}
