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

    private static final java.util.regex.Pattern AGO = java.util.regex.Pattern.compile(
            "(?i)\\b(\\d{1,3}|an?|one)\\s+(sec(?:ond)?s?|min(?:ute)?s?|hours?|hrs?|days?|weeks?)\\.?\\s+ago\\b"
            // (or compact, "17h ago", "5m ago": m is minutes here)
            + "|\\b(\\d{1,3})(min|hr|[smhdw])\\.?\\s+ago\\b");
    /**
     * The same ages as news sites in other languages print them: "hace 12 días", "il y a 3 heures", "vor 2 Tagen",
     * "há 5 minutos" (the number after the word), "3 giorni fa", "2 dagen geleden" (before it). Groups 1/2 or 3/4:
     * number and unit; months and years are not read (too coarse for a comment's date).
     */
    static final java.util.regex.Pattern LOCAL_AGO = java.util.regex.Pattern.compile(
            "(?iu)(?:\\bhace|\\bil y a|\\bvor|\\bh\u00e1)\\s+(\\d{1,3}|una?|une?|einer|einem|einen)\\s+"
            + "(segundos?|secondes?|sekunden|minutos?|minutes?|minuten|horas?|heures?|stunden?|d\u00edas?|dias?|jours?|tag(?:en)?"
            + "|semanas?|semaines?|wochen?)(?![\\p{L}])"
            // (Polish: "18 dni temu", "3 godz. temu", "5 min. temu", "2 tygodnie temu")
            + "|\\b(\\d{1,3}|un[ao]?)\\s+(secondi|minuti|ore|giorni|settimane|seconden|minuten|uur|dagen|weken"
            + "|sekund[y]?|minut[y]?|min\\.|godz\\.|godzin[y]?|dni|tygodni[e]?)\\s*(?:fa|geleden|temu)\\b");
    private static final java.util.regex.Pattern SHORT_AGE = java.util.regex.Pattern.compile(
            "(?<=[\\s\\u00b7\\u2022|]|^)(\\d{1,3})(min|mo|[mhdwy])$");
    private static final java.util.regex.Pattern DAY_WORD = java.util.regex.Pattern.compile(
            "(?i)\\b(today|yesterday)\\b,?\\s*(?:at\\s*)?(?:(\\d{1,2})[:.](\\d{2})(?::\\d{2})?\\s*([ap]\\.?m\\.?)?)?");

    /**
     * A relative time ("3 hours ago", "Today, 4:15 pm", "Yesterday, 11:02 AM") counted back from {@code clock} (the
     * page's own "It is currently …", as "yyyy-MM-ddTHH:mm"): minutes and hours to the minute, days to the date. Null
     * without a clock or a relative time.
     */
    static String relative(String text, String clock) {
        if (clock == null || text == null || text.length() > 400 || clock.length() < 16) {
            return null;
        }
        LocalDateTime now = LocalDateTime.parse(clock);
        java.util.regex.Matcher m = AGO.matcher(text);
        if (m.find()) {
            boolean compact = m.group(1) == null;
            String n = (compact ? m.group(3) : m.group(1)).toLowerCase(Locale.ROOT);
            long k = n.startsWith("a") || n.equals("one") ? 1 : Long.parseLong(n);
            String unit = (compact ? m.group(4) : m.group(2)).toLowerCase(Locale.ROOT);
            if (unit.startsWith("s")) {
                return now.toString().substring(0, 16);
            }
            if (unit.startsWith("m")) {
                return now.minusMinutes(k).toString().substring(0, 16);
            }
            if (unit.startsWith("h")) {
                return now.minusHours(k).toString().substring(0, 16);
            }
            return now.toLocalDate().minusDays(unit.startsWith("w") ? 7 * k : k).toString();
        }
        m = LOCAL_AGO.matcher(text);
        if (m.find()) {
            boolean after = m.group(1) == null;
            String n = (after ? m.group(3) : m.group(1)).toLowerCase(Locale.ROOT);
            long k = Character.isDigit(n.charAt(0)) ? Long.parseLong(n) : 1;
            String unit = (after ? m.group(4) : m.group(2)).toLowerCase(Locale.ROOT);
            if (unit.startsWith("se") && !unit.startsWith("sem") && !unit.startsWith("set") || unit.startsWith("sek")) {
                return now.toString().substring(0, 16);
            }
            if (unit.startsWith("min")) {
                return now.minusMinutes(k).toString().substring(0, 16);
            }
            if (unit.startsWith("hor") || unit.startsWith("heu") || unit.startsWith("stu") || unit.equals("ore") || unit.equals("uur") || unit.startsWith("godz")) {
                return now.minusHours(k).toString().substring(0, 16);
            }
            boolean weeks = unit.startsWith("sem") || unit.startsWith("woc") || unit.startsWith("set") || unit.startsWith("wek") || unit.startsWith("tyg");
            return now.toLocalDate().minusDays(weeks ? 7 * k : k).toString();
        }
        m = SHORT_AGE.matcher(text.strip());
        if (m.find()) { // "11h", "3d" at a header's end
            long k = Long.parseLong(m.group(1));
            String unit = m.group(2);
            return switch (unit) {
                case "m", "min" -> now.minusMinutes(k).toString().substring(0, 16);
                case "h" -> now.minusHours(k).toLocalDate().toString();
                case "d" -> now.toLocalDate().minusDays(k).toString();
                case "w" -> now.toLocalDate().minusDays(7 * k).toString();
                default -> null;
            };
        }
        m = DAY_WORD.matcher(text);
        if (m.find()) {
            LocalDate day = now.toLocalDate().minusDays(m.group(1).equalsIgnoreCase("yesterday") ? 1 : 0);
            if (m.group(2) == null) {
                return day.toString();
            }
            return compose(String.valueOf(day.getYear()), day.getMonthValue(), day.getDayOfMonth(), m.group(2), m.group(3), m.group(4));
        }
        return null;
    }

    // (and German's own: März / Mrz, Mai, Okt, Dez; French's Fév, Avr, Juin, Juil, Aoû, Déc; Italian's, Spanish's and
    // Dutch's few that differ; Russian's, as localized boards print them: "Сб ноя 21, 2026 14:14", "21 ноября 2026")
    private static final String MONTH = "((?:jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec|m\u00e4r|mrz|mai|okt|dez"
            + "|f\u00e9v|fev|avr|juin|juil|ao\u00fb|d\u00e9c"
            + "|\u044f\u043d\u0432|\u0444\u0435\u0432|\u043c\u0430\u0440|\u0430\u043f\u0440|\u043c\u0430[\u0439\u044f]|\u0438\u044e\u043d|\u0438\u044e\u043b"
            + "|\u0430\u0432\u0433|\u0441\u0435\u043d|\u043e\u043a\u0442|\u043d\u043e\u044f|\u0434\u0435\u043a)\\p{L}*"
            // (Italian's, Spanish's and Dutch's stems only as their months' own words: "Genre" is no gennaio)
            + "|(?:gen(?:naio)?|mag(?:gio)?|giu(?:gno)?|lug(?:lio)?|ott(?:obre)?|dic(?:embre|iembre)?|ene(?:ro)?|abr(?:il)?|mrt|mei)(?![\\p{L}]))\\.?";
    // (and "um 14:14 Uhr", German; "Nov 21 2026 : 14:14", e107)
    // (a bar or a middle dot between the date and its time: "27 novembre 2026 | 12:36", "Nov 21, 2026 \u00b7 14:14")
    private static final String CLOCK = "(?:(?:[,;]|\\s*[|\\u00b7])?\\s*(?:at|@|-|\\u2013|um|:)?\\s*(\\d{1,2})[:.](\\d{2})(?::\\d{2})?\\s*([ap]\\.?m\\.?)?(?![\\d]))?";
    private static final java.util.regex.Pattern MONTH_FIRST = java.util.regex.Pattern.compile(
            "(?iu)(?<![\\p{L}\\d])" + MONTH + "\\s+(\\d{1,2})(?:st|nd|rd|th)?,?\\s+(\\d{4})" + CLOCK);
    private static final java.util.regex.Pattern DAY_FIRST = java.util.regex.Pattern.compile(
            "(?iu)(?<![\\d:.,/-])(\\d{1,2})(?:st|nd|rd|th|\\.)?\\s+(?:of\\s+)?" + MONTH + ",?\\s+(\\d{4})" + CLOCK);
    /**
     * Day, month's name and year joined by dots, "27.nov.2026 \u00e0s 13h09" (Brazilian news sites; the clock is made
     * "13:09" by {@link #foreign}): in a text dump the name before it is often glued on ("lamplighter27.nov.2026").
     */
    private static final java.util.regex.Pattern DOTTED_NAMED = java.util.regex.Pattern.compile(
            "(?iu)(?<!\\d|\\d\\.)(\\d{1,2})\\." + MONTH + "(?<=\\.)(\\d{4})(?!\\d)" + CLOCK);
    /** A two-digit year after an apostrophe: "22 November '26 - 18:20" (PivotX), "Nov 25 '26 at 14:14" (Q&amp;A sites). */
    private static final java.util.regex.Pattern DAY_MONTH_APOSTROPHE = java.util.regex.Pattern.compile(
            "(?iu)(?<![\\p{L}\\d])(\\d{1,2})\\s+" + MONTH + ",?\\s+['\u2019](\\d{2})(?![\\d'])" + CLOCK);
    private static final java.util.regex.Pattern MONTH_DAY_APOSTROPHE = java.util.regex.Pattern.compile(
            "(?iu)(?<![\\p{L}\\d])" + MONTH + "\\s+(\\d{1,2}),?\\s+['\u2019](\\d{2})(?![\\d'])" + CLOCK);
    /** C's asctime form, "Wed Nov 25 12:01:00 2026" (a BBS article's 時間 line, mail and version-control logs). */
    private static final java.util.regex.Pattern ASCTIME = java.util.regex.Pattern.compile(
            "(?i)(?<![\\p{L}\\d])" + MONTH + "\\s+(\\d{1,2})\\s+(\\d{1,2}):(\\d{2})(?::\\d{2})?\\s+(\\d{4})(?!\\d)");
    private static final java.util.regex.Pattern TIME_FIRST = java.util.regex.Pattern.compile(
            "(?i)(?<![\\d:])(\\d{1,2}):(\\d{2}),\\s+(\\d{1,2})\\s+" + MONTH + "\\s+(\\d{4})");
    private static final java.util.regex.Pattern CLOCK_BEFORE = java.util.regex.Pattern.compile(
            "(?i)(?<![\\d:.])(\\d{1,2}):(\\d{2})\\s*([ap]\\.?m\\.?)?\\s+on\\s+$");
    private static final java.util.regex.Pattern NUMERIC = java.util.regex.Pattern.compile(
            "(?i)(?<![\\d/.-])(\\d{1,2})([/.-])(\\d{1,2})\\2(\\d{4})" + CLOCK);
    /**
     * Day and month each closed by a dot and a space, as Czech, Slovak and German typography print them ("24. 11. 2026
     * 14:55"): day first always, the dots say so.
     */
    private static final java.util.regex.Pattern DOTTED_SPACED = java.util.regex.Pattern.compile(
            "(?i)(?<![\\d.])(\\d{1,2})\\.\\s(\\d{1,2})\\.\\s(\\d{4})(?!\\d)" + CLOCK);
    private static final java.util.regex.Pattern SLASHED = java.util.regex.Pattern.compile(
            "(?i)(?<![\\d/])(\\d{1,2})/" + MONTH + "/(\\d{2}|\\d{4})(?![\\d/])" + CLOCK);
    /** "Sat 21-Nov-26 14:14:05" (Mumsnet), "21-Nov-2026": day, month's name and year between dashes. */
    private static final java.util.regex.Pattern DASHED = java.util.regex.Pattern.compile(
            "(?i)(?<![\\d/-])(\\d{1,2})-" + MONTH + "-(\\d{2}|\\d{4})(?![\\d/-])" + CLOCK);
    private static final java.util.regex.Pattern YEAR_SLASHED = java.util.regex.Pattern.compile(
            "(?<![\\d/])(\\d{4})/(\\d{1,2})/(\\d{1,2})(?![\\d/])(?:,?\\s+(\\d{1,2}):(\\d{2}))?");
    private static final java.util.regex.Pattern YEAR_DOTTED = java.util.regex.Pattern.compile(
            "(?<![\\d.])(\\d{4})\\.(\\d{1,2})\\.(\\d{1,2})\\.?(?![\\d])(?:,?\\s+(\\d{1,2}):(\\d{2}))?");
    private static final java.util.regex.Pattern ISO = java.util.regex.Pattern.compile(
            "(?i)(?<!\\d)(\\d{4})-(\\d{2})-(\\d{2})(?:(?:T|,?\\s)(\\d{1,2}):(\\d{2})(?::\\d{2})?(?:\\s*([ap]\\.?m\\.?)(?![a-z]))?)?");
    /**
     * "11/21/26 @ 02:14 pm" (b2evolution), "11/20/26(Fri)11:48:00" (4chan-style imageboards): month first, a two-digit
     * year, and only with a time of day beside it.
     */
    private static final java.util.regex.Pattern SHORT_YEAR = java.util.regex.Pattern.compile(
            "(?i)(?<![\\d/.-])(\\d{1,2})([/-])(\\d{1,2})\\2(\\d{2})(?![\\d/-])(?:\\s*\\((?:mon|tue|wed|thu|fri|sat|sun)\\))?" + CLOCK);
    /** "11-21 14:14" (Bilibili-style sub-replies of this year): month-day, a dash, and a 24-hour time. */
    private static final java.util.regex.Pattern NUMERIC_YEARLESS = java.util.regex.Pattern.compile(
            "^\\s*(\\d{1,2})(?:-|\\s?[\u6708\uc6d4]\\s?)(\\d{1,2})(?:\\s?[\u65e5\uc77c])?\\s+(\\d{1,2}):(\\d{2})\\s*$");

    private static final java.util.regex.Pattern YEARLESS_DAY_FIRST = java.util.regex.Pattern.compile(
            "(?i)^\\s*(\\d{1,2})\\s+" + MONTH + "(?:,?\\s*(?:at\\s+)?(\\d{1,2}):(\\d{2})\\s*([ap]\\.?m\\.?)?)?\\s*$");
    private static final java.util.regex.Pattern YEARLESS = java.util.regex.Pattern.compile(
            "(?i)^\\s*(?:(?:mon|tue|wed|thu|fri|sat|sun)[a-z]*\\.?,?\\s+)?" + MONTH + "\\s+(\\d{1,2})(?:st|nd|rd|th)?"
                    + "(?:,?\\s*(?:at\\s+)?(\\d{1,2}):(\\d{2})\\s*([ap]\\.?m\\.?)?)?\\s*$");

    /**
     * A year-less month and day in the year of the clock (a page's or the fetch's time), or the year before when that
     * would be after it: a comment is never dated in the future.
     */
    private static java.time.LocalDate notAfterClock(String clock, int month, int day) {
        java.time.LocalDate now = java.time.LocalDate.parse(clock.substring(0, 10));
        java.time.LocalDate d = java.time.LocalDate.of(now.getYear(), month, day);
        return d.isAfter(now) ? d.minusYears(1) : d;
    }

    /**
     * A date printed without its year on a line of its own ("Nov. 14", "Nov 14": news and newsletter comments of this
     * year): the date in the clock's year, or the year before when that would be after the clock. Null without a clock.
     */
    static String yearless(String text, String clock) {
        if (text == null || clock == null || clock.length() < 10 || text.length() > 34) {
            return null;
        }
        java.util.regex.Matcher m = YEARLESS.matcher(text);
        java.util.regex.Matcher day = m.matches() ? null : YEARLESS_DAY_FIRST.matcher(text);
        if (day != null && day.matches()) {
            // "21 Nov at 2:14 pm" (VK): the day before the month
            try {
                java.time.LocalDate d = notAfterClock(clock, month(day.group(2)), Integer.parseInt(day.group(1)));
                return day.group(3) == null ? d.toString()
                        : compose(String.valueOf(d.getYear()), d.getMonthValue(), d.getDayOfMonth(), day.group(3), day.group(4), day.group(5));
            } catch (java.time.DateTimeException | NumberFormatException e) {
                return null;
            }
        }
        if (!m.matches()) {
            java.util.regex.Matcher n = NUMERIC_YEARLESS.matcher(text);
            if (!n.matches()) {
                return null;
            }
            try {
                java.time.LocalDate d = notAfterClock(clock, Integer.parseInt(n.group(1)), Integer.parseInt(n.group(2)));
                return compose(String.valueOf(d.getYear()), d.getMonthValue(), d.getDayOfMonth(), n.group(3), n.group(4), null);
            } catch (java.time.DateTimeException | NumberFormatException e) {
                return null;
            }
        }
        try {
            java.time.LocalDate d = notAfterClock(clock, month(m.group(1)), Integer.parseInt(m.group(2)));
            // "Sat, Nov 21, 2:14 PM" (Phabricator, Facebook's "November 21 at 2:14 PM"): the minute too
            return m.group(3) == null ? d.toString()
                    : compose(String.valueOf(d.getYear()), d.getMonthValue(), d.getDayOfMonth(), m.group(3), m.group(4), m.group(5));
        } catch (java.time.DateTimeException | NumberFormatException e) {
            return null;
        }
    }

    /**
     * A year-less date with its time of day inside a header line ("by X on Saturday, November 21 @ 14:03:53 GMT":
     * PHP-Nuke, Postnuke and other old portals; "Nov 21, 2:14 PM"): a month's name, a day and a clock time together.
     */
    private static final java.util.regex.Pattern YEARLESS_IN_LINE = java.util.regex.Pattern.compile(
            "(?i)(?<![\\p{L}])" + MONTH + "\\s+(\\d{1,2})(?:st|nd|rd|th)?(?![\\d:/.-])(?!,?\\s+\\d{4})"
                    + "(?:,?\\s*(?:at|@|-|\\u2013)?\\s*)(\\d{1,2}):(\\d{2})(?::\\d{2})?\\s*([ap]\\.?m\\.?)?(?![\\d])");

    /** Whether a line holds such a year-less date and time ({@link #YEARLESS_IN_LINE}). */
    static boolean hasYearlessInLine(String text) {
        return text != null && text.length() <= 400 && hasMonthName(text) && text.indexOf(':') > 0 && clockDigits(text)
                && YEARLESS_IN_LINE.matcher(text).find();
    }

    /**
     * The year-less date and time inside a line ({@link #YEARLESS_IN_LINE}), in the clock's year (the year before when
     * that would be after the clock), or null without a clock or such a date.
     */
    static String yearlessInLine(String text, String clock) {
        if (clock == null || clock.length() < 10 || !hasYearlessInLine(text)) {
            return null;
        }
        java.util.regex.Matcher m = YEARLESS_IN_LINE.matcher(text);
        if (!m.find()) {
            return null;
        }
        try {
            java.time.LocalDate d = notAfterClock(clock, month(m.group(1)), Integer.parseInt(m.group(2)));
            return compose(String.valueOf(d.getYear()), d.getMonthValue(), d.getDayOfMonth(), m.group(3), m.group(4), m.group(5));
        } catch (java.time.DateTimeException | NumberFormatException e) {
            return null;
        }
    }

    /** Whether a line is only a year-less date ("Nov. 14", "11-21 14:14"): a comment's meta, not its words. */
    static boolean isYearless(String text) {
        return text != null && text.length() <= 34 && (YEARLESS.matcher(text).matches() || NUMERIC_YEARLESS.matcher(text).matches()
                || YEARLESS_DAY_FIRST.matcher(text).matches());
    }

    /**
     * A year-less date on a page with no clock (no fetch time, no "current time" line): the year that puts it nearest
     * the page's own date (the story's publication), so "2 Jan" under a story of 28 December is the next year's.
     */
    static String yearlessNear(String text, String pageDate) {
        if (pageDate == null || pageDate.length() < 10) {
            return null;
        }
        try {
            java.time.LocalDate near = java.time.LocalDate.parse(pageDate.substring(0, 10));
            // read against the page date's year's last day, then moved to the year nearest the page date
            String got = yearless(text, near.getYear() + "-12-31");
            if (got == null) {
                return null;
            }
            java.time.LocalDate d = java.time.LocalDate.parse(got.substring(0, 10));
            java.time.LocalDate best = d;
            for (int y = -1; y <= 1; y++) {
                java.time.LocalDate c = d.withYear(near.getYear() + y);
                if (Math.abs(c.toEpochDay() - near.toEpochDay()) < Math.abs(best.toEpochDay() - near.toEpochDay())) {
                    best = c;
                }
            }
            return best + got.substring(10);
        } catch (java.time.DateTimeException e) {
            return null;
        }
    }

    /** A month-first date with a two-digit year and a time ("11/21/26 @ 02:14 pm"), or null. */
    private static String shortYear(String text) {
        if (text.indexOf('/') < 0 && text.indexOf('-') < 0) {
            return null;
        }
        java.util.regex.Matcher m = SHORT_YEAR.matcher(text);
        if (!m.find() || m.group(5) == null) {
            return null; // ("11/21/26" alone may be day first or a fraction: only with its time)
        }
        int a = Integer.parseInt(m.group(1));
        int b = Integer.parseInt(m.group(3));
        // ("11-21-26 02:14:05 PM": AcmlmBoard's dashes, month first as the slashes are)
        return compose("20" + m.group(4), a > 12 ? b : a, a > 12 ? a : b, m.group(5), m.group(6), m.group(7));
    }

    /**
     * The first date (with its time of day when printed beside it) inside a line of text, as "yyyy-MM-dd" or
     * "yyyy-MM-ddTHH:mm": "RiverRat62 Nov 30, 2026 9:02 am", "Submitted by x on Mon, 11/30/2026 - 09:02".
     * Numeric dates are read month first unless the first number cannot be a month.
     */
    static String find(String text) {
        if (text == null || text.length() > 400) {
            return null;
        }
        String dashed = dashed(text);
        if (dashed != null) {
            return dashed;
        }
        if (!hasYear(text)) {
            if ((text.indexOf('\'') > 0 || text.indexOf('\u2019') > 0) && apostropheYear(text)) {
                java.util.regex.Matcher a = DAY_MONTH_APOSTROPHE.matcher(text);
                if (a.find()) {
                    return compose("20" + a.group(3), month(a.group(2)), Integer.parseInt(a.group(1)), a.group(4), a.group(5), a.group(6));
                }
                a = MONTH_DAY_APOSTROPHE.matcher(text);
                if (a.find()) {
                    return compose("20" + a.group(3), month(a.group(1)), Integer.parseInt(a.group(2)), a.group(4), a.group(5), a.group(6));
                }
            }
            String jira = slashed(text);
            return jira != null ? jira : shortYear(text);
        }
        text = foreign(text);
        // each form is tried only where the text has what it cannot match without (a year after a dash or a
        // separator, a month's name): the regexes tried every position of texts of up to 400 characters
        java.util.regex.Matcher m;
        if (yearBefore(text, '-')) {
            m = ISO.matcher(text);
            if (m.find()) {
                // (a 12-hour clock with seconds: "2026-11-21 2:14:07 PM", Fark)
                return compose(m.group(1), Integer.parseInt(m.group(2)), Integer.parseInt(m.group(3)), m.group(4), m.group(5), m.group(6));
            }
        }
        if (yearBefore(text, '.')) {
            m = YEAR_DOTTED.matcher(text);
            if (m.find()) { // "2026.11.21. 14:14" (Korean and Hungarian order, Naver)
                return compose(m.group(1), Integer.parseInt(m.group(2)), Integer.parseInt(m.group(3)), m.group(4), m.group(5), null);
            }
        }
        if (yearBefore(text, '/')) {
            m = YEAR_SLASHED.matcher(text);
            if (m.find()) { // "2026/11/23 14:07" (Xoops, Japanese and Chinese boards)
                return compose(m.group(1), Integer.parseInt(m.group(2)), Integer.parseInt(m.group(3)), m.group(4), m.group(5), null);
            }
        }
        boolean named = hasMonthName(text);
        if (named && dayThenYear(text)) {
            m = MONTH_FIRST.matcher(text);
            if (m.find()) {
                if (m.group(4) == null) {
                    // the time of day before the date ("at 9:50 AM on November 22, 2026": MetaFilter's byline)
                    java.util.regex.Matcher c = CLOCK_BEFORE.matcher(text.substring(Math.max(0, m.start() - 24), m.start()));
                    if (c.find()) {
                        return compose(m.group(3), month(m.group(1)), Integer.parseInt(m.group(2)), c.group(1), c.group(2), c.group(3));
                    }
                }
                return compose(m.group(3), month(m.group(1)), Integer.parseInt(m.group(2)), m.group(4), m.group(5), m.group(6));
            }
        }
        if (named && text.indexOf(':') >= 0) {
            m = TIME_FIRST.matcher(text);
            if (m.find()) { // a wiki signature: "14:03, 20 November 2026 (UTC)"
                return compose(m.group(5), month(m.group(4)), Integer.parseInt(m.group(3)), m.group(1), m.group(2), null);
            }
        }
        if (named) {
            m = DAY_FIRST.matcher(text);
            if (m.find()) {
                return compose(m.group(3), month(m.group(2)), Integer.parseInt(m.group(1)), m.group(4), m.group(5), m.group(6));
            }
        }
        if (named) {
            m = DOTTED_NAMED.matcher(text);
            if (m.find()) {
                return compose(m.group(3), month(m.group(2)), Integer.parseInt(m.group(1)), m.group(4), m.group(5), m.group(6));
            }
        }
        if (named && text.indexOf(':') >= 0) {
            m = ASCTIME.matcher(text);
            if (m.find()) {
                return compose(m.group(5), month(m.group(1)), Integer.parseInt(m.group(2)), m.group(3), m.group(4), null);
            }
        }
        m = yearAfterSeparator(text) ? NUMERIC.matcher(text) : null;
        if (m != null && m.find()) {
            int a = Integer.parseInt(m.group(1));
            int b = Integer.parseInt(m.group(3));
            boolean dayFirst = a > 12 || m.group(2).equals(".");
            return compose(m.group(4), dayFirst ? b : a, dayFirst ? a : b, m.group(5), m.group(6), m.group(7));
        }
        m = text.indexOf(". ") > 0 ? DOTTED_SPACED.matcher(text) : null;
        if (m != null && m.find()) {
            return compose(m.group(3), Integer.parseInt(m.group(2)), Integer.parseInt(m.group(1)), m.group(4), m.group(5), m.group(6));
        }
        String shortYear = shortYear(text); // (a four-digit number elsewhere in the line: "11/23/26 3:51pm #1006")
        return shortYear != null ? shortYear : slashed(text);
    }

    /**
     * Day, month's name and year between slashes, as Jira prints a comment's date ("28/Nov/26 2:18 PM"): tried last,
     * and only where a digit, '/', letters and '/' are there, so the other forms cost what they did.
     */
    private static String slashed(String text) {
        if (!slashedMonth(text)) {
            return null;
        }
        java.util.regex.Matcher s = SLASHED.matcher(text);
        if (!s.find()) {
            return null;
        }
        String y = s.group(3);
        return compose(y.length() == 2 ? "20" + y : y, month(s.group(2)), Integer.parseInt(s.group(1)), s.group(4), s.group(5), s.group(6));
    }

    /** A {@link #DASHED} date; a two-digit year only with its time of day (alone, "21-Nov-26" may be no date). */
    private static String dashed(String text) {
        int dash = text.indexOf('-');
        if (dash <= 0 || dash + 4 >= text.length() || !digit(text.charAt(dash - 1)) || !Character.isLetter(text.charAt(dash + 1))) {
            return null;
        }
        java.util.regex.Matcher m = DASHED.matcher(text);
        if (!m.find() || m.group(3).length() == 2 && m.group(4) == null) {
            return null;
        }
        String y = m.group(3);
        return compose(y.length() == 2 ? "20" + y : y, month(m.group(2)), Integer.parseInt(m.group(1)), m.group(4), m.group(5), m.group(6));
    }

    /** A digit, '/', three letters and '/': what SLASHED cannot match without ("28/Nov/26"). */
    private static boolean slashedMonth(String s) {
        for (int i = s.indexOf('/'); i > 0 && i + 4 < s.length(); i = s.indexOf('/', i + 1)) {
            if (digit(s.charAt(i - 1)) && Character.isLetter(s.charAt(i + 1)) && s.indexOf('/', i + 1) >= i + 4
                    && s.indexOf('/', i + 1) <= i + 11) {
                return true;
            }
        }
        return false;
    }

    /** Four ASCII digits (what \\d matches) followed by {@code next}: ISO's "2026-". */
    private static boolean yearBefore(String s, char next) {
        int run = 0;
        for (int i = 0, n = s.length(); i < n; i++) {
            char c = s.charAt(i);
            if (c >= '0' && c <= '9') {
                run++;
            } else {
                if (c == next && run >= 4) {
                    return true;
                }
                run = 0;
            }
        }
        return false;
    }

    /** '/', '.' or '-' followed by four ASCII digits: the year of NUMERIC's "11/30/2026". */
    private static boolean yearAfterSeparator(String s) {
        for (int i = 0, n = s.length() - 4; i < n; i++) {
            char c = s.charAt(i);
            if ((c == '/' || c == '.' || c == '-') && digit(s.charAt(i + 1)) && digit(s.charAt(i + 2)) && digit(s.charAt(i + 3))
                    && digit(s.charAt(i + 4))) {
                return true;
            }
        }
        return false;
    }

    private static boolean digit(char c) {
        return c >= '0' && c <= '9';
    }

    /** The first three letters of a month's name, in either case (as MONTH's (?i) matches them: ASCII only). */
    private static boolean hasMonthName(String s) {
        for (int i = 0, n = s.length() - 2; i < n; i++) {
            char a = s.charAt(i);
            if (a >= '\u0430' && a <= '\u044f' || a >= '\u0410' && a <= '\u042f') {
                return true; // a Cyrillic word: the regex decides whether it is a month
            }
            if (a >= 'A' && a <= 'Z' || a >= 'a' && a <= 'z') {
                int key = (a | 0x20) << 16 | lowerAscii(s.charAt(i + 1)) << 8 | lowerAscii(s.charAt(i + 2));
                for (int m : MONTH_KEYS) {
                    if (m == key) {
                        return true;
                    }
                }
            }
        }
        return false;
    }

    private static int lowerAscii(char c) {
        return c >= 'A' && c <= 'Z' ? c | 0x20 : c < 128 ? c : 0;
    }

    private static final int[] MONTH_KEYS = new int[33];

    static {
        // (German's own too; "März" keys as m?r: lowerAscii reads any non-ASCII letter as 0, and the regex decides;
        // French's "Fév", "Aoû", "Déc" as f?v, ao?, d?c)
        String names = "janfebmaraprmayjunjulaugsepoctnovdecmrzmaiokt" + "dez" + "m\0r" + "f\0vfevavrjuiao\0d\0cene" + "abrdicgenmaggiulugottmrtmei";
        for (int k = 0; k < 33; k++) {
            MONTH_KEYS[k] = names.charAt(3 * k) << 16 | names.charAt(3 * k + 1) << 8 | names.charAt(3 * k + 2);
        }
    }

    /** Every form read here carries a four-digit year: most texts have none, and are refused without a regex. */
    private static boolean hasYear(String s) {
        int run = 0;
        for (int i = 0; i < s.length(); i++) {
            if (Character.isDigit(s.charAt(i))) {
                if (++run == 4) {
                    return true;
                }
            } else {
                run = 0;
            }
        }
        return false;
    }

    /** {@code %02d} of a value from 0 to 99. */
    private static String twoDigits(int v) {
        return v < 10 ? "0" + v : String.valueOf(v);
    }

    private static int month(String name) {
        String lower = name.toLowerCase(Locale.ROOT);
        String m = lower.substring(0, 3);
        return switch (m) {
            case "m\u00e4r", "mrz", "mrt", "\u043c\u0430\u0440" -> 3;
            case "mai", "mei", "mag", "\u043c\u0430\u0439", "\u043c\u0430\u044f" -> 5;
            case "okt", "ott", "\u043e\u043a\u0442" -> 10;
            case "dez", "d\u00e9c", "dic", "\u0434\u0435\u043a" -> 12;
            case "f\u00e9v", "fev", "\u0444\u0435\u0432" -> 2;
            case "avr", "abr", "\u0430\u043f\u0440" -> 4;
            case "jui" -> lower.startsWith("juil") ? 7 : 6;
            case "ao\u00fb", "\u0430\u0432\u0433" -> 8;
            case "ene", "gen", "\u044f\u043d\u0432" -> 1;
            case "giu", "\u0438\u044e\u043d" -> 6;
            case "lug", "\u0438\u044e\u043b" -> 7;
            case "\u0441\u0435\u043d" -> 9;
            case "\u043d\u043e\u044f" -> 11;
            default -> "janfebmaraprmayjunjulaugsepoctnovdec".indexOf(m) / 3 + 1;
        };
    }

    private static String compose(String year, int month, int day, String hour, String minute, String ampm) {
        if (month < 1 || month > 12 || day < 1 || day > 31) {
            return null;
        }
        // (what String.format(Locale.ROOT, "%s-%02d-%02d", …) printed, without parsing the format on every date)
        String d = year + "-" + twoDigits(month) + "-" + twoDigits(day);
        if (hour == null) {
            return d;
        }
        int h = Integer.parseInt(hour);
        if (ampm != null) {
            h = h % 12 + (Character.toLowerCase(ampm.charAt(0)) == 'p' ? 12 : 0);
        }
        if (h > 23) {
            return d;
        }
        return d + "T" + twoDigits(h) + ":" + minute;
    }

    // ---- dates in other languages' words and orders, rewritten into a form read above

    /** "2026年11月21日", "2026년 11월 21일" (Japanese, Chinese, Korean), "2026. 11. 21." (Korean, spaced). */
    private static final java.util.regex.Pattern CJK_DATE = java.util.regex.Pattern.compile(
            "(\\d{4})\\s*(?:[\u5e74\ub144]\\s*(\\d{1,2})\\s*[\u6708\uc6d4]\\s*(\\d{1,2})\\s*[\u65e5\uc77c]?|\\.\\s+(\\d{1,2})\\.\\s+(\\d{1,2})\\.?)");
    /** A weekday in brackets after the date ("2026/11/21(土) 14:14", "（周六）"). */
    private static final java.util.regex.Pattern BRACKET_WEEKDAY = java.util.regex.Pattern.compile(
            "(?<=\\d)\\s*[(\uff08][^)\uff09\\d]{1,4}[)\uff09]");
    /** Morning and afternoon words before a 12-hour clock (Korean, Japanese, Chinese). */
    private static final java.util.regex.Pattern CJK_HALF_DAY = java.util.regex.Pattern.compile(
            "(\uc624\uc804|\u5348\u524d|\u4e0a\u5348|\uc624\ud6c4|\u5348\u5f8c|\u4e0b\u5348)\\s*(\\d{1,2}:\\d{2})");
    private static final String[][] MONTH_WORDS = {
            {"Jan", "janvier|enero|janeiro|gennaio|januari|\u044f\u043d\u0432\u0430\u0440\\p{L}*"},
            {"Feb", "f\u00e9vrier|fevrier|febrero|fevereiro|febbraio|februari|\u0444\u0435\u0432\u0440\u0430\u043b\\p{L}*"},
            {"Mar", "mars|marzo|mar\u00e7o|maart|\u043c\u0430\u0440\u0442\\p{L}*"},
            {"Apr", "avril|abril|aprile|\u0430\u043f\u0440\u0435\u043b\\p{L}*"},
            {"May", "mayo|maio|maggio|mei|\u043c\u0430[\u0439\u044f]"},
            {"Jun", "juin|junio|junho|giugno|\u0438\u044e\u043d\\p{L}*"},
            {"Jul", "juillet|julio|julho|luglio|\u0438\u044e\u043b\\p{L}*"},
            {"Aug", "ao\u00fbt|aout|agosto|augustus|\u0430\u0432\u0433\u0443\u0441\u0442\\p{L}*"},
            {"Sep", "septembre|septiembre|setiembre|setembro|settembre|\u0441\u0435\u043d\u0442\u044f\u0431\u0440\\p{L}*"},
            {"Oct", "octobre|octubre|outubro|ottobre|\u043e\u043a\u0442\u044f\u0431\u0440\\p{L}*"},
            {"Nov", "novembre|noviembre|novembro|\u043d\u043e\u044f\u0431\u0440\\p{L}*"},
            {"Dec", "d\u00e9cembre|decembre|diciembre|dezembro|dicembre|\u0434\u0435\u043a\u0430\u0431\u0440\\p{L}*"}};
    /** A day, a month's name in French, Spanish, Portuguese, Italian, Dutch or Russian, and a year ("21 de noviembre de 2026"). */
    private static final java.util.regex.Pattern FOREIGN_DMY;

    static {
        StringBuilder all = new StringBuilder();
        for (String[] m : MONTH_WORDS) {
            all.append(all.length() == 0 ? "" : "|").append("(").append(m[1]).append(")");
        }
        FOREIGN_DMY = java.util.regex.Pattern.compile("(?iu)(?<![\\d.])(\\d{1,2})(?:er|\u00ba)?\\.?\\s+(?:de\\s+)?(?:" + all
                + ")\\.?,?\\s+(?:de\\s+)?(\\d{4})");
    }

    /** A clock after the year joined by another language's "at" ("\u00e0 14h14", "a las", "\u00e0s", "\u0432", "om", "alle", "klo"). */
    private static final java.util.regex.Pattern FOREIGN_AT = java.util.regex.Pattern.compile(
            "(?iu)(\\d{4}),?\\s+(?:\u00e0|a las|\u00e0s|\u0432|om|alle|klo|kl\\.)\\s+(\\d{1,2})[:.h](\\d{2})");
    private static final java.util.regex.Pattern H_CLOCK = java.util.regex.Pattern.compile("(?<![\\d:])(\\d{1,2})h(\\d{2})(?![\\d])");
    static final java.util.regex.Pattern FOREIGN_CUE = java.util.regex.Pattern.compile(
            "(?i)[^\\x00-\\x7f]|\\d{4}\\.\\s|\\sde\\s|\\dh\\d|enero|janeiro|gennaio|januari|fevrier|febrero|fevereiro|febbraio|februari|marzo|maart"
                    + "|abril|aprile|mayo|maio|maggio|\\smei\\s|junio|junho|giugno|juillet|julio|julho|luglio|aout|agosto|augustus|septiembre"
                    + "|setiembre|setembro|settembre|octubre|outubro|ottobre|noviembre|novembro|decembre|diciembre|dezembro|dicembre");

    /** {@link #FOREIGN_CUE}'s month words, lower case. */
    private static final String[] FOREIGN_MONTHS = {"enero", "janeiro", "gennaio", "januari", "fevrier", "febrero", "fevereiro",
            "febbraio", "februari", "marzo", "maart", "abril", "aprile", "mayo", "maio", "maggio", "junio", "junho", "giugno",
            "juillet", "julio", "julho", "luglio", "aout", "agosto", "augustus", "septiembre", "setiembre", "setembro", "settembre",
            "octubre", "outubro", "ottobre", "noviembre", "novembro", "decembre", "diciembre", "dezembro", "dicembre"};

    /** {@link #FOREIGN_MONTHS} by their first letter ('a' to 'z'); null where none starts with it. */
    private static final String[][] FOREIGN_MONTHS_BY_LETTER = new String[26][];

    static {
        for (String month : FOREIGN_MONTHS) {
            int k = month.charAt(0) - 'a';
            String[] had = FOREIGN_MONTHS_BY_LETTER[k] == null ? new String[0] : FOREIGN_MONTHS_BY_LETTER[k];
            String[] more = java.util.Arrays.copyOf(had, had.length + 1);
            more[had.length] = month;
            FOREIGN_MONTHS_BY_LETTER[k] = more;
        }
    }

    /**
     * Whether {@link #FOREIGN_CUE} finds anything in the text, without the regex: it tried its forty alternatives at
     * every position of every dated text {@link #find} reads. Non-ASCII first; then, the text being ASCII, the month
     * words in its lower case, and the four short forms in one scan ((?i) without u folds ASCII letters only; \s and
     * \d are ASCII).
     */
    static boolean foreignCue(String text) {
        int n = text.length();
        for (int i = 0; i < n; i++) {
            if (text.charAt(i) > 0x7f) {
                return true;
            }
        }
        String lower = text.toLowerCase(java.util.Locale.ROOT);
        // (one pass: at each position only the month words that start with its letter)
        for (int i = 0; i < n; i++) {
            char c = lower.charAt(i);
            String[] words = c >= 'a' && c <= 'z' ? FOREIGN_MONTHS_BY_LETTER[c - 'a'] : null;
            if (words != null) {
                for (String month : words) {
                    if (lower.startsWith(month, i)) {
                        return true;
                    }
                }
            }
        }
        for (int i = 0; i < n; i++) {
            char c = lower.charAt(i);
            if (i + 5 <= n && digit(c) && digit(lower.charAt(i + 1)) && digit(lower.charAt(i + 2)) && digit(lower.charAt(i + 3))
                    && lower.charAt(i + 4) == '.' && i + 5 < n && regexSpace(lower.charAt(i + 5))) {
                return true; // \d{4}\.\s
            }
            if (regexSpace(c) && i + 3 < n && lower.charAt(i + 1) == 'd' && lower.charAt(i + 2) == 'e' && regexSpace(lower.charAt(i + 3))) {
                return true; // \sde\s
            }
            if (digit(c) && i + 2 < n && lower.charAt(i + 1) == 'h' && digit(lower.charAt(i + 2))) {
                return true; // \dh\d
            }
            if (regexSpace(c) && i + 4 < n && lower.charAt(i + 1) == 'm' && lower.charAt(i + 2) == 'e' && lower.charAt(i + 3) == 'i'
                    && regexSpace(lower.charAt(i + 4))) {
                return true; // \smei\s
            }
        }
        return false;
    }

    /**
     * Whether an apostrophe is followed by two ASCII digits ("'26"): both apostrophe forms need one, and most texts
     * with an apostrophe are words ("don't"), where their month alternatives were tried at every position.
     */
    private static boolean apostropheYear(String s) {
        for (int i = 0, n = s.length() - 2; i < n; i++) {
            char c = s.charAt(i);
            if ((c == '\'' || c == '\u2019') && isAsciiDigit(s.charAt(i + 1)) && isAsciiDigit(s.charAt(i + 2))) {
                return true;
            }
        }
        return false;
    }

    /**
     * Whether the text has what {@link #MONTH_FIRST} ends with, "\d(?:st|nd|rd|th)?,?\s+\d{4}": four ASCII digits after
     * a run of spaces, and before that run (past a comma, past any two characters for the suffix) a digit. Its
     * month alternatives were tried at every position of every text with a year and a month-like word.
     */
    private static boolean dayThenYear(String s) {
        for (int i = 1, n = s.length() - 3; i < n; i++) {
            if (!regexSpace(s.charAt(i - 1)) || !isAsciiDigit(s.charAt(i)) || !isAsciiDigit(s.charAt(i + 1))
                    || !isAsciiDigit(s.charAt(i + 2)) || !isAsciiDigit(s.charAt(i + 3))) {
                continue;
            }
            int j = i - 1;
            while (j >= 0 && regexSpace(s.charAt(j))) {
                j--;
            }
            if (j >= 0 && s.charAt(j) == ',') {
                j--;
            }
            if (j >= 0 && isAsciiDigit(s.charAt(j)) || j >= 2 && isAsciiDigit(s.charAt(j - 2))) {
                return true;
            }
        }
        return false;
    }

    /** Whether the text has "\d:\d\d" (ASCII digits): the clock {@link #YEARLESS_IN_LINE} ends with. */
    private static boolean clockDigits(String s) {
        for (int i = s.indexOf(':'); i >= 0 && i + 2 < s.length(); i = s.indexOf(':', i + 1)) {
            if (i > 0 && isAsciiDigit(s.charAt(i - 1)) && isAsciiDigit(s.charAt(i + 1)) && isAsciiDigit(s.charAt(i + 2))) {
                return true;
            }
        }
        return false;
    }

    private static boolean isAsciiDigit(char c) {
        return c >= '0' && c <= '9';
    }

    /** What the regex \s matches (no UNICODE_CHARACTER_CLASS). */
    private static boolean regexSpace(char c) {
        return c == ' ' || c == '\t' || c == '\n' || c == '\u000B' || c == '\f' || c == '\r';
    }

    /**
     * The text with another language's date rewritten into a form {@link #find} reads ("2026年11月21日 14:14" →
     * "2026-11-21 14:14", "21 de noviembre de 2026 a las 14:14" → "21 Nov 2026 14:14"); the text itself when it has none.
     */
    static String foreign(String text) {
        if (!foreignCue(text)) {
            return text;
        }
        String t = text;
        java.util.regex.Matcher m = CJK_DATE.matcher(t);
        if (m.find()) {
            String mo = m.group(2) != null ? m.group(2) : m.group(4);
            String d = m.group(2) != null ? m.group(3) : m.group(5);
            t = t.substring(0, m.start()) + m.group(1) + "-" + twoDigits(Integer.parseInt(mo) % 100) + "-" + twoDigits(Integer.parseInt(d) % 100)
                    + t.substring(m.end());
            t = BRACKET_WEEKDAY.matcher(t).replaceFirst("");
            m = CJK_HALF_DAY.matcher(t);
            if (m.find()) {
                boolean pm = m.group(1).equals("\uc624\ud6c4") || m.group(1).equals("\u5348\u5f8c") || m.group(1).equals("\u4e0b\u5348");
                t = t.substring(0, m.start()) + m.group(2) + (pm ? " pm" : " am") + t.substring(m.end());
            }
            return t;
        }
        t = BRACKET_WEEKDAY.matcher(t).replaceFirst("");
        m = FOREIGN_DMY.matcher(t);
        if (m.find()) {
            int month = 0;
            for (int k = 0; k < 12; k++) {
                if (m.group(k + 2) != null) {
                    month = k;
                }
            }
            t = t.substring(0, m.start()) + m.group(1) + " " + MONTH_WORDS[month][0] + " " + m.group(14) + t.substring(m.end());
        }
        m = FOREIGN_AT.matcher(t);
        if (m.find()) {
            t = t.substring(0, m.start()) + m.group(1) + " " + m.group(2) + ":" + m.group(3) + t.substring(m.end());
        }
        return H_CLOCK.matcher(t).replaceFirst("$1:$2");
    }
}
