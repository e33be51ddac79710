package io.parley.extraction;

import org.jsoup.nodes.Element;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/**
 * Corrections to the block model's article labels that hold on any news or blog page, where the model (trained on
 * 2012 Dragnet pages) errs in ways the page's own shape gives away: the story's one long paragraph taken for
 * boilerplate, a short paragraph inside the story left out, a run of links or a photo caption at the story's edge
 * taken in. Comment labels are touched in one case only: a story paragraph the model took for a reader's comment
 * although it stands in the story's own container right after its last paragraph ({@link #reclaimRunOn}).
 */
final class ArticleBlocks {

    private static final Set<String> CAPTION_TOKENS = Set.of("caption", "captions", "cutline", "credit", "credits",
            "photocredit", "figcaption");

    private static final java.util.regex.Pattern TRAILER = java.util.regex.Pattern.compile(
            "(?i)^(?:tags?|tagged|topics?|keywords|categories|category|filed (?:under|in)|posted in|related (?:articles|stories|links|topics)|see also|read more about|more on)\\s*:"
                    + "|^this entry was posted|^posted (?:to|in) |\\ball rights reserved\\b|^(?:copyright|\u00a9)"
                    // the head of the readers' section under the story, and its disclaimer
                    + "|^(?:have your say|reader comments|readers' comments|comments|post a comment|leave a comment|add your comment|join the discussion)\\b[^.]{0,20}$"
                    + "|\\bviews expressed\\b.{0,40}\\b(?:are|is) (?:those|that) of\\b"
                    // how to reach the reporter or the press office: a contact line, not the story
                    + "|^(?:media )?contacts?\\s*:|^(?:reach|e-?mail|write to) \\p{Lu}.{0,60}\\bat\\b.{0,40}(?:\\d{3}-\\d{4}|@)|^\\S+@\\S+\\.\\w+$"
                    + "|^to contact the (?:reporters?|writers?|authors?|editors?)\\b.{0,120}@"
                    + "|^(?:[\\p{L}-]+ )?(?:reporter|writer|columnist|correspondent)? ?\\p{Lu}[\\p{L}.'-]+(?: \\p{Lu}[\\p{L}.'-]+){0,2} can be reached at\\b.{0,80}(?:\\d{3}-\\d{4}|@)"
                    // a correction the desk appends under the story: it is about the story, not of it
                    + "|^corrections?(?: (?:&|and) amplifications?)?\\s*:"
                    + "|^an? (?:(?:article|story|picture caption|headline|map|chart) (?:on|in|about|last)|earlier version of this (?:article|story))\\b.{0,200}\\b(?:misstated|misidentified|misspelled|misquoted|incorrectly|erroneously)\\b"
                    // the agencies a story was put together from, set under it ("Source: X and agencies")
                    + "|^sources?\\s*:\\s*\\p{Lu}[^.]{0,60}$");

    /** A paragraph that is only a link to a section or another story, set between a story's paragraphs (2008). */
    private static final java.util.regex.Pattern CLICK_HERE = java.util.regex.Pattern.compile("(?i)click here\\b");

    private static final java.util.regex.Pattern AD_LABEL = java.util.regex.Pattern.compile(
            "(?i)advertisement|advertisment|anzeige|sponsored|publicit\u00e9|publicidad|pubblicit\u00e0|werbung|ad");
    /** An ad slot's label with its hint ("Advertisement \u00b7 Scroll to continue"). */
    private static final java.util.regex.Pattern AD_LEAD = java.util.regex.Pattern.compile(
            "(?i)^(?:advertisement|anzeige|publicit\u00e9|publicidad|werbung)\\b.{0,40}$"
                    // what a 2008 page prints over the ad it sets into the story
                    + "|^(?:story|article) continue[sd] (?:below(?: (?:this |the )?ad(?:vertisement)?)?|after (?:this )?ad(?:vertisement)?)$|^continue reading below$");
    // the lead-ins news sites set before a link to another story, in the languages the language detector is asked
    // about most: English, German, French, Spanish, Italian, Dutch
    private static final java.util.regex.Pattern READ_MORE = java.util.regex.Pattern.compile(
            "(?i)^(?:read more|related|related stories|see also|more on this|also read|read also|recommended|read next"
                    + "|lesen sie auch|lesen sie mehr|auch interessant|mehr zum thema|(?:\u00e0 )?lire aussi|voir aussi"
                    + "|lea tambi\u00e9n|lee tambi\u00e9n|m\u00e1s informaci\u00f3n|te puede interesar|leggi anche|lees ook)\\s*:");
    /** The heading of a box of links to other stories, alone on its line. */
    private static final java.util.regex.Pattern RELATED_HEAD = java.util.regex.Pattern.compile(
            "(?i)(?:related|related (?:stories|articles|content|links|topics)|related to this (?:story|article)|more on this(?: story)?|see also|read more|read next"
                    + "|mehr zum thema|lesen sie auch|sur le m\u00eame sujet|lire aussi|m\u00e1s informaci\u00f3n|leggi anche)\\s*:?");
    /**
     * What a subscribe, membership or metering box says, at its start: no story sentence begins so. The box around
     * such a line goes with it.
     */
    private static final java.util.regex.Pattern SUBSCRIBE = java.util.regex.Pattern.compile(
            "(?i)^(?:subscribe\\b|already a subscriber|this (?:article|story|content) is (?:for|only for|available to|exclusive to) subscribers"
                    + "|you(?:'ve| have) (?:read|reached|used) (?:\\d+|all|your)|support (?:local|independent|our) journalism"
                    + "|become a (?:free |paying )?(?:member|subscriber)|enjoying (?:this|our) (?:story|article|journalism)\\?"
                    + "|get unlimited (?:digital )?access|subscribers only|article r\u00e9serv\u00e9 aux abonn\u00e9s|abonnez-vous"
                    + "|d\u00e9j\u00e0 abonn\u00e9|jetzt abonnieren|(?:weiter|mehr) lesen mit|suscr\u00edbete|ya soy suscriptor"
                    + "|contenido exclusivo para suscriptores)");
    private static final Set<String> INSERT_TOKENS = Set.of("newsletter", "signup", "subscribe", "subscription", "promo",
            "advertisement", "advert", "sharing", "sharebar", "share", "cta", "donate");
    /** The most words an insert's box holds: more is a story's container, whatever its class says. */
    private static final int BOX_WORDS = 120;
    /** An author's box (name, role, a line about them) beside the story: "author" with what names a box. */
    private static final Set<String> BOX_TOKENS = Set.of("card", "box", "bio", "info", "about", "profile", "details");
    /** Posts of other sites embedded in the story (their own markup: the platforms' embed codes). */
    private static final Set<String> EMBED_TOKENS = Set.of("tweet", "twitter", "instagram", "tiktok", "facebook");

    /** How many blocks after the headline the rescued story may start (byline, date, share buttons between). */
    private static final int RESCUE_REACH = 12;
    /** The most blocks (pictures and inserts not counted) a gap inside the story may hold and still be filled. */
    private static final int GAP = 2;

    private ArticleBlocks() {
    }

    /** The labels with the story's blocks corrected; the list given is not changed. */
    static List<String> refine(List<HtmlBlocks.Block> blocks, List<String> labels, String pageTitle) {
        List<String> out = new ArrayList<>(labels);
        int headline = headline(blocks, labels, pageTitle);
        rescueLargest(blocks, out, headline);
        dropCaptions(blocks, out);
        List<String> kept = new ArrayList<>(out);
        dropInserts(blocks, out);
        dropMetaLines(blocks, out, headline);
        dropRepeats(blocks, out);
        dropFloats(blocks, out);
        dropIslands(blocks, out);
        if (!hasStory(blocks, out, headline) && hasStory(blocks, kept, headline)) {
            // a page whose whole story is one short line ("Created by X", an image's credit): the drops would leave
            // nothing, and the no-story fallback would take the page's other prose instead
            out = kept;
        }
        trimEdges(blocks, out);
        // the gaps and ends are those of the story left after the trims: a link list closing it is no story block
        int first = out.indexOf(BlockFeatures.ARTICLE);
        int last = out.lastIndexOf(BlockFeatures.ARTICLE);
        if (first < 0) {
            return out;
        }
        fillGaps(blocks, out, first, last);
        extendEnds(blocks, out, first, last);
        reclaimRunOn(blocks, out);
        dropDeck(blocks, out, headline);
        dropLeadLines(blocks, out, headline);
        // a pull quote between two paragraphs is a gap the fill above took back in
        dropRepeats(blocks, out);
        return out;
    }

    /** The most words a line between the headline and the story's first paragraph has and still is no paragraph. */
    private static final int LEAD_LINE_WORDS = 12;

    /**
     * Short lines that are no sentence between the headline and the story's first paragraph: a title-case deck, the
     * source line ("X News", "X news services"), a date-and-tools line, a picture's caption, the cells of a score
     * table. Only when the story's first sentence, or its wire dateline set apart ("BOSTON--"), follows them.
     */
    private static final java.util.regex.Pattern BYLINE_LEAD = java.util.regex.Pattern.compile("(?i)(?:by|von|par|por|di|door)\\s+\\p{L}|(?:[-\u2014\u2013]+\\s*)?(?:posted|written|filed) (?:by|in|under)\\b");
    private static final Set<String> HEADING_TAGS = Set.of("h1", "h2", "h3", "h4", "h5", "h6");

    private static void dropLeadLines(List<HtmlBlocks.Block> blocks, List<String> labels, int headline) {
        if (headline < 0) {
            return;
        }
        List<Integer> run = new ArrayList<>();
        for (int i = headline + 1; i < blocks.size(); i++) {
            if (!BlockFeatures.ARTICLE.equals(labels.get(i))) {
                continue;
            }
            HtmlBlocks.Block b = blocks.get(i);
            String t = b.text.strip();
            // the byline stays for the byline's reader; a line of links is left to the link rules;
            // a heading is a headline's or a post's title: the headline rules decide on it (Dragnet's gold keeps them)
            if (BYLINE_LEAD.matcher(t).lookingAt() || b.linkDensity() >= 0.5 || HEADING_TAGS.contains(b.owner.normalName())
                    || boldOnly(b.owner, t)) {
                continue;
            }
            if (t.isEmpty() || b.words > LEAD_LINE_WORDS && !sentence(t) || ".:;,".indexOf(t.charAt(t.length() - 1)) >= 0 && !sentence(t)) {
                return;
            }
            // the story starts at its first sentence, or at its dateline set apart ("BOSTON--")
            if (sentence(t) || "\u2014\u2013-".indexOf(t.charAt(t.length() - 1)) >= 0) {
                run.forEach(k -> labels.set(k, BlockFeatures.BOILERPLATE));
                return;
            }
            run.add(i);
        }
    }

    /** A line set all in bold at the story's head is its title or a subhead: the body's own, as a heading is. */
    private static boolean boldOnly(Element owner, String text) {
        String tag = owner.normalName();
        if (tag.equals("b") || tag.equals("strong")) {
            return true;
        }
        int bold = 0;
        for (Element e : owner.select("b, strong")) {
            bold += e.text().length();
        }
        return bold >= text.length() * 0.9;
    }

    /** The deck under the headline ({@link StoryChrome#deck}), when the story's paragraphs follow it. */
    private static void dropDeck(List<HtmlBlocks.Block> blocks, List<String> labels, int headline) {
        int d = headline + 1;
        if (headline < 0 || d >= blocks.size() || !BlockFeatures.ARTICLE.equals(labels.get(d)) || !StoryChrome.deck(blocks.get(d))) {
            return;
        }
        for (int i = d + 1; i < blocks.size(); i++) {
            if (BlockFeatures.ARTICLE.equals(labels.get(i)) && blocks.get(i).words >= 15) {
                labels.set(d, BlockFeatures.BOILERPLATE);
                return;
            }
        }
    }

    /**
     * A block labelled a comment that is the next paragraph of the story's last one (same container, a full
     * sentence, nothing between them) and sits in no element named for comments is the story's closing paragraph:
     * readers' comments stand in a section of their own (on a printer-friendly page the model reads a story's last
     * quote, set apart from the story by nothing, as a reader's).
     */
    private static void reclaimRunOn(List<HtmlBlocks.Block> blocks, List<String> labels) {
        int last = labels.lastIndexOf(BlockFeatures.ARTICLE);
        for (int i = last + 1; last >= 0 && i < blocks.size() && BlockFeatures.COMMENT.equals(labels.get(i)); i++) {
            HtmlBlocks.Block b = blocks.get(i);
            if (!b.owner.normalName().equals("p") || b.words < 8 || b.linkDensity() > 0.1 || !sentence(b.text)
                    || b.owner.parent() != blocks.get(i - 1).owner.parent() || commentNamed(b.owner)) {
                return;
            }
            labels.set(i, BlockFeatures.ARTICLE);
        }
    }

    private static boolean commentNamed(Element owner) {
        Element e = owner;
        for (int level = 0; e != null && level < 4; level++, e = e.parent()) {
            for (String t : BlockFeatures.classTokens(e)) {
                if (t.contains("comment") || t.contains("reply") || t.contains("discuss") || t.contains("post")) {
                    return true;
                }
            }
        }
        return false;
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
        // the story's first full paragraph: a deck or byline box before it is the head's, not a gap in the story
        int lead = first;
        while (lead < last && (!BlockFeatures.ARTICLE.equals(labels.get(lead)) || blocks.get(lead).words < 15)) {
            lead++;
        }
        int prevArticle = first;
        while (prevArticle < last) {
            int next = prevArticle + 1;
            while (next < last && !BlockFeatures.ARTICLE.equals(labels.get(next))) {
                next++;
            }
            // only short gaps: a long run of boilerplate between story blocks is a box inside the story; a picture or
            // an insert set into the story (their own lines) does not lengthen the gap it sits in. Counted once per
            // gap, and no further than the limit, so a long run costs one pass.
            int gap = 0;
            int related = 0;
            for (int k = prevArticle + 1; k < next && gap <= GAP; k++) {
                HtmlBlocks.Block g = blocks.get(k);
                if (related < RELATED_LINES && relatedLine(blocks, k)) {
                    related++; // a "Related" box of story links set between paragraphs (2008): the story goes on after it
                } else if (!caption(g.owner) && !foreign(g)) {
                    gap++;
                }
            }
            if (gap <= GAP) {
                for (int i = prevArticle + 1; i < next; i++) {
                    HtmlBlocks.Block b = blocks.get(i);
                    if (!BlockFeatures.BOILERPLATE.equals(labels.get(i)) || b.linkDensity() >= 0.34 || caption(b.owner)
                            || foreign(b) || metaLine(b, 20) || i < lead && headBox(b)) {
                        continue;
                    }
                    if (together(b, blocks.get(prevArticle)) || together(b, blocks.get(next))) {
                        labels.set(i, BlockFeatures.ARTICLE);
                    }
                }
            }
            prevArticle = next;
        }
    }

    /** The most lines of a related-stories box (its head and links) a gap inside the story may hold uncounted. */
    private static final int RELATED_LINES = 6;

    /** A "Related" head over links, or one of the links under such a head: a box of other stories. */
    private static boolean relatedLine(List<HtmlBlocks.Block> blocks, int k) {
        HtmlBlocks.Block g = blocks.get(k);
        if (g.words <= 6 && RELATED_HEAD.matcher(g.text).matches()) {
            return k + 1 < blocks.size() && linked(blocks.get(k + 1));
        }
        for (int j = k; j >= 0 && j > k - RELATED_LINES && linked(blocks.get(j)); j--) {
            if (j > 0 && blocks.get(j - 1).words <= 6 && RELATED_HEAD.matcher(blocks.get(j - 1).text).matches()) {
                return true;
            }
        }
        return false;
    }

    /**
     * The paragraphs after the story's last block that sit beside it (same container, a list in it counting as a
     * paragraph) and are prose, not links: the model's story often stops a few paragraphs early (a subhead, a list,
     * a short closing line it has seen in sidebars). Before the first block only a full sentence is taken.
     */
    private static void extendEnds(List<HtmlBlocks.Block> blocks, List<String> labels, int first, int last) {
        for (int j = last + 1; j < blocks.size(); j++) {
            HtmlBlocks.Block b = blocks.get(j);
            if (BlockFeatures.BOILERPLATE.equals(labels.get(j)) && (caption(b.owner) || foreign(b))) {
                continue; // a picture or an insert inside the story, which goes on after it
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
                    || caption(b.owner) || foreign(b) || !together(b, blocks.get(first))) {
                break;
            }
            labels.set(j, BlockFeatures.ARTICLE);
        }
    }

    private static boolean heading(Element e) {
        String tag = e.normalName();
        return tag.length() == 2 && tag.charAt(0) == 'h' && tag.charAt(1) >= '1' && tag.charAt(1) <= '6';
    }

    /** "More stories:" followed by links: the heading of a link list, not of the story's own list. */
    private static boolean leadIn(List<HtmlBlocks.Block> blocks, int i) {
        return blocks.get(i).text.endsWith(":") && i + 1 < blocks.size() && blocks.get(i + 1).linkDensity() >= 0.5;
    }

    private static boolean sentence(String text) {
        char end = text.charAt(text.length() - 1);
        // a paragraph may open with a quotation: its first letter is after the marks
        int start = 0;
        while (start < text.length() - 1 && OPENING_MARKS.indexOf(text.charAt(start)) >= 0) {
            start++;
        }
        // "…" ends a teaser cut short, not a sentence
        return Character.isUpperCase(text.charAt(start)) && ".!?\"\u201d".indexOf(end) >= 0 && !text.endsWith("...");
    }

    private static final String OPENING_MARKS = "\"'\u201c\u2018\u00ab\u201e(\u2014- ";

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
            if (foreign(b)) {
                labels.set(i, BlockFeatures.BOILERPLATE);
            }
        }
        // a box that says "subscribe" or heads a list of other stories goes whole: its other lines (the offer, the
        // links, "Log in") are no story either
        for (int i = 0; i < blocks.size(); i++) {
            HtmlBlocks.Block b = blocks.get(i);
            boolean cue = b.words <= 30 && (SUBSCRIBE.matcher(b.text).lookingAt() || RELATED_HEAD.matcher(b.text).matches()
                    && (i + 1 < blocks.size() && blocks.get(i + 1).linkDensity() >= 0.5 || heading(b.owner)));
            if (!cue || !storyNear(labels, i)) {
                continue; // a box among the page's other boilerplate has nothing to take out of the story
            }
            Element box = box(b.owner);
            for (int j = Math.max(0, i - 6); j < Math.min(blocks.size(), i + 12); j++) {
                // a story paragraph is never a box's line, even where the box climbed too far on a short story
                HtmlBlocks.Block o = blocks.get(j);
                if (BlockFeatures.ARTICLE.equals(labels.get(j)) && o.words <= 30
                        && (o.owner == box || o.owner.parents().contains(box))) {
                    labels.set(j, BlockFeatures.BOILERPLATE);
                }
            }
        }
    }

    /**
     * The small box a cue line sits in: its largest ancestor that holds few words and no paragraph of prose, else
     * the line itself (a "Read more:" paragraph standing alone in the story). Never the story's container: that
     * holds more words than a box, or prose.
     */
    private static Element box(Element owner) {
        Element box = owner;
        for (Element e = owner.parent(); e != null && !e.normalName().equals("body"); e = e.parent()) {
            if (moreWords(e, 90) || holdsProse(e)) {
                break;
            }
            box = e;
        }
        return box;
    }

    private static boolean storyNear(List<String> labels, int i) {
        for (int j = Math.max(0, i - 6); j < Math.min(labels.size(), i + 12); j++) {
            if (BlockFeatures.ARTICLE.equals(labels.get(j))) {
                return true;
            }
        }
        return false;
    }

    /** Whether an element holds more than the given number of words, reading its text only that far. */
    private static boolean moreWords(Element e, int limit) {
        int[] words = {0};
        org.jsoup.select.NodeTraversor.filter(new org.jsoup.select.NodeFilter() {
            @Override
            public FilterResult head(org.jsoup.nodes.Node node, int depth) {
                if (node instanceof org.jsoup.nodes.TextNode t) {
                    words[0] += Texts.wordCount(t.getWholeText());
                }
                return words[0] > limit ? FilterResult.STOP : FilterResult.CONTINUE;
            }

            @Override
            public FilterResult tail(org.jsoup.nodes.Node node, int depth) {
                return FilterResult.CONTINUE;
            }
        }, e);
        return words[0] > limit;
    }

    /** Whether an element holds a paragraph of prose that is no box's offer: a short story's own, so no box. */
    private static boolean holdsProse(Element e) {
        for (Element p : e.select("p, li")) {
            String t = p.text();
            if (Texts.wordCount(t) >= 12 && !SUBSCRIBE.matcher(t).lookingAt()) {
                return true;
            }
        }
        return false;
    }

    private static boolean hasStory(List<HtmlBlocks.Block> blocks, List<String> labels, int headline) {
        for (int i = 0; i < blocks.size(); i++) {
            if (i != headline && BlockFeatures.ARTICLE.equals(labels.get(i))) {
                return true;
            }
        }
        return false;
    }

    /**
     * A pull quote repeats a line of the story in a box of its own (an aside or a blockquote beside the paragraphs):
     * a short story block whose words stand, in order, inside another story block is no new text.
     */
    private static void dropRepeats(List<HtmlBlocks.Block> blocks, List<String> labels) {
        boolean candidate = false;
        for (int i = 0; i < blocks.size() && !candidate; i++) {
            HtmlBlocks.Block b = blocks.get(i);
            candidate = BlockFeatures.ARTICLE.equals(labels.get(i)) && b.words >= 6 && b.words <= 40 && boxed(b.owner);
        }
        if (!candidate) {
            return;
        }
        List<Integer> story = new ArrayList<>();
        List<String> keys = new ArrayList<>();
        List<List<String>> words = new ArrayList<>();
        for (int i = 0; i < blocks.size(); i++) {
            if (BlockFeatures.ARTICLE.equals(labels.get(i))) {
                story.add(i);
                words.add(Texts.words(blocks.get(i).text));
                keys.add(" " + String.join(" ", words.get(words.size() - 1)) + " ");
            }
        }
        for (int a = 0; a < story.size(); a++) {
            HtmlBlocks.Block b = blocks.get(story.get(a));
            if (b.words < 6 || b.words > 40 || !boxed(b.owner)) {
                continue;
            }
            for (int c = 0; c < story.size(); c++) {
                if (c != a && keys.get(c).length() > keys.get(a).length()
                        && (keys.get(c).contains(keys.get(a)) || looselyWithin(words.get(a), words.get(c)))) {
                    labels.set(story.get(a), BlockFeatures.BOILERPLATE);
                    // the quote's attribution line under it ("– X, farmer") is the box's too
                    Element box = quoteBox(b.owner);
                    for (int j = story.get(a) + 1; j < Math.min(blocks.size(), story.get(a) + 3); j++) {
                        HtmlBlocks.Block o = blocks.get(j);
                        if (box != null && o.words <= 8 && !sentence(o.text) && o.owner.parents().contains(box)) {
                            labels.set(j, BlockFeatures.BOILERPLATE);
                        }
                    }
                    break;
                }
            }
        }
    }

    /**
     * Whether a pull quote's words stand in order inside a paragraph with a few words between them (an editor
     * shortens the line it lifts: "Users, it turns out, would rather fail" set as "Users would rather fail").
     */
    private static boolean looselyWithin(List<String> quote, List<String> paragraph) {
        int slack = quote.size() / 2 + 2;
        for (int start = 0; start < paragraph.size(); start++) {
            if (!paragraph.get(start).equals(quote.get(0))) {
                continue;
            }
            int q = 1;
            int p = start + 1;
            for (; p < paragraph.size() && q < quote.size() && p - start < quote.size() + slack; p++) {
                if (paragraph.get(p).equals(quote.get(q))) {
                    q++;
                }
            }
            if (q == quote.size()) {
                return true;
            }
        }
        return false;
    }

    /** The pull quote's own box: the nearest aside, blockquote, figure or element whose class names a quote. */
    private static Element quoteBox(Element owner) {
        Element e = owner;
        for (int level = 0; e != null && level < 3; level++, e = e.parent()) {
            if (quoteLike(e)) {
                return e;
            }
        }
        return null;
    }

    private static boolean quoteLike(Element e) {
        String tag = e.normalName();
        return tag.equals("aside") || tag.equals("blockquote") || tag.equals("figure")
                || e.className().toLowerCase(java.util.Locale.ROOT).contains("quote");
    }

    /**
     * A box floated beside the story's paragraphs (a 2008 page's {@code <table align="right">} or a
     * {@code float:right} div: a fact box, a pull quote, a photo with its caption, a list of related stories) holds no
     * paragraph of the story: its lines are dropped when the story outside it is more than twice as long.
     */
    private static void dropFloats(List<HtmlBlocks.Block> blocks, List<String> labels) {
        java.util.Map<Element, Integer> inside = new java.util.IdentityHashMap<>();
        int storyWords = 0;
        for (int i = 0; i < blocks.size(); i++) {
            if (!BlockFeatures.ARTICLE.equals(labels.get(i))) {
                continue;
            }
            HtmlBlocks.Block b = blocks.get(i);
            storyWords += b.words;
            Element f = floated(b.owner);
            if (f != null) {
                inside.merge(f, b.words, Integer::sum);
            }
        }
        if (inside.isEmpty()) {
            return;
        }
        for (int i = 0; i < blocks.size(); i++) {
            if (!BlockFeatures.ARTICLE.equals(labels.get(i))) {
                continue;
            }
            Element f = floated(blocks.get(i).owner);
            if (f != null && storyWords - inside.get(f) > 2 * inside.get(f) && !moreWords(f, BOX_WORDS)) {
                labels.set(i, BlockFeatures.BOILERPLATE);
            }
        }
    }

    /**
     * The nearest floated box around an element (within five levels), or null: narrow, as a box beside a column of
     * text is (a width of at most 320 pixels), where a wider float is a column of the layout (a byline's half of
     * the line, the story's column itself).
     */
    private static Element floated(Element owner) {
        Element e = owner;
        for (int level = 0; e != null && level < 5; level++, e = e.parent()) {
            String align = e.normalName().equals("table") ? e.attr("align").toLowerCase(java.util.Locale.ROOT) : "";
            String style = e.attr("style");
            boolean floats = align.equals("right") || align.equals("left") || !style.isEmpty() && FLOAT.matcher(style).find();
            if (floats && narrow(e.attr("width"), style)) {
                return e;
            }
        }
        return null;
    }

    private static boolean narrow(String widthAttr, String style) {
        java.util.regex.Matcher m = STYLE_WIDTH.matcher(style);
        String w = m.find() ? m.group(1) : widthAttr.strip();
        if (w.isEmpty() || w.endsWith("%")) {
            return false;
        }
        java.util.regex.Matcher d = LEADING_NUMBER.matcher(w);
        return d.lookingAt() && Integer.parseInt(d.group()) <= 320;
    }

    private static final java.util.regex.Pattern FLOAT = java.util.regex.Pattern.compile("(?i)float\\s*:\\s*(?:left|right)");
    private static final java.util.regex.Pattern STYLE_WIDTH = java.util.regex.Pattern.compile("(?i)(?:^|;)\\s*width\\s*:\\s*([0-9]+(?:px)?)");
    private static final java.util.regex.Pattern LEADING_NUMBER = java.util.regex.Pattern.compile("[0-9]{1,5}");

    /**
     * Story blocks after the story, cut off from it by other blocks and holding no sentence: the cells of a
     * scoreboard or a table of figures in the column beside it, which the model read as the story's words.
     */
    private static void dropIslands(List<HtmlBlocks.Block> blocks, List<String> labels) {
        // runs of story blocks, a run going on over at most two other blocks
        List<int[]> runs = new ArrayList<>();
        int start = -1;
        int end = -1;
        for (int i = 0; i < blocks.size(); i++) {
            if (!BlockFeatures.ARTICLE.equals(labels.get(i))) {
                continue;
            }
            if (start >= 0 && i - end > 3) {
                runs.add(new int[] {start, end});
                start = -1;
            }
            if (start < 0) {
                start = i;
            }
            end = i;
        }
        if (start >= 0) {
            runs.add(new int[] {start, end});
        }
        int main = -1;
        int mainWords = 0;
        for (int r = 0; r < runs.size(); r++) {
            int words = storyWords(blocks, labels, runs.get(r));
            if (words > mainWords) {
                main = r;
                mainWords = words;
            }
        }
        if (mainWords < 60) {
            return; // no story of its own to set the fragments against (the fallback would read the page's prose)
        }
        java.util.Set<Element> storySlots = java.util.Collections.newSetFromMap(new java.util.IdentityHashMap<>());
        for (int i = runs.get(main)[0]; i <= runs.get(main)[1]; i++) {
            if (BlockFeatures.ARTICLE.equals(labels.get(i))) {
                storySlots.add(slot(blocks.get(i).owner));
            }
        }
        for (int r = main + 1; r < runs.size(); r++) {
            int[] run = runs.get(r);
            boolean prose = false;
            for (int i = run[0]; i <= run[1] && !prose; i++) {
                // a paragraph of the story's own container, after pictures that parted it from the rest, is the story's
                prose = BlockFeatures.ARTICLE.equals(labels.get(i)) && storySlots.contains(slot(blocks.get(i).owner));
            }
            for (int i = run[0]; i <= run[1] && !prose; i++) {
                HtmlBlocks.Block b = blocks.get(i);
                prose = BlockFeatures.ARTICLE.equals(labels.get(i)) && (b.words >= 8 && sentence(b.text) || b.words >= 20);
            }
            for (int i = run[0]; i <= run[1] && !prose; i++) {
                // links are for trimEdges, which reads a lead-in over them ("Likes:") as theirs
                prose = BlockFeatures.ARTICLE.equals(labels.get(i)) && blocks.get(i).linkDensity() >= 0.5;
            }
            if (!prose && storyWords(blocks, labels, run) < 40) {
                for (int i = run[0]; i <= run[1]; i++) {
                    labels.set(i, BlockFeatures.BOILERPLATE);
                }
            }
        }
    }

    private static int storyWords(List<HtmlBlocks.Block> blocks, List<String> labels, int[] run) {
        int words = 0;
        for (int i = run[0]; i <= run[1]; i++) {
            if (BlockFeatures.ARTICLE.equals(labels.get(i))) {
                words += blocks.get(i).words;
            }
        }
        return words;
    }

    private static boolean boxed(Element owner) {
        return quoteBox(owner) != null;
    }

    /**
     * Date and byline lines are the story's metadata, not its words: between the headline and the first paragraph
     * (where "Published …", "Von X, 22.09.2023", a reporter's name and role, share links stand) and, shorter, inside
     * it (a live blog's "8:14 p.m. Posted by X" over each entry). The first line the extractor reads as the byline
     * stays for it.
     */
    private static void dropMetaLines(List<HtmlBlocks.Block> blocks, List<String> labels, int headline) {
        int start = headline >= 0 ? headline + 1 : labels.indexOf(BlockFeatures.ARTICLE);
        if (start < 0) {
            return;
        }
        boolean bylineKept = false;
        boolean head = true;
        for (int i = start; i < blocks.size(); i++) {
            HtmlBlocks.Block b = blocks.get(i);
            if (!BlockFeatures.ARTICLE.equals(labels.get(i))) {
                if (head && i > start + RESCUE_REACH + 8) {
                    head = false;
                }
                continue;
            }
            if (!bylineKept && b.words <= 12 && BYLINE.matcher(b.text).matches()) {
                bylineKept = true;
                continue;
            }
            if (metaLine(b, head ? 20 : 12) || head && (b.words <= 8 && b.linkDensity() >= 0.5 || toolBar(b) || headBox(b))) {
                labels.set(i, BlockFeatures.BOILERPLATE);
            } else if (b.words >= 15) {
                head = false;
            }
        }
    }

    /** "Print | E-mail | Comments (27) | Recommend (0) | Text size: + -": a row of links over the story, not its words. */
    private static boolean toolBar(HtmlBlocks.Block b) {
        if (b.words > 20 || b.linkDensity() < 0.3) {
            return false;
        }
        // what the links say: tool words, not a headline's or a list of sources ("Slate | The Atlantic Wire")
        int tools = 0;
        for (String w : Texts.words(b.text)) {
            if (TOOL_WORDS.contains(w) || w.chars().allMatch(Character::isDigit)) {
                tools++;
            }
        }
        // counts and "Like" / "Tweet" buttons are no links: a row of nothing but tool words needs fewer links
        return 2 * tools >= b.words && (b.linkDensity() >= 0.6 || 4 * tools >= 3 * b.words);
    }

    private static final Set<String> TOOL_WORDS = Set.of("print", "printable", "printer", "friendly", "email", "e", "mail",
            "share", "comments", "comment", "recommend", "text", "size", "font", "digg", "del", "icio", "us", "delicious",
            "reddit", "facebook", "twitter", "newsvine", "stumbleupon", "rss", "save", "reprint", "reprints", "bookmark",
            "licensing", "tools", "this", "story", "article", "page", "subscribe", "to", "im", "view", "send", "friend",
            "a", "permalink", "trackback", "increase", "decrease", "version", "single", "buzz", "it", "link", "add", "my",
            "like", "tweet");

    /**
     * Under the headline, the lines a template sets in a box of its own that names them: the byline box (name and
     * news service on lines of their own: "Andrea Wong" / "Canwest News Service"), the deck or standfirst (a second
     * headline in a sentence: "Drop in June deeper than expected; …"). Short lines only; a story's lead is longer.
     */
    private static boolean headBox(HtmlBlocks.Block b) {
        if (b.words > 30) {
            return false;
        }
        Element e = b.owner;
        for (int level = 0; e != null && level < 3; level++, e = e.parent()) {
            for (String t : BlockFeatures.classTokens(e)) {
                boolean byline = t.contains("byline") && b.words <= 8;
                if (byline || HEAD_BOX.matcher(t).matches()) {
                    return true;
                }
            }
            // a class or id written with a hyphen inside the word ("stand-first", "sub_title")
            for (String t : (e.className() + " " + e.id()).toLowerCase(java.util.Locale.ROOT).split("\\s+")) {
                if (t.indexOf('-') + t.indexOf('_') > -2 && HEAD_BOX.matcher(t.replace("-", "").replace("_", "")).matches()) {
                    return true;
                }
            }
        }
        return false;
    }

    private static final java.util.regex.Pattern HEAD_BOX = java.util.regex.Pattern.compile(
            "(?:art|article|story|post|entry)?(?:subhead|subheadline|deck|dek|standfirst|strapline|subtitle)");

    /** The byline as HtmlExtractor reads it: "By Name", then at most a date or a role after a separator. */
    static final java.util.regex.Pattern BYLINE = java.util.regex.Pattern.compile(
            "^(?:By|BY|by|Posted by|posted by|Written by)\\s+(\\p{L}[\\p{L}.'-]*(?:\\s+\\p{Lu}[\\p{L}.'-]+){0,3})(?:\\s+(?:on|at|in|[|,\\u2022\\u00b7-])\\s.*|[,|].*)?$");
    private static final java.util.regex.Pattern DATE = java.util.regex.Pattern.compile(
            "(?i)\\b\\d{1,2}[:.h]\\d{2}\\b|\\b\\d{1,2}[./-]\\d{1,2}[./-]\\d{2,4}\\b|\\b\\d{4}-\\d{2}-\\d{2}|\\b(?:jan|feb|febr|mar|apr|may|jun|jul|aug|sep|sept|oct|nov|dec"
                    + "|january|february|march|april|june|july|august|september|october|november|december|januar|februar|m\u00e4rz|mai|juni|juli|oktober|dezember"
                    + "|janvier|f\u00e9vrier|mars|avril|juin|juillet|ao\u00fbt|septembre|octobre|novembre|d\u00e9cembre|enero|febrero|marzo|abril|mayo|junio|julio|agosto"
                    + "|septiembre|octubre|noviembre|diciembre|ene|abr|ago|dic)\\b\\.?\\s*\\d|\\b\\d{1,2}\\.?\\s+(?:jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec|januar|februar|m\u00e4rz|mai|juni|juli"
                    + "|oktober|dezember|janvier|f\u00e9vrier|mars|avril|juin|juillet|ao\u00fbt|septembre|octobre|novembre|d\u00e9cembre|enero|febrero|marzo|abril|mayo|junio|julio"
                    + "|agosto|septiembre|octubre|noviembre|diciembre)|\\b\\d+\\s+(?:minutes?|hours?|days?|mins?|hrs?)\\s+ago\\b");
    private static final java.util.regex.Pattern BYLINE_START = java.util.regex.Pattern.compile(
            "^(?:By|BY|Von|VON|Par|PAR|Por|POR|Door|Di|Posted|Written|Published|Updated|Publi\u00e9|Ver\u00f6ffentlicht|Aktualisiert|Actualizado|Publicado)\\b");
    private static final Set<String> ROLE_WORDS = Set.of("writer", "reporter", "correspondent", "columnist", "editor",
            "contributor", "photographer", "staff", "redakteur", "redakteurin", "journaliste", "corresponsal", "redactor",
            "redactora", "periodista");
    /** Words a date or byline line is made of besides names and numbers (lower case; months are in DATE). */
    private static final Set<String> META_WORDS = Set.of("by", "on", "at", "and", "the", "published", "updated",
            "posted", "written", "read", "min", "mins", "minute", "minutes", "ago", "hour", "hours", "day", "days", "guest",
            "senior", "chief", "associated", "press", "gmt", "est", "edt", "cet", "cest", "utc", "uhr", "von", "und", "um",
            "am", "par", "publi\u00e9", "mis", "jour", "modifi\u00e9", "le", "por", "de", "del", "el", "actualizado", "hace",
            "lesezeit", "aktualisiert", "for", "with", "last", "jan", "feb", "mar", "apr", "may", "jun", "jul", "aug", "sep",
            "sept", "oct", "nov", "dec", "janvier", "f\u00e9vrier", "mars", "avril", "mai", "juin", "juillet", "ao\u00fbt",
            "septembre", "octobre", "novembre", "d\u00e9cembre", "enero", "febrero", "marzo", "abril", "mayo", "junio",
            "julio", "agosto", "septiembre", "octubre", "noviembre", "diciembre", "ene", "abr", "dic");
    private static final java.util.regex.Pattern ADDRESS = java.util.regex.Pattern.compile("\\S+@\\S+|https?://\\S+");
    private static final java.util.regex.Pattern LETTERS = java.util.regex.Pattern.compile("\\p{L}+");

    /**
     * A line that is a date, a byline or a reporter's name and role and nothing else: besides names (capitalised),
     * numbers and the words such lines are made of, at most one word of its own ("Posted by X, 22.09.2023, 06:00").
     */
    static boolean metaLine(HtmlBlocks.Block b, int maxWords) {
        if (b.words > maxWords || b.words == 0) {
            return false;
        }
        String text = ADDRESS.matcher(b.text).replaceAll(" ");
        boolean date = DATE.matcher(text).find();
        boolean by = BYLINE_START.matcher(text).lookingAt();
        int own = 0;
        boolean role = false;
        java.util.regex.Matcher m = LETTERS.matcher(text);
        while (m.find()) {
            String w = m.group();
            String lower = w.toLowerCase(java.util.Locale.ROOT);
            if (ROLE_WORDS.contains(lower)) {
                role = true;
            } else if (w.length() >= 3 && Character.isLowerCase(w.charAt(0)) && !META_WORDS.contains(lower)) {
                own++;
            }
        }
        return (date || by) && own <= 1 || role && own == 0 && b.words <= 8;
    }

    /**
     * Not the story's words though set in its flow: ad labels, newsletter/share/subscribe boxes, "Read more:" links
     * to other stories, posts embedded from other sites. Short blocks only, so a story inside a box so named keeps
     * its paragraphs.
     */
    private static boolean foreign(HtmlBlocks.Block b) {
        if (b.words > 30) {
            return false;
        }
        return b.words <= 2 && AD_LABEL.matcher(b.text).matches() || b.words <= 6 && AD_LEAD.matcher(StoryChrome.strip(b.text)).matches()
                || StoryChrome.insert(b) || b.words <= 20 && b.linkDensity() >= 0.8 && CLICK_HERE.matcher(b.text).lookingAt()
                || b.linkDensity() >= 0.5 && READ_MORE.matcher(b.text).lookingAt() || insert(b.owner) || embedded(b.owner)
                || b.words <= 20 && SUBSCRIBE.matcher(b.text).lookingAt() || authorBox(b.owner);
    }

    private static boolean authorBox(Element owner) {
        Element e = owner;
        for (int level = 0; e != null && level < 3; level++, e = e.parent()) {
            List<String> tokens = BlockFeatures.classTokens(e);
            if (tokens.contains("author") || tokens.contains("authors")) {
                for (String t : tokens) {
                    if (BOX_TOKENS.contains(t)) {
                        return !moreWords(e, BOX_WORDS);
                    }
                }
            }
        }
        return false;
    }

    private static boolean embedded(Element owner) {
        Element e = owner;
        for (int level = 0; e != null && level < 4; level++, e = e.parent()) {
            if (e.normalName().equals("blockquote") || e.normalName().equals("iframe")) {
                for (String t : BlockFeatures.classTokens(e)) {
                    if (EMBED_TOKENS.contains(t)) {
                        return true;
                    }
                }
            }
        }
        return false;
    }

    private static boolean insert(Element owner) {
        Element e = owner;
        for (int level = 0; e != null && level < 3; level++, e = e.parent()) {
            for (String t : BlockFeatures.classTokens(e)) {
                if (INSERT_TOKENS.contains(t)) {
                    // a box is small: a post's container named by its category ("category-worth-sharing") is no box
                    return !moreWords(e, BOX_WORDS);
                }
            }
        }
        return false;
    }

    private static boolean caption(Element owner) {
        Element e = owner;
        for (int level = 0; e != null && level < 2; level++, e = e.parent()) {
            String tag = e.normalName();
            // a figure holds a picture and the words about it (caption, credit), not the story's
            if (tag.equals("figcaption") || tag.equals("figure") || tag.equals("caption") && level == 0) {
                return true;
            }
            if (captionClass(e)) {
                return true;
            }
        }
        return captionChild(owner) || pictureCell(owner);
    }

    /**
     * A caption's class, also run together as 2008 templates wrote them ("photocap", "storyimagecaption",
     * "photocred"): the class token holds "caption", "cutline" or "credit", or is a picture word with "cap"/"cred".
     */
    private static boolean captionClass(Element e) {
        for (String t : BlockFeatures.classTokens(e)) {
            if (CAPTION_TOKENS.contains(t)) {
                return true;
            }
        }
        // whole class names only: a piece of a tag's class ("tag-big-cap-stocks") says nothing
        String cls = e.className();
        if (cls.isEmpty()) {
            return false;
        }
        for (String c : cls.toLowerCase(java.util.Locale.ROOT).split("\\s+")) {
            if (c.contains("caption") || c.contains("cutline") || c.endsWith("credit") || CAPTION_PIECE.matcher(c).matches()) {
                return true;
            }
        }
        return false;
    }

    private static final java.util.regex.Pattern CAPTION_PIECE = java.util.regex.Pattern.compile(
            "(?:photo|img|image|pic|pix|story|art)?(?:cap|cred)");

    /**
     * A caption in an inline element of a cell that holds the picture ({@code <td><img><br><span class="cutline">}):
     * the block is the cell's, its words are the captioned child's.
     */
    private static boolean captionChild(Element owner) {
        if (CommentRecords.elementChildren(owner, 13)) {
            return false;
        }
        for (Element c : owner.children()) {
            if (!HtmlBlocks.BLOCK_TAGS.contains(c.normalName()) && captionClass(c)) {
                return true;
            }
        }
        return false;
    }

    /**
     * The words of a cell or box that holds a picture and nothing else but those words, a short line: the picture's
     * caption, with or without a class ({@code <td><img><br><font size=1>A bus on a county road.</font></td>}).
     */
    private static boolean pictureCell(Element owner) {
        String tag = owner.normalName();
        if (!(tag.equals("td") || tag.equals("div") || tag.equals("center")) || CommentRecords.elementChildren(owner, 9)) {
            return false;
        }
        // the picture first, the words under it: a line with an icon in it ("By X [Google+ icon]") is no caption
        Element first = owner.firstElementChild();
        boolean picture = first != null && (first.normalName().equals("img") || first.normalName().equals("a")
                && first.childrenSize() == 1 && first.child(0).normalName().equals("img"));
        for (org.jsoup.nodes.Node n : owner.childNodes()) {
            if (n == first) {
                break;
            }
            if (n instanceof org.jsoup.nodes.TextNode t && !t.isBlank()) {
                return false;
            }
        }
        for (Element c : owner.children()) {
            String t = c.normalName();
            if (t.equals("p") || t.equals("div") || t.equals("table") || t.equals("ul") || t.equals("ol")) {
                return false; // a container of paragraphs with a picture among them is the story's, not a caption's
            }
        }
        return picture && !moreWords(owner, 40);
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
        // "Contact:" and the lines after it (a name, a phone number, an address) close a press release: no story
        for (int k = Math.max(lo + 1, hi - 8); k <= hi; k++) {
            HtmlBlocks.Block b = blocks.get(story.get(k));
            if (b.words <= 4 && CONTACT.matcher(b.text).matches() && shortTail(blocks, story, k + 1, hi)) {
                while (hi >= k) {
                    labels.set(story.get(hi--), BlockFeatures.BOILERPLATE);
                }
                trimmed = true;
                break;
            }
        }
        // the head of the readers' section ("Have your say") with a comment or two under it that the model took in
        for (int k = Math.max(lo + 1, hi - READERS_TAIL); k <= hi; k++) {
            HtmlBlocks.Block b = blocks.get(story.get(k));
            if (b.words <= 6 && READERS_HEAD.matcher(b.text.strip()).matches() && (heading(b.owner) || boldOnly(b.owner, b.text))) {
                while (hi >= k) {
                    labels.set(story.get(hi--), BlockFeatures.BOILERPLATE);
                }
                trimmed = true;
                break;
            }
        }
        // the site's promotions and the reporter's line stand above a release's contact block as well
        while (hi > lo && (linked(blocks.get(story.get(hi))) || trailer(blocks.get(story.get(hi))))) {
            labels.set(story.get(hi--), BlockFeatures.BOILERPLATE);
            trimmed = true;
        }
        if (hi > lo) {
            int k = story.get(hi);
            HtmlBlocks.Block b = blocks.get(k);
            boolean overLinks = k + 1 < blocks.size() && blocks.get(k + 1).linkDensity() >= 0.5;
            // the lead-in of the links trimmed ("More stories:") or a label over links ("Tags") is no closing line
            if (trimmed && b.words <= 6 && b.text.endsWith(":") || overLinks && b.words <= 2 && !sentence(b.text)) {
                labels.set(story.get(hi), BlockFeatures.BOILERPLATE);
            }
        }
    }

    /** The heads of the readers' section under a story, alone on their line as a heading. */
    private static final java.util.regex.Pattern READERS_HEAD = java.util.regex.Pattern.compile(
            "(?i)(?:have your say|reader comments|readers' comments|comments|post a comment|leave a comment|add your comment|join the discussion)"
                    + "(?:\\s*\\(\\d+\\))?\\s*:?");
    /** How many of the story's last blocks may follow that head (a comment or two, its links). */
    private static final int READERS_TAIL = 4;

    private static final java.util.regex.Pattern CONTACT = java.util.regex.Pattern.compile(
            "(?i)(?:media |press |for more information,? )?(?:contacts?|contact information|kontakt|pressekontakt)\\s*:?");

    private static boolean shortTail(List<HtmlBlocks.Block> blocks, List<Integer> story, int from, int to) {
        for (int k = from; k <= to; k++) {
            if (blocks.get(story.get(k)).words > 12) {
                return false;
            }
        }
        return true;
    }

    /** What a CMS prints under a story: its tags and categories, the "posted in" line, the copyright notice. */
    private static boolean trailer(HtmlBlocks.Block b) {
        return b.words <= 60 && TRAILER.matcher(b.text).find() || StoryChrome.trailer(b);
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
