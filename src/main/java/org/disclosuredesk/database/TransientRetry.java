package org.disclosuredesk.database;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.transaction.support.TransactionCallback;
import org.springframework.transaction.support.TransactionSynchronizationManager;
import org.springframework.transaction.support.TransactionTemplate;

import java.util.concurrent.ThreadLocalRandom;
import java.util.function.Supplier;

/**
 * Runs a whole transaction again when the database refused or lost it for a passing reason ({@link TransientErrors}),
 * at most {@link #MAX_RETRIES} more times, pausing 200 ms, 400 ms, 800 ms (each ± 50 ms of jitter, so that the
 * transactions that collided do not collide again in step). The programmatic twin of {@link RetryOnTransientError},
 * with the same policy, for code that is not a Spring bean method (the rollup refresher).
 * <p>
 * Only for work whose effect depends on nothing but its inputs (idempotent): an attempt that failed was rolled back
 * whole. An edit conflict is never retried. Inside a transaction that is already open (a caller's, or a test's) the work
 * runs once: an attempt cannot be rolled back on its own there, so retrying it would be wrong.
 */
public final class TransientRetry {

    public static final int MAX_RETRIES = 3;
    public static final long DELAY_MS = 200;
    public static final double MULTIPLIER = 2;
    public static final long JITTER_MS = 50;
    public static final long MAX_DELAY_MS = 2000;

    private static final Logger log = LoggerFactory.getLogger(TransientRetry.class);
    private static final TransientRetry STANDARD = new TransientRetry(MAX_RETRIES, DELAY_MS, JITTER_MS);

    private final int maxRetries;
    private final long delayMs;
    private final long jitterMs;

    /** A policy of its own (tests use short pauses); {@link #standard()} is the application's. */
    public TransientRetry(int maxRetries, long delayMs, long jitterMs) {
        this.maxRetries = maxRetries;
        this.delayMs = delayMs;
        this.jitterMs = jitterMs;
    }

    public static TransientRetry standard() {
        return STANDARD;
    }

    /** Runs {@code work} in a transaction of {@code tx}, the whole transaction again after a transient failure. */
    public <T> T inTransaction(String what, TransactionTemplate tx, TransactionCallback<T> work) {
        return run(what, () -> tx.execute(work));
    }

    /** Runs {@code attempt}, again after a transient failure; the last failure is thrown when the retries are spent. */
    public <T> T run(String what, Supplier<T> attempt) {
        if (TransactionSynchronizationManager.isActualTransactionActive()) {
            return attempt.get();
        }
        double delay = delayMs;
        for (int retry = 0; ; retry++) {
            try {
                return attempt.get();
            } catch (RuntimeException e) {
                if (retry >= maxRetries || !TransientErrors.isTransient(e)) {
                    throw e;
                }
                long pause = Math.max(0, Math.min(MAX_DELAY_MS, (long) delay)
                        + (jitterMs > 0 ? ThreadLocalRandom.current().nextLong(-jitterMs, jitterMs + 1) : 0));
                log.info("{}: transient database failure, attempt {} of {} again in {} ms: {}", what, retry + 2,
                        maxRetries + 1, pause, e.toString());
                try {
                    Thread.sleep(pause);
                } catch (InterruptedException interrupted) {
                    Thread.currentThread().interrupt();
                    throw e;
                }
                delay *= MULTIPLIER;
            }
        }
    }
}
