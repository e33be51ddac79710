package io.parley.cli;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import java.util.OptionalInt;

/**
 * A plain {@code java -jar parley.jar extract …} runs its pages in a second JVM started with the flags of
 * {@code src/main/scripts/parley}: the C1 compiler only and the serial collector, and when the build left them beside
 * the jar, the extracted jars and the CLI's class-data-sharing archive. A jar cannot set its own JVM's flags, and with
 * the defaults a batch of a few hundred pages spends more CPU in the C2 compiler and on loading classes out of nested
 * jars than on the pages (about 2.5x the launcher's CPU). The first JVM only waits: it passes on stdin, stdout, stderr
 * and the exit code, and stops the second when it is stopped.
 *
 * <p>Nothing is relaunched when the JVM was given options of its own (they are the user's choice), inside the tuned
 * JVM itself, or with {@code PARLEY_CLI_FORK=false}; if the second JVM cannot be started the command runs here.
 * Only this class's JDK types are touched before the decision, so the first JVM stays small.
 */
public final class TunedJvm {

    /** Set in the second JVM, so that it runs the command itself. */
    static final String TUNED_PROPERTY = "parley.cli.tuned";
    /**
     * The JVM options of the launcher script for CLI runs. CompileThresholdScaling=0.3: C1 compiles a method after a
     * third of the default calls and loops; a one-pass batch runs much of its page code before the default thresholds
     * are reached, and C1's code is cheap to make (415 Dragnet pages: 5 % less CPU in three alternated pairs).
     */
    static final List<String> FLAGS = List.of("-XX:TieredStopAtLevel=1", "-XX:CompileThresholdScaling=0.3", "-XX:+UseSerialGC");
    /** The CLI's archive beside the extracted jars, made by the launcher's first run (or the package build's). */
    static final String ARCHIVE = "parley-cli.jsa";

    private TunedJvm() {
    }

    /** The exit code of the command run in a tuned JVM, or empty when it is to run in this one. */
    public static OptionalInt run(String[] args) {
        if (args.length == 0 || !args[0].equals("extract")) {
            return OptionalInt.empty(); // serve and every other command: not a look at this process's command line
        }
        if (System.getProperty(TUNED_PROPERTY) != null) {
            stopWithParent();
            return OptionalInt.empty();
        }
        List<String> command = command(args, ProcessHandle.current().info().command(), jvmArguments(),
                System.getenv("PARLEY_CLI_FORK"), System.getProperty(TUNED_PROPERTY));
        if (command.isEmpty()) {
            return OptionalInt.empty();
        }
        Process child;
        try {
            child = new ProcessBuilder(command).inheritIO().start();
        } catch (IOException | RuntimeException e) {
            return OptionalInt.empty();
        }
        Thread stop = new Thread(child::destroy, "parley-stop-child");
        Runtime.getRuntime().addShutdownHook(stop);
        while (true) {
            try {
                int code = child.waitFor();
                Runtime.getRuntime().removeShutdownHook(stop);
                return OptionalInt.of(code);
            } catch (InterruptedException e) {
                child.destroy();
            } catch (IllegalStateException shuttingDown) {
                return OptionalInt.of(child.exitValue());
            }
        }
    }

    /**
     * In the tuned JVM: stop when the JVM that started it is gone. Its shutdown hook stops this one on Ctrl-C or a
     * plain kill, but a SIGKILL runs no hook, and a batch of pages would go on writing files nobody waits for.
     */
    private static void stopWithParent() {
        ProcessHandle.current().parent().ifPresent(parent -> parent.onExit().thenRun(() -> {
            System.err.println("parley extract: the process that started this one is gone; stopping");
            System.exit(143);
        }));
    }

    /**
     * This JVM's arguments after the program name: from /proc/self/cmdline where there is one, since
     * {@code ProcessHandle.Info.arguments()} gives nothing for a long command line (a few hundred pages).
     */
    static Optional<String[]> jvmArguments() {
        Path cmdline = Path.of("/proc/self/cmdline");
        if (Files.isReadable(cmdline)) {
            try {
                String all = new String(Files.readAllBytes(cmdline), java.nio.charset.Charset.defaultCharset());
                String[] parts = all.split("\0", -1);
                int n = parts.length > 0 && parts[parts.length - 1].isEmpty() ? parts.length - 1 : parts.length;
                return n < 1 ? Optional.empty() : Optional.of(Arrays.copyOfRange(parts, 1, n));
            } catch (IOException e) {
                return Optional.empty();
            }
        }
        return ProcessHandle.current().info().arguments();
    }

    /**
     * The tuned JVM's command line, or an empty list: only for {@code extract}, only when this JVM was started as
     * exactly {@code java -jar FILE args…} (the arguments it saw are {@code args}), not inside the tuned JVM, and not
     * with {@code PARLEY_CLI_FORK} false.
     */
    static List<String> command(String[] args, Optional<String> java, Optional<String[]> jvmArguments, String forkSetting,
                                String tuned) {
        if (args.length == 0 || !args[0].equals("extract") || tuned != null || java.isEmpty() || jvmArguments.isEmpty()
                || forkSetting != null && (forkSetting.equalsIgnoreCase("false") || forkSetting.equals("0"))) {
            return List.of();
        }
        String[] jvm = jvmArguments.get();
        if (jvm.length != args.length + 2 || !jvm[0].equals("-jar")
                || !Arrays.asList(jvm).subList(2, jvm.length).equals(Arrays.asList(args))) {
            return List.of();
        }
        Path jar = Path.of(jvm[1]).toAbsolutePath().normalize();
        if (!Files.isRegularFile(jar)) {
            return List.of();
        }
        List<String> command = new ArrayList<>();
        command.add(java.get());
        command.addAll(FLAGS);
        command.add("-D" + TUNED_PROPERTY + "=true");
        command.addAll(classPath(jar));
        command.addAll(Arrays.asList(args));
        return command;
    }

    /**
     * {@code -jar} and the jar to run: the extracted copy beside the jar when it is at least as new (the package build's
     * target/app, else the launcher's target/cli), with its CLI archive when there is one; else the jar itself.
     */
    static List<String> classPath(Path jar) {
        Path dir = jar.getParent();
        if (dir != null) {
            for (String extracted : List.of("app", "cli")) {
                Path thin = dir.resolve(extracted).resolve(jar.getFileName());
                if (atLeastAsNew(thin, jar)) {
                    Path archive = thin.resolveSibling(ARCHIVE);
                    List<String> out = new ArrayList<>();
                    if (atLeastAsNew(archive, thin)) {
                        // a stale or foreign archive is refused by the JVM, silently: the run then loads every class
                        out.addAll(List.of("-XX:SharedArchiveFile=" + archive, "-Xlog:cds=off", "-Xlog:cds+dynamic=off"));
                    }
                    out.addAll(List.of("-jar", thin.toString()));
                    return out;
                }
            }
        }
        return List.of("-jar", jar.toString());
    }

    private static boolean atLeastAsNew(Path file, Path than) {
        try {
            return Files.isRegularFile(file) && Files.getLastModifiedTime(file).compareTo(Files.getLastModifiedTime(than)) >= 0;
        } catch (IOException e) {
            return false;
        }
    }
}
