package org.disclosuredesk.database;

import org.springframework.dao.PessimisticLockingFailureException;
import org.springframework.resilience.retry.MethodRetryPredicate;

import java.lang.reflect.Method;
import java.sql.SQLException;

/**
 * Whether a failure is MariaDB refusing a write because another transaction holds the rows: a deadlock (1213) or a
 * lock wait timeout (1205). Spring does not always translate these for the MariaDB driver (1205 arrives as an
 * {@code UncategorizedSQLException}), so the error code itself is read.
 */
public final class LockConflicts implements MethodRetryPredicate {

    static final int LOCK_WAIT_TIMEOUT = 1205;
    static final int DEADLOCK = 1213;

    public static boolean isLockConflict(Throwable thrown) {
        Throwable e = thrown;
        for (int depth = 0; e != null && depth < 10; depth++, e = e.getCause()) {
            if (e instanceof PessimisticLockingFailureException) {
                return true;
            }
            if (e instanceof SQLException sql && (sql.getErrorCode() == LOCK_WAIT_TIMEOUT
                    || sql.getErrorCode() == DEADLOCK || "40001".equals(sql.getSQLState()))) {
                return true;
            }
        }
        return false;
    }

    @Override
    public boolean shouldRetry(Method method, Throwable throwable) {
        return isLockConflict(throwable);
    }
}
