package io.parley;

import org.springframework.boot.context.properties.bind.BindException;
import org.springframework.boot.context.properties.source.InvalidConfigurationPropertyValueException;

import java.sql.SQLException;
import java.util.Optional;

/**
 * What an operator fixes in the configuration when {@code serve} does not start: a database that cannot be reached
 * or entered, or a setting whose value cannot be read. Spring reports these as a chain of bean names ("Error
 * creating bean with name 'demoData' ... 'siteDirectory' ... 'flywayInitializer'") or of configuration classes
 * ("Failed to process import candidates ..."), with the cause at the bottom of a long trace; this names the cause.
 */
public final class StartupFailure {

    private StartupFailure() {
    }

    /** One line naming what to fix, when {@code failure} is of such a kind. */
    public static Optional<String> describe(Throwable failure) {
        for (Throwable t = failure; t != null; t = t.getCause()) {
            if (t instanceof InvalidConfigurationPropertyValueException invalid) {
                // "Property server.port with value 'notaport' is invalid: Failed to convert to type java.lang.Integer"
                return Optional.of(invalid.getMessage());
            }
            if (t instanceof BindException bind) {
                Throwable cause = bind.getCause();
                return Optional.of(bind.getMessage() + (cause == null || cause.getMessage() == null ? "" : ": " + cause.getMessage()));
            }
            if (t instanceof SQLException sql && sql.getSQLState() != null && (sql.getSQLState().startsWith("08")
                    || sql.getSQLState().startsWith("28") || sql.getSQLState().startsWith("3D"))) {
                // connection refused or lost, password refused, no such database: the message names host, user or database
                return Optional.of("the database cannot be used: " + sql.getMessage() + " (check PARLEY_DB_URL, PARLEY_DB_USER"
                        + " and PARLEY_DB_PASSWORD, or leave PARLEY_DB_URL empty for the embedded PostgreSQL)");
            }
        }
        return Optional.empty();
    }
}
