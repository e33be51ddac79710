package io.parley.extraction;

import java.util.Locale;

import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;

/**
 * An HTML page that is a plain-text document in one {@code <pre>}: what a browser makes of a text/plain file (a
 * copied-out page, a PDF export, a print view, a mail archive) when it is saved as HTML or served wrapped. Its lines,
 * indents and blank lines are the only structure it has, so it is read as the text dump it is; the HTML reader sees a
 * single block in it.
 */
final class PlainTextPages {

    /** The pre must hold nearly all the page's words: a code sample or a poem inside an article is no such page. */
    static final double SHARE = 0.85;

    /** Fewer lines than this is a snippet, not a document. */
    static final int MIN_LINES = 12;

    private PlainTextPages() {
    }

    /** The text of the one pre that is the page, or null. */
    static String text(String html) {
        if (!html.toLowerCase(Locale.ROOT).contains("<pre")) {
            return null;
        }
        Document doc = HtmlExtractor.parse(html);
        Element body = doc.body();
        if (body == null) {
            return null;
        }
        int all = letters(body.text());
        Element best = null;
        int bestLetters = 0;
        for (Element pre : body.getElementsByTag("pre")) {
            int n = letters(pre.text());
            if (n > bestLetters) {
                best = pre;
                bestLetters = n;
            }
        }
        if (best == null || all == 0 || bestLetters < SHARE * all) {
            return null;
        }
        String text = best.wholeText();
        return text.lines().count() < MIN_LINES ? null : text;
    }

    private static int letters(String s) {
        int n = 0;
        for (int i = 0; i < s.length(); i++) {
            if (Character.isLetterOrDigit(s.charAt(i))) {
                n++;
            }
        }
        return n;
    }
}
