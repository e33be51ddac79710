package io.parley.extraction;

import java.util.regex.Pattern;

/**
 * A German-style date at a line's start, "25. November 2026, 11:24 Uhr" (Süddeutsche, derStandard, Zeit comment
 * headers): its "25." is the day, not an ordered list's item number, although w3m prints both alike.
 */
final class DumpDayDates {

    private DumpDayDates() {
    }

    private static final Pattern DAY_MONTH_YEAR = Pattern.compile("(?iu)^\\d{1,2}\\.\\s+(?:jan(?:uar|uary)?|j\u00e4nner|feb(?:ruar|ruary)?"
            + "|m\u00e4rz|maerz|march|apr(?:il)?|mai|may|jun[ie]?|june|jul[iy]?|aug(?:ust)?|sep(?:t|tember)?|okt(?:ober)?|oct(?:ober)?"
            + "|nov(?:ember)?|dez(?:ember)?|dec(?:ember)?)\\.?\\s+\\d{4}(?!\\d)");

    /** Whether the line (its marker not yet taken off) opens with a day, a month's name and a year. */
    static boolean opensWithDay(String line) {
        return DAY_MONTH_YEAR.matcher(line).find();
    }
}
