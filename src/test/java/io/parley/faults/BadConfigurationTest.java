package io.parley.faults;

import io.parley.support.ServiceProcess;
import org.junit.jupiter.api.Test;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * {@code serve} with a configuration it cannot use stops with exit 1 and a last line that names the setting, not a
 * stack trace and not Spring's chain of bean names. Before: a database URL nobody listens on printed Spring's "Application
 * run failed" with 98 frames and ended with "Error creating bean with name 'demoData' ... 'siteDirectory' ..."; a port
 * that is no number ended with "Failed to process import candidates ... SpringDocWebMvcActuatorDifferentConfiguration".
 */
class BadConfigurationTest {

    @Test
    void aDatabaseNobodyListensOnIsNamedInOneLineWithoutATrace() throws Exception {
        int closed = ServiceProcess.freePort();
        String url = "jdbc:postgresql://127.0.0.1:" + closed + "/parley?user=parley";
        Path out = failedStart("bad-db", Map.of("PARLEY_DB_URL", url, "PARLEY_DB_CONNECT_TIMEOUT_MS", "2000"),
                "--server.port=" + ServiceProcess.freePort());
        String log = Files.readString(out);
        assertThat(log).doesNotContain("\tat org.").doesNotContain("Application run failed");
        assertThat(lastLine(out)).startsWith("parley serve: ").contains("127.0.0.1:" + closed).contains("refused")
                .contains("PARLEY_DB_URL").doesNotContain("Error creating bean");
    }

    @Test
    void aPortThatIsNoNumberIsNamedWithItsValue() throws Exception {
        Path out = failedStart("bad-port", Map.of("PARLEY_DB_URL", "jdbc:postgresql://127.0.0.1:" + ServiceProcess.freePort()
                + "/parley", "PARLEY_PORT", "notaport"));
        assertThat(Files.readString(out)).doesNotContain("\tat org.");
        assertThat(lastLine(out)).startsWith("parley serve: ").contains("server.port").contains("'notaport'")
                .doesNotContain("import candidates").doesNotContain("springdoc");
    }

    /** Runs {@code serve} with {@code env}; asserts it stopped (not hung) with exit 1 and returns its output file. */
    private static Path failedStart(String prefix, Map<String, String> env, String... args) throws Exception {
        Path dir = Files.createTempDirectory(Path.of("target"), prefix);
        String cp = System.getProperty("surefire.test.class.path", System.getProperty("java.class.path"));
        List<String> command = new java.util.ArrayList<>(List.of(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-cp", cp, "io.parley.ParleyApplication", "serve"));
        command.addAll(List.of(args));
        ProcessBuilder pb = new ProcessBuilder(command).redirectErrorStream(true)
                .redirectOutput(dir.resolve("out.log").toFile());
        pb.environment().putAll(env);
        pb.environment().put("PARLEY_PG_DIR", dir.resolve("pg").toString());
        Process p = pb.start();
        assertThat(p.waitFor(180, TimeUnit.SECONDS)).as("startup must stop, not hang").isTrue();
        assertThat(p.exitValue()).isEqualTo(1);
        return dir.resolve("out.log");
    }

    private static String lastLine(Path out) throws Exception {
        List<String> lines = Files.readAllLines(out).stream().filter(l -> !l.isBlank()).toList();
        return lines.get(lines.size() - 1);
    }
}
