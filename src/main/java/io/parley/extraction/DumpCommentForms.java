package io.parley.extraction;

import java.util.List;
import java.util.regex.Pattern;

/**
 * A dump whose comment section is the site's own form and an empty heading ("Add a Comment", "Name [ ]", "Email
 * [ ]", then "Comments" over the sidebar): the site renders its comments with the page, as it takes them through
 * that form, so none shown is none there, not a section the reader failed on. A script-filled section shows no
 * form of the site's own (the embed brings its own), and one line of prose after the heading keeps it unparsed.
 */
final class DumpCommentForms {

    /** A labelled input as w3m prints it: "Name [          ]", "Email* [    ]", "Your comment: [   ]". */
    private static final Pattern FIELD = Pattern.compile(
            "(?iu)^(?:your |e-?mail )?(?:name|e-?mail|email address|website|url|comment|message|your comment)\\s*\\*?:?\\s*\\[[ _]*\\]$");
    private static final Pattern HEADING = Pattern.compile(
            "(?i)^(?:\\d+ )?(?:comments?|reader comments|responses?|discussion)(?: \\(\\d+\\))?:?$");

    private DumpCommentForms() {
    }

    /** Whether the dump holds a comment form of two or more fields and nothing with a sentence after its comments heading. */
    static boolean formOnly(String raw) {
        List<String> lines = raw.lines().map(String::strip).toList();
        int fields = 0;
        int heading = -1;
        for (int i = 0; i < lines.size(); i++) {
            String s = lines.get(i);
            if (FIELD.matcher(s).matches()) {
                fields++;
            } else if (HEADING.matcher(s).matches()) {
                heading = i;
            }
        }
        if (fields < 2 || heading < 0) {
            return false;
        }
        for (String s : lines.subList(heading + 1, lines.size())) {
            if (!s.isEmpty() && !FIELD.matcher(s).matches() && TextExtractor.hasSentence(
                    new ExtractedComment("x", null, null, null, null, s, List.of(), 0))) {
                return false;
            }
        }
        return true;
    }
}
