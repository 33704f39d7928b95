package org.disclosuredesk.security;

import org.springframework.security.authentication.LockedException;

import java.time.Duration;

/** Refused without looking at the password: the account or the client address guessed too often. */
class LoginLockedException extends LockedException {

    private final transient Duration remaining;

    public LoginLockedException(Duration remaining) {
        super("Too many failed logins; locked for " + remaining);
        this.remaining = remaining;
    }

    /** Whole minutes left, rounded up so that "try again in 0 minutes" never shows. */
    public long minutesLeft() {
        return Math.max(1, (remaining.toSeconds() + 59) / 60);
    }
}
