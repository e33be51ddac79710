package io.parley.extraction;

import java.time.LocalDateTime;
import java.time.OffsetDateTime;
import java.time.format.DateTimeParseException;

/**
 * When the page being extracted was fetched, for the comments that print only a relative time ("5 hours ago"):
 * the caller's clock, held for the one extraction on this thread. A page's own clock line takes precedence.
 */
final class FetchClock {
    private static final ThreadLocal<String> NOW = new ThreadLocal<>();

    private FetchClock() {
    }

    static void set(String minute) {
        NOW.set(minute);
    }

    static void clear() {
        NOW.remove();
    }

    /** "yyyy-MM-ddTHH:mm" of the fetch, or null when none was given. */
    static String get() {
        return NOW.get();
    }

    /** An ISO-8601 time with or without offset, to the minute ("2026-11-21T17:40"); null when it is not one. */
    static String minute(String iso) {
        String s = iso.strip();
        try {
            return OffsetDateTime.parse(s).toLocalDateTime().toString().substring(0, 16);
        } catch (DateTimeParseException e) {
            try {
                String t = LocalDateTime.parse(s).toString();
                return t.length() >= 16 ? t.substring(0, 16) : null;
            } catch (DateTimeParseException e2) {
                return null;
            }
        }
    }
}
