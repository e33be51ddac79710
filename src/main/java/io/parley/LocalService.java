package io.parley;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

import java.io.IOException;
import java.nio.channels.FileChannel;
import java.nio.channels.FileLock;
import java.nio.channels.OverlappingFileLockException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.Optional;

/**
 * The service that holds an embedded data directory, as other processes see it. The embedded PostgreSQL
 * lets one process use a data directory at a time; the service that holds it writes {@value #FILE} there
 * (its pid, its URL and a local admin token, readable by the directory's owner only), so a second start can
 * say who holds it in one line, and the CLI's admin commands can go through that service's API instead.
 */
public final class LocalService {

    /** Written into the data directory while a service runs on it; removed when it stops. */
    public static final String FILE = "parley-service.json";
    /** The embedded PostgreSQL's own lock file (zonky), held for as long as a process uses the directory. */
    static final String LOCK = "epg-lock";

    /** A running service: where it answers and the token that makes a caller its admin. */
    public record Endpoint(long pid, String url, String token) {
    }

    private LocalService() {
    }

    /**
     * The embedded data directory these arguments and this environment select, resolved as Spring does for
     * {@code serve} (argument, system property, environment, default); empty when a database URL is set.
     */
    public static Optional<Path> embeddedDir(String... args) {
        String url = setting(args, "spring.datasource.url", "PARLEY_DB_URL");
        if (url == null && System.getenv("SPRING_DATASOURCE_URL") != null) {
            url = System.getenv("SPRING_DATASOURCE_URL");
        }
        if (url != null && !url.isBlank()) {
            return Optional.empty();
        }
        String dir = setting(args, DatabaseConfig.DIR, "PARLEY_PG_DIR");
        return Optional.of(Path.of(dir == null || dir.isBlank()
                ? System.getProperty("user.home") + "/.parley/pg" : dir).toAbsolutePath());
    }

    private static String setting(String[] args, String property, String env) {
        for (String a : args) {
            if (a.startsWith("--" + property + "=")) {
                return a.substring(property.length() + 3);
            }
        }
        String v = System.getProperty(property);
        return v != null ? v : System.getenv(env);
    }

    /** True when another process (or this one) holds the directory's lock now. */
    public static boolean locked(Path dir) {
        Path lock = dir.resolve(LOCK);
        if (!Files.exists(lock)) {
            return false;
        }
        try (FileChannel ch = FileChannel.open(lock, StandardOpenOption.WRITE)) {
            FileLock l = ch.tryLock();
            if (l == null) {
                return true;
            }
            l.release();
            return false;
        } catch (OverlappingFileLockException e) {
            return true;
        } catch (IOException e) {
            return false; // cannot tell: let the database's own start report it
        }
    }

    /** The service recorded in the directory, if its process is still alive. */
    public static Optional<Endpoint> running(Path dir) {
        Path file = dir.resolve(FILE);
        try {
            if (!Files.isReadable(file)) {
                return Optional.empty();
            }
            JsonNode n = new ObjectMapper().readTree(file.toFile());
            long pid = n.path("pid").asLong();
            if (ProcessHandle.of(pid).map(ProcessHandle::isAlive).orElse(false)) {
                return Optional.of(new Endpoint(pid, n.path("url").asText(), n.path("token").asText()));
            }
        } catch (IOException | RuntimeException e) {
            // unreadable or half-written: treat as no service
        }
        return Optional.empty();
    }

    /**
     * One line saying who holds the directory and what to do, or empty when it is free.
     */
    public static Optional<String> inUse(Path dir) {
        if (!locked(dir)) {
            return Optional.empty();
        }
        Optional<Endpoint> service = running(dir);
        String who = service.map(s -> "a running Parley service (pid " + s.pid() + ", " + s.url() + ")")
                .orElseGet(() -> holder(dir).map(pid -> "another process (pid " + pid + ")").orElse("another process"));
        String stop = service.map(s -> "stop it (kill " + s.pid() + ") or use it; ")
                .orElseGet(() -> holder(dir).map(pid -> "stop it (kill " + pid + "); ").orElse("stop it; "));
        return Optional.of("the embedded database in " + dir + " is in use by " + who + ": " + stop
                + "to run another, set PARLEY_PG_DIR to another directory or PARLEY_DB_URL to a PostgreSQL server");
    }

    /** The Java process whose PostgreSQL runs on the directory: the parent of the postmaster in postmaster.pid. */
    private static Optional<Long> holder(Path dir) {
        try {
            String first = Files.readAllLines(dir.resolve("postmaster.pid")).get(0).trim();
            // pg_ctl may leave the postmaster to init: name a parent only when it is a JVM
            return ProcessHandle.of(Long.parseLong(first)).flatMap(ProcessHandle::parent)
                    .filter(p -> p.info().command().map(c -> c.endsWith("java")).orElse(false)).map(ProcessHandle::pid);
        } catch (IOException | RuntimeException e) {
            return Optional.empty();
        }
    }
}
