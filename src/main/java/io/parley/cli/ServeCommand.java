package io.parley.cli;

import io.parley.ParleyApplication;
import picocli.CommandLine.Command;
import picocli.CommandLine.Unmatched;

import java.util.List;
import java.util.concurrent.Callable;

@Command(name = "serve", mixinStandardHelpOptions = true,
        description = {"Run the web service (REST API, moderator and site-owner pages).",
                "Without PARLEY_DB_URL it starts an embedded PostgreSQL under ~/.parley/pg."},
        footer = {"", "Example:", "  PARLEY_DB_URL=jdbc:postgresql://db:5432/parley parley serve --server.port=8080"})
final class ServeCommand implements Callable<Integer> {

    private static volatile boolean started;

    /** Spring Boot options such as --server.port=8081, passed through. */
    @Unmatched
    List<String> springArgs = new java.util.ArrayList<>();

    /**
     * Spring Boot reads only {@code --name=value} (and a bare {@code --debug} or {@code --trace}) and ignores the rest,
     * so {@code serve --port abc} started on the default port as if nothing had been asked: refused instead.
     */
    static void checkSpringArgs(List<String> args) {
        for (String a : args) {
            boolean setting = a.startsWith("--") && a.indexOf('=') > 2;
            if (!setting && !a.equals("--debug") && !a.equals("--trace")) {
                throw new UsageProblem("unknown argument '" + a + "': settings are passed as --name=value, e.g. "
                        + "--server.port=8081 (or PARLEY_PORT=8081)");
            }
        }
    }

    static boolean started() {
        return started;
    }

    @Override
    public Integer call() {
        checkSpringArgs(springArgs);
        // A second start on a held data directory: one line naming the holder, exit 1, before Spring logs a thing.
        java.util.Optional<String> held = io.parley.LocalService.embeddedDir(springArgs.toArray(String[]::new))
                .flatMap(io.parley.LocalService::inUse);
        if (held.isPresent()) {
            throw new IllegalStateException(held.get());
        }
        IdleMemory.apply();
        ServeCompilation.apply(); // before Spring starts: its start-up code is not queued for C2 either
        ParleyApplication.application().run(springArgs.toArray(String[]::new));
        started = true;
        return 0;
    }
}
