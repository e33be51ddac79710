package io.parley.extraction;

import java.util.List;

/**
 * Dates that close their comment rather than head it: the date line comes after the comment's last sentence and a
 * blank line and the comment's row of actions follows it at once ("… works. / / 17. November 2026, 11:35 /
 * 12 1 / Antworten Permalink melden", derStandard). Under a heading date the text follows instead.
 */
final class DumpClosingDates {

    private DumpClosingDates() {
    }

    /** How many of the anchor lines close a comment so. */
    static int count(List<String> lines, List<Integer> anchors) {
        int closing = 0;
        for (int a : anchors) {
            int above = a - 1;
            while (above >= 0 && lines.get(above).isBlank()) {
                above--;
            }
            if (above < 0 || above == a - 1 || !sentenceEnd(lines.get(above).strip())) {
                // (a blank line between: a date printed straight under the words, VK, is read the footer way only
                // with its other cues)
                continue;
            }
            int below = a + 1;
            while (below < lines.size() && lines.get(below).isBlank()) {
                below++;
            }
            // (the anchor a date itself, the line under it no date: "26/11/26 09:17" reads as a count of 26)
            java.util.regex.Matcher date = DumpThreads.DATE.matcher(lines.get(a).strip());
            // (a bare date line: "Posted on <date>" over a forum's actions, Apple, keeps its own reading)
            if (below < lines.size() && below <= a + 2 && date.find() && date.start() == 0
                    && !DumpThreads.DATE.matcher(lines.get(below)).find() && DumpThreads.action(lines.get(below).strip()) != null) {
                closing++;
            }
        }
        return closing;
    }

    private static final java.util.regex.Pattern CARD = java.util.regex.Pattern.compile(
            "(?iu)^(\\p{L}[\\p{L}\\p{N}_.' -]{0,38}?)\\s+\\d[\\d.,]*\\s+(?:postings?|posts?|beitr\u00e4ge|messages|kommentare|comments)(?:,\\s*\\d[\\d.,]*\\s+\\p{L}+)?(?:\\s+[\\p{L}:*]{2,20})?$");

    /** The name of a poster's card line ("Henrike Vogel 6513 Postings, 36 Follower"), or null. */
    static String cardName(String t) {
        java.util.regex.Matcher m = t.length() <= 90 ? CARD.matcher(t.strip()) : null;
        return m != null && m.matches() ? m.group(1).strip() : null;
    }

    private static boolean sentenceEnd(String t) {
        return t.matches(".*[.!?][\"\u201d')]?$") || DumpCjk.endsSentence(t);
    }
}
