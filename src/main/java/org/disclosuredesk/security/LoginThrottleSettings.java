package org.disclosuredesk.security;

import org.springframework.boot.context.properties.ConfigurationProperties;

import java.time.Duration;

/**
 * Limits on password guessing ({@code app.login.*}): failures counted per account and per client address within
 * a window; past the limit the account or address is locked, each repeat lock twice as long as the previous one.
 */
@ConfigurationProperties("app.login")
public record LoginThrottleSettings(int maxFailuresPerAccount, int maxFailuresPerAddress, Duration window,
                                    Duration lock, Duration maxLock) {

    public LoginThrottleSettings {
        if (maxFailuresPerAccount < 1 || maxFailuresPerAddress < 1) {
            throw new IllegalArgumentException("app.login.max-failures-* must be at least 1");
        }
        if (window == null || lock == null || maxLock == null || maxLock.compareTo(lock) < 0) {
            throw new IllegalArgumentException("app.login.window, lock and max-lock must be set, max-lock >= lock");
        }
    }

    public static LoginThrottleSettings defaults() {
        return new LoginThrottleSettings(5, 30, Duration.ofMinutes(15), Duration.ofMinutes(15), Duration.ofHours(2));
    }
}
