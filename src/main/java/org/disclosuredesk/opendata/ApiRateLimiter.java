package org.disclosuredesk.opendata;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;

import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * Requests per token per minute (fixed one-minute windows): enough for a portal's nightly harvest, not for a client
 * that loops. In memory per instance; behind a load balancer each instance counts its own share.
 */
@Component
class ApiRateLimiter {

    private record Window(long minute, AtomicInteger count) {
    }

    private final int perMinute;
    private final ConcurrentHashMap<Long, Window> windows = new ConcurrentHashMap<>();

    ApiRateLimiter(@Value("${app.api.requests-per-minute:120}") int perMinute) {
        this.perMinute = perMinute;
    }

    /** @return 0 when the request may go ahead, else the seconds until the next window */
    long acquire(long tokenId, long nowMillis) {
        long minute = nowMillis / 60_000;
        Window w = windows.compute(tokenId, (k, old) -> old == null || old.minute() != minute
                ? new Window(minute, new AtomicInteger()) : old);
        if (w.count().incrementAndGet() <= perMinute) {
            return 0;
        }
        return Math.max(1, (minute + 1) * 60 - nowMillis / 1000);
    }

    int perMinute() {
        return perMinute;
    }
}
