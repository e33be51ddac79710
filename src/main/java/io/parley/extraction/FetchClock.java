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
        LocalDateTime t;
        try {
            t = OffsetDateTime.parse(s).toLocalDateTime();
        } catch (DateTimeParseException e) {
            try {
                t = LocalDateTime.parse(s);
            } catch (DateTimeParseException e2) {
                return null;
            }
        }
        // "+999999999-12-31T00:00" parses, but its first 16 characters are no minute, and the relative times counted
        // back from it failed the extraction with a 500: a fetch has a four-digit year
        if (t.getYear() < 1000 || t.getYear() > 9999) {
            return null;
        }
        return t.toString().substring(0, 16);
    }
}
