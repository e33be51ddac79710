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
    void pagesExtractedAtOnceComeOutByteForByteAsPagesTakenInTurn(@TempDir Path dir) throws Exception {
        Path empty = Files.writeString(dir.resolve("empty.html"), "");
        java.util.List<String> inputs = new java.util.ArrayList<>(java.util.List.of("extract"));
        try (var pages = Files.list(Path.of("training-data/extraction/threads/pages"))) {
            pages.filter(p -> p.toString().endsWith(".html")).sorted().limit(16).forEach(p -> inputs.add(p.toString()));
        }
        try (var seeds = Files.list(Path.of("training-data/seeds"))) {
            seeds.sorted().forEach(p -> inputs.add(p.toString()));
        }
        inputs.add(4, empty.toString()); // a failing page among the others: reported in its place, the rest still written
        assertThat(inputs).hasSizeGreaterThan(16);

        java.util.List<String> inTurn = new java.util.ArrayList<>(inputs);
        inTurn.addAll(java.util.List.of("--out", dir.resolve("one").toString(), "--threads", "1"));
        assertThat(run(inTurn.toArray(String[]::new))).as(err::toString).isEqualTo(1);
        String inTurnErr = err.toString();
        err.getBuffer().setLength(0);
        java.util.List<String> atOnce = new java.util.ArrayList<>(inputs);
        atOnce.addAll(java.util.List.of("--out", dir.resolve("four").toString(), "--threads", "4"));
        assertThat(run(atOnce.toArray(String[]::new))).isEqualTo(1);

        java.util.List<String> problems = inTurnErr.lines().filter(l -> !l.contains(" pages in ")).toList();
        assertThat(problems).singleElement().asString().contains("empty.html");
        assertThat(err.toString().lines().filter(l -> !l.contains(" pages in "))).containsExactlyElementsOf(problems);
        try (var written = Files.list(dir.resolve("one"))) {
            java.util.List<Path> files = written.sorted().toList();
            assertThat(files).hasSize(inputs.size() - 2);
            for (Path one : files) {
                assertThat(Files.readAllBytes(dir.resolve("four").resolve(one.getFileName()))).as(one.getFileName().toString())
                        .isEqualTo(Files.readAllBytes(one));
            }
        }
        assertThat(dir.resolve("four").toFile().list()).hasSize(inputs.size() - 2);
    }

    @Test
    void extractRunsWithoutTheCommandTreeAndReportsBadArgumentsAsTheTreeDoes(@TempDir Path dir) throws Exception {
        assertThat(ParleyCli.plainExtract(new String[]{"extract", "page.html", "--out", "o"})).isTrue();
        assertThat(ParleyCli.plainExtract(new String[]{"extract", "--help"})).isFalse();
        assertThat(ParleyCli.plainExtract(new String[]{"classify", "page.html"})).isFalse();

        java.io.PrintStream realErr = System.err;
        java.io.ByteArrayOutputStream fastErr = new java.io.ByteArrayOutputStream();
        int code;
        int wrong;
        try {
            System.setErr(new java.io.PrintStream(fastErr, true, StandardCharsets.UTF_8));
            code = ParleyCli.run("extract", "training-data/seeds/000_edc440e1ab4e7119.txt", "training-data/seeds/001_aa533c3f44658142.txt",
                    "--out", dir.toString());
            fastErr.reset();
            wrong = ParleyCli.run("extract", "--threads", "many", "training-data/seeds/000_edc440e1ab4e7119.txt");
        } finally {
            System.setErr(realErr);
        }
        assertThat(code).isZero();
        assertThat(dir.resolve("001_aa533c3f44658142.txt.json")).exists();
        assertThat(wrong).isEqualTo(2);
        assertThat(run("extract", "--threads", "many", "training-data/seeds/000_edc440e1ab4e7119.txt")).isEqualTo(2);
        assertThat(fastErr.toString(StandardCharsets.UTF_8)).contains("parley extract: Invalid value for option '--threads'").contains("'many'")
                .isEqualToNormalizingNewlines(err.toString());
    }

    @Test
    void aThreadCountBelowOneIsAUsageError(@TempDir Path dir) {
        assertThat(run("extract", "training-data/seeds/000_edc440e1ab4e7119.txt", "--out", dir.toString(), "--threads", "0"))
                .isEqualTo(2);
        assertThat(err.toString()).contains("--threads must be at least 1");
    }

    @Test
    void aMissingFileIsAUsageError() {
        assertThat(run("extract", "no/such/page.html")).isEqualTo(2);
        assertThat(err.toString()).contains("no such file");
    }

    /** Was "no such file: DIR" (sweep: `parley extract /tmp`), which reads as a typo in a path that exists. */
    @Test
    void aDirectoryIsAUsageErrorSayingSo(@TempDir Path dir) {
        assertThat(run("extract", dir.toString())).isEqualTo(2);
        assertThat(err.toString()).contains(dir + " is a directory").doesNotContain("no such file");
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

    /**
     * A file that opens but fails to read (here /proc/self/mem, whose first page is unmapped: EIO) is one failed page
     * named with its reason, and the pages after it are still extracted (trial11: the run stopped there, saying only
     * "parley extract: Input/output error").
     */
    @Test
    void aFileThatCannotBeReadIsOneFailedPageNamedAndTheRunGoesOn(@TempDir Path dir) throws Exception {
        Path unreadable = Path.of("/proc/self/mem");
        org.junit.jupiter.api.Assumptions.assumeTrue(Files.isReadable(unreadable), "Linux /proc");
        Path outDir = dir.resolve("out");
        int code = run("extract", "--threads", "1", "--out", outDir.toString(), "training-data/seeds/000_edc440e1ab4e7119.txt",
                unreadable.toString(), "training-data/seeds/001_aa533c3f44658142.txt");
        assertThat(code).isEqualTo(1);
        assertThat(err.toString()).contains("parley extract: /proc/self/mem: cannot be read: ")
                .contains("3 pages in").contains("1 failed").doesNotContain("Exception");
        assertThat(outDir.resolve("000_edc440e1ab4e7119.txt.json")).exists();
        assertThat(outDir.resolve("001_aa533c3f44658142.txt.json")).exists();
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

    @Test
    void fetchedAtDatesRelativeCommentTimesAndAnUnreadableOneIsAUsageError() throws Exception {
        String page = "training-data/extraction/heldout/pages/news-relative.html";
        assertThat(run("extract", page, "--fetched-at", "2026-11-21T17:40:00Z")).isZero();
        JsonNode fetched = new ObjectMapper().readTree(out.toString());
        assertThat(fetched.get("comments")).isNotEmpty();
        fetched.get("comments").forEach(c -> assertThat(c.path("postedAt").asText()).startsWith("2026-11-2"));
        assertThat(run("extract", page, "--fetched-at", "last tuesday")).isEqualTo(2);
        assertThat(err.toString()).contains("--fetched-at is not an ISO-8601 time");
        // was exit 1 with "Text '+999999999-12-31' could not be parsed at index 16"
        assertThat(run("extract", page, "--fetched-at", "+999999999-12-31T00:00:00Z")).isEqualTo(2);
        assertThat(err.toString()).contains("--fetched-at is not an ISO-8601 time").contains("): +999999999-12-31T00:00:00Z");
    }
}
