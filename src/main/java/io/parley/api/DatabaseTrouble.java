package io.parley.api;

import org.springframework.dao.DataAccessResourceFailureException;
import org.springframework.dao.QueryTimeoutException;
import org.springframework.dao.TransientDataAccessException;
import org.springframework.jdbc.CannotGetJdbcConnectionException;
import org.springframework.transaction.CannotCreateTransactionException;
import org.springframework.transaction.TransactionSystemException;

import java.sql.SQLException;
import java.sql.SQLTransientConnectionException;

/**
 * Which database errors are the server's passing state (down, restarting, out of room) and so a 503
 * with Retry-After, wherever they surface: in a controller or in a filter before one.
 */
final class DatabaseTrouble {

    private DatabaseTrouble() {
    }

    static boolean isPassing(Throwable e) {
        for (Throwable t = e; t != null; t = t.getCause()) {
            if (t instanceof CannotGetJdbcConnectionException || t instanceof DataAccessResourceFailureException
                    || t instanceof CannotCreateTransactionException || t instanceof QueryTimeoutException
                    || t instanceof TransientDataAccessException || t instanceof TransactionSystemException
                    || t instanceof SQLTransientConnectionException) {
                return true;
            }
            // SQLSTATE classes: 53 insufficient resources (disk full…), 57 operator intervention
            // (a restart), 08 connection exception.
            if (t instanceof SQLException sql && sql.getSQLState() != null) {
                String s = sql.getSQLState();
                if (s.startsWith("53") || s.startsWith("57") || s.startsWith("08")) {
                    return true;
                }
            }
        }
        return false;
    }
}
