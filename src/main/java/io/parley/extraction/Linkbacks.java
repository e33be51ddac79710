package io.parley.extraction;

import org.jsoup.nodes.Element;

import java.util.Locale;

/**
 * Pingbacks and trackbacks: another blog's notice that it linked here ("[…] an excerpt […]" under the linking post's
 * title), listed among the comments. WordPress's comment_class() marks their records "pingback" / "trackback"; a reader
 * does not count them as comments, and the gold (Dragnet's own among it) leaves them out.
 */
final class Linkbacks {
    private Linkbacks() {
    }

    /** Whether the record's own element is marked as a pingback or trackback by a class of its own. */
    static boolean linkback(Element record) {
        for (String c : record.classNames()) {
            String lower = c.toLowerCase(Locale.ROOT);
            if (lower.equals("pingback") || lower.equals("trackback")) {
                return true;
            }
        }
        return false;
    }
}
