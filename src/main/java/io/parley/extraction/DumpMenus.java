package io.parley.extraction;

/**
 * A "Comments" heading that is an entry of a list of short links (a sidebar's tabs: "□ Popular / □ Comments / □
 * Tags"): navigation, not the thread's own heading, so a thread above it is not taken for the article's datelines.
 */
final class DumpMenus {

    private DumpMenus() {
    }

    /**
     * Whether the line (its text, whether a bullet opened it) is a bulleted entry among bulleted neighbours of a
     * few words each, none of them a date: a menu. A count in the heading ("Comments (3)") keeps it a heading.
     */
    static boolean entry(boolean marker, String text, boolean prevMarker, String prev, boolean nextMarker, String next) {
        if (!marker || text.matches(".*\\d.*")) {
            return false;
        }
        return prevMarker && shortLink(prev) || nextMarker && shortLink(next);
    }

    private static boolean shortLink(String t) {
        return t != null && !t.isEmpty() && Texts.wordCount(t) <= 3 && !t.matches(".*[.!?:]$")
                && !DumpThreads.DATE.matcher(t).find() && DumpThreads.anchorShape(t) == null;
    }
}
