package io.parley;

import org.springframework.security.authentication.BadCredentialsException;
import org.springframework.security.authentication.LockedException;
import org.springframework.security.authentication.dao.DaoAuthenticationProvider;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.AuthenticationException;
import org.springframework.security.web.authentication.WebAuthenticationDetails;

import java.time.Duration;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.LongSupplier;

/**
 * Failed password checks per user name and client address: after {@code max} failures within {@code window}, that
 * name from that address is refused, right or wrong password, until the window since the first failure has passed.
 * Without it a script could try passwords on /login or with Basic on /api as fast as BCrypt answers (each try also
 * costs the server a BCrypt hash). Keyed by name and address, so a stranger cannot lock a moderator out from
 * elsewhere; behind a load balancer the address is the balancer's and the limit becomes per name. In memory, per
 * instance, like the API rate limit.
 */
final class FailedLogins {

    private record Failures(int count, long firstMillis) {
    }

    /** Log-ins refused before the password is checked: too many failures of this name from this address. */
    static final class TooManyFailedLogins extends LockedException {
        final long retryAfterSeconds;

        TooManyFailedLogins(long retryAfterSeconds) {
            super("too many failed log-ins for this user name from this address; retry after " + retryAfterSeconds + " s");
            this.retryAfterSeconds = retryAfterSeconds;
        }
    }

    /** Far more keys than people: a sweep of stale ones keeps a spray of made-up names from growing the map. */
    private static final int SWEEP_ABOVE = 100_000;

    private final Map<String, Failures> failures = new ConcurrentHashMap<>();
    private final int max;
    private final long windowMillis;
    private final LongSupplier clock;

    FailedLogins(int max, Duration window, LongSupplier clock) {
        this.max = max;
        this.windowMillis = window.toMillis();
        this.clock = clock;
    }

    /** Seconds until this key may try again; 0 when it may now. */
    long waitSeconds(String key) {
        Failures f = failures.get(key);
        if (f == null || f.count() < max) {
            return 0;
        }
        long left = f.firstMillis() + windowMillis - clock.getAsLong();
        if (left <= 0) {
            failures.remove(key, f);
            return 0;
        }
        return (left + 999) / 1000;
    }

    void failed(String key) {
        long now = clock.getAsLong();
        failures.compute(key, (k, f) -> f == null || now - f.firstMillis() >= windowMillis ? new Failures(1, now)
                : new Failures(f.count() + 1, f.firstMillis()));
        if (failures.size() > SWEEP_ABOVE) {
            failures.values().removeIf(f -> now - f.firstMillis() >= windowMillis);
        }
    }

    void succeeded(String key) {
        failures.remove(key);
    }

    static String key(Authentication attempt) {
        String name = String.valueOf(attempt.getName()).strip().toLowerCase(Locale.ROOT);
        String address = attempt.getDetails() instanceof WebAuthenticationDetails d ? d.getRemoteAddress() : "";
        return name + "\n" + address;
    }

    /** The password check, refused up front for a throttled key, counting its failures. */
    static final class Provider extends DaoAuthenticationProvider {
        private final FailedLogins failedLogins;

        Provider(org.springframework.security.core.userdetails.UserDetailsService users, FailedLogins failedLogins) {
            super(users);
            this.failedLogins = failedLogins;
        }

        @Override
        public Authentication authenticate(Authentication attempt) throws AuthenticationException {
            String key = key(attempt);
            long wait = failedLogins.waitSeconds(key);
            if (wait > 0) {
                throw new TooManyFailedLogins(wait);
            }
            try {
                Authentication ok = super.authenticate(attempt);
                failedLogins.succeeded(key);
                return ok;
            } catch (BadCredentialsException e) {
                failedLogins.failed(key);
                throw e;
            }
        }
    }
}
