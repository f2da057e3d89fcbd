package io.gatehouse.web.support;

import jakarta.persistence.PersistenceException;
import org.springframework.dao.DataAccessException;
import org.springframework.dao.DataAccessResourceFailureException;
import org.springframework.transaction.CannotCreateTransactionException;
import org.springframework.transaction.TransactionException;

import javax.sql.DataSource;

import java.net.ConnectException;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.SQLTransientConnectionException;

/**
 * Whether a failure means the database could not be reached (down, restarting, the pool waited in vain), as
 * opposed to a fault of ours. Such a request changed nothing: a transaction that could not start or reach its
 * commit left no event behind, so the honest answer is 503 and "try again", never a 500.
 */
public final class DatabaseUnavailable {

    /** SQLSTATE class 08 is "connection exception"; 57P01-57P03 are the server shutting down or starting up. */
    private static final String CONNECTION_CLASS = "08";

    private static final int PROBE_SECONDS = 2;

    private DatabaseUnavailable() {
    }

    /**
     * As {@link #causedBy(Throwable)}, and for a database failure that names no cause (a rollback on a connection
     * the pool already closed says only "Connection is closed") asks the pool whether the database answers now.
     */
    public static boolean causedBy(Throwable failure, DataSource database) {
        if (causedBy(failure)) {
            return true;
        }
        if (database == null || !involvesTheDatabase(failure)) {
            return false;
        }
        try (Connection connection = database.getConnection()) {
            return !connection.isValid(PROBE_SECONDS);
        } catch (SQLException unreachable) {
            return true;
        }
    }

    public static boolean causedBy(Throwable failure) {
        for (Throwable t = failure; t != null; t = t.getCause() == t ? null : t.getCause()) {
            if (t instanceof DataAccessResourceFailureException || t instanceof CannotCreateTransactionException
                    || t instanceof SQLTransientConnectionException || t instanceof ConnectException
                    || isConnectionState(t)) {
                return true;
            }
        }
        return false;
    }

    private static boolean involvesTheDatabase(Throwable failure) {
        for (Throwable t = failure; t != null; t = t.getCause() == t ? null : t.getCause()) {
            if (t instanceof SQLException || t instanceof DataAccessException || t instanceof TransactionException
                    || t instanceof PersistenceException) {
                return true;
            }
        }
        return false;
    }

    private static boolean isConnectionState(Throwable t) {
        if (!(t instanceof SQLException sql) || sql.getSQLState() == null) {
            return false;
        }
        String state = sql.getSQLState();
        return state.startsWith(CONNECTION_CLASS) || state.equals("57P01") || state.equals("57P02")
                || state.equals("57P03");
    }
}
