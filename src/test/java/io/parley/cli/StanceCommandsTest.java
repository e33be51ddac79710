package io.parley.cli;

import com.fasterxml.jackson.databind.JsonNode;
import io.parley.model.ModelArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import picocli.CommandLine;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;

import static org.assertj.core.api.Assertions.assertThat;

class StanceCommandsTest {

    @TempDir
    Path dir;

    private final StringWriter out = new StringWriter();
    private final StringWriter err = new StringWriter();

    private int run(String... args) {
        CommandLine cli = ParleyCli.commandLine();
        cli.setOut(new PrintWriter(out, true));
        cli.setErr(new PrintWriter(err, true));
        return cli.execute(args);
    }

    private JsonNode lastJsonLine() throws Exception {
        String[] lines = out.toString().strip().split("\n");
        return ModelArchive.json().readTree(lines[lines.length - 1]);
    }

    @Test
    void evaluateWithoutFormatIsAUsageError() {
        assertThat(run("evaluate", "stance")).isEqualTo(2);
        assertThat(err.toString()).contains("--format");
    }

    @Test
    void evaluateFnc1NeedsBodies() {
        assertThat(run("evaluate", "stance", "--format", "fnc1", "--stances", "x.csv")).isEqualTo(2);
        assertThat(err.toString()).contains("--bodies is required");
    }

    @Test
    void missingInputFileIsAUsageErrorNamingTheFile() {
        assertThat(run("evaluate", "stance", "--format", "replies", "--input", dir.resolve("nope.csv").toString())).isEqualTo(2);
        assertThat(err.toString()).contains("nope.csv").doesNotContain("Exception");
    }

    @Test
    void unknownFormatIsAUsageError() {
        assertThat(run("evaluate", "stance", "--format", "csv", "--input", "x")).isEqualTo(2);
        assertThat(err.toString()).contains("unknown --format");
    }

    @Test
    void malformedFileIsAUsageErrorNotAStackTrace() throws Exception {
        Path f = Files.writeString(dir.resolve("bad.csv"), "just,some\ncolumns,here\n");
        assertThat(run("evaluate", "stance", "--format", "replies", "--input", f.toString())).isEqualTo(2);
        assertThat(err.toString()).contains("no column 'reply_text'").doesNotContain("\tat ");
    }

    @Test
    void evaluateSemevalEndsWithTheFiguresLine() throws Exception {
        Path f = Files.writeString(dir.resolve("t.txt"), "ID\tTarget\tTweet\tStance\n"
                + "1\tNATO expansion\tNATO expansion protects free democracies, let them join!\tFAVOR\n"
                + "2\tNATO expansion\tNATO expansion is reckless aggression and must stop.\tAGAINST\n"
                + "3\tNATO expansion\tLovely sunset at the beach tonight.\tNONE\n");
        assertThat(run("evaluate", "stance", "--format", "semeval2016", "--input", f.toString())).isEqualTo(0);
        JsonNode figures = lastJsonLine();
        assertThat(figures.get("rows").asInt()).isEqualTo(3);
        assertThat(figures.get("f_avg").asDouble()).isBetween(0.0, 1.0);
        assertThat(figures.get("per_target").has("NATO expansion")).isTrue();
        assertThat(out.toString()).contains("F_avg");
    }

    @Test
    void evaluateFnc1ReportsScoreAndConfusion() throws Exception {
        Path bodies = Files.writeString(dir.resolve("b.csv"), "Body ID,articleBody\n"
                + "1,\"Russia and the United States held seven hours of tense talks in Geneva on NATO expansion. "
                + "Russia demanded guarantees that Ukraine will never join NATO.\"\n");
        Path stances = Files.writeString(dir.resolve("s.csv"), "Headline,Body ID,Stance\n"
                + "US and Russia hold tense talks in Geneva over NATO,1,discuss\n"
                + "Chocolate cake recipe wins baking contest,1,unrelated\n");
        assertThat(run("evaluate", "stance", "--format", "fnc1", "--bodies", bodies.toString(),
                "--stances", stances.toString())).isEqualTo(0);
        JsonNode figures = lastJsonLine();
        assertThat(figures.get("rows").asInt()).isEqualTo(2);
        assertThat(figures.has("fnc_score")).isTrue();
        assertThat(figures.has("unrelated_f1")).isTrue();
        assertThat(figures.has("macro_f1")).isTrue();
        assertThat(out.toString()).contains("gold\\pred");
    }

    @Test
    void trainWithoutDataIsAUsageError() {
        assertThat(run("train", "stance", "--data", dir.resolve("none").toString())).isEqualTo(2);
        assertThat(err.toString()).contains("data directory not found");
    }

    @Test
    void quickTrainWritesModelProvenanceAndMetrics() throws Exception {
        Path models = dir.resolve("stance");
        assertThat(run("train", "stance", "--quick", "--out", models.toString())).isEqualTo(0);
        assertThat(models.resolve("stance.zip")).exists();
        assertThat(models.resolve("provenance.json")).exists();
        JsonNode metrics = ModelArchive.json().readTree(Files.readAllBytes(models.resolve("metrics.json")));
        assertThat(metrics.get("article").get("test").has("fnc_score")).isTrue();
        assertThat(lastJsonLine().has("parent")).isTrue();
    }

    @Test
    void aBinaryFileIsNamedAsSuchAndItsBytesAreNotPrinted() throws Exception {
        byte[] png = new byte[600];
        new java.util.Random(3).nextBytes(png);
        byte[] head = {(byte) 0x89, 'P', 'N', 'G', '\r', '\n', 0x1a, '\n', 0, 0, 0, 0x0d, 'I', 'H', 'D', 'R', 0x1b, '['};
        System.arraycopy(head, 0, png, 0, head.length);
        Path f = Files.write(dir.resolve("image.csv"), png);
        assertThat(run("evaluate", "stance", "--format", "replies", "--input", f.toString())).isEqualTo(2);
        assertThat(run("evaluate", "stance", "--format", "fnc1", "--bodies", f.toString(), "--stances", f.toString()))
                .isEqualTo(2);
        assertThat(err.toString()).contains(f + " is not a text CSV file").doesNotContain("IHDR").doesNotContain("\u001b");
    }

    @Test
    void aHeaderWithControlCharactersIsShownEscaped() throws Exception {
        Path f = Files.writeString(dir.resolve("odd.csv"), "reply\u001b[2Jtext,label\nhi,support\n");
        assertThat(run("evaluate", "stance", "--format", "replies", "--input", f.toString())).isEqualTo(2);
        assertThat(err.toString()).contains("header: reply\\u001b[2Jtext,label").doesNotContain("\u001b");
    }
}
