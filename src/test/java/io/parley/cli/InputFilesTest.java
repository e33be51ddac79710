package io.parley.cli;

import com.fasterxml.jackson.databind.ObjectMapper;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import picocli.CommandLine;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.CompletableFuture;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Input files that are not regular files: a named pipe is what {@code parley extract <(curl -s URL)} hands the
 * command, and it was refused as "no such file"; a symbolic link loop was "no such file" too, sending the user
 * looking for a typo.
 */
class InputFilesTest {

    @TempDir
    Path dir;

    private final StringWriter out = new StringWriter();
    private final StringWriter err = new StringWriter();
    private final ByteArrayOutputStream stdout = new ByteArrayOutputStream();
    private PrintStream oldOut;

    @BeforeEach
    void capture() {
        oldOut = System.out;
        System.setOut(new PrintStream(stdout, true, StandardCharsets.UTF_8));
    }

    @AfterEach
    void restore() {
        System.setOut(oldOut);
    }

    private int run(String... args) {
        CommandLine cli = ParleyCli.commandLine();
        cli.setOut(new PrintWriter(out));
        cli.setErr(new PrintWriter(err));
        return cli.execute(args);
    }

    /** A named pipe with a writer on the other end, as a shell's process substitution makes one. */
    private Path pipeWith(String content) throws Exception {
        Path fifo = dir.resolve("pipe-" + System.nanoTime());
        Process mkfifo = new ProcessBuilder("mkfifo", fifo.toString()).start();
        assertThat(mkfifo.waitFor()).isZero();
        // opening a pipe for writing blocks until the command opens it for reading
        CompletableFuture.runAsync(() -> {
            try {
                Files.writeString(fifo, content, StandardCharsets.UTF_8);
            } catch (java.io.IOException e) {
                throw new java.io.UncheckedIOException(e);
            }
        });
        return fifo;
    }

    @Test
    void extractReadsANamedPipe() throws Exception {
        String page = Files.readString(Path.of("training-data/seeds/004_72e78a6f65c98bb3.txt"));
        assertThat(run("extract", pipeWith(page).toString())).as(err::toString).isZero();
        assertThat(new ObjectMapper().readTree(out.toString()).get("comments")).isNotEmpty();
    }

    @Test
    void classifyReadsANamedPipe() throws Exception {
        assertThat(run("classify", pipeWith("{\"id\":\"a\",\"text\":\"You are a clueless idiot.\"}\n").toString()))
                .as(err::toString).isZero();
        assertThat(new ObjectMapper().readTree(stdout.toString(StandardCharsets.UTF_8)).get("id").asText()).isEqualTo("a");
    }

    @Test
    void aSymbolicLinkLoopIsNamedAsOne() throws Exception {
        Path a = dir.resolve("a.html");
        Path b = dir.resolve("b.html");
        Files.createSymbolicLink(a, b);
        Files.createSymbolicLink(b, a);
        assertThat(run("extract", a.toString())).isEqualTo(2);
        assertThat(err.toString()).contains(a + " is a symbolic link that leads to no file").doesNotContain("no such file");
        assertThat(run("classify", a.toString())).isEqualTo(2);
        assertThat(err.toString()).contains(a + " is a symbolic link that leads to no file");
        assertThat(run("extract", dir.resolve("missing.html").toString())).isEqualTo(2);
        assertThat(err.toString()).contains("no such file: " + dir.resolve("missing.html"));
    }

    /** A directory given to evaluate's file options was "no such input file: DIR", a name that plainly exists (trial11). */
    @Test
    void evaluateNamesADirectoryAsOneBeforeAnyModelLoads() throws Exception {
        assertThat(run("evaluate", "abuse", "--format", "jigsaw", "--input", dir.toString())).isEqualTo(2);
        assertThat(err.toString()).contains("parley evaluate abuse: " + dir + " is a directory; name a file")
                .doesNotContain("no such");
        Path csv = Files.writeString(dir.resolve("olid.tsv"), "id\ttweet\n");
        assertThat(run("evaluate", "abuse", "--format", "olid", "--input", csv.toString(), "--labels", dir.toString()))
                .isEqualTo(2);
        assertThat(err.toString()).contains(dir + " is a directory; name a file");
        assertThat(run("evaluate", "stance", "--format", "semeval2016", "--input", dir.toString())).isEqualTo(2);
        assertThat(err.toString()).contains("parley evaluate stance: " + dir + " is a directory; name a file (--input)");
        assertThat(run("evaluate", "abuse", "--format", "jigsaw", "--input", dir.resolve("none.csv").toString()))
                .isEqualTo(2);
        assertThat(err.toString()).contains("no such input file: " + dir.resolve("none.csv"));
    }

    /**
     * A file that opens but fails to read (/proc/self/mem: EIO on its first page) said only "parley classify:
     * Input/output error", naming no file (trial11).
     */
    @Test
    void classifyNamesAFileThatCannotBeRead() {
        Path unreadable = Path.of("/proc/self/mem");
        org.junit.jupiter.api.Assumptions.assumeTrue(Files.isReadable(unreadable), "Linux /proc");
        assertThat(run("classify", unreadable.toString())).isEqualTo(1);
        assertThat(err.toString()).contains("parley classify: cannot read /proc/self/mem: ").doesNotContain("Exception");
        assertThat(stdout.toString(StandardCharsets.UTF_8)).isEmpty();
    }
}
