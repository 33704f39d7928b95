package org.disclosuredesk.security;

import org.junit.jupiter.api.Test;
import org.springframework.security.authentication.AuthenticationProvider;
import org.springframework.security.authentication.BadCredentialsException;
import org.springframework.security.authentication.DisabledException;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.Authentication;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.concurrent.atomic.AtomicInteger;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** The throttle's arithmetic on a clock the test moves, and its place in front of the password check. */
class LoginThrottleTest {

    private final MovableClock clock = new MovableClock();
    private final LoginThrottle throttle = new LoginThrottle(LoginThrottleSettings.defaults(), clock);

    @Test
    void fiveFailuresWithinTheWindowLockTheAccountForFifteenMinutes() {
        for (int i = 0; i < 4; i++) {
            throttle.failed("editor", "10.0.0.1");
            clock.advance(Duration.ofMinutes(3));
        }
        assertThat(throttle.lockedFor("editor", "10.0.0.2")).isEmpty();
        throttle.failed("editor", "10.0.0.1");
        // locked for that account from any address, not for other accounts from the same address
        assertThat(throttle.lockedFor("editor", "10.0.0.2")).contains(Duration.ofMinutes(15));
        assertThat(throttle.lockedFor("EDITOR", "10.0.0.2")).isPresent();
        assertThat(throttle.lockedFor("viewer", "10.0.0.1")).isEmpty();
        clock.advance(Duration.ofMinutes(15));
        assertThat(throttle.lockedFor("editor", "10.0.0.2")).isEmpty();
    }

    @Test
    void failuresOlderThanTheWindowDoNotCount() {
        for (int i = 0; i < 10; i++) {
            throttle.failed("editor", "10.0.0.1");
            clock.advance(Duration.ofMinutes(4)); // never 5 within 15 minutes
        }
        assertThat(throttle.lockedFor("editor", "10.0.0.1")).isEmpty();
    }

    @Test
    void repeatedLocksDoubleUpToTwoHours() {
        Duration[] expected = {Duration.ofMinutes(15), Duration.ofMinutes(30), Duration.ofHours(1),
                Duration.ofHours(2), Duration.ofHours(2)};
        for (Duration lock : expected) {
            for (int i = 0; i < 5; i++) {
                throttle.failed("admin", "10.0.0." + i); // spread over addresses: only the account locks
            }
            assertThat(throttle.lockedFor("admin", "10.9.9.9")).contains(lock);
            clock.advance(lock);
        }
    }

    @Test
    void successClearsTheAccountCounterAndItsStrikes() {
        for (int i = 0; i < 5; i++) {
            throttle.failed("editor", "10.0.0.1");
        }
        clock.advance(Duration.ofMinutes(15));
        for (int i = 0; i < 4; i++) {
            throttle.failed("editor", "10.0.0.1");
        }
        throttle.succeeded("editor");
        for (int i = 0; i < 4; i++) {
            throttle.failed("editor", "10.0.0.1");
        }
        assertThat(throttle.lockedFor("editor", "10.0.0.3")).isEmpty();
        throttle.failed("editor", "10.0.0.1");
        // a fresh start: the first lock again, not the doubled second one
        assertThat(throttle.lockedFor("editor", "10.0.0.3")).contains(Duration.ofMinutes(15));
    }

    @Test
    void thirtyFailuresFromOneAddressLockThatAddressForEveryAccount() {
        for (int i = 0; i < 30; i++) {
            throttle.failed("user" + i, "203.0.113.7");
        }
        assertThat(throttle.lockedFor("someone-else", "203.0.113.7")).contains(Duration.ofMinutes(15));
        assertThat(throttle.lockedFor("someone-else", "203.0.113.8")).isEmpty();
    }

    @Test
    void aLockedAccountIsRefusedEvenWithTheRightPasswordAndThePasswordIsNotChecked() {
        AtomicInteger checks = new AtomicInteger();
        AuthenticationProvider passwords = new AuthenticationProvider() {
            @Override
            public Authentication authenticate(Authentication a) {
                checks.incrementAndGet();
                if (!"right".equals(a.getCredentials())) {
                    throw new BadCredentialsException("wrong");
                }
                return UsernamePasswordAuthenticationToken.authenticated(a.getName(), null, java.util.List.of());
            }

            @Override
            public boolean supports(Class<?> c) {
                return true;
            }
        };
        ThrottledAuthenticationProvider provider = new ThrottledAuthenticationProvider(passwords, throttle);
        for (int i = 0; i < 5; i++) {
            assertThatThrownBy(() -> provider.authenticate(login("editor", "guess")))
                    .isInstanceOf(BadCredentialsException.class);
        }
        assertThat(checks).hasValue(5);
        assertThatThrownBy(() -> provider.authenticate(login("editor", "right")))
                .isInstanceOfSatisfying(LoginLockedException.class, e -> assertThat(e.minutesLeft()).isEqualTo(15));
        assertThat(checks).hasValue(5);
        assertThat(LoginFailureHandler.query(new LoginLockedException(Duration.ofSeconds(61)))).isEqualTo("?locked=2");
        assertThat(LoginFailureHandler.query(new DisabledException("off"))).isEqualTo("?disabled");
        assertThat(LoginFailureHandler.query(new BadCredentialsException("no"))).isEqualTo("?error");
        assertThat(LoginFailureHandler.query(new org.springframework.security.authentication
                .InternalAuthenticationServiceException("database down"))).isEqualTo("?unavailable");

        clock.advance(Duration.ofMinutes(15));
        assertThat(provider.authenticate(login("editor", "right")).isAuthenticated()).isTrue();
    }

    private static Authentication login(String user, String password) {
        return UsernamePasswordAuthenticationToken.unauthenticated(user, password);
    }

    private static final class MovableClock extends Clock {
        private Instant now = Instant.parse("2026-12-01T08:00:00Z");

        void advance(Duration d) {
            now = now.plus(d);
        }

        @Override
        public ZoneId getZone() {
            return ZoneOffset.UTC;
        }

        @Override
        public Clock withZone(ZoneId zone) {
            return this;
        }

        @Override
        public Instant instant() {
            return now;
        }
    }
}
