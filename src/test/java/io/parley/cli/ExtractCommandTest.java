package io.parley.cli;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import picocli.CommandLine;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

import static org.assertj.core.api.Assertions.assertThat;

class ExtractCommandTest {

    private final StringWriter out = new StringWriter();
    private final StringWriter err = new StringWriter();

    private int run(String... args) {
        CommandLine cli = ParleyCli.commandLine();
        cli.setOut(new PrintWriter(out));
        cli.setErr(new PrintWriter(err));
        return cli.execute(args);
    }

    @Test
    void extractsASeedDumpToJsonOnStdout() throws Exception {
        int code = run("extract", "training-data/seeds/004_72e78a6f65c98bb3.txt");
        assertThat(code).isZero();
        JsonNode page = new ObjectMapper().readTree(out.toString());
        assertThat(page.at("/article/title").asText()).isEqualTo("U.S.-Russian Security Talks: What We Know");
        assertThat(page.get("comments")).hasSize(2);
        assertThat(page.at("/comments/1/parentId").asText()).isEqualTo("c1");
    }

    @Test
    void manyFilesWriteOneJsonEachIntoTheOutDirectory(@TempDir Path dir) throws Exception {
        Path html = dir.resolve("103.html");
        Files.writeString(html, "<html><body><h1>Parking fees rise</h1><p>The council raised parking fees in the centre "
                + "by ten percent on Monday, citing the cost of road repairs after the winter.</p></body></html>");
        Path outDir = dir.resolve("out");
        int code = run("extract", html.toString(), "training-data/seeds/000_edc440e1ab4e7119.txt", "--out", outDir.toString());
        assertThat(code).isZero();
        assertThat(outDir.resolve("103.html.json")).exists();
        JsonNode seed = new ObjectMapper().readTree(Files.readString(outDir.resolve("000_edc440e1ab4e7119.txt.json"), StandardCharsets.UTF_8));
        assertThat(seed.at("/article/paragraphs")).hasSize(6);
    }

    @Test
    void aMissingFileIsAUsageError() {
        assertThat(run("extract", "no/such/page.html")).isEqualTo(2);
        assertThat(err.toString()).contains("no such file");
    }

    @Test
    void anUnknownFormatIsAUsageError() {
        assertThat(run("extract", "training-data/seeds/000_edc440e1ab4e7119.txt", "--format", "pdf")).isEqualTo(2);
    }

    @Test
    void anEmptyPageFailsWithAClearMessageAndExitOne(@TempDir Path dir) throws Exception {
        Path empty = Files.writeString(dir.resolve("empty.html"), "");
        assertThat(run("extract", empty.toString())).isEqualTo(1);
        assertThat(err.toString()).contains("empty").doesNotContain("Exception");
    }

    @Test
    void anOutPathThatIsAFileIsAUsageErrorSayingSo(@TempDir Path dir) throws Exception {
        Path file = Files.writeString(dir.resolve("empty.txt"), "");
        assertThat(run("extract", "--out", file.toString(), "training-data/seeds/000_edc440e1ab4e7119.txt")).isEqualTo(2);
        assertThat(err.toString()).contains("--out names a directory for the JSON files, but " + file + " is a file");
        assertThat(Files.readString(file)).isEmpty();
    }

    @Test
    void anOutDirectoryThatCannotBeCreatedIsAUsageErrorWithTheReason(@TempDir Path dir) throws Exception {
        Path under = Files.writeString(dir.resolve("plain.txt"), "").resolve("out");
        assertThat(run("extract", "--out", under.toString(), "training-data/seeds/000_edc440e1ab4e7119.txt")).isEqualTo(2);
        assertThat(err.toString()).contains("cannot create the --out directory " + under + ": Not a directory");
    }
}
