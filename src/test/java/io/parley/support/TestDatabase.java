package io.parley.support;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.Statement;

/**
 * One fresh database per test JVM: on the server named by PARLEY_TEST_DB_URL (CI and this machine) a
 * new database is created, so parallel runs never see each other's rows; without it, tests use the
 * application's own embedded PostgreSQL under target/.
 */
public final class TestDatabase {

    private static String url;

    private TestDatabase() {
    }

    /** JDBC URL of this JVM's database, or null to use the embedded default. */
    public static synchronized String url() {
        String server = System.getenv("PARLEY_TEST_DB_URL");
        if (server == null || server.isBlank()) {
            return null;
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

    private static void drop(String server, String name) {
        try (Connection c = DriverManager.getConnection(server); Statement s = c.createStatement()) {
            s.execute("DROP DATABASE IF EXISTS " + name + " WITH (FORCE)");
        } catch (Exception ignored) {
            // best effort: a leftover test database does no harm
        }
    }

    /** Data directory for the embedded fallback, unique per JVM, under target/. */
    public static String embeddedDir() {
        return "target/pg-test-" + ProcessHandle.current().pid();
    }
}
