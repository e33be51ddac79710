package io.parley.cli;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.time.Instant;
import java.util.List;
import java.util.Optional;

import static org.assertj.core.api.Assertions.assertThat;

class TunedJvmTest {

    private static final Optional<String> JAVA = Optional.of("/usr/bin/java");

    private static Path file(Path dir, String name, Instant modified) throws Exception {
        Path f = dir.resolve(name);
        Files.createDirectories(f.getParent());
        Files.writeString(f, name);
        Files.setLastModifiedTime(f, FileTime.from(modified));
        return f;
    }

    @Test
    void aPlainJavaJarExtractRunsInAJvmWithTheLaunchersFlags(@TempDir Path dir) throws Exception {
        Path jar = file(dir, "parley.jar", Instant.parse("2026-12-06T10:00:00Z"));
        String[] args = {"extract", "a.html", "b.html", "--out", "o"};
        List<String> command = TunedJvm.command(args, JAVA,
                Optional.of(new String[]{"-jar", jar.toString(), "extract", "a.html", "b.html", "--out", "o"}), null, null);
        assertThat(command).containsExactly("/usr/bin/java", "-XX:TieredStopAtLevel=1", "-XX:CompileThresholdScaling=0.3", "-XX:+UseSerialGC",
                "-Dparley.cli.tuned=true", "-jar", jar.toString(), "extract", "a.html", "b.html", "--out", "o");
    }

    @Test
    void nothingIsRelaunchedForOtherCommandsGivenJvmOptionsInsideTheTunedJvmOrWhenSwitchedOff(@TempDir Path dir)
            throws Exception {
        Path jar = file(dir, "parley.jar", Instant.parse("2026-12-06T10:00:00Z"));
        Optional<String[]> plain = Optional.of(new String[]{"-jar", jar.toString(), "extract", "a.html"});
        assertThat(TunedJvm.command(new String[]{"extract", "a.html"}, JAVA, plain, null, null)).isNotEmpty();

        assertThat(TunedJvm.command(new String[]{"serve"}, JAVA,
                Optional.of(new String[]{"-jar", jar.toString(), "serve"}), null, null)).isEmpty();
        assertThat(TunedJvm.command(new String[]{"extract", "a.html"}, JAVA,
                Optional.of(new String[]{"-Xmx1g", "-jar", jar.toString(), "extract", "a.html"}), null, null)).isEmpty();
        assertThat(TunedJvm.command(new String[]{"extract", "a.html"}, JAVA, plain, null, "true")).isEmpty();
        assertThat(TunedJvm.command(new String[]{"extract", "a.html"}, JAVA, plain, "false", null)).isEmpty();
        assertThat(TunedJvm.command(new String[]{"extract", "a.html"}, JAVA, plain, "0", null)).isEmpty();
        // not started from the jar (tests, an IDE, `java -cp`): the arguments are not the command's
        assertThat(TunedJvm.command(new String[]{"extract", "a.html"}, JAVA,
                Optional.of(new String[]{"-cp", jar.toString(), "io.parley.ParleyApplication", "extract", "a.html"}), null, null))
                .isEmpty();
        assertThat(TunedJvm.command(new String[]{"extract", "a.html"}, JAVA,
                Optional.of(new String[]{"-jar", dir.resolve("gone.jar").toString(), "extract", "a.html"}), null, null)).isEmpty();
    }

    @Test
    void thisJvmsArgumentsAreReadInFullForAFewHundredPages() {
        // the test JVM's own command line (surefire's): its last argument is never cut off, however long the line
        java.util.Optional<String[]> args = TunedJvm.jvmArguments();
        assertThat(args).isPresent();
        assertThat(args.get()).isNotEmpty();
        assertThat(String.join(" ", args.get())).isEqualTo(String.join(" ",
                ProcessHandle.current().info().arguments().orElse(args.get())));
    }

    @Test
    void theExtractedJarsBesideTheJarAreUsedWhenFreshWithTheirArchiveWhenThatIsFreshToo(@TempDir Path dir) throws Exception {
        Instant built = Instant.parse("2026-12-06T10:00:00Z");
        Path jar = file(dir, "parley.jar", built);
        assertThat(TunedJvm.classPath(jar)).containsExactly("-jar", jar.toString());

        Path stale = file(dir, "app/parley.jar", built.minusSeconds(60));
        assertThat(TunedJvm.classPath(jar)).containsExactly("-jar", jar.toString());

        Path cli = file(dir, "cli/parley.jar", built.plusSeconds(5));
        assertThat(TunedJvm.classPath(jar)).containsExactly("-jar", cli.toString());

        Path app = file(dir, "app/parley.jar", built.plusSeconds(10));
        assertThat(app).isEqualTo(stale);
        Path archive = file(dir, "app/parley-cli.jsa", built.plusSeconds(5)); // made from the build before
        assertThat(TunedJvm.classPath(jar)).containsExactly("-jar", app.toString());

        Files.setLastModifiedTime(archive, FileTime.from(built.plusSeconds(20)));
        assertThat(TunedJvm.classPath(jar)).containsExactly("-XX:SharedArchiveFile=" + archive, "-Xlog:cds=off",
                "-Xlog:cds+dynamic=off", "-jar", app.toString());
    }
}
