package io.parley.cli;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.parley.classification.abuse.AbuseClassifier;
import io.parley.model.ModelArchive;
import io.parley.model.ModelRegistry;
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
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * classify / evaluate abuse / train abuse through the real command line, on the committed model; and the feedback
 * loop on quick data: moderators' decisions (in the shape {@code parley export decisions} writes) retrain the model
 * ({@code train abuse --extra}), the retrained model is gated against the served one and promoted, the replaced one
 * is kept, and {@code --rollback} puts it back.
 */
class AbuseCommandsTest {

    private static final ObjectMapper JSON = new ObjectMapper();

    @TempDir
    Path dir;

    private final ByteArrayOutputStream out = new ByteArrayOutputStream();
    private final ByteArrayOutputStream err = new ByteArrayOutputStream();
    private PrintStream oldOut;
    private PrintStream oldErr;
    private final StringWriter cliErr = new StringWriter();

    @BeforeEach
    void capture() {
        oldOut = System.out;
        oldErr = System.err;
        System.setOut(new PrintStream(out, true, StandardCharsets.UTF_8));
        System.setErr(new PrintStream(err, true, StandardCharsets.UTF_8));
    }

    @AfterEach
    void restore() {
        System.setOut(oldOut);
        System.setErr(oldErr);
    }

    private int run(String... args) {
        CommandLine cli = ParleyCli.commandLine();
        cli.setErr(new PrintWriter(cliErr, true));
        return cli.execute(args);
    }

    private List<JsonNode> outputLines() throws Exception {
        List<JsonNode> nodes = new java.util.ArrayList<>();
        for (String l : out.toString(StandardCharsets.UTF_8).split("\n")) {
            if (!l.isBlank()) {
                nodes.add(JSON.readTree(l));
            }
        }
        return nodes;
    }

    @Test
    void classifyWritesOneResultPerLineInOrderWithSixScoresAndSpans() throws Exception {
        Path in = Files.writeString(dir.resolve("in.jsonl"), String.join("\n",
                "{\"id\":\"a\",\"text\":\"Thanks for the careful reporting on the talks in Geneva.\"}",
                "{\"id\":7,\"text\":\"David Jackson, you are just another wormy little troll.\"}", ""));
        assertThat(run("classify", in.toString())).isZero();
        List<JsonNode> lines = outputLines();
        assertThat(lines).extracting(n -> n.get("id").asText()).containsExactly("a", "7");
        for (JsonNode n : lines) {
            assertThat(n.get("scores").size()).isEqualTo(6);
            n.get("scores").forEach(v -> assertThat(v.asDouble()).isBetween(0.0, 1.0));
            assertThat(n.get("model").asText()).isEqualTo("parley-abuse-linear");
        }
        assertThat(lines.get(1).get("scores").get("insult").asDouble())
                .isGreaterThan(lines.get(0).get("scores").get("insult").asDouble());
        assertThat(lines.get(1).get("spans").toString()).contains("insult");
    }

    /**
     * A line without an id was scored into a record without id or line, and blank lines give no record, so such a
     * record could not be matched to its input (found by trial8): it carries its line number.
     */
    @Test
    void aCommentWithoutAnIdIsScoredWithItsLineNumber() throws Exception {
        Path in = Files.writeString(dir.resolve("noid.jsonl"), String.join("\n",
                "{\"id\":\"a\",\"text\":\"Thanks for the careful reporting.\"}", "",
                "{\"text\":\"You are a clueless idiot.\"}", ""));
        assertThat(run("classify", in.toString())).isZero();
        List<JsonNode> lines = outputLines();
        assertThat(lines).hasSize(2);
        assertThat(lines.get(0).has("line")).isFalse();
        assertThat(lines.get(1).has("id")).isFalse();
        assertThat(lines.get(1).get("line").asInt()).isEqualTo(3);
        assertThat(lines.get(1).get("scores").get("insult").asDouble()).isGreaterThan(0.5);
    }

    @Test
    void badLinesGetAnErrorRecordAndExitOneWhileGoodLinesAreScored() throws Exception {
        Path in = Files.writeString(dir.resolve("in.jsonl"),
                "{\"id\":1,\"text\":\"fine\"}\nnot json\n{\"id\":3}\n[1,2]\n{\"id\":5,\"text\":\"also fine\"}\n"
                        + "{\"id\":6,\"text\":5}\n");
        assertThat(run("classify", in.toString())).isEqualTo(1);
        List<JsonNode> lines = outputLines();
        assertThat(lines).hasSize(6);
        // the field is there, its value is wrong: said so (it was "missing string field 'text'")
        assertThat(lines.get(5).get("error").asText()).isEqualTo("field 'text' must be a string, not number");
        assertThat(lines.get(0).has("scores")).isTrue();
        assertThat(lines.get(1).get("error").asText()).contains("invalid JSON");
        assertThat(lines.get(2).get("error").asText()).contains("text");
        assertThat(lines.get(3).get("error").asText()).contains("not a JSON object");
        assertThat(lines.get(4).get("id").asInt()).isEqualTo(5);
        assertThat(err.toString(StandardCharsets.UTF_8)).contains("classified 2 comments in")
                .contains("4 line(s) could not be scored");
    }

    /**
     * Was all zeros, read as a clean comment, where POST /classify refuses an empty or blank text with a 422: an error
     * record naming the line, exit 1, and the lines around it still scored in order.
     */
    @Test
    void anEmptyOrBlankTextIsAnErrorRecordAndTheOtherLinesAreScored() throws Exception {
        Path in = Files.writeString(dir.resolve("in.jsonl"), "{\"id\":1,\"text\":\"fine\"}\n{\"id\":\"e\",\"text\":\"\"}\n"
                + "{\"id\":\"b\",\"text\":\" \\t\\n \"}\n{\"id\":4,\"text\":\"you are an idiot\"}\n");
        assertThat(run("classify", in.toString())).isEqualTo(1);
        List<JsonNode> lines = outputLines();
        assertThat(lines).hasSize(4);
        assertThat(lines.get(0).has("scores")).isTrue();
        assertThat(lines.get(1).get("id").asText()).isEqualTo("e");
        assertThat(lines.get(1).get("line").asInt()).isEqualTo(2);
        assertThat(lines.get(1).get("error").asText()).isEqualTo("field 'text' must not be empty");
        assertThat(lines.get(1).has("scores")).isFalse();
        assertThat(lines.get(2).get("line").asInt()).isEqualTo(3);
        assertThat(lines.get(2).get("error").asText()).isEqualTo("field 'text' must not be blank (only whitespace)");
        assertThat(lines.get(3).get("id").asInt()).isEqualTo(4);
        assertThat(lines.get(3).get("scores").get("insult").asDouble()).isGreaterThan(0.5);
        assertThat(err.toString(StandardCharsets.UTF_8)).contains("classified 2 comments in")
                .contains("2 line(s) could not be scored");
    }

    @Test
    void anInvalidUtf8LineIsReportedAndEveryOtherLineIsStillScored() throws Exception {
        // more lines than one batch and one read buffer before the bad line, so nothing read ahead may be lost
        var bytes = new ByteArrayOutputStream();
        int before = 3000;
        for (int i = 1; i <= before; i++) {
            bytes.writeBytes(("{\"id\":" + i + ",\"text\":\"comment number " + i + " about the talks\"}\r\n")
                    .getBytes(StandardCharsets.UTF_8));
        }
        bytes.writeBytes(new byte[]{'{', '"', 'i', 'd', '"', ':', '0', ',', '"', 't', 'e', 'x', 't', '"', ':', '"',
                (byte) 0xC3, (byte) 0x28, '"', '}', '\n'});
        bytes.writeBytes("{\"id\":\"after\",\"text\":\"you are an idiot\"}".getBytes(StandardCharsets.UTF_8));
        Path in = Files.write(dir.resolve("in.jsonl"), bytes.toByteArray());
        assertThat(run("classify", "--batch-size", "1000", in.toString())).isEqualTo(1);
        List<JsonNode> lines = outputLines();
        assertThat(lines).hasSize(before + 2);
        for (int i = 0; i < before; i++) {
            assertThat(lines.get(i).get("id").asInt()).isEqualTo(i + 1);
            assertThat(lines.get(i).has("scores")).isTrue();
        }
        JsonNode bad = lines.get(before);
        assertThat(bad.get("line").asInt()).isEqualTo(before + 1);
        assertThat(bad.get("error").asText()).isEqualTo("not valid UTF-8");
        assertThat(lines.get(before + 1).get("id").asText()).isEqualTo("after");
        assertThat(lines.get(before + 1).get("scores").get("insult").asDouble()).isGreaterThan(0.5);
        assertThat(err.toString(StandardCharsets.UTF_8)).contains("1 line(s) could not be scored").doesNotContain("Exception");
    }

    /**
     * Was one {"line": n, "error": "not valid UTF-8"} per newline byte of a binary file (and exit 1 only at the end):
     * input that is no UTF-8 text at all is refused as a whole before anything is scored or written.
     */
    @Test
    void binaryOrNonUtf8InputIsRefusedAsAWholeBeforeScoring() throws Exception {
        byte[] binary = new byte[20_000];
        new java.util.Random(3).nextBytes(binary);
        Path bin = Files.write(dir.resolve("model.bin"), binary);
        Path utf16 = Files.write(dir.resolve("utf16.jsonl"), "{\"id\":1,\"text\":\"fine\"}\n{\"id\":2,\"text\":\"also\"}\n"
                .getBytes(StandardCharsets.UTF_16LE));
        Path latin1 = Files.write(dir.resolve("latin1.jsonl"), "{\"id\":1,\"text\":\"caf\u00e9\"}\n{\"id\":2,\"text\":\"na\u00efve\"}\n"
                .getBytes(StandardCharsets.ISO_8859_1));
        for (Path p : List.of(bin, utf16, latin1)) {
            assertThat(run("classify", p.toString())).as(p.toString()).isEqualTo(1);
            assertThat(out.size()).as(p.toString()).isZero();
            assertThat(cliErr.toString()).contains("parley classify: " + p + " is not UTF-8 text");
        }
        assertThat(cliErr.toString()).contains("NUL bytes").contains("none of its first 2 lines decodes as UTF-8").doesNotContain("Exception");
    }

    @Test
    void aMegabyteCommentIsScoredQuickly() throws Exception {
        String big = "word ".repeat(200_000) + "idiot";
        Path in = Files.writeString(dir.resolve("in.jsonl"), JSON.writeValueAsString(java.util.Map.of("id", 1, "text", big)) + "\n");
        long t = System.nanoTime();
        assertThat(run("classify", in.toString())).isZero();
        assertThat((System.nanoTime() - t) / 1e9).isLessThan(10);
        assertThat(outputLines()).hasSize(1);
    }

    @Test
    void missingFilesAndUnknownFormatsAreUsageErrors() {
        assertThat(run("classify", dir.resolve("nope.jsonl").toString())).isEqualTo(2);
        assertThat(cliErr.toString()).contains("no such input file");
        assertThat(run("classify", dir.toString())).isEqualTo(2); // was "no such input file: DIR"
        assertThat(cliErr.toString()).contains(dir + " is a directory");
        assertThat(run("evaluate", "abuse", "--format", "reddit", "--input", "x.csv")).isEqualTo(2);
        assertThat(cliErr.toString()).contains("unknown format");
        assertThat(run("train", "abuse", "--epochs", "0")).isEqualTo(2);
        assertThat(run("train", "abuse", "--bag", "--linear", "--quick")).isEqualTo(2);
        assertThat(cliErr.toString()).contains("--bag");
    }

    /**
     * {@code evaluate abuse --flagged --suite PAGE} (a file that is no suite) ended with exit 1 and a Jackson exception's
     * class name and "Source: REDACTED" line; a row without a group counted nowhere; and {@code --suite} without
     * {@code --flagged} asked for --format and --input (found by trial8).
     */
    @Test
    void aSuiteThatIsNoSuiteIsAUsageErrorNamingItsLine() throws Exception {
        Path page = dir.resolve("page.txt");
        Files.writeString(page, "Press Briefings of US State Department\n\nBelow is the briefing.\n");
        assertThat(run("evaluate", "abuse", "--flagged", "--suite", page.toString())).isEqualTo(2);
        assertThat(cliErr.toString()).contains(page + " line 1 is not JSON").doesNotContain("Exception", "REDACTED");

        Path noGroup = dir.resolve("split.jsonl");
        Files.writeString(noGroup, "{\"id\": \"a\", \"text\": \"fine\", \"group\": \"civil\"}\n\n{\"id\": \"b\", \"text\": \"x\"}\n");
        assertThat(run("evaluate", "abuse", "--flagged", "--suite", noGroup.toString())).isEqualTo(2);
        assertThat(cliErr.toString()).contains(noGroup + " line 3 has no string 'group'");

        Path latin1 = dir.resolve("latin1.jsonl");
        Files.write(latin1, "{\"text\": \"caf\u00e9\", \"group\": \"civil\"}\n".getBytes(StandardCharsets.ISO_8859_1));
        assertThat(run("evaluate", "abuse", "--flagged", "--stream", latin1.toString())).isEqualTo(2);
        assertThat(cliErr.toString()).contains(latin1 + " (or its labels) is not UTF-8 text");

        assertThat(run("evaluate", "abuse", "--suite", page.toString())).isEqualTo(2);
        assertThat(cliErr.toString()).contains("--suite and --stream need --flagged");
        assertThat(out.toString(StandardCharsets.UTF_8)).isEmpty();
    }

    @Test
    void trainWithoutOptionsBuildsTheKindOfModelThatIsCommitted() throws Exception {
        Path out = dir.resolve("default-train.zip");
        assertThat(run("train", "abuse", "--quick", "--output", out.toString())).isZero();
        String committed = io.parley.model.ModelArchive.read(
                Path.of(System.getenv().getOrDefault("PARLEY_REPO_DIR", ".")).resolve("models/abuse/abuse.zip")).provenance().name();
        assertThat(io.parley.model.ModelArchive.read(out).provenance().name()).isEqualTo(committed);
    }

    @Test
    void trainFixesTheNativeThreadCountAndRecordsIt() throws Exception {
        // the DL4J parts' low bits depend on ND4J's thread count, so training must not take the machine's core count
        int before = io.parley.model.NativeThreads.current();
        try {
            Path out = dir.resolve("one-thread.zip");
            assertThat(run("train", "abuse", "--quick", "--threads", "1", "--output", out.toString())).isZero();
            assertThat(io.parley.model.NativeThreads.current()).isEqualTo(1);
            assertThat(io.parley.model.ModelArchive.read(out).provenance().params()).containsEntry("native_threads", 1);
            assertThat(run("train", "abuse", "--quick", "--threads", "0")).isEqualTo(2);
            assertThat(cliErr.toString()).contains("--threads must be at least 1");
        } finally {
            io.parley.model.NativeThreads.limit(before, System.err);
        }
    }

    @Test
    void evaluateOnOurSeedLabelsEndsWithOneJsonLine() throws Exception {
        Path repo = Path.of(System.getenv().getOrDefault("PARLEY_REPO_DIR", "."));
        assertThat(run("evaluate", "abuse", "--format", "seed", "--input",
                repo.resolve("training-data/abuse/seed-004-labels.jsonl").toString())).isZero();
        String[] lines = out.toString(StandardCharsets.UTF_8).trim().split("\n");
        JsonNode last = JSON.readTree(lines[lines.length - 1]);
        assertThat(last.get("rows").asInt()).isEqualTo(14);
        assertThat(last.get("auc").get("insult").asDouble()).isBetween(0.0, 1.0);
        assertThat(out.toString(StandardCharsets.UTF_8)).contains("label").contains("auc");
    }

    @Test
    void aCommaSeparatedFileGivenAsOlidIsToldItIsNotTabSeparated() throws Exception {
        Path jigsaw = Files.writeString(dir.resolve("jig.csv"), "id,comment_text,toxic,severe_toxic,obscene,threat,insult,"
                + "identity_hate\n1,You are wonderful,0,0,0,0,0,0\n");
        assertThat(run("evaluate", "abuse", "--format", "olid", "--input", jigsaw.toString())).isEqualTo(2);
        assertThat(cliErr.toString()).contains("expected tab-separated columns id, tweet, but the header has no tab and looks"
                + " comma-separated (header: id,comment_text,toxic,").doesNotContain("missing column 'id'");
    }

    // ---- the feedback loop on quick data: decisions (as export decisions writes them) -> train abuse --extra ----

    /** Banter a moderator of a sports site approves: the words look like insults, the comment is not one. */
    static final String APPROVED = "The referee was a clown today, what a stupid decision in the final minute";
    /** Abuse in words the training sample never saw: a moderator rejects it. */
    static final String REJECTED = "Go back to the swamp you crawled out of, nobody here wants your kind";

    private static String decision(String id, String text, String action, String labels) {
        return "{\"id\":\"sports:" + id + "\",\"text\":\"" + text + "\",\"labels\":" + labels + ",\"action\":\""
                + action + "\",\"moderator\":\"mod\",\"decidedAt\":\"2026-12-06T10:00:00Z\",\"model\":{}}\n";
    }

    private static double toxicity(Path model, String text) {
        return ModelRegistry.load(AbuseClassifier.FILE, model).score(text).toxicity();
    }

    @Test
    void aDecisionMovesTheNextModelsScoreForItsCommentTheWayTheModeratorDecided() throws Exception {
        Path served = dir.resolve("models/abuse/abuse.zip");
        assertThat(run("train", "abuse", "--quick", "--output", served.toString())).as(err.toString(StandardCharsets.UTF_8)).isZero();
        String servedVersion = ModelArchive.read(served).provenance().version();
        Path decisions = Files.writeString(dir.resolve("decisions.jsonl"),
                decision("c1", APPROVED, "approve", "{\"toxicity\":0,\"severe_toxicity\":0,\"insult\":0,\"threat\":0,"
                        + "\"obscene\":0,\"identity_attack\":0}")
                        + decision("c2", REJECTED, "reject", "{\"toxicity\":1}"));

        assertThat(run("train", "abuse", "--quick", "--extra", decisions.toString(), "--output", served.toString()))
                .as(err.toString(StandardCharsets.UTF_8)).isZero();

        Path previous = dir.resolve("models/abuse/previous/abuse.zip");
        assertThat(ModelArchive.read(previous).provenance().version()).isEqualTo(servedVersion);
        assertThat(previous.resolveSibling("provenance.json")).exists();
        assertThat(previous.resolveSibling("metrics.json")).exists();
        ModelArchive promoted = ModelArchive.read(served);
        assertThat(promoted.provenance().version()).isNotEqualTo(servedVersion);
        assertThat(promoted.provenance().params()).containsKey("decisions");
        JsonNode gate = ModelArchive.json().readTree(dir.resolve("models/abuse/candidates")
                .resolve(promoted.provenance().version()).resolve("gate.json").toFile());
        assertThat(gate.get("passed").asBoolean()).isTrue();
        assertThat(gate.get("checks").get(0).get("set").asText()).isEqualTo("seed");

        // the approved comment now scores lower, the rejected one higher, than under the model they were decided on
        assertThat(toxicity(served, APPROVED)).isLessThan(toxicity(previous, APPROVED));
        assertThat(toxicity(served, REJECTED)).isGreaterThan(toxicity(previous, REJECTED));
        assertThat(err.toString(StandardCharsets.UTF_8)).contains("gate passed").contains("promoted to");

        assertThat(run("train", "abuse", "--rollback", "--output", served.toString())).isZero();
        assertThat(ModelArchive.read(served).provenance().version()).isEqualTo(servedVersion);
        assertThat(ModelArchive.read(previous).provenance().version()).isEqualTo(promoted.provenance().version());
    }

    @Test
    void aRetrainThatNoLongerServesALabelOfTheServedModelIsRefusedAndChangesNothing() throws Exception {
        // the served model knows 'spam' (from its own labelled sample); the retrain's data does not
        Path sample = dir.resolve("with-spam.jsonl");
        Path repo = Path.of(System.getenv().getOrDefault("PARLEY_REPO_DIR", "."));
        Files.write(sample, Files.readAllBytes(repo.resolve("training-data/abuse/quick-sample.jsonl")));
        Files.write(sample, Files.readAllBytes(repo.resolve("training-data/abuse/spam-sample.jsonl")),
                java.nio.file.StandardOpenOption.APPEND);
        Path served = dir.resolve("models/abuse/abuse.zip");
        assertThat(run("train", "abuse", "--quick", "--quick-sample", sample.toString(), "--output", served.toString()))
                .isZero();
        byte[] before = Files.readAllBytes(served);
        Path decisions = Files.writeString(dir.resolve("decisions.jsonl"), decision("c1", APPROVED, "approve",
                "{\"toxicity\":0}"));

        assertThat(run("train", "abuse", "--quick", "--extra", decisions.toString(), "--output", served.toString()))
                .isEqualTo(1);

        assertThat(err.toString(StandardCharsets.UTF_8)).contains("does not serve 'spam'").contains("gate failed").contains("not promoted");
        assertThat(Files.readAllBytes(served)).isEqualTo(before);
        assertThat(dir.resolve("models/abuse/previous")).doesNotExist();
    }

    @Test
    void rollbackWithoutAPreviousModelAndAMissingDecisionsFileAreUsageErrors() {
        assertThat(run("train", "abuse", "--rollback", "--output", dir.resolve("abuse.zip").toString())).isEqualTo(2);
        assertThat(run("train", "abuse", "--quick", "--extra", dir.resolve("none.jsonl").toString())).isEqualTo(2);
    }

    @Test
    void defaultsOnlyWithABadTargetOrNoModelOrNoCivilStreamIsAUsageError() {
        Path none = dir.resolve("none.zip");
        assertThat(run("train", "abuse", "--quick", "--defaults-only", "--recall-target", "1.5", "--base",
                none.toString())).isEqualTo(2);
        assertThat(run("train", "abuse", "--quick", "--defaults-only", "--base", none.toString())).isEqualTo(2);
        assertThat(run("train", "abuse", "--quick", "--defaults-only", "--base",
                Path.of(System.getenv().getOrDefault("PARLEY_REPO_DIR", ".")).resolve("models/abuse/abuse.zip")
                        .toAbsolutePath().toString(), "--seed", "20211", "--civil-stream",
                dir.resolve("no-stream.jsonl").toString(), "--output", dir.resolve("out/abuse.zip").toString()))
                .isEqualTo(2);
        assertThat(err.toString(StandardCharsets.UTF_8)).contains("civil stream");
    }

    /**
     * Threat's own hold is a default (it goes with --defaults-only), a share, and is checked against the threat tuning
     * rows, which must exist: each mistake is a usage error that writes nothing.
     */
    @Test
    void threatHoldOutsideDefaultsOnlyOrOutOfRangeOrWithoutItsTuningRowsIsAUsageError() throws Exception {
        String model = Path.of(System.getenv().getOrDefault("PARLEY_REPO_DIR", ".")).resolve("models/abuse/abuse.zip")
                .toAbsolutePath().toString();
        Path out = dir.resolve("threat-hold/abuse.zip");
        assertThat(run("train", "abuse", "--quick", "--threat-hold", "0.05", "--base", model, "--seed", "20211",
                "--output", out.toString())).isEqualTo(2);
        assertThat(cliErr.toString() + err.toString(StandardCharsets.UTF_8)).contains("goes with --defaults-only");
        Path stream = dir.resolve("stream.jsonl");
        java.nio.file.Files.writeString(stream, "{\"id\": \"p1:1\", \"page\": \"p1\", \"text\": \"Good read.\"}\n");
        assertThat(run("train", "abuse", "--quick", "--defaults-only", "--threat-hold", "1.5", "--base", model,
                "--seed", "20211", "--civil-stream", stream.toString(), "--output", out.toString())).isEqualTo(2);
        assertThat(cliErr.toString() + err.toString(StandardCharsets.UTF_8)).contains("between 0 and 1");
        assertThat(run("train", "abuse", "--quick", "--defaults-only", "--threat-hold", "0.05", "--base", model,
                "--seed", "20211", "--civil-stream", stream.toString(), "--threat-tuning",
                dir.resolve("no-tuning.jsonl").toString(), "--output", out.toString())).isEqualTo(2);
        assertThat(cliErr.toString() + err.toString(StandardCharsets.UTF_8)).contains("threat tuning rows");
        assertThat(dir.resolve("threat-hold")).doesNotExist();
    }

    /**
     * A rule the base model already has is not switched on again (that would make a new version of the same scores):
     * the committed model has both, so each step stops with a usage error naming it and writes nothing.
     */
    @Test
    void switchingOnARuleTheBaseAlreadyHasIsAUsageError() {
        String model = Path.of(System.getenv().getOrDefault("PARLEY_REPO_DIR", ".")).resolve("models/abuse/abuse.zip")
                .toAbsolutePath().toString();
        Path out = dir.resolve("rules/abuse.zip");
        assertThat(run("train", "abuse", "--quick", "--reported-speech", "--base", model, "--seed", "20211",
                "--output", out.toString())).isEqualTo(2);
        assertThat(cliErr.toString()).contains("already discounts reported speech");
        assertThat(run("train", "abuse", "--quick", "--threat-cues", "0.1", "--base", model, "--seed", "20211",
                "--output", out.toString())).isEqualTo(2);
        assertThat(cliErr.toString()).contains("already raises threat cues");
        assertThat(dir.resolve("rules")).doesNotExist();
    }

    @Test
    void streamNegativesWithoutTheStackedFusionOrAStreamAndABadCivilTargetAreUsageErrors() {
        Path model = Path.of(System.getenv().getOrDefault("PARLEY_REPO_DIR", ".")).resolve("models/abuse/abuse.zip")
                .toAbsolutePath();
        Path out = dir.resolve("negatives/abuse.zip");
        assertThat(run("train", "abuse", "--quick", "--reband", "--stream-negatives", "0.1", "--base", model.toString(),
                "--output", out.toString())).isEqualTo(2);
        assertThat(cliErr.toString()).contains("--stream-negatives needs --stack");
        assertThat(run("train", "abuse", "--quick", "--reband", "--stack", "--stream-negatives", "0.1", "--base",
                model.toString(), "--civil-stream", dir.resolve("no-stream.jsonl").toString(), "--output", out.toString()))
                .isEqualTo(2);
        assertThat(cliErr.toString()).contains("needs the civil stream");
        assertThat(run("train", "abuse", "--quick", "--reband", "--stack", "--civil-target", "4", "--base",
                model.toString(), "--output", out.toString())).isEqualTo(2);
        assertThat(cliErr.toString()).contains("--civil-target must be a share");
        assertThat(Files.exists(out)).isFalse();
    }

    @Test
    void davidsonsTweetsInTheSentenceHeadsNeedTheHeadsTrainedAUsageErrorOtherwise() {
        Path model = Path.of(System.getenv().getOrDefault("PARLEY_REPO_DIR", ".")).resolve("models/abuse/abuse.zip")
                .toAbsolutePath();
        Path out = dir.resolve("davidson/abuse.zip");
        assertThat(run("train", "abuse", "--quick", "--reband", "--encoder-davidson", "--base", model.toString(),
                "--output", out.toString())).isEqualTo(2);
        assertThat(cliErr.toString()).contains("--encoder-davidson trains sentence heads");
        assertThat(Files.exists(out)).isFalse();
    }

    @Test
    void davidsonsOwnHeadsNeedTheEncoderAUsageErrorOtherwise() {
        Path model = Path.of(System.getenv().getOrDefault("PARLEY_REPO_DIR", ".")).resolve("models/abuse/abuse.zip")
                .toAbsolutePath();
        Path out = dir.resolve("davidson-own/abuse.zip");
        assertThat(run("train", "abuse", "--quick", "--davidson-own", "--base", model.toString(),
                "--output", out.toString())).isEqualTo(2);
        assertThat(cliErr.toString()).contains("--davidson-own trains heads on the encoder");
        assertThat(Files.exists(out)).isFalse();
    }
}
