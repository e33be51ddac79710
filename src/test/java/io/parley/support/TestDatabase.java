package io.parley.support;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.Statement;

/**
 * One fresh database per test JVM: on the server named by PARLEY_TEST_DB_URL (CI and this machine) a
 * new database is created, so parallel runs never see each other's rows; without it (a fresh clone)
 * one embedded PostgreSQL under target/ is started for the whole JVM and shared by every test context.
 */
public final class TestDatabase {

    private static String url;

    private TestDatabase() {
    }

    private static io.zonky.test.db.postgres.embedded.EmbeddedPostgres embedded;

    /** JDBC URL of this JVM's database. */
    public static synchronized String url() {
        String server = System.getenv("PARLEY_TEST_DB_URL");
        if (server == null || server.isBlank()) {
            return embeddedUrl();
        }
        if (url == null) {
            String name = "parley_t_" + ProcessHandle.current().pid() + "_" + (System.nanoTime() % 1_000_000);
            try (Connection c = DriverManager.getConnection(server); Statement s = c.createStatement()) {
                s.execute("CREATE DATABASE " + name);
            } catch (Exception e) {
                throw new IllegalStateException("cannot create test database on " + server + ": " + e.getMessage(), e);
            }
            int slash = server.lastIndexOf('/');
            int q = server.indexOf('?', slash);
            url = server.substring(0, slash + 1) + name + (q >= 0 ? server.substring(q) : "");
            Runtime.getRuntime().addShutdownHook(new Thread(() -> drop(server, name)));
        }
        return url;
    }

    /**
     * A database of its own for a test whose service must not share its outbox with the other contexts of the JVM
     * (their pipeline workers would classify its comments with other models); the JVM's database without a server.
     */
    public static synchronized String separate() {
        String server = System.getenv("PARLEY_TEST_DB_URL");
        if (server == null || server.isBlank()) {
            return embeddedUrl().replace("/postgres?", "/" + createdOn(embeddedUrl(), "parley_s") + "?");
        }
        String name = createdOn(server, "parley_s");
        int slash = server.lastIndexOf('/');
        int q = server.indexOf('?', slash);
        return server.substring(0, slash + 1) + name + (q >= 0 ? server.substring(q) : "");
    }

    private static String createdOn(String server, String prefix) {
        String name = prefix + "_" + ProcessHandle.current().pid() + "_" + (System.nanoTime() % 1_000_000);
        try (Connection c = DriverManager.getConnection(server); Statement s = c.createStatement()) {
            s.execute("CREATE DATABASE " + name);
        } catch (Exception e) {
            throw new IllegalStateException("cannot create test database on " + server + ": " + e.getMessage(), e);
        }
        Runtime.getRuntime().addShutdownHook(new Thread(() -> drop(server, name)));
        return name;
    }

    private static void drop(String server, String name) {
        try (Connection c = DriverManager.getConnection(server); Statement s = c.createStatement()) {
            s.execute("DROP DATABASE IF EXISTS " + name + " WITH (FORCE)");
        } catch (Exception ignored) {
            // best effort: a leftover test database does no harm
        }
    }

    private static String embeddedUrl() {
        if (embedded == null) {
            try {
                embedded = io.zonky.test.db.postgres.embedded.EmbeddedPostgres.builder()
                        .setDataDirectory(java.nio.file.Path.of(embeddedDir()).toAbsolutePath())
                        .setCleanDataDirectory(true).start();
            } catch (java.io.IOException e) {
                throw new IllegalStateException("cannot start the embedded test PostgreSQL: " + e.getMessage(), e);
            }
            io.zonky.test.db.postgres.embedded.EmbeddedPostgres pg = embedded;
            Runtime.getRuntime().addShutdownHook(new Thread(() -> {
                try {
                    pg.close();
                } catch (java.io.IOException ignored) {
                    // the JVM is going anyway
                }
            }));
        }
        return embedded.getJdbcUrl("postgres", "postgres");
    }

    /** Data directory for the embedded fallback, unique per JVM, under target/. */
    public static String embeddedDir() {
        return "target/pg-test-" + ProcessHandle.current().pid();
    }
}
