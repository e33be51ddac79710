package io.parley.cli;

import picocli.CommandLine.Command;
import picocli.CommandLine;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.AccessDeniedException;
import java.nio.file.DirectoryNotEmptyException;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.FileSystemException;
import java.nio.file.NoSuchFileException;
import java.nio.file.NotDirectoryException;

/** The {@code parley} command line: every command of the product, {@code serve} by default. */
@Command(name = "parley", mixinStandardHelpOptions = true, version = "parley 0.1.0",
        description = "Extract articles and comments, classify abuse and stance, moderate.",
        subcommands = {ServeCommand.class, ExtractCommand.class, ClassifyCommand.class, TrainCommand.class,
                EvaluateCommand.class, SitesCommand.class, UsersCommand.class, ExportCommand.class, ReclassifyCommand.class,
                CommandLine.HelpCommand.class},
        footer = {"", "Examples:", "  parley serve", "  parley extract page.html --pretty",
                "  parley evaluate abuse --format jigsaw --input test.csv"})
public final class ParleyCli implements Runnable {

    /** Returned by {@link #run} when {@code serve} started the service and the JVM must stay up. */
    public static final int KEEP_RUNNING = Integer.MIN_VALUE;

    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    @Override
    public void run() {
        throw new CommandLine.ParameterException(spec.commandLine(), "a command is required");
    }

    /** Runs the CLI; no arguments means {@code serve}. */
    public static int run(String... args) {
        // No command, or only Spring options such as --server.port=8081: serve.
        boolean springOptionsOnly = args.length > 0 && java.util.Arrays.stream(args)
                .allMatch(a -> a.startsWith("--") && a.contains("="));
        String[] effective = args.length == 0 ? new String[]{"serve"} : springOptionsOnly
                ? java.util.stream.Stream.concat(java.util.stream.Stream.of("serve"), java.util.Arrays.stream(args)).toArray(String[]::new)
                : args;
        if (!"serve".equals(effective[0])) {
            // Every command but serve owns stdout for its results: logs (ND4J's too) go to stderr.
            CliLogging.toStderr();
            // A command run is short: the compiled language detector is kept between runs (~1 s of each start),
            // in the cache the project already uses ($PARLEY_CACHE or ~/.cache/parley).
            if (System.getProperty(io.parley.classification.text.OpenNlp.CACHE_PROPERTY) == null) {
                String env = System.getenv("PARLEY_CACHE");
                System.setProperty(io.parley.classification.text.OpenNlp.CACHE_PROPERTY, env != null && !env.isBlank() ? env
                        : java.nio.file.Path.of(System.getProperty("user.home"), ".cache", "parley").toString());
            }
        }
        int code = plainServe(effective)
                ? configure(new CommandLine(new ServeCommand())).execute(java.util.Arrays.copyOfRange(effective, 1, effective.length))
                : plainExtract(effective) ? extract(effective)
                : commandLine().execute(effective);
        return ServeCommand.started() ? KEEP_RUNNING : code;
    }

    /** The configured command line, also used by tests to run commands in-process. */
    public static CommandLine commandLine() {
        return configure(new CommandLine(new ParleyCli()));
    }

    /**
     * {@code serve} without a help or version flag: the only command that keeps running needs no tree of
     * commands to find it, and building that tree (every command's classes) delays the service's start.
     */
    static boolean plainServe(String[] effective) {
        return "serve".equals(effective[0]) && java.util.Arrays.stream(effective).skip(1)
                .noneMatch(a -> a.equals("-h") || a.equals("--help") || a.equals("-V") || a.equals("--version"));
    }

    /** {@code extract} without a help or version flag: like serve, it needs no tree of every command. */
    static boolean plainExtract(String[] effective) {
        return "extract".equals(effective[0]) && java.util.Arrays.stream(effective).skip(1)
                .noneMatch(a -> a.equals("-h") || a.equals("--help") || a.equals("-V") || a.equals("--version"));
    }

    /**
     * Runs {@code extract} on its own command line (building the whole tree costs a batch run about 0.3 s of CPU); a
     * mistake in its arguments is reported by the whole tree, so the message and usage are those of {@code parley extract}.
     */
    private static int extract(String[] effective) {
        CommandLine extract = configure(new CommandLine(new ExtractCommand()));
        extract.setParameterExceptionHandler((e, args) -> commandLine().execute(effective));
        return extract.execute(java.util.Arrays.copyOfRange(effective, 1, effective.length));
    }

    private static CommandLine configure(CommandLine cli) {
        cli.setExecutionExceptionHandler(ParleyCli::handle);
        // Wrong arguments: the problem in one line naming the command, as the commands' own checks say it, then where the
        // help is (picocli printed the whole usage, 10 to 40 lines, under the one that mattered)
        cli.setParameterExceptionHandler((e, args) -> {
            CommandLine failed = e.getCommandLine();
            PrintWriter err = failed.getErr();
            err.println(name(failed) + ": " + e.getMessage());
            CommandLine.UnmatchedArgumentException.printSuggestions(e, err);
            err.println("Try '" + name(failed) + " --help'.");
            err.flush();
            return 2;
        });
        cli.setExitCodeExceptionMapper(e -> e instanceof CommandLine.ParameterException || e instanceof CommandNotAvailable
                || e instanceof UsageProblem ? 2 : 1);
        return cli;
    }

    /**
     * Why a file operation failed. The JDK leaves the reason out of the commonest failures (their message is
     * the bare path), so it is named here from the exception's type.
     */
    static String reason(IOException e) {
        if (e instanceof FileSystemException f && f.getReason() != null) {
            return f.getReason();
        }
        if (e instanceof NoSuchFileException) {
            return "no such file or directory";
        }
        if (e instanceof AccessDeniedException) {
            return "permission denied";
        }
        if (e instanceof FileAlreadyExistsException) {
            return "a file of that name already exists";
        }
        if (e instanceof NotDirectoryException) {
            return "not a directory";
        }
        if (e instanceof DirectoryNotEmptyException) {
            return "directory not empty";
        }
        return e.getMessage() == null ? e.getClass().getSimpleName() : e.getMessage();
    }

    private static int handle(Exception e, CommandLine cmd, CommandLine.ParseResult parsed) {
        PrintWriter err = cmd.getErr();
        if (e instanceof CommandNotAvailable) {
            err.println("parley " + e.getMessage());
            return 2;
        }
        if (e instanceof UsageProblem) {
            err.println(name(cmd) + ": " + e.getMessage());
            err.println("Try '" + name(cmd) + " --help'.");
            return 2;
        }
        if (e instanceof io.parley.site.InvalidSettings bad) {
            // a bad slug or name given to sites add or users add: bad input, exit 2 as every usage error (it was 1)
            err.println(name(cmd) + ": " + bad.field() + ": " + bad.getMessage());
            err.println("Try '" + name(cmd) + " --help'.");
            return 2;
        }
        // A clear one-line message; the stack trace only when asked for, never by default. A model that cannot be
        // read says so itself: Spring wraps it in a chain of bean names ("Error creating bean with name
        // 'classifyController' ... 'abuseClassifier' ...") that would be the last line a failed start prints.
        Throwable shown = e;
        for (Throwable t = e; t != null; t = t.getCause()) {
            if (t instanceof io.parley.model.ModelCorrupt || t instanceof io.parley.model.ModelNotFound) {
                shown = t;
                break;
            }
        }
        // Likewise a database that cannot be reached or a setting that cannot be read (serve): the setting, not the beans.
        java.util.Optional<String> configuration = shown == e ? io.parley.StartupFailure.describe(e) : java.util.Optional.empty();
        String message = configuration.isPresent() ? configuration.get()
                : shown instanceof FileSystemException f && f.getFile() != null ? f.getFile() + ": " + reason(f)
                : shown.getMessage() == null ? shown.toString() : shown.getMessage();
        err.println(name(cmd) + ": " + message);
        if (System.getenv("PARLEY_DEBUG") != null) {
            e.printStackTrace(err);
        }
        return 1;
    }

    /** "parley sites add", not "parley add": a subcommand's name alone does not say which one failed. */
    static String name(CommandLine cmd) {
        String qualified = cmd.getCommandSpec().qualifiedName(" ");
        return qualified.startsWith("parley") ? qualified : "parley " + qualified;
    }
}
