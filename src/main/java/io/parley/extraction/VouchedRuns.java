package io.parley.extraction;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.jsoup.nodes.Element;

/**
 * A run of signed, dated records that neither names itself a comment list by class nor is rich in cues, but that the
 * page vouches for in one of two ways comment systems and forums share:
 * <ul>
 * <li>a heading just before the run names it ("Reviews for X", "Ratings and reviews", "12 Comments", "Kommentare"):
 * review lists and widgets with hashed or bare markup (FanFiction-like table rows, Google-Play-like cards);</li>
 * <li>each record carries a forum user pane, a short run of member fields ("Posts: 12", "Joined: Mar 2011",
 * "Since: 01-02-05", "Level: 3") beside its post (Ikonboard's and AcmlmBoard's bare tables): a post's author card,
 * never a teaser's.</li>
 * <li>each record holds exactly one element named as a post's body ("message-body", "post_body", "comment-content"):
 * a mailing-list archive's messages (sr.ht's div.event-list boxes), whose boxes are named for the page's layout.</li>
 * </ul>
 * The record finder asks such runs for more (a comment class, five cues each) because bare tables and div runs are
 * most of a page's chrome; these two cues are what chrome does not carry.
 */
final class VouchedRuns {

    /** A heading naming a list of comments, reviews or replies: the name first, after at most a count. */
    private static final Pattern SECTION_HEADING = Pattern.compile(
            "(?iu)^\\W{0,3}(?:\\d[\\d,.]*\\s+)?(?:reader\\s+|user\\s+)?(?:comments?|reviews?|responses|replies|discussion|ratings and reviews"
                    + "|kommentare|commentaires|comentários|comentarios|commenti|reacties|komentarze|diskuse|коммент\\S*|评论|評論|댓글|コメント)"
                    // ("댓글목록", "评论列表", "コメント一覧", "comment list": the list named as a list)
                    + "(?:\\s*(?:목록|列表|一覧|list))?"
                    + "(?:\\s*[(\\[]\\s*\\d[\\d,.]*\\s*[)\\]])?(?:\\s+(?:for|on|to)\\s+.{1,80})?\\s*$");
    private static final Pattern MEMBER_FIELD = Pattern.compile(
            "(?iu)(?:^|\\s)(group|posts|joined|join date|member no\\.?|registered|since|level|location|from|messages|rank|karma|reputation|gender)\\s*:");
    private static final int MIN_RECORDS = 3;
    private static final int HEADING_WORDS = 14;

    private VouchedRuns() {
    }

    /**
     * @param records a run the record finder found (three or more of one shape, cues on each)
     * @return the records the page vouches for (those with a user pane where most have one), or null when it does not
     */
    static List<Element> vouched(List<Element> records) {
        if (records.size() < MIN_RECORDS) {
            return null;
        }
        for (Element r : records) {
            if (CommentRecords.cues(r) < 3 || holdsOwnShape(r)) {
                // (a record holding records of its own shape is a tree, whose replies a sibling run leaves out)
                return null;
            }
        }
        if (headed(records) && wholeList(records)) {
            return records;
        }
        if (wholeList(records) && records.stream().allMatch(r -> CommentSections.postBodiesIn(r) == 1)) {
            // each record holds one element the page names a post's body ("pre.message-body", "div.post_body"): a
            // mail archive's or a forum's messages, whatever the class of the box around each
            return records;
        }
        List<Element> paned = new ArrayList<>();
        for (Element r : records) {
            if (userPane(r)) {
                paned.add(r);
            }
        }
        // (a table of the posts' shape around the topic's title or the "n replies since" line carries no pane)
        if (paned.size() >= MIN_RECORDS && paned.size() * 3 >= records.size() * 2) {
            return paned;
        }
        return null;
    }

    /** A heading naming the list stands just before the run's box, or before one of the boxes around it. */
    static boolean headed(List<Element> records) {
        // a heading inside the box, just before the first record (Gnuboard's "댓글목록" h2 opening its section)
        Element before = records.get(0).previousElementSibling();
        for (int k = 0; before != null && k < 3; k++, before = before.previousElementSibling()) {
            if (namesList(before)) {
                return true;
            }
        }
        Element box = records.get(0).parent();
        for (int up = 0; box != null && up < 3; up++, box = box.parent()) {
            final Element around = box;
            if (!records.stream().allMatch(r -> r.parents().contains(around))) {
                return false;
            }
            Element sib = box.previousElementSibling();
            for (int k = 0; sib != null && k < 3; k++, sib = sib.previousElementSibling()) {
                if (namesList(sib)) {
                    return true;
                }
            }
        }
        return false;
    }

    private static boolean namesList(Element e) {
        for (Element h : e.select("h1, h2, h3, h4, h5, h6, b, strong, [class*=title], [class*=heading]")) {
            String t = Texts.squash(h.text());
            if (!t.isEmpty() && Texts.wordCount(t) <= HEADING_WORDS && SECTION_HEADING.matcher(t).matches()) {
                return true;
            }
        }
        String own = Texts.squash(e.text());
        return own.length() <= 120 && Texts.wordCount(own) <= HEADING_WORDS && SECTION_HEADING.matcher(own).matches();
    }

    /**
     * Whether the run is every cue-rich child of its box: where siblings outside it carry as many cues, the finder
     * split one list in two shapes, and the part it found is not the list the heading names.
     */
    private static boolean wholeList(List<Element> records) {
        Element box = records.get(0).parent();
        java.util.Set<Element> in = java.util.Collections.newSetFromMap(new java.util.IdentityHashMap<>());
        in.addAll(records);
        for (Element c : box.children()) {
            if (!in.contains(c) && CommentRecords.cues(c) >= 3) {
                return false;
            }
        }
        return true;
    }

    private static boolean holdsOwnShape(Element r) {
        if (r.normalName().equals("table")) {
            return false; // (tables nest for layout: a post's table holds its header's table)
        }
        String shape = CommentRecords.signature(r);
        for (Element d : r.select("*")) {
            if (d != r && d.normalName().equals(r.normalName()) && CommentRecords.signature(d).equals(shape)) {
                return true;
            }
        }
        return false;
    }

    /** Two or more member fields in the record's first words: a forum user pane. */
    static boolean userPane(Element r) {
        String head = CommentRecords.boundedText(r, 600).toLowerCase(Locale.ROOT);
        Matcher m = MEMBER_FIELD.matcher(head);
        java.util.Set<String> seen = new java.util.HashSet<>();
        while (m.find()) {
            seen.add(m.group(1));
        }
        return seen.size() >= 2;
    }
}
