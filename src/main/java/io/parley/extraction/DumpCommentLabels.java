package io.parley.extraction;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A comment's number label before its byline ("Commentaire n°1 posté par Yannick Le Gall le 17/11/2026 à 14h25",
 * Over-blog; "Comment No. 3 posted by Ann on …", "Kommentar Nr. 2 von …"): without it the head reads as the replies'
 * heads under it do ("Posté par Noé le 17/11/2026 à 19h25"), one shape for the whole thread, where the label's words
 * pushed it past the words a head may have before its date. Only before a byline that holds a date.
 */
final class DumpCommentLabels {

    private DumpCommentLabels() {
    }

    private static final Pattern LABEL = Pattern.compile(
            "(?iu)^(?:comment(?:aire|ario|o)?|kommentar|reactie|commento|r\u00e9ponse|reply|post)\\s*(?:n[\u00b0\u00ba.]|nr\\.?|no\\.?|#)\\s*\\d{1,5}\\s*[:.,\u2013-]?\\s+(?=\\p{L})");

    /** The head without its number label, or the line as it was. */
    static String strip(String line) {
        if (line.length() > 140 || line.isEmpty() || "cCkKrRpP".indexOf(line.charAt(0)) < 0) {
            return line;
        }
        Matcher m = LABEL.matcher(line);
        if (!m.lookingAt()) {
            return line;
        }
        String rest = line.substring(m.end());
        return DumpThreads.DATE.matcher(rest).find() ? rest : line;
    }
}
