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
 * are not its words, and the comment repeated last, just before its own words, is the one it answers. Only comments
 * dated before the reply count (see earlier).
 */
final class RepeatedPosts {

    private static final int MIN_WORDS = 8;
    private static final int MIN_OWN_WORDS = 4;

    private RepeatedPosts() {
    }

    static List<ExtractedComment> apply(List<ExtractedComment> comments) {
        if (comments.size() < 3 || comments.stream().anyMatch(c -> c.parentId() != null)) {
            return comments; // (a list with a tree of its own: its replies' parents are known, a repeat is a coincidence)
        }
        List<Words> texts = new ArrayList<>(comments.size());
        for (ExtractedComment c : comments) {
            texts.add(Texts.wordCount(c.text()) >= MIN_WORDS ? new Words(c.text()) : null);
        }
        // each comment's text with its white space runs as single spaces: a comment's words pattern can match a text
        // only where that text, so squashed, holds the words joined by single spaces (a String.contains, not a regex
        // per pair: on long threads the pairs' regex searches were most of this rule's time)
        List<String> squashed = new ArrayList<>(comments.size());
        for (ExtractedComment c : comments) {
            squashed.add(WHITE.matcher(c.text()).replaceAll(" "));
        }
        List<ExtractedComment> out = null;
        int chains = 0;
        int changed = 0;
        for (int i = 0; i < comments.size(); i++) {
            ExtractedComment c = comments.get(i);
            if (c.parentId() != null || Texts.wordCount(c.text()) < MIN_WORDS + MIN_OWN_WORDS) {
                continue;
            }
            int lastEnd = -1;
            int answered = -1;
            for (int j = 0; j < comments.size(); j++) {
                if (j == i || texts.get(j) == null || comments.get(j).text().length() >= c.text().length()
                        || !earlier(comments.get(j), c)) {
                    continue;
                }
                if (!squashed.get(i).contains(texts.get(j).joined)) {
                    continue;
                }
                Matcher m = texts.get(j).pattern().matcher(c.text());
                if (m.find() && m.end() > lastEnd) {
                    lastEnd = m.end();
                    answered = j;
                }
            }
            if (answered < 0) {
                continue;
            }
            if (repeats(texts, squashed, comments, c, squashed.get(i)) >= 2) {
                chains++;
            }
            String own = c.text().substring(lastEnd).strip();
            if (Texts.wordCount(own) < MIN_OWN_WORDS || !TextExtractor.hasSentence(withText(c, own))) {
                continue;
            }
            if (out == null) {
                out = new ArrayList<>(comments);
            }
            ExtractedComment p = comments.get(answered);
            changed++;
            out.set(i, new ExtractedComment(c.id(), p.id(), c.author(), c.postedAt(), c.likes(), own, c.quotes(), p.depth() + 1, c.header()));
        }
        // a stacked-floor thread shows itself by a reply that repeats a chain of two or more floors, and more than one
        // reply repeating: one comment holding another's words is a quote or a coincidence, left as it is
        return out == null || chains == 0 || changed < 2 ? comments : out;
    }

    private static int repeats(List<Words> texts, List<String> squashed, List<ExtractedComment> comments, ExtractedComment c,
                               String squashedC) {
        int n = 0;
        for (int j = 0; j < comments.size(); j++) {
            if (comments.get(j) != c && texts.get(j) != null && comments.get(j).text().length() < c.text().length()
                    && earlier(comments.get(j), c) && squashedC.contains(texts.get(j).joined)
                    && texts.get(j).pattern().matcher(c.text()).find()) {
                n++;
            }
        }
        return n;
    }

    /**
     * Whether p was posted before c, both dated: a reply repeats what was there when it was written (a comment whose
     * words another, later one happens to hold is no floor it answers; without times the rule is not applied).
     */
    private static boolean earlier(ExtractedComment p, ExtractedComment c) {
        return p.postedAt() != null && c.postedAt() != null && p.postedAt().compareTo(c.postedAt()) < 0;
    }

    private static ExtractedComment withText(ExtractedComment c, String text) {
        return new ExtractedComment(c.id(), c.parentId(), c.author(), c.postedAt(), c.likes(), text, c.quotes(), c.depth(), c.header());
    }

    /** White space as the words pattern's {@code \s} reads it. */
    private static final Pattern WHITE = Pattern.compile("\\s+");

    /**
     * A comment's words: joined by single spaces, and as a pattern (compiled when first asked) that finds them in order
     * with any run of white space between them.
     */
    private static final class Words {
        private final String[] words;
        final String joined;
        private Pattern pattern;

        Words(String text) {
            words = text.strip().split("\\s+");
            joined = String.join(" ", words);
        }

        Pattern pattern() {
            if (pattern == null) {
                StringBuilder b = new StringBuilder();
                for (String w : words) {
                    if (!b.isEmpty()) {
                        b.append("\\s+");
                    }
                    b.append(Pattern.quote(w));
                }
                pattern = Pattern.compile(b.toString());
            }
            return pattern;
        }
    }
}
