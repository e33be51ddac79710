package io.parley.extraction;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * The opening status of a social conversation view (Pleroma / Akkoma, Mastodon, Misskey, Twitter-like threads): one
 * flat list of statuses in one shape, the first naming no one and every later one naming the status it answers
 * ("Reply to @halimaosei", "Replying to @x"). The first is the post the page is about, not a comment; the replies to it
 * are the top level of its comments.
 */
final class ConversationRoots {

    private ConversationRoots() {
    }

    /**
     * The comments without the conversation's root when {@code comments} read as one (see the class note), re-parented
     * and re-levelled; otherwise {@code comments} as they are. {@code namesParent} says per comment whether it named
     * the comment it answers.
     */
    static List<ExtractedComment> withoutRoot(List<ExtractedComment> comments, List<Boolean> namesParent) {
        if (comments.size() < 4 || namesParent.size() != comments.size() || namesParent.get(0)) {
            return comments;
        }
        ExtractedComment root = comments.get(0);
        if (root.parentId() != null || root.depth() != 0) {
            return comments;
        }
        int answersRoot = 0;
        for (int i = 1; i < comments.size(); i++) {
            ExtractedComment c = comments.get(i);
            // (every later one names its parent and hangs below the first: a nested tree or a forum, whose later posts
            // name none, is no conversation view)
            if (!namesParent.get(i) || c.parentId() == null) {
                return comments;
            }
            answersRoot += root.id().equals(c.parentId()) ? 1 : 0;
        }
        if (answersRoot < 2) {
            return comments;
        }
        Map<String, Integer> depthOf = new HashMap<>();
        List<ExtractedComment> out = new ArrayList<>(comments.size() - 1);
        for (ExtractedComment c : comments.subList(1, comments.size())) {
            String parent = root.id().equals(c.parentId()) ? null : c.parentId();
            int depth = parent == null ? 0 : depthOf.getOrDefault(parent, 0) + 1;
            depthOf.put(c.id(), depth);
            out.add(new ExtractedComment(c.id(), parent, c.author(), c.postedAt(), c.likes(), c.text(), c.quotes(), depth, c.header()));
        }
        return out;
    }
}
