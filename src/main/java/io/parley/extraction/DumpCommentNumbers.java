package io.parley.extraction;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A dump's comments numbered in page order, the number printed before each name on the head line ("1 Tami November
 * 7, 2012 at 3:04 AM", "2 Dawn Camp …": Thesis and other themes that count their comments): the number is the
 * comment's, not part of its author. Taken only where most comments' authors open with a number and those numbers
 * rise through the page, so a name that begins with a number ("2 Fast") on its own stays as it is.
 */
final class DumpCommentNumbers {

    private DumpCommentNumbers() {
    }

    private static final Pattern NUMBERED = Pattern.compile("^(\\d{1,4})[.)]?\\s+(\\p{L}.{0,40})$");
    private static final double SHARE = 0.6;
    private static final int MIN = 3;

    static List<ExtractedComment> apply(List<ExtractedComment> comments) {
        if (comments.size() < MIN) {
            return comments;
        }
        int numbered = 0;
        int last = -1;
        for (ExtractedComment c : comments) {
            Matcher m = c.author() == null ? null : NUMBERED.matcher(c.author());
            if (m == null || !m.matches()) {
                continue;
            }
            int n = Integer.parseInt(m.group(1));
            if (n <= last) {
                return comments; // not a count through the page
            }
            last = n;
            numbered++;
        }
        if (numbered < SHARE * comments.size()) {
            return comments;
        }
        List<ExtractedComment> out = new ArrayList<>(comments.size());
        for (ExtractedComment c : comments) {
            Matcher m = c.author() == null ? null : NUMBERED.matcher(c.author());
            out.add(m != null && m.matches() ? new ExtractedComment(c.id(), c.parentId(), m.group(2).strip(), c.postedAt(), c.likes(),
                    c.text(), c.quotes(), c.depth(), c.header()) : c);
        }
        return out;
    }
}
