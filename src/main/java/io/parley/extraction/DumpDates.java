package io.parley.extraction;

/**
 * A dump's header line dated in another language ("26 ноября 2026 в 12:50", "21 de noviembre de 2026 a las 14:14"),
 * rewritten as the English date the dump reader's header shapes know; the HTML path reads the same dates through
 * {@link Dates#foreign}.
 */
final class DumpDates {

    private DumpDates() {
    }

    /** The line with its foreign date in English, where the line is short enough to be a header; else the line. */
    static String english(String line) {
        if (line.length() > 80 || Texts.wordCount(line) > 10) {
            return line; // (a sentence of a comment that names a date keeps its words)
        }
        String rewritten = Dates.foreign(line);
        return rewritten.equals(line) || Dates.find(rewritten) == null ? line : rewritten;
    }
}
