package org.disclosuredesk.database;

import org.springframework.resilience.annotation.Retryable;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * A transaction the database may refuse or lose for a passing reason ({@link TransientErrors}: a deadlock or lock wait
 * timeout, a Galera certification failure or a node not ready, a dropped connection) is run again, up to three more
 * times with a growing, jittered pause — the same policy as {@link TransientRetry}. Safe only on a whole transaction
 * (the retry runs outside it, see {@link ResilienceConfig}) whose effect depends on nothing but its arguments: our
 * writes carry the version the user saw, so a retry never applies a change twice, and an edit conflict is never
 * retried. When the retries are spent the exception reaches {@code UserError}, which tells the user the system was
 * busy or the database unreachable.
 */
@Target({ElementType.METHOD, ElementType.TYPE})
@Retention(RetentionPolicy.RUNTIME)
@Documented
@Retryable(predicate = TransientErrors.class, maxRetries = TransientRetry.MAX_RETRIES, delay = TransientRetry.DELAY_MS,
        multiplier = TransientRetry.MULTIPLIER, jitter = TransientRetry.JITTER_MS, maxDelay = TransientRetry.MAX_DELAY_MS)
public @interface RetryOnTransientError {
}
