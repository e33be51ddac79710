package io.parley.extraction;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;

/**
 * Records that are only a button row: HuffPost's 2012 threads print a "Like" or "Recommend" box per comment that the
 * record finder reads as records of their own (11 of 29 on heldout12-real's T61). A record with no author and no time
 * whose words are only action labels ("Like", "Recommend", "Like · Reply") is no comment: it is dropped, and anything
 * nested under it hangs on its parent. One word a commenter typed ("lol", "+1", "Agreed") is no action label.
 */
final class ActionOnlyRecords {

    private ActionOnlyRecords() {
    }

    private static final Pattern ACTIONS_ONLY = Pattern.compile("(?iu)(?:(?:like|unlike|recommend|recommended|reply|share|flag|report"
            + "|report abuse|permalink|quote)[\\s\u00b7|\u2022,]*)+");

    static List<ExtractedComment> drop(List<ExtractedComment> comments) {
        Map<String, String> dropped = new HashMap<>();
        for (ExtractedComment c : comments) {
            if (c.author() == null && c.postedAt() == null && ACTIONS_ONLY.matcher(c.text().strip()).matches()) {
                dropped.put(c.id(), c.parentId());
            }
        }
        // a page of nothing but such boxes is left to the callers' section status, not emptied here
        if (dropped.isEmpty() || dropped.size() == comments.size()) {
            return comments;
        }
        return CommentEchoes.without(comments, dropped);
    }
}
