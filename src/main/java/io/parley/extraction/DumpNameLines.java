package io.parley.extraction;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;

/**
 * A dump's comments that each open with a name alone on its line, then a blank line and the words, and no date
 * anywhere (a bulleted list of "• NFreak007" items: WordPress themes without a date, Disqus's server-side list): the
 * line is the author. Taken only when the comments were read without any author and nearly all of them open so,
 * never from one comment's short first line (a "Thanks" over the rest of the words).
 */
final class DumpNameLines {

    private DumpNameLines() {
    }

    /** A name line: up to four words, no sentence end, no address, no colon or comma closing it. */
    private static final Pattern NAME_LINE = Pattern.compile("\\p{L}[^\\n]{0,39}");
    private static final Pattern NOT_A_NAME = Pattern.compile("(?i).*(?:[.!?:,;]|https?://|www\\.|\\breply\\b|\\bcomments?\\b).*");
    private static final double SHARE = 0.8;
    private static final int MIN = 3;

    static List<ExtractedComment> apply(List<ExtractedComment> comments) {
        if (comments.size() < MIN) {
            return comments;
        }
        int named = 0;
        for (ExtractedComment c : comments) {
            if (c.author() != null) {
                return comments; // the dump's own heads named them: nothing to add
            }
            named += name(c.text()) != null ? 1 : 0;
        }
        if (named < SHARE * comments.size()) {
            return comments;
        }
        List<ExtractedComment> out = new ArrayList<>(comments.size());
        for (ExtractedComment c : comments) {
            String name = name(c.text());
            if (name == null) {
                out.add(c);
                continue;
            }
            String rest = c.text().substring(c.text().indexOf("\n\n")).strip();
            out.add(new ExtractedComment(c.id(), c.parentId(), name, c.postedAt(), c.likes(), rest, c.quotes(), c.depth(),
                    c.header() == null ? name : name + " " + c.header()));
        }
        return out;
    }

    /** The comment's first line when it is a name line with words after it, else null. */
    private static String name(String text) {
        int cut = text.indexOf("\n\n");
        if (cut <= 0) {
            return null;
        }
        // (a follow button's words and its icon's alt text after the name, "Ann Lee Follow [icon]", are no part of it)
        String first = DumpThreads.FOLLOW_TAIL.matcher(text.substring(0, cut).strip()).replaceFirst("");
        String rest = text.substring(cut).strip();
        return !rest.isEmpty() && NAME_LINE.matcher(first).matches() && Texts.wordCount(first) <= 4
                && !NOT_A_NAME.matcher(first).matches() && Dates.find(first) == null ? first : null;
    }
}
