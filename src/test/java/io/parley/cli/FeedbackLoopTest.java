package io.parley.cli;

import com.fasterxml.jackson.databind.JsonNode;
import io.parley.classification.abuse.AbuseClassifier;
import io.parley.model.ModelArchive;
import io.parley.model.ModelRegistry;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import picocli.CommandLine;

import java.io.ByteArrayOutputStream;
import java.io.InputStream;
import java.io.PrintStream;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The feedback loop on quick data, through the real command line: moderators' decisions (in the shape
 * {@code parley export decisions} writes) retrain the model ({@code train abuse --extra}), the retrained model is
 * gated against the served one and promoted, the replaced one is kept, and {@code --rollback} puts it back.
 */
class FeedbackLoopTest {

    /** Banter a moderator of a sports site approves: the words look like insults, the comment is not one. */
    static final String APPROVED = "The referee was a clown today, what a stupid decision in the final minute";
    /** Abuse in words the training sample never saw: a moderator rejects it. */
    static final String REJECTED = "Go back to the swamp you crawled out of, nobody here wants your kind";

    @TempDir
    Path dir;

    private final ByteArrayOutputStream out = new ByteArrayOutputStream();
    private final ByteArrayOutputStream err = new ByteArrayOutputStream();
    private PrintStream oldOut;
    private PrintStream oldErr;

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
        cli.setErr(new PrintWriter(new StringWriter(), true));
        return cli.execute(args);
    }

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
        assertThat(run("train", "abuse", "--quick", "--output", served.toString())).as(err.toString()).isZero();
        String servedVersion = ModelArchive.read(served).provenance().version();
        Path decisions = Files.writeString(dir.resolve("decisions.jsonl"),
                decision("c1", APPROVED, "approve", "{\"toxicity\":0,\"severe_toxicity\":0,\"insult\":0,\"threat\":0,"
                        + "\"obscene\":0,\"identity_attack\":0}")
                        + decision("c2", REJECTED, "reject", "{\"toxicity\":1}"));

        assertThat(run("train", "abuse", "--quick", "--extra", decisions.toString(), "--output", served.toString()))
                .as(err.toString()).isZero();

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
        assertThat(err.toString()).contains("gate passed").contains("promoted to");

        assertThat(run("train", "abuse", "--rollback", "--output", served.toString())).isZero();
        assertThat(ModelArchive.read(served).provenance().version()).isEqualTo(servedVersion);
        assertThat(ModelArchive.read(previous).provenance().version()).isEqualTo(promoted.provenance().version());
    }

    @Test
    void aRetrainThatNoLongerServesALabelOfTheServedModelIsRefusedAndChangesNothing() throws Exception {
        // the served model knows 'spam' (from its own labelled sample); the retrain's data does not
        Path sample = dir.resolve("with-spam.jsonl");
        Path repo = Path.of(System.getenv().getOrDefault("PARLEY_REPO_DIR", "."));
        try (InputStream spam = getClass().getResourceAsStream("/abuse/spam-sample.jsonl")) {
            Files.write(sample, Files.readAllBytes(repo.resolve("training-data/abuse/quick-sample.jsonl")));
            Files.write(sample, spam.readAllBytes(), java.nio.file.StandardOpenOption.APPEND);
        }
        Path served = dir.resolve("models/abuse/abuse.zip");
        assertThat(run("train", "abuse", "--quick", "--quick-sample", sample.toString(), "--output", served.toString()))
                .isZero();
        byte[] before = Files.readAllBytes(served);
        Path decisions = Files.writeString(dir.resolve("decisions.jsonl"), decision("c1", APPROVED, "approve",
                "{\"toxicity\":0}"));

        assertThat(run("train", "abuse", "--quick", "--extra", decisions.toString(), "--output", served.toString()))
                .isEqualTo(1);

        assertThat(err.toString()).contains("does not serve 'spam'").contains("gate failed").contains("not promoted");
        assertThat(Files.readAllBytes(served)).isEqualTo(before);
        assertThat(dir.resolve("models/abuse/previous")).doesNotExist();
    }

    @Test
    void rollbackWithoutAPreviousModelAndAMissingDecisionsFileAreUsageErrors() {
        assertThat(run("train", "abuse", "--rollback", "--output", dir.resolve("abuse.zip").toString())).isEqualTo(2);
        assertThat(run("train", "abuse", "--quick", "--extra", dir.resolve("none.jsonl").toString())).isEqualTo(2);
    }
}
