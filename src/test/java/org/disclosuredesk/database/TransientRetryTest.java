package org.disclosuredesk.database;

import org.disclosuredesk.SpringTestBase;
import org.disclosuredesk.ui.UserError;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.dao.DataAccessResourceFailureException;
import org.springframework.dao.OptimisticLockingFailureException;
import org.springframework.jdbc.CannotGetJdbcConnectionException;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.TransactionSystemException;
import org.springframework.transaction.support.TransactionTemplate;

import javax.sql.DataSource;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.SQLNonTransientConnectionException;
import java.sql.SQLTransientConnectionException;
import java.sql.Statement;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * The retry rules of decision 017 on the real database: a deadlock between two transactions is retried and the loser
 * then succeeds; a failure that does not pass stops after the bound and reaches the user as "busy" or "unavailable";
 * an edit conflict is never retried. Committed (two connections), on a probe table of its own.
 */
class TransientRetryTest extends SpringTestBase {

    @Autowired
    DataSource dataSource;
    @Autowired
    PlatformTransactionManager transactions;

    private final TransientRetry fast = new TransientRetry(3, 20, 5);

    @BeforeEach
    void probe() {
        jdbc.execute("CREATE TABLE IF NOT EXISTS retry_probe (id INT PRIMARY KEY, n INT NOT NULL) ENGINE = InnoDB");
        jdbc.update("DELETE FROM retry_probe");
        for (int id = 1; id <= 60; id++) {
            jdbc.update("INSERT INTO retry_probe (id, n) VALUES (?, 0)", id);
        }
    }

    @AfterEach
    void drop() {
        jdbc.execute("DROP TABLE IF EXISTS retry_probe");
    }

    @Test
    void aDeadlockIsRetriedInAFreshTransactionAndTheLoserThenSucceeds() throws Exception {
        CountDownLatch firstHoldsRow1 = new CountDownLatch(1);
        CountDownLatch otherHoldsRow2 = new CountDownLatch(1);
        AtomicInteger attempts = new AtomicInteger();
        TransactionTemplate tx = new TransactionTemplate(transactions);
        // the other transaction changes many rows, so MariaDB picks the retried one (fewer rows) as the victim
        CompletableFuture<Void> other = CompletableFuture.runAsync(() -> {
            try (Connection c = dataSource.getConnection(); Statement s = c.createStatement()) {
                c.setAutoCommit(false);
                s.executeUpdate("UPDATE retry_probe SET n = n + 100 WHERE id >= 2");
                otherHoldsRow2.countDown();
                firstHoldsRow1.await(10, TimeUnit.SECONDS);
                Thread.sleep(300); // the first is waiting for row 2 by now
                s.executeUpdate("UPDATE retry_probe SET n = n + 100 WHERE id = 1");
                c.commit();
            } catch (SQLException | InterruptedException e) {
                throw new IllegalStateException(e);
            }
        });
        Integer result = fast.inTransaction("probe", tx, status -> {
            int attempt = attempts.incrementAndGet();
            jdbc.update("UPDATE retry_probe SET n = n + 1 WHERE id = 1");
            if (attempt == 1) {
                firstHoldsRow1.countDown();
                try {
                    otherHoldsRow2.await(10, TimeUnit.SECONDS);
                } catch (InterruptedException e) {
                    throw new IllegalStateException(e);
                }
            }
            jdbc.update("UPDATE retry_probe SET n = n + 1 WHERE id = 2");
            return attempt;
        });
        other.get(30, TimeUnit.SECONDS);
        assertThat(result).as("the second attempt succeeded").isEqualTo(2);
        assertThat(attempts.get()).isEqualTo(2);
        // both transactions' changes, the retried one's once
        assertThat(jdbc.queryForObject("SELECT n FROM retry_probe WHERE id = 1", Integer.class)).isEqualTo(101);
        assertThat(jdbc.queryForObject("SELECT n FROM retry_probe WHERE id = 2", Integer.class)).isEqualTo(101);
    }

    @Test
    void aLockThatIsNeverReleasedStopsAfterTheBoundAndTheUserIsToldTheSystemIsBusy() throws Exception {
        AtomicInteger attempts = new AtomicInteger();
        TransactionTemplate tx = new TransactionTemplate(transactions);
        try (Connection holder = dataSource.getConnection(); Statement s = holder.createStatement()) {
            holder.setAutoCommit(false);
            s.executeQuery("SELECT id FROM retry_probe WHERE id = 1 FOR UPDATE").close();
            assertThatThrownBy(() -> fast.inTransaction("probe", tx, status -> {
                attempts.incrementAndGet();
                return jdbc.update("UPDATE retry_probe SET n = n + 1 WHERE id = 1"); // waits 2 s (tests), then 1205
            })).satisfies(e -> {
                assertThat(TransientErrors.isTransient(e)).isTrue();
                assertThat(UserError.of(e).messageKey()).isEqualTo("error.busy");
            });
            holder.rollback();
        }
        assertThat(attempts.get()).as("the first attempt and three retries").isEqualTo(4);
        assertThat(jdbc.queryForObject("SELECT n FROM retry_probe WHERE id = 1", Integer.class)).isZero();
    }

    @Test
    void aDatabaseThatStaysUnreachableStopsAfterTheBoundAndTheUserIsToldSo() {
        AtomicInteger attempts = new AtomicInteger();
        assertThatThrownBy(() -> fast.run("probe", () -> {
            attempts.incrementAndGet();
            throw new CannotGetJdbcConnectionException("no connection",
                    new SQLTransientConnectionException("Connection is not available, request timed out"));
        })).isInstanceOf(CannotGetJdbcConnectionException.class)
                .satisfies(e -> assertThat(UserError.of(e).messageKey()).isEqualTo("error.unavailable"));
        assertThat(attempts.get()).isEqualTo(4);
    }

    @Test
    void anEditConflictIsNeverRetried() {
        AtomicInteger attempts = new AtomicInteger();
        assertThatThrownBy(() -> fast.run("save", () -> {
            attempts.incrementAndGet();
            throw new OptimisticLockingFailureException("report 5 changed since version 3");
        })).isInstanceOf(OptimisticLockingFailureException.class)
                .satisfies(e -> assertThat(UserError.of(e).messageKey()).isEqualTo("report.error.stale"));
        assertThat(attempts.get()).isEqualTo(1);
    }

    @Test
    void whichFailuresAreTransient() {
        assertThat(TransientErrors.isTransient(new SQLException("Deadlock found", "40001", 1213))).isTrue();
        assertThat(TransientErrors.isTransient(new SQLException("Lock wait timeout exceeded", "HY000", 1205))).isTrue();
        // a Galera node not (yet) in the cluster's primary component
        assertThat(TransientErrors.isTransient(new DataAccessResourceFailureException("x",
                new SQLException("WSREP has not yet prepared node for application use", "08S01", 1047)))).isTrue();
        assertThat(TransientErrors.isTransient(new SQLException("WSREP has not yet prepared node", "HY000", 1047)))
                .isTrue();
        // a certification failure at commit, wrapped by the transaction manager
        assertThat(TransientErrors.isTransient(new TransactionSystemException("Could not commit",
                new SQLException("Deadlock found when trying to get lock; try restarting transaction", "40001", 1213))))
                .isTrue();
        assertThat(TransientErrors.isTransient(new SQLNonTransientConnectionException("socket closed", "08000")))
                .isTrue();
        assertThat(TransientErrors.isConnectionFailure(new SQLNonTransientConnectionException("socket closed", "08000")))
                .isTrue();
        // never: an edit conflict (Spring files it under TransientDataAccessException; also as the cause of a transient-looking wrapper), a plain error, a refusal of ours
        assertThat(TransientErrors.isTransient(new OptimisticLockingFailureException("report 5 changed")))
                .isFalse();
        assertThat(TransientErrors.isTransient(new TransactionSystemException("x",
                new OptimisticLockingFailureException("stale")))).isFalse();
        assertThat(TransientErrors.isTransient(new SQLException("Duplicate entry", "23000", 1062))).isFalse();
        assertThat(TransientErrors.isTransient(new IllegalStateException("bug"))).isFalse();
    }
}
