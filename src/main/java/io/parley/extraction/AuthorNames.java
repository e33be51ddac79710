package io.parley.extraction;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The last tidying of a record's author name, whatever cue found it: a head line's leftovers that no comment system
 * puts in a name. "Progress Trap said," (the comma kept the reader's "says:" rule from seeing the verb), WordPress
 * numbered lists' "2. Lettraggad - 29 August" (the date cut at its comma by the record's time part).
 */
final class AuthorNames {

    private static final String MONTH = "(?:jan|feb|mar|apr|may|jun|jul|aug|sep|sept|oct|nov|dec)[a-z]*\\.?";
    /** A verb of saying closing the name, with the punctuation a head line puts after it. */
    private static final Pattern SAID_TAIL = Pattern.compile("(?iu)^(.+?)\\s+(?:said|says|wrote|writes)\\s*[,:;.\u2026]*$");
    /** A list number opening the name ("2. ", "14) "): the page numbers its comments. */
    private static final Pattern NUMBER_HEAD = Pattern.compile("^\\d{1,4}[.)]\\s+(?=\\S)");
    /** " - 29 August", " – July 5, 2012 …": a date after a dash closing the name. */
    private static final Pattern DATE_TAIL = Pattern.compile("(?iu)\\s+[-\u2013\u2014]\\s+(?:\\d{1,2}(?:st|nd|rd|th)?\\s+" + MONTH
            + "|" + MONTH + "\\s+\\d{1,2}\\b).*$");

    /**
     * A run of symbols closing the name: a card's menu button ("⋮") and its star rating ("★★★") read with
     * the name before the date (review cards). Emoji in a name stay: only a run set apart by a space goes.
     */
    private static final Pattern SYMBOL_TAIL = Pattern.compile("(?:\\s+[\u22ee\u2026\u2605\u2606\u2729-\u2730\u00b7\u2022\u22ef]+)+\\s*$");

    private AuthorNames() {
    }

    /** {@code name} without those leftovers; the name itself when nothing would be left of it. */
    static String tidy(String name) {
        if (name == null) {
            return null;
        }
        String t = name;
        Matcher said = SAID_TAIL.matcher(t);
        if (said.matches()) {
            t = said.group(1);
        }
        String dated = DATE_TAIL.matcher(t).replaceFirst("");
        if (!dated.isBlank() && dated.length() < t.length()) {
            // only a numbered head line loses its number: "2. Name - date", never a name that is a number
            t = NUMBER_HEAD.matcher(dated).replaceFirst("");
        }
        t = SYMBOL_TAIL.matcher(t).replaceFirst("").strip();
        return t.isEmpty() ? name : t;
    }
}
