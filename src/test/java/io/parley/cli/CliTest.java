package io.parley.cli;

import io.parley.support.TestDatabase;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;
import picocli.CommandLine;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.InputStream;
import java.io.PrintStream;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;

class CliTest {

    record Run(int code, String out, String err) {
    }

    private final PrintStream stdout = System.out;
    private final InputStream stdin = System.in;

    @AfterEach
    void restore() {
        System.setOut(stdout);
        System.setIn(stdin);
        System.clearProperty("spring.datasource.url");
        System.clearProperty("parley.db.embedded-dir");
    }

    Run run(String... args) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        StringWriter err = new StringWriter();
        StringWriter picoOut = new StringWriter();
        System.setOut(new PrintStream(out, true, StandardCharsets.UTF_8));
        CommandLine cli = ParleyCli.commandLine();
        cli.setOut(new PrintWriter(picoOut, true));
        cli.setErr(new PrintWriter(err, true));
        int code = cli.execute(args);
        System.setOut(stdout);
        return new Run(code, out.toString(StandardCharsets.UTF_8) + picoOut, err.toString());
    }

    @ParameterizedTest
    @ValueSource(strings = {"serve", "extract", "classify", "train", "evaluate", "sites", "users", "export",
            "train abuse", "evaluate stance", "sites add", "users add"})
    void everyCommandHasHelp(String command) {
        String[] args = (command + " --help").split(" ");
        Run r = run(args);
        assertThat(r.code()).isZero();
        assertThat(r.out()).contains("Usage:");
    }

    /**
     * Wrong arguments (trial9): exit 2 and the problem in one line naming the command, then where the help is; picocli
     * printed its whole usage block (10 to 40 lines) under it, where the commands' own checks said one line.
     */
    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
            "extract | parley extract: Missing required parameter: 'FILE'",
            "extract --threads many README.md | parley extract: Invalid value for option '--threads': 'many' is not an int",
            "sites add | parley sites add: Missing required parameter: 'SLUG'",
            "export decisions | parley export: Missing required option: '--site=<site>'",
            "users add bob --site demo | parley users add: Missing required option: '--role=<role>'",
            "classify --nope | parley classify: Unknown option: '--nope'"})
    void wrongArgumentsAreOneLineAndExitTwo(String args, String first) {
        Run r = run(args.split(" "));
        assertThat(r.code()).isEqualTo(2);
        String[] lines = r.err().strip().split("\\R");
        assertThat(lines[0]).isEqualTo(first);
        assertThat(lines[lines.length - 1]).startsWith("Try 'parley ").endsWith(" --help'.");
        assertThat(r.err()).doesNotContain("Usage:");
    }

    /**
     * picocli runs every help text through String.format: a bare '%' ("15% test", "0.2 % of") is no format, so
     * {@code train extraction --help} and {@code train abuse --help} began with "[picocli WARN] Could not format ..."
     * lines on stderr (trial11). Every command's help must render without one.
     */
    @Test
    void everyCommandsHelpRendersWithoutPicocliWarnings() {
        java.util.List<String> seen = new java.util.ArrayList<>();
        ByteArrayOutputStream captured = new ByteArrayOutputStream();
        PrintStream stderr = System.err;
        System.setErr(new PrintStream(captured, true, StandardCharsets.UTF_8));
        try {
            java.util.Deque<CommandLine> todo = new java.util.ArrayDeque<>(java.util.List.of(ParleyCli.commandLine()));
            while (!todo.isEmpty()) {
                CommandLine c = todo.pop();
                assertThat(c.getUsageMessage()).contains("Usage:");
                seen.add(c.getCommandSpec().qualifiedName());
                todo.addAll(c.getSubcommands().values());
            }
        } finally {
            System.setErr(stderr);
        }
        assertThat(seen).contains("parley train abuse", "parley train extraction", "parley evaluate stance");
        assertThat(captured.toString(StandardCharsets.UTF_8)).doesNotContain("picocli WARN");
    }

    /**
     * An --out the export cannot write is said before the database opens, as a usage error (trial11: a directory was
     * found only after the database start, as "d: Is a directory" with exit 1).
     */
    @Test
    void exportRefusesAnOutItCannotWriteBeforeOpeningTheDatabase(@org.junit.jupiter.api.io.TempDir java.nio.file.Path dir) {
        Run r = run("export", "decisions", "--site", "demo", "--out", dir.toString());
        assertThat(r.code()).isEqualTo(2);
        assertThat(r.err()).startsWith("parley export: --out names the file to write, but " + dir + " is a directory");
        java.nio.file.Path missing = dir.resolve("no-such-folder").resolve("d.jsonl");
        r = run("export", "decisions", "--site", "demo", "--out", missing.toString());
        assertThat(r.code()).isEqualTo(2);
        assertThat(r.err()).startsWith("parley export: --out " + missing + ": no such directory " + missing.getParent());
    }

    /** A folder that is no Dragnet data was exit 1 for train extraction, as if training failed; evaluate said exit 2. */
    @Test
    void trainAndEvaluateExtractionCallAFolderWithoutTheDragnetLayoutAUsageError(
            @org.junit.jupiter.api.io.TempDir java.nio.file.Path dir) {
        java.nio.file.Path out = dir.resolve("model.zip");
        for (String command : new String[]{"train", "evaluate"}) {
            Run r = command.equals("train")
                    ? run("train", "extraction", "--dragnet", dir.toString(), "--out", out.toString(), "--split",
                    dir.resolve("split.json").toString())
                    : run("evaluate", "extraction", "--dragnet", dir.toString());
            assertThat(r.code()).as(command).isEqualTo(2);
            assertThat(r.err()).startsWith("parley " + command + " extraction: " + dir
                    + " has no HTML/ and Corrected/ directories (the Dragnet layout)");
        }
        assertThat(out).doesNotExist();
    }

    @Test
    void aMistypedCommandStillGetsItsSuggestion() {
        Run r = run("extrat", "README.md");
        assertThat(r.code()).isEqualTo(2);
        assertThat(r.err()).startsWith("parley: Unmatched arguments from index 0: 'extrat', 'README.md'")
                .contains("Did you mean: parley extract").doesNotContain("Usage:");
    }

    @Test
    void plainServeSkipsTheCommandTreeButHelpAndVersionStillGoThroughIt() {
        assertThat(ParleyCli.plainServe(new String[]{"serve"})).isTrue();
        assertThat(ParleyCli.plainServe(new String[]{"serve", "--server.port=8081", "--parley.pipeline.enabled=false"})).isTrue();
        assertThat(ParleyCli.plainServe(new String[]{"serve", "--help"})).isFalse();
        assertThat(ParleyCli.plainServe(new String[]{"serve", "-V"})).isFalse();
        assertThat(ParleyCli.plainServe(new String[]{"extract", "page.html"})).isFalse();
    }

    @Test
    void serveRefusesArgumentsSpringWouldIgnoreInsteadOfStartingOnTheDefaultPort() {
        Run r = run("serve", "--port", "abc");
        assertThat(r.code()).isEqualTo(2);
        assertThat(r.err()).startsWith("parley serve: unknown argument '--port'").contains("--server.port=8081");
        assertThat(ServeCommand.started()).isFalse();
        ServeCommand.checkSpringArgs(java.util.List.of("--server.port=8081", "--debug", "--parley.pipeline.enabled=false"));
    }

    @Test
    void unknownCommandIsAUsageErrorWithExitTwo() {
        Run r = run("frobnicate");
        assertThat(r.code()).isEqualTo(2);
        assertThat(r.err()).contains("frobnicate");
    }

    @Test
    void usersAddWithoutSiteForModeratorIsAUsageError() {
        Run r = run("users", "add", "bob", "--role", "moderator");
        assertThat(r.code()).isEqualTo(2);
        assertThat(r.err()).startsWith("parley users add: "); // the subcommand's whole name, not "parley add"
        assertThat(r.err()).contains("--site");
    }

    /**
     * Was refused only after the database had started (seconds for the embedded one): the database here cannot be
     * reached, so only a check made before it answers with exit 2 and this message.
     */
    @Test
    void usersAddWithoutPasswordStdinOrExistingIsRefusedBeforeTheDatabase() {
        System.setProperty("spring.datasource.url", "jdbc:postgresql://127.0.0.1:1/nowhere");
        Run r = run("users", "add", "bob", "--site", "somewhere", "--role", "moderator");
        assertThat(r.code()).as(r.err()).isEqualTo(2);
        assertThat(r.err()).startsWith("parley users add: a new user needs --password-stdin").contains("--existing");
        Run both = run("users", "add", "bob", "--site", "somewhere", "--role", "moderator", "--password-stdin", "--existing");
        assertThat(both.code()).isEqualTo(2);
        assertThat(both.err()).contains("exclude each other");
    }

    @Test
    void sitesAddPrintsAnApiKeyAndUsersAddGrantsARole() {
        useTestDatabase();
        String slug = "cli-" + UUID.randomUUID().toString().substring(0, 8);
        Run added = run("sites", "add", slug, "--name", "CLI site");
        assertThat(added.code()).as(added.err()).isZero();
        assertThat(added.out()).containsPattern("(?m)^api-key: pk_\\w+_\\w+$");

        Run bad = run("sites", "add", "Bad Slug");
        assertThat(bad.code()).as(bad.err()).isEqualTo(2);
        assertThat(bad.err()).contains("parley sites add: slug: lower-case letters");

        Run again = run("sites", "add", slug);
        assertThat(again.code()).isEqualTo(1);
        assertThat(again.err()).contains("already exists");

        System.setIn(new ByteArrayInputStream("a-long-password\n".getBytes(StandardCharsets.UTF_8)));
        Run user = run("users", "add", "cli-mod-" + slug, "--site", slug, "--role", "moderator", "--password-stdin");
        assertThat(user.code()).as(user.err()).isZero();
        assertThat(user.out()).contains("role: moderator");
        Run grant = run("users", "add", "cli-mod-" + slug, "--site", slug, "--role", "owner", "--existing");
        assertThat(grant.code()).as(grant.err()).isZero();
        assertThat(grant.out()).contains("role: owner");
        Run nobody = run("users", "add", "cli-nobody-" + slug, "--site", slug, "--role", "owner", "--existing");
        assertThat(nobody.code()).isEqualTo(2);
        assertThat(nobody.err()).contains("no user 'cli-nobody-" + slug + "'");

        Run export = run("export", "decisions", "--site", slug);
        assertThat(export.code()).as(export.err()).isZero();
    }

    private static void useTestDatabase() {
        System.setProperty("spring.datasource.url", TestDatabase.url());
    }
}
