package io.parley.extraction;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.regex.Pattern;

/**
 * Copies of a comment's words inside its own record: a share box's hidden title ("iam99: The President may
 * decide…", HuffPost 2012) or a tweet-this preview is read as a reply nested under the comment it copies. A "reply"
 * with no author whose words, after an optional "name:" lead, all stand in its parent's words in order is an echo:
 * it is dropped, and anything nested under it hangs on the parent.
 */
final class CommentEchoes {

    private CommentEchoes() {
    }

    private static final Pattern NAME_LEAD = Pattern.compile("^[^\\s:]{1,40}:\\s+");
    private static final Pattern ELLIPSIS_END = Pattern.compile("(?:\\.\\.\\.|\u2026)$");

    static List<ExtractedComment> drop(List<ExtractedComment> comments) {
        if (comments.size() < 2) {
            return comments;
        }
        Map<String, ExtractedComment> byId = new HashMap<>();
        for (ExtractedComment c : comments) {
            byId.put(c.id(), c);
        }
        Map<String, String> lift = new HashMap<>();
        for (ExtractedComment c : comments) {
            ExtractedComment p = c.parentId() == null ? null : byId.get(c.parentId());
            if (p != null && echoes(c, p)) {
                lift.put(c.id(), p.parentId() != null && lift.containsKey(p.id()) ? lift.get(p.id()) : p.id());
            }
        }
        return lift.isEmpty() ? comments : without(comments, lift);
    }

    /**
     * The comments without the dropped ones (keys of {@code parentOf}, each mapped to the parent it hung on); anything
     * nested under a dropped comment hangs on the nearest kept ancestor.
     */
    static List<ExtractedComment> without(List<ExtractedComment> comments, Map<String, String> parentOf) {
        List<ExtractedComment> out = new ArrayList<>(comments.size() - parentOf.size());
        for (ExtractedComment c : comments) {
            if (parentOf.containsKey(c.id())) {
                continue;
            }
            String parent = c.parentId();
            while (parent != null && parentOf.containsKey(parent)) {
                parent = parentOf.get(parent);
            }
            out.add(Objects.equals(parent, c.parentId()) ? c : new ExtractedComment(c.id(), parent, c.author(), c.postedAt(),
                    c.likes(), c.text(), c.quotes(), c.depth(), c.header()));
        }
        return out;
    }

    /**
     * The child has no author of its own and its words (without a "name:" lead and a closing ellipsis), five or more,
     * stand in the parent's text. (A reply with an author that a parent quotes in full, or whose sign-off the parent
     * repeats, is a reply.)
     */
    private static boolean echoes(ExtractedComment c, ExtractedComment parent) {
        if (c.author() != null) {
            return false;
        }
        String words = Texts.squash(c.text());
        words = NAME_LEAD.matcher(words).replaceFirst("");
        words = ELLIPSIS_END.matcher(words).replaceFirst("").strip();
        if (Texts.wordCount(words) < 5) {
            return false;
        }
        return Texts.squash(parent.text()).contains(words);
    }
}
