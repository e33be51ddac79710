package io.parley.extraction;

import java.util.List;
import java.util.Locale;
import java.util.regex.Pattern;

/**
 * What a byline under a comment's words leaves once its link to the time and its buttons were taken out: "by X on",
 * then "via mobile" and "up" (SB Nation's "by X on &lt;date&gt; via mobile up reply"). Those lines name the comment's
 * own author, so they are its chrome, not its last words.
 */
final class TrailingBylines {
    /** "by X on" / "by X at" / "by X," with nothing else on the line. */
    private static final Pattern BY_ALONE = Pattern.compile("(?iu)^(?:posted\\s+)?by:?\\s+(.+?)\\s*(?:\\bon|\\bat|,|\\|)?\\s*$");
    /** Lines after such a byline that are meta words too: few words, none of them a sentence's. */
    private static final int TAIL_WORDS = 3;

    private TrailingBylines() {
    }

    /**
     * Where the residue of a byline under the words starts in {@code paras}, or -1: a line "by &lt;author&gt; on"
     * (the record's own author), after at least one line of words (or first, when the record has a subject line
     * of its own to stand for its words), followed only by lines of at most three words without a sentence's end.
     */
    static int start(List<String> paras, String author, boolean titled) {
        if (author == null || author.isBlank() || paras.isEmpty()) {
            return -1;
        }
        int first = titled ? 0 : 1;
        String name = author.strip().toLowerCase(Locale.ROOT);
        for (int k = paras.size() - 1; k >= first; k--) {
            String p = paras.get(k).strip();
            var m = BY_ALONE.matcher(p);
            if (m.matches() && m.group(1).strip().toLowerCase(Locale.ROOT).equals(name)) {
                return k;
            }
            if (Texts.wordCount(p) > TAIL_WORDS || p.endsWith(".") || p.endsWith("?") || p.endsWith("!")) {
                return -1;
            }
        }
        return -1;
    }

    /** A comment's subject line: a heading, or an element whose class names it the title or subject, of a few words. */
    static boolean subject(org.jsoup.nodes.Element d) {
        String tag = d.normalName();
        boolean heading = tag.length() == 2 && tag.charAt(0) == 'h' && tag.charAt(1) >= '1' && tag.charAt(1) <= '6';
        String cls = d.className().toLowerCase(Locale.ROOT);
        if (!heading && !(cls.contains("title") || cls.contains("subject"))) {
            return false;
        }
        int words = Texts.wordCount(d.text());
        return words >= 1 && words <= 20;
    }
}
