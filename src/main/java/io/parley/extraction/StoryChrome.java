package io.parley.extraction;

import java.util.Locale;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * Lines news and blog templates of every CMS print in or around a story that are not its words, by what they say
 * (the classes they sit in differ from site to site): a story's counters ("4,812 views"), media labels over a player
 * ("Video: …"), the "view as one page" link of a paged story, the promotions a site adds under each story ("Follow X
 * on Twitter", "Sign up for our newsletter", "Send us your news", "Tell us … in the comments") and the reporter's
 * one-line bio ("X is a reporter for Y"), and the deck set as a second heading under the headline.
 */
final class StoryChrome {

    /** Set into the story's flow: short lines only, so no story sentence is taken. */
    private static final Pattern INSERT = Pattern.compile(
            "(?i)^[0-9][0-9,.]*k?\\s+(?:views?|reads?|shares?|comments?|likes?|recommendations?)$"
                    + "|^(?:video|watch|photos|slideshow|gallery|audio|listen|podcast)\\s*:\\s*\\p{Lu}.{0,70}$"
                    + "|^(?:view|read) (?:this|the|full) (?:article|story) (?:on (?:one|a single) page|as a single page)$|^single page view$");
    /** Under the story: the site's promotions and the reporter's bio line. */
    private static final Pattern TRAILER = Pattern.compile(
            "(?i)^follow \\p{Lu}.{0,60}\\bon (?:twitter|facebook)\\b|\\bsign up (?:for|to) (?:our|the|a) (?:free )?(?:daily |weekly )?(?:e-?mail )?newsletters?\\b"
                    + "|^send us your (?:news|stories|photos|pictures|tips|views)\\b|\\blet us know in the comments\\b|^tell us\\b.{0,100}\\bcomments?\\b"
                    + "|^(?:keep up with|stay up to date with|get (?:the latest|more) )\\b.{0,80}\\b(?:newsletter|alerts|facebook|twitter)\\b"
                    + "|(?-i:^(?!(?:He|She|They|It|This|That|Who)\\b)\\p{Lu}[\\p{L}.'-]+(?: \\p{Lu}[\\p{L}.'-]+){0,2} (?:is|was) (?:a|an|the) (?:[\\p{L}-]+ ){0,3})"
                    + "(?:reporter|writer|correspondent|editor|columnist|contributor|blogger)\\b.{0,80}\\b(?:for|at|with|of|in)\\b");
    /** A second heading under the headline is its deck when it is a sentence, not a subhead ("Overview"). */
    private static final Set<String> HEADINGS = Set.of("h2", "h3", "h4");
    private static final int DECK_MIN_WORDS = 6;
    private static final int DECK_MAX_WORDS = 35;

    private StoryChrome() {
    }

    static boolean insert(HtmlBlocks.Block b) {
        return b.words <= 14 && INSERT.matcher(strip(b.text)).matches();
    }

    static boolean trailer(HtmlBlocks.Block b) {
        return b.words <= 45 && TRAILER.matcher(b.text.strip()).find();
    }

    /** The block right under the headline, set as a heading of its own and long as a sentence: the deck. */
    static boolean deck(HtmlBlocks.Block b) {
        return HEADINGS.contains(b.owner.normalName().toLowerCase(Locale.ROOT)) && b.words >= DECK_MIN_WORDS
                && b.words <= DECK_MAX_WORDS && b.linkDensity() < 0.3;
    }

    /** Without the arrows and marks a template sets after a label ("Story continues below \u2193"). */
    static String strip(String text) {
        String t = text.strip();
        int end = t.length();
        while (end > 0 && !Character.isLetterOrDigit(t.charAt(end - 1)) && t.charAt(end - 1) != ')' && t.charAt(end - 1) != '.') {
            end--;
        }
        return t.substring(0, end);
    }
}
