package io.parley;

import java.util.concurrent.ConcurrentHashMap;

/**
 * A token bucket per API key, in this instance's memory: {@code rate} requests per second with bursts
 * up to {@code burst}. With N instances behind a balancer the effective limit is about N times this;
 * the README says so.
 */
final class RateLimits {

    private final double rate;
    private final double burst;
    private final ConcurrentHashMap<String, Bucket> buckets = new ConcurrentHashMap<>();

    RateLimits(double rate, double burst) {
        this.rate = rate;
        this.burst = burst;
    }

    private static final class Bucket {
        double tokens;
        long last;

        Bucket(double tokens, long last) {
            this.tokens = tokens;
            this.last = last;
        }
    }

    /** @return 0 when the request may pass, else the seconds to wait before retrying */
    long acquire(String key) {
        if (rate <= 0) {
            return 0;
        }
        long now = System.nanoTime();
        Bucket b = buckets.computeIfAbsent(key, k -> new Bucket(burst, now));
        synchronized (b) {
            b.tokens = Math.min(burst, b.tokens + (now - b.last) / 1e9 * rate);
            b.last = now;
            if (b.tokens >= 1) {
                b.tokens -= 1;
                return 0;
            }
            return Math.max(1, (long) Math.ceil((1 - b.tokens) / rate));
        }
    }
}
