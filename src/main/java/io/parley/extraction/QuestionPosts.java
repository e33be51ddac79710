package io.parley.extraction;

import java.util.List;

import org.jsoup.nodes.Element;

/**
 * A Q&amp;A forum's question above its answers (Mozilla support, gutefrage, Apple's communities, Ed): the question box
 * holds the thread's title as a heading and sits before the answers' box. A titled box before comments may also be a
 * blog's story, so it is the first post only where its author and time are in parts of the very tag and classes the
 * first answer's are (checked by the caller) and the heading is a title, not a section of prose. Its answers, in the
 * box after it, answer the thread: top-level, as a forum's replies are, not children of the question.
 */
final class QuestionPosts {

    private QuestionPosts() {
    }

    private static final java.util.regex.Pattern ANSWERS = java.util.regex.Pattern.compile(
            "(?iu)(?<!\\p{L})(?:repl(?:y|ies)|answers?|antworten|r\u00e9ponses|respuestas|risposte|\u043e\u0442\u0432\u0435\u0442\\p{L}*|\u56de\u7b54|\u56de\u590d|\ub2f5\ubcc0|svar)(?!\\p{L})");

    /**
     * Whether the words between the box and the first answer name answers or replies ("All Replies (9)", "Replies (9)",
     * "9 Antworten"): a Q&amp;A thread's heading, where a story's comments are headed "Comments" ("Комментарии 14").
     */
    static boolean answersHeading(CharSequence between) {
        return ANSWERS.matcher(between).find();
    }

    /** A title heading: some words, at most 25, and a box with more words than its heading. */
    static boolean titled(Element cand) {
        Element h = cand.selectFirst("h1, h2");
        if (h == null) {
            return true;
        }
        int words = Texts.wordCount(h.text());
        return words >= 1 && words <= 25 && Texts.wordCount(cand.text()) > words + 8;
    }

    /**
     * A question box: a title heading of its own (see {@link #titled}) and its own time in a {@code time[datetime]}
     * (its asker's name the caller finds in the answers' name part).
     */
    static boolean asked(Element cand) {
        return cand.selectFirst("h1, h2") != null && titled(cand) && cand.selectFirst("time[datetime]") != null;
    }

    /**
     * Whether record {@code r}, found to follow record 0 in a replies box after it, is an answer to a question of
     * another shape, titled by a main heading (not nested in it, nor of its kind, and no other record of the question's
     * shape; a forum's first post with a subject line like every reply's, Moodle's h3, keeps its nested replies): then
     * it is top-level.
     */
    static boolean apart(List<Element> records, Element r, boolean sameKind) {
        Element first = records.get(0);
        if (records.size() < 2 || r == first || sameKind || r.parents().contains(first) || first.selectFirst("h1, h2") == null) {
            return false;
        }
        // (the question is the one record of its shape: a comment with replies in the box after it shares its
        // shape with the other top-level comments, VK's)
        String sig = CommentRecords.signature(first);
        for (int i = 1; i < records.size(); i++) {
            if (CommentRecords.signature(records.get(i)).equals(sig)) {
                return false;
            }
        }
        return true;
    }
}
