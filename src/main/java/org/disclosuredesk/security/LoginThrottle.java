package org.disclosuredesk.security;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.Locale;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Counts failed logins per account and per client address and locks either once it guesses too often.
 * <p>
 * The state lives in memory: a restart forgets it, which only gives an attacker one more round; a single
 * instance serves this application, so nothing has to be shared between nodes. Entries nobody used for a day are
 * dropped so that a spray of made-up user names cannot fill the heap.
 */
class LoginThrottle {

    private static final Logger log = LoggerFactory.getLogger(LoginThrottle.class);
    /** How long an entry without failures keeps its strikes (repeat locks double only within this span). */
    private static final Duration FORGET_AFTER = Duration.ofDays(1);
    private static final int PRUNE_EVERY = 256;

    private final LoginThrottleSettings settings;
    private final Clock clock;
    private final Map<String, Counter> accounts = new ConcurrentHashMap<>();
    private final Map<String, Counter> addresses = new ConcurrentHashMap<>();
    private int sincePrune;

    public LoginThrottle(LoginThrottleSettings settings, Clock clock) {
        this.settings = settings;
        this.clock = clock;
    }

    /** How long the account or the address is still locked (the longer of the two), if at all. */
    public Optional<Duration> lockedFor(String username, String address) {
        Instant now = clock.instant();
        Duration account = remaining(accounts.get(key(username)), now);
        Duration client = remaining(addresses.get(address(address)), now);
        Duration longer = account.compareTo(client) >= 0 ? account : client;
        return longer.isPositive() ? Optional.of(longer) : Optional.empty();
    }

    /** Records a wrong password (or an unknown user name) from that address. */
    public void failed(String username, String address) {
        Instant now = clock.instant();
        count(accounts, key(username), settings.maxFailuresPerAccount(), now, "account " + key(username));
        count(addresses, address(address), settings.maxFailuresPerAddress(), now, "address " + address(address));
        prune(now);
    }

    /** A correct password: the account starts afresh (its address keeps its count, it may be guessing others). */
    public void succeeded(String username) {
        accounts.remove(key(username));
    }

    private void count(Map<String, Counter> counters, String key, int max, Instant now, String what) {
        Counter c = counters.computeIfAbsent(key, k -> new Counter());
        synchronized (c) {
            c.lastFailure = now;
            Instant windowStart = now.minus(settings.window());
            while (!c.failures.isEmpty() && c.failures.peekFirst().isBefore(windowStart)) {
                c.failures.removeFirst();
            }
            c.failures.addLast(now);
            if (c.failures.size() >= max) {
                Duration lock = lockLength(c.locks);
                c.locks++;
                c.lockedUntil = now.plus(lock);
                c.failures.clear();
                log.warn("Login locked: {} after {} failures within {}, for {}", what, max, settings.window(), lock);
            }
        }
    }

    /** The first lock lasts {@code app.login.lock}, every further one twice the previous, up to the cap. */
    private Duration lockLength(int earlierLocks) {
        Duration lock = settings.lock();
        for (int i = 0; i < earlierLocks && lock.compareTo(settings.maxLock()) < 0; i++) {
            lock = lock.multipliedBy(2);
        }
        return lock.compareTo(settings.maxLock()) > 0 ? settings.maxLock() : lock;
    }

    private static Duration remaining(Counter c, Instant now) {
        if (c == null) {
            return Duration.ZERO;
        }
        synchronized (c) {
            return c.lockedUntil == null || !c.lockedUntil.isAfter(now) ? Duration.ZERO
                    : Duration.between(now, c.lockedUntil);
        }
    }

    private void prune(Instant now) {
        synchronized (this) {
            if (++sincePrune < PRUNE_EVERY) {
                return;
            }
            sincePrune = 0;
        }
        Instant cutoff = now.minus(FORGET_AFTER);
        for (Map<String, Counter> counters : List.of(accounts, addresses)) {
            counters.entrySet().removeIf(e -> e.getValue().forgettable(now, cutoff));
        }
    }

    /** User names are compared as the login compares them, but case folded so that "Admin" counts for "admin". */
    private static String key(String username) {
        return username == null ? "" : username.strip().toLowerCase(Locale.ROOT);
    }

    private static String address(String address) {
        return address == null ? "?" : address;
    }

    private static final class Counter {
        final Deque<Instant> failures = new ArrayDeque<>();
        Instant lastFailure;
        Instant lockedUntil;
        int locks;

        synchronized boolean forgettable(Instant now, Instant cutoff) {
            return (lockedUntil == null || !lockedUntil.isAfter(now)) && lastFailure != null
                    && lastFailure.isBefore(cutoff);
        }
    }
}
