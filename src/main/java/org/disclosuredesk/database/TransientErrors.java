package org.disclosuredesk.database;

import org.disclosuredesk.error.UserFacingException;
import org.springframework.dao.OptimisticLockingFailureException;
import org.springframework.dao.RecoverableDataAccessException;
import org.springframework.dao.TransientDataAccessException;
import org.springframework.jdbc.CannotGetJdbcConnectionException;
import org.springframework.resilience.retry.MethodRetryPredicate;

import java.lang.reflect.Method;
import java.sql.SQLException;
import java.sql.SQLNonTransientConnectionException;
import java.sql.SQLRecoverableException;
import java.sql.SQLTransientConnectionException;

/**
 * Which failures are worth running the whole transaction again for (decision 017): the database refused or lost the
 * transaction for reasons that have nothing to do with what it did —
 * <ul>
 * <li>a lock conflict: deadlock (1213, also how a Galera certification failure surfaces) or lock wait timeout (1205),
 * {@link LockConflicts};</li>
 * <li>a Galera node not ready (1047 "WSREP has not yet prepared node for application use");</li>
 * <li>a dropped or refused connection: SQL state class 08, {@code SQLTransientConnectionException},
 * {@code SQLNonTransientConnectionException}, {@code SQLRecoverableException}, the server killing the connection
 * (1927), and Spring's {@code CannotGetJdbcConnectionException}, {@code RecoverableDataAccessException},
 * {@code TransientDataAccessException}.</li>
 * </ul>
 * An edit conflict ({@link OptimisticLockingFailureException}: the report changed since the user read it) is never
 * transient, although Spring files it under {@code TransientDataAccessException}: the user decides what to do with it.
 * Nor is any refusal the application itself raised ({@link UserFacingException}).
 */
public final class TransientErrors implements MethodRetryPredicate {

    static final int WSREP_NOT_READY = 1047;
    static final int CONNECTION_KILLED = 1927;

    public static boolean isTransient(Throwable thrown) {
        Throwable e = thrown;
        for (int depth = 0; e != null && depth < 10; depth++, e = e.getCause()) {
            if (e instanceof OptimisticLockingFailureException || e instanceof UserFacingException) {
                return false;
            }
        }
        return LockConflicts.isLockConflict(thrown) || isConnectionFailure(thrown) || find(thrown,
                TransientDataAccessException.class);
    }

    /**
     * Whether the database could not be reached or dropped the connection (also a Galera node that is not ready):
     * after the retries the user is told the database is unavailable rather than busy.
     */
    public static boolean isConnectionFailure(Throwable thrown) {
        Throwable e = thrown;
        for (int depth = 0; e != null && depth < 10; depth++, e = e.getCause()) {
            if (e instanceof CannotGetJdbcConnectionException || e instanceof RecoverableDataAccessException
                    || e instanceof SQLTransientConnectionException || e instanceof SQLNonTransientConnectionException
                    || e instanceof SQLRecoverableException) {
                return true;
            }
            if (e instanceof SQLException sql && (sql.getErrorCode() == WSREP_NOT_READY
                    || sql.getErrorCode() == CONNECTION_KILLED
                    || (sql.getSQLState() != null && sql.getSQLState().startsWith("08")))) {
                return true;
            }
        }
        return false;
    }

    private static boolean find(Throwable thrown, Class<? extends Throwable> type) {
        Throwable e = thrown;
        for (int depth = 0; e != null && depth < 10; depth++, e = e.getCause()) {
            if (type.isInstance(e)) {
                return true;
            }
        }
        return false;
    }

    @Override
    public boolean shouldRetry(Method method, Throwable throwable) {
        return isTransient(throwable);
    }
}
