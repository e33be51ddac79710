package io.parley.extraction;

import org.jsoup.nodes.Element;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/**
 * Corrections to the block model's article labels that hold on any news or blog page, where the model (trained on
 * 2012 Dragnet pages) errs in ways the page's own shape gives away: the story's one long paragraph taken for
 * boilerplate, a short paragraph inside the story left out, a run of links or a photo caption at the story's edge
 * taken in. Comment labels are never touched.
 */
final class ArticleBlocks {

    private static final Set<String> CAPTION_TOKENS = Set.of("caption", "captions", "cutline", "credit", "credits",
            "photocredit", "figcaption");

    private static final java.util.regex.Pattern TRAILER = java.util.regex.Pattern.compile(
            "(?i)^(?:tags?|tagged|topics?|keywords|categories|category|filed (?:under|in)|posted in|related (?:articles|stories|links|topics)|see also)\\s*:"
                    + "|^this entry was posted|^posted (?:to|in) |\\ball rights reserved\\b|^(?:copyright|\u00a9)");

    private static final java.util.regex.Pattern AD_LABEL = java.util.regex.Pattern.compile(
            "(?i)advertisement|advertisment|anzeige|sponsored|publicit\u00e9|ad");
    private static final java.util.regex.Pattern READ_MORE = java.util.regex.Pattern.compile(
            "(?i)^(?:read more|related|related stories|see also|more on this|also read|read also|recommended)\\s*:");
    private static final Set<String> INSERT_TOKENS = Set.of("newsletter", "signup", "subscribe", "subscription", "promo",
            "advertisement", "advert", "sharing", "sharebar", "share");

    /** How many blocks after the headline the rescued story may start (byline, date, share buttons between). */
    private static final int RESCUE_REACH = 12;

    private ArticleBlocks() {
    }

    /** The labels with the story's blocks corrected; the list given is not changed. */
    static List<String> refine(List<HtmlBlocks.Block> blocks, List<String> labels, String pageTitle) {
        List<String> out = new ArrayList<>(labels);
        rescueLargest(blocks, out, headline(blocks, labels, pageTitle));
        dropCaptions(blocks, out);
        dropInserts(blocks, out);
        trimEdges(blocks, out);
        // the gaps and ends are those of the story left after the trims: a link list closing it is no story block
        int first = out.indexOf(BlockFeatures.ARTICLE);
        int last = out.lastIndexOf(BlockFeatures.ARTICLE);
        if (first < 0) {
            return out;
        }
        fillGaps(blocks, out, first, last);
        extendEnds(blocks, out, first, last);
        return out;
    }

    /**
     * A page's largest container of unlinked prose that starts under its headline is its story: when the model left
     * it out and what it kept as the story is shorter than that container's prose, the container is the story (a
     * layout the model has not seen, such as paragraphs split by line breaks in a table cell, not a sidebar).
     */
    private static void rescueLargest(List<HtmlBlocks.Block> blocks, List<String> labels, int headline) {
        if (headline < 0) {
            return;
        }
        int articleWords = 0;
        java.util.Map<Element, Integer> prose = new java.util.IdentityHashMap<>();
        java.util.Map<Element, Integer> longest = new java.util.IdentityHashMap<>();
        Element best = null;
        for (int i = 0; i < blocks.size(); i++) {
            HtmlBlocks.Block b = blocks.get(i);
            if (BlockFeatures.ARTICLE.equals(labels.get(i))) {
                articleWords += b.words;
            }
            // only prose that starts right under the page's headline: a site's "about" box or a legal notice is
            // prose too, but it sits elsewhere
            if (BlockFeatures.BOILERPLATE.equals(labels.get(i)) && dense(b) && i > headline) {
                Element c = container(b.owner);
                if (!prose.containsKey(c) && i > headline + RESCUE_REACH) {
                    continue;
                }
                int sum = prose.merge(c, b.words, Integer::sum);
                longest.merge(c, b.words, Math::max);
                if (best == null || sum > prose.get(best)) {
                    best = c;
                }
            }
        }
        // one real paragraph at least: a container of one-liners is a list of teasers, not a story
        if (best == null || prose.get(best) <= Math.max(60, articleWords) || longest.get(best) < 40) {
            return;
        }
        for (int i = 0; i < blocks.size(); i++) {
            HtmlBlocks.Block b = blocks.get(i);
            if (BlockFeatures.BOILERPLATE.equals(labels.get(i)) && dense(b) && container(b.owner) == best) {
                labels.set(i, BlockFeatures.ARTICLE);
            }
        }
    }

    private static boolean dense(HtmlBlocks.Block b) {
        return b.words >= 8 && b.linkDensity() < 0.2;
    }

    /** The element whose children are the story's paragraphs: a paragraph's parent, else the block's own owner. */
    private static Element container(Element owner) {
        String tag = owner.normalName();
        boolean paragraph = tag.equals("p") || tag.equals("blockquote") || tag.length() == 2 && tag.charAt(0) == 'h';
        return paragraph && owner.parent() != null ? owner.parent() : owner;
    }

    /**
     * A block between two story blocks, in the same container as one of them and mostly unlinked, is part of the
     * story (a one-line paragraph, a subhead, a list item) unless it is a photo caption.
     */
    private static void fillGaps(List<HtmlBlocks.Block> blocks, List<String> labels, int first, int last) {
        int prevArticle = first;
        for (int i = first + 1; i < last; i++) {
            if (BlockFeatures.ARTICLE.equals(labels.get(i))) {
                prevArticle = i;
                continue;
            }
            if (!BlockFeatures.BOILERPLATE.equals(labels.get(i))) {
                continue;
            }
            int next = i + 1;
            while (next <= last && !BlockFeatures.ARTICLE.equals(labels.get(next))) {
                next++;
            }
            // only short gaps: a long run of boilerplate between story blocks is a box inside the story
            if (next - prevArticle > 3) {
                continue;
            }
            HtmlBlocks.Block b = blocks.get(i);
            if (b.linkDensity() >= 0.34 || caption(b.owner)) {
                continue;
            }
            if (together(b, blocks.get(prevArticle)) || together(b, blocks.get(next))) {
                labels.set(i, BlockFeatures.ARTICLE);
            }
        }
    }

    /**
     * The paragraphs after the story's last block that sit beside it (same container, a list in it counting as a
     * paragraph) and are prose, not links: the model's story often stops a few paragraphs early (a subhead, a list,
     * a short closing line it has seen in sidebars). Before the first block only a full sentence is taken.
     */
    private static void extendEnds(List<HtmlBlocks.Block> blocks, List<String> labels, int first, int last) {
        for (int j = last + 1; j < blocks.size(); j++) {
            HtmlBlocks.Block b = blocks.get(j);
            if (BlockFeatures.BOILERPLATE.equals(labels.get(j)) && caption(b.owner)) {
                continue; // a picture inside the story, which goes on after it
            }
            if (!BlockFeatures.BOILERPLATE.equals(labels.get(j)) || b.linkDensity() >= 0.34 || trailer(b)
                    || !together(b, blocks.get(last)) || !storyShaped(b) || leadIn(blocks, j)) {
                break;
            }
            labels.set(j, BlockFeatures.ARTICLE);
        }
        for (int j = first - 1; j >= 0; j--) {
            HtmlBlocks.Block b = blocks.get(j);
            if (!BlockFeatures.BOILERPLATE.equals(labels.get(j)) || b.words < 12 || b.linkDensity() >= 0.2 || !sentence(b.text)
                    || caption(b.owner) || !together(b, blocks.get(first))) {
                break;
            }
            labels.set(j, BlockFeatures.ARTICLE);
        }
    }

    /** "More stories:" followed by links: the heading of a link list, not of the story's own list. */
    private static boolean leadIn(List<HtmlBlocks.Block> blocks, int i) {
        return blocks.get(i).text.endsWith(":") && i + 1 < blocks.size() && blocks.get(i + 1).linkDensity() >= 0.5;
    }

    private static boolean sentence(String text) {
        char end = text.charAt(text.length() - 1);
        // "…" ends a teaser cut short, not a sentence
        return Character.isUpperCase(text.charAt(0)) && ".!?\"\u201d".indexOf(end) >= 0 && !text.endsWith("...");
    }

    /** A paragraph, a list item, a subhead or a lead-in to a list: what a story is made of, unlike "Next post". */
    private static boolean storyShaped(HtmlBlocks.Block b) {
        String tag = b.owner.normalName();
        if (b.words < 2) {
            return false;
        }
        return sentence(b.text) || tag.equals("li") || b.text.endsWith(":")
                || tag.length() == 2 && tag.charAt(0) == 'h' && tag.charAt(1) >= '2' && tag.charAt(1) <= '4';
    }

    /** Two blocks of one story level: the same owner (lines of one cell), or paragraphs of one container. */
    private static boolean together(HtmlBlocks.Block a, HtmlBlocks.Block b) {
        if (a.owner == b.owner) {
            return true;
        }
        Element sa = slot(a.owner);
        return sa != null && sa == slot(b.owner);
    }

    /** The container a block is a paragraph of: its owner's parent, or for a list item the list's parent. */
    private static Element slot(Element owner) {
        Element parent = owner.parent();
        if (parent != null && owner.normalName().equals("li")) {
            String list = parent.normalName();
            if ((list.equals("ul") || list.equals("ol")) && parent.parent() != null) {
                return parent.parent();
            }
        }
        return parent;
    }

    /** Photo captions and credits are the picture's, not the story's words. */
    private static void dropCaptions(List<HtmlBlocks.Block> blocks, List<String> labels) {
        for (int i = 0; i < blocks.size(); i++) {
            if (BlockFeatures.ARTICLE.equals(labels.get(i)) && blocks.get(i).words <= 60 && caption(blocks.get(i).owner)) {
                labels.set(i, BlockFeatures.BOILERPLATE);
            }
        }
    }

    /**
     * What a CMS sets into the story's flow: ad labels, newsletter and share boxes, "Read more:" links to other
     * stories. Short blocks only, so a story inside a box so named keeps its paragraphs.
     */
    private static void dropInserts(List<HtmlBlocks.Block> blocks, List<String> labels) {
        for (int i = 0; i < blocks.size(); i++) {
            HtmlBlocks.Block b = blocks.get(i);
            if (!BlockFeatures.ARTICLE.equals(labels.get(i)) || b.words > 30) {
                continue;
            }
            if (b.words <= 2 && AD_LABEL.matcher(b.text).matches() || b.linkDensity() >= 0.5 && READ_MORE.matcher(b.text).find()
                    || insert(b.owner)) {
                labels.set(i, BlockFeatures.BOILERPLATE);
            }
        }
    }

    private static boolean insert(Element owner) {
        Element e = owner;
        for (int level = 0; e != null && level < 3; level++, e = e.parent()) {
            for (String t : BlockFeatures.classTokens(e)) {
                if (INSERT_TOKENS.contains(t)) {
                    return true;
                }
            }
        }
        return false;
    }

    private static boolean caption(Element owner) {
        Element e = owner;
        for (int level = 0; e != null && level < 2; level++, e = e.parent()) {
            String tag = e.normalName();
            if (tag.equals("figcaption") || tag.equals("caption") && level == 0) {
                return true;
            }
            for (String t : BlockFeatures.classTokens(e)) {
                if (CAPTION_TOKENS.contains(t)) {
                    return true;
                }
            }
        }
        return false;
    }

    /**
     * Links at the story's start or end (breadcrumbs, share buttons, "more on this" lists) and a short lead-in to
     * them ("More stories:") are navigation that the model let in with the story beside it.
     */
    private static void trimEdges(List<HtmlBlocks.Block> blocks, List<String> labels) {
        List<Integer> story = new ArrayList<>();
        for (int i = 0; i < blocks.size(); i++) {
            if (BlockFeatures.ARTICLE.equals(labels.get(i))) {
                story.add(i);
            }
        }
        int lo = 0;
        int hi = story.size() - 1;
        while (lo < hi && linked(blocks.get(story.get(lo)))) {
            labels.set(story.get(lo++), BlockFeatures.BOILERPLATE);
        }
        boolean trimmed = false;
        while (hi > lo && (linked(blocks.get(story.get(hi))) || trailer(blocks.get(story.get(hi))))) {
            labels.set(story.get(hi--), BlockFeatures.BOILERPLATE);
            trimmed = true;
        }
        if (trimmed && hi > lo) {
            HtmlBlocks.Block b = blocks.get(story.get(hi));
            if (b.words <= 6 && b.text.endsWith(":")) {
                labels.set(story.get(hi), BlockFeatures.BOILERPLATE);
            }
        }
    }

    /** What a CMS prints under a story: its tags and categories, the "posted in" line, the copyright notice. */
    private static boolean trailer(HtmlBlocks.Block b) {
        return b.words <= 60 && TRAILER.matcher(b.text).find();
    }

    private static boolean linked(HtmlBlocks.Block b) {
        return b.linkDensity() >= 0.8;
    }
    /**
     * The block that is the page's headline: an h1-h3 at or before the story's start whose words are mostly the
     * page title's (the title adds the site's name), whatever label the model gave it; -1 when none is.
     */
    static int headline(List<HtmlBlocks.Block> blocks, List<String> labels, String pageTitle) {
        if (pageTitle == null || pageTitle.isBlank()) {
            return -1;
        }
        java.util.Set<String> titleWords = new java.util.HashSet<>(Texts.words(pageTitle));
        if (titleWords.size() < 2) {
            return -1;
        }
        int first = labels.indexOf(BlockFeatures.ARTICLE);
        int limit = first < 0 ? Math.min(blocks.size(), 200) : Math.min(blocks.size(), first + 4);
        int best = -1;
        double bestScore = 0;
        for (int i = 0; i < limit; i++) {
            HtmlBlocks.Block b = blocks.get(i);
            String tag = b.owner.normalName();
            boolean heading = tag.equals("h1") || tag.equals("h2") || tag.equals("h3");
            // a headline set in a styled span or font tag: only when it is the page title's words and nothing else
            if (BlockFeatures.COMMENT.equals(labels.get(i)) || b.words < 2 || b.words > (heading ? 40 : 25)
                    || !heading && b.linkDensity() >= 0.5) {
                continue;
            }
            java.util.Set<String> h = new java.util.HashSet<>(Texts.words(b.text));
            int common = 0;
            for (String w : h) {
                if (titleWords.contains(w)) {
                    common++;
                }
            }
            double inTitle = common / (double) h.size();
            double ofTitle = common / (double) titleWords.size();
            if (common < 2 || inTitle < (heading ? 0.7 : 1.0) || ofTitle < (heading ? 0.4 : 0.6) || !heading && common < 3) {
                continue;
            }
            // the model's own story heading wins a tie with a tagline the title also repeats
            double score = inTitle + ofTitle + (tag.equals("h1") ? 0.05 : heading ? 0 : -0.1)
                    + (BlockFeatures.ARTICLE.equals(labels.get(i)) ? 0.3 : 0);
            if (score > bestScore) {
                best = i;
                bestScore = score;
            }
        }
        return best;
    }
}
