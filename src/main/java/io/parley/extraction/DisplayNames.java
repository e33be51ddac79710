package io.parley.extraction;

import java.util.Locale;
import java.util.function.Predicate;
import org.jsoup.nodes.Element;

/**
 * A commenter's display name shown before their handle in one heading (Pleroma / Akkoma, Misskey, many fediverse
 * and social front ends: "<h4 class=status-username>Halima Osei</h4> <a class=user-screen-name>@halimaosei@host</a>"):
 * the profile link carries the handle, the name sits in its own element without a link. The name as shown is the
 * author; the handle is how "Reply to @halimaosei" lines name the same commenter.
 */
final class DisplayNames {

    private DisplayNames() {
    }

    /** The display name in a name element of {@code box} before its handle link {@code handle}, or null. */
    static String before(Element box, Element handle, Predicate<Element> namePart) {
        for (Element x : box.getAllElements()) {
            if (x == handle) {
                return null; // (only a name printed before the handle: a later one is some other line)
            }
            if (x == box || x.parents().contains(handle) || handle.parents().contains(x) || !namePart.test(x)
                    || !x.getElementsByTag("a").isEmpty()) {
                continue;
            }
            String t = Texts.squash(x.text());
            if (!t.isEmpty() && t.charAt(0) != '@' && t.length() <= 60 && Texts.wordCount(t) <= 4 && Dates.find(t) == null) {
                return t;
            }
        }
        return null;
    }

    /** The lookup key of a handle: its local part, lower-cased ("@Ann_B@host.example" -> "ann_b"). */
    static String handleKey(String handle) {
        String h = handle.startsWith("@") ? handle.substring(1) : handle;
        int at = h.indexOf('@');
        return (at > 0 ? h.substring(0, at) : h).toLowerCase(Locale.ROOT);
    }
}
