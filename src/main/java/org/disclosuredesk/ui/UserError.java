package org.disclosuredesk.ui;

import org.disclosuredesk.database.LockConflicts;
import org.disclosuredesk.database.TransientErrors;
import org.disclosuredesk.error.UserFacingException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.dao.OptimisticLockingFailureException;
import org.springframework.dao.QueryTimeoutException;
import org.springframework.dao.TransientDataAccessResourceException;
import org.springframework.security.access.AccessDeniedException;

import java.security.SecureRandom;
import java.util.Locale;

/**
 * The one way an exception becomes something a person reads: a refusal the code expected (a typed exception with a
 * message key) is shown as it is; a busy database after its retries says so; anything else gets a reference id that
 * is also in the log, with the class, message and stack trace — which the user never sees.
 *
 * @param messageKey the i18n key to show
 * @param args       its arguments
 * @param reference  the id under which the failure was logged, or null for an expected refusal
 */
public record UserError(String messageKey, Object[] args, String reference) {

    private static final Logger log = LoggerFactory.getLogger(UserError.class);
    private static final SecureRandom RANDOM = new SecureRandom();
    private static final String ALPHABET = "ABCDEFGHJKLMNPQRSTUVWXYZ23456789";

    public static UserError of(Throwable thrown) {
        return of(thrown, "action");
    }

    /** @param context what was being done, for the log line ("opening /reports/2024/5", "approve") */
    public static UserError of(Throwable thrown, String context) {
        Throwable e = unwrap(thrown);
        if (e instanceof UserFacingException r) {
            return new UserError(r.messageKey(), r.args(), null);
        }
        if (e instanceof OptimisticLockingFailureException) {
            return new UserError("report.error.stale", new Object[0], null);
        }
        if (e instanceof AccessDeniedException) {
            return new UserError("error.accessDenied", new Object[0], null);
        }
        if (TransientErrors.isConnectionFailure(e)) {
            String ref = newReference();
            log.warn("[{}] {} gave up on an unreachable database: {}", ref, context, e.toString());
            return new UserError("error.unavailable", new Object[]{ref}, ref);
        }
        if (LockConflicts.isLockConflict(e) || e instanceof QueryTimeoutException
                || e instanceof TransientDataAccessResourceException) {
            String ref = newReference();
            log.warn("[{}] {} gave up on a busy database: {}", ref, context, e.toString());
            return new UserError("error.busy", new Object[]{ref}, ref);
        }
        String ref = newReference();
        log.error("[{}] {} failed unexpectedly", ref, context, thrown);
        return new UserError("error.unexpectedRef", new Object[]{ref}, ref);
    }

    /** Vaadin and reflection wrap what the application threw; the user's answer depends on the innermost known cause. */
    static Throwable unwrap(Throwable thrown) {
        Throwable e = thrown;
        for (int depth = 0; e != null && depth < 10; depth++, e = e.getCause()) {
            if (e instanceof UserFacingException || e instanceof OptimisticLockingFailureException
                    || e instanceof AccessDeniedException || LockConflicts.isLockConflict(e)
                    || e instanceof QueryTimeoutException || e instanceof TransientDataAccessResourceException
                    || TransientErrors.isConnectionFailure(e)) {
                return e;
            }
        }
        return thrown;
    }

    /** Eight characters a person can read out on the phone (no 0/O, 1/I). */
    static String newReference() {
        StringBuilder sb = new StringBuilder(8);
        for (int i = 0; i < 8; i++) {
            sb.append(ALPHABET.charAt(RANDOM.nextInt(ALPHABET.length())));
        }
        return sb.toString().toUpperCase(Locale.ROOT);
    }
}
