package io.parley.extraction;

import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.jsoup.nodes.Element;

/**
 * A record that opens with "NAME said:" in an element of its own, with no class or link the other author cues know
 * (a custom WordPress theme's {@code <div class="commeta">Sally said:</div>}, Movable Type's "Ben said:" header): the
 * name is the author. Only the record's first line of text counts (a list number before it aside), so a quoted
 * "X said:" further down the words is never taken for the commenter.
 */
final class SaidHeads {

    private SaidHeads() {
    }

    private static final Pattern SAID_HEAD = Pattern.compile("(?iu)^(\\S.{0,40}?)\\s+(?:said|says|wrote)\\s*[:,.\u2026]*$");
    private static final Pattern NUMBER = Pattern.compile("#?\\d{1,5}[.)]?");

    /** The element holding the record's opening "NAME said:" line, or null when the record opens otherwise. */
    static Element head(List<Element> own) {
        for (Element d : own) {
            if (CommentRecords.elementChildren(d, 1) && CommentRecords.textLonger(d, 60)) {
                // a box longer than any head line, with more inside it (the record's wrapper around its replies):
                // passed over as below, without building the text of its whole subtree
                continue;
            }
            String t = Texts.squash(d.text());
            if (t.isEmpty() || !CommentRecords.elementChildren(d, 1) && NUMBER.matcher(t).matches()) {
                continue; // (an avatar, a counter column: "2" beside the head)
            }
            if (t.length() <= 60) {
                Matcher m = SAID_HEAD.matcher(t);
                if (m.matches() && Texts.wordCount(m.group(1)) <= 5 && Dates.find(t) == null) {
                    return d;
                }
            }
            if (!CommentRecords.elementChildren(d, 1)) {
                return null; // the first line of text is something else
            }
        }
        return null;
    }
}
