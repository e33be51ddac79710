package io.parley.extraction;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Replies that repeat, whole, the earlier comments they answer before their own words: a Chinese portal's "stacked
 * floors" (NetEase's 盖楼: each reply shows the chain of floors it answers as nested boxes, then its own line), or a
 * forum quote of a whole post the quote finder did not see as a quote. Where a top-level comment's text holds the whole
 * text of other comments on the page and then words of its own, the repeated texts (and the floor heads between them)
 * are not its words, and the comment repeated last, just before its own words, is the one it answers.
 */
final class RepeatedPosts {

    private static final int MIN_WORDS = 8;
    private static final int MIN_OWN_WORDS = 4;

    private RepeatedPosts() {
    }

    static List<ExtractedComment> apply(List<ExtractedComment> comments) {
        if (comments.size() < 3) {
            return comments;
        }
        List<Pattern> texts = new ArrayList<>(comments.size());
        for (ExtractedComment c : comments) {
            texts.add(Texts.wordCount(c.text()) >= MIN_WORDS ? wordsPattern(c.text()) : null);
        }
        List<ExtractedComment> out = null;
        for (int i = 0; i < comments.size(); i++) {
            ExtractedComment c = comments.get(i);
            if (c.parentId() != null || Texts.wordCount(c.text()) < MIN_WORDS + MIN_OWN_WORDS) {
                continue;
            }
            int lastEnd = -1;
            int answered = -1;
            for (int j = 0; j < comments.size(); j++) {
                if (j == i || texts.get(j) == null || comments.get(j).text().length() >= c.text().length()) {
                    continue;
                }
                Matcher m = texts.get(j).matcher(c.text());
                if (m.find() && m.end() > lastEnd) {
                    lastEnd = m.end();
                    answered = j;
                }
            }
            if (answered < 0) {
                continue;
            }
            String own = c.text().substring(lastEnd).strip();
            if (Texts.wordCount(own) < MIN_OWN_WORDS || !TextExtractor.hasSentence(withText(c, own))) {
                continue;
            }
            if (out == null) {
                out = new ArrayList<>(comments);
            }
            ExtractedComment p = comments.get(answered);
            out.set(i, new ExtractedComment(c.id(), p.id(), c.author(), c.postedAt(), c.likes(), own, c.quotes(), p.depth() + 1, c.header()));
        }
        return out == null ? comments : out;
    }

    private static ExtractedComment withText(ExtractedComment c, String text) {
        return new ExtractedComment(c.id(), c.parentId(), c.author(), c.postedAt(), c.likes(), text, c.quotes(), c.depth(), c.header());
    }

    /** The text's words in order, any run of white space between them. */
    private static Pattern wordsPattern(String text) {
        StringBuilder b = new StringBuilder();
        for (String w : text.strip().split("\\s+")) {
            if (!b.isEmpty()) {
                b.append("\\s+");
            }
            b.append(Pattern.quote(w));
        }
        return Pattern.compile(b.toString());
    }
}
