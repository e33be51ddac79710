package io.parley.extraction;

import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeFormatterBuilder;
import java.time.format.DateTimeParseException;
import java.util.List;
import java.util.Locale;

/** Dates as pages print them ("January 31, 2011 at 9:59 am") to ISO-8601, or null when the form is unknown. */
final class Dates {
    private static final List<DateTimeFormatter> DATE_TIMES = List.of(
            f("MMMM d, yyyy 'at' h:mm a"), f("MMMM d, yyyy h:mm a"), f("MMM d, yyyy 'at' h:mm a"), f("MMM d, yyyy h:mm a"),
            f("d MMMM yyyy 'at' h:mm a"), f("d MMMM yyyy HH:mm"), f("MMMM d, yyyy 'at' HH:mm"), f("yyyy-MM-dd HH:mm"),
            f("MM/dd/yyyy 'at' h:mm a"), f("MM/dd/yyyy h:mm a"));
    private static final List<DateTimeFormatter> DATES = List.of(
            f("MMMM d, yyyy"), f("MMM d, yyyy"), f("d MMMM yyyy"), f("d MMM yyyy"), f("yyyy-MM-dd"), f("MM/dd/yyyy"));

    private Dates() {
    }

    private static DateTimeFormatter f(String pattern) {
        return new DateTimeFormatterBuilder().parseCaseInsensitive().appendPattern(pattern).toFormatter(Locale.ENGLISH);
    }

    static String iso(String raw) {
        if (raw == null) {
            return null;
        }
        String s = Texts.squash(raw).replaceAll("[.,]$", "").replaceAll("(?i)\\b([ap])\\.m\\.?", "$1m")
                .replaceAll("(?i)(\\d)(am|pm)\\b", "$1 $2").replaceAll("(\\d)(st|nd|rd|th)\\b", "$1");
        for (DateTimeFormatter fmt : DATE_TIMES) {
            try {
                return LocalDateTime.parse(s, fmt).toString();
            } catch (DateTimeParseException ignored) {
                // try the next form
            }
        }
        for (DateTimeFormatter fmt : DATES) {
            try {
                return LocalDate.parse(s, fmt).toString();
            } catch (DateTimeParseException ignored) {
                // try the next form
            }
        }
        return null;
    }
}
