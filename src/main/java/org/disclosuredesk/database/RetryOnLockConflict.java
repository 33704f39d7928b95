package org.disclosuredesk.database;

import org.springframework.resilience.annotation.Retryable;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * A write that MariaDB may refuse with a deadlock (1213) or a lock wait timeout (1205) ({@link LockConflicts}) is
 * tried again, up to three more times with a growing pause. Safe
 * only on a whole transaction (the retry runs outside it, see {@link ResilienceConfig}) whose effect depends on
 * nothing but its arguments: our writes carry the version the user saw, so a retry never applies a change twice.
 * When the retries are spent the exception reaches {@code UserError}, which tells the user the system was busy.
 */
@Target({ElementType.METHOD, ElementType.TYPE})
@Retention(RetentionPolicy.RUNTIME)
@Documented
@Retryable(predicate = LockConflicts.class, maxRetries = 3, delay = 200, multiplier = 2,
        jitter = 50, maxDelay = 2000)
public @interface RetryOnLockConflict {
}
