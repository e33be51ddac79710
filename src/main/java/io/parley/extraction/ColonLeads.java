package io.parley.extraction;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Comments whose name link and words share one element, "<a>东岸居民</a>：说实话，…" (Weibo and the Chinese widgets
 * like it): the record reader takes the link for the author and leaves the colon opening the text. The colon is no
 * word of the comment; "回复 @X：" after the name names the comment answered, X's latest before it, which the flat
 * list of sub-replies under the thread's top comment does not show.
 */
final class ColonLeads {

    private ColonLeads() {
    }

    private static final Pattern LEAD = Pattern.compile("^[:\uff1a]\\s*(?=\\S)");
    private static final Pattern REPLY_TO = Pattern.compile("^\u56de\u590d\\s*@([\\p{L}\\p{N}_.-]{1,20})\\s*[:\uff1a]");

    /** The comments with the colon cut where most open with one, replies re-parented by their "回复 @X". */
    static List<ExtractedComment> apply(List<ExtractedComment> comments) {
        int led = 0;
        for (ExtractedComment c : comments) {
            if (c.author() != null && LEAD.matcher(c.text()).lookingAt()) {
                led++;
            }
        }
        if (led < 3 || led < comments.size() * 0.6) {
            return comments;
        }
        List<ExtractedComment> out = new ArrayList<>(comments.size());
        for (ExtractedComment c : comments) {
            String text = c.author() != null ? LEAD.matcher(c.text()).replaceFirst("") : c.text();
            String parent = c.parentId();
            int depth = c.depth();
            Matcher r = REPLY_TO.matcher(text);
            if (r.lookingAt() && c.parentId() != null) {
                for (int k = out.size() - 1; k >= 0; k--) {
                    ExtractedComment e = out.get(k);
                    if (r.group(1).equals(e.author())) {
                        // (within the reply's own thread: X's comment at or under the reply's parent)
                        if (e.id().equals(c.parentId()) || e.parentId() != null && e.parentId().equals(c.parentId())) {
                            parent = e.id();
                            depth = e.depth() + 1;
                        }
                        break;
                    }
                }
            }
            out.add(new ExtractedComment(c.id(), parent, c.author(), c.postedAt(), c.likes(), text, c.quotes(), depth, c.header()));
        }
        return out;
    }
}
