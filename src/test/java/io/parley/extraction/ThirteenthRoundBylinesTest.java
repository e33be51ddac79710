package io.parley.extraction;

import org.junit.jupiter.api.Test;

import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The causes the thirteenth round's real 2012 pages (training-data/extraction/heldout12-real, Dragnet training pages
 * referenced by archive member) showed before any change, on small pages written here in the same markup, so they
 * run without ../shared. The gold-backed figures on the real pages are in {@link ThirteenthRoundRealPagesTest}.
 */
class ThirteenthRoundBylinesTest {

    private static List<ExtractedComment> html(String body) {
        String page = "<html><head><title>Story</title></head><body><div id=story><h1>Story</h1>"
                + "<p>The council voted on Tuesday to close the harbour road for three weeks of repairs to the sea wall, "
                + "and the ferry will run an extra evening sailing while the road is shut to traffic.</p>"
                + "<p>Residents asked for a footpath to stay open; the council said it would look at it again in spring.</p>"
                + "</div>" + body + "</body></html>";
        return GoldPageComments.extractor().extract(page, PageFormat.HTML, null).comments();
    }

    private static ExtractedComment comment(String id, String parent, String author, String text) {
        return new ExtractedComment(id, parent, author, null, null, text, List.of(), parent == null ? 0 : 1);
    }

    @Test
    void aBylineOpeningOrClosingTheWordsIsTheHead() {
        // the words as the readers left them on the real pages (Slashdot, a WordPress theme, TypePad)
        List<ExtractedComment> cs = Bylines.repair(List.of(
                comment("a", null, null, "by sageres (561626) on Tuesday July 24, 2012 @10:50AM (#40749629)\n\nSound of the drums"),
                comment("b", null, null, "by SomePgmr (2021234)\n\nNoriega compound, Fallujah siege, Iranian computer systems."),
                comment("c", null, null, "lucky said,\n\n@ infamousdx \u2014 In Bali I\u2019ve done the IC, W, and Grand Hyatt."),
                comment("d", null, null, "Love their Fringe watch in Black!\n\nPosted by: Megan Sullivan | November 13, 2012 at 12:19 PM"),
                comment("e", null, "Ann", "Obama said:\n\nwe will see about that")));
        assertThat(cs).extracting(ExtractedComment::author).containsExactly("sageres", "SomePgmr", "lucky", "Megan Sullivan", "Ann");
        assertThat(cs).extracting(ExtractedComment::text).containsExactly("Sound of the drums",
                "Noriega compound, Fallujah siege, Iranian computer systems.", "@ infamousdx \u2014 In Bali I\u2019ve done the IC, W, and Grand Hyatt.",
                "Love their Fringe watch in Black!", "Obama said:\n\nwe will see about that");
        assertThat(cs.get(0).postedAt()).isEqualTo("2012-07-24T10:50");
        assertThat(cs.get(3).postedAt()).isEqualTo("2012-11-13T12:19");
        assertThat(cs.get(3).header()).isEqualTo("Posted by: Megan Sullivan | November 13, 2012 at 12:19 PM");
        // a one-line comment keeps its words: the line is a byline only with words after or before it
        assertThat(Bylines.repair(List.of(comment("f", null, null, "lucky said,"))).get(0).text()).isEqualTo("lucky said,");
    }

    @Test
    void aCopyOfACommentsWordsUnderItIsNoReply() {
        // HuffPost 2012: a hidden share box in each comment, "name: first words", was read as a reply to it
        List<ExtractedComment> cs = CommentEchoes.drop(List.of(
                comment("c1", null, "iam99", "The President may decide to absolve JPM of any responsibility for these frauds by executive order."),
                comment("s1", "c1", null, "iam99: The President may decide to absolve JPM of any responsibility"),
                comment("c2", "s1", "probo", "I sooooo hope you are wrong..."),
                comment("c3", "c1", "fastd63", "You forgot the part where he passes out the checks.")));
        assertThat(cs).extracting(ExtractedComment::id).containsExactly("c1", "c2", "c3");
        assertThat(cs.get(1).parentId()).isEqualTo("c1"); // what hung on the echo hangs on the comment it copied
        // a reply with an author of its own stays, whatever its parent repeats of it (an SBN thread quoting a sign-off)
        assertThat(CommentEchoes.drop(List.of(
                comment("p", null, "steve", "Tin foil house, full metal jacket by stevegrizzle and more words here"),
                comment("r", "p", "stevegrizzle", "Tin foil house, full metal jacket by stevegrizzle")))).hasSize(2);
    }

    @Test
    void aNameLosesWhatStoodBesideItInItsLine() {
        assertThat(Bylines.clean("3. CmdrR - October 26")).isEqualTo("CmdrR");
        assertThat(Bylines.clean("http://rickyleepotts.com/ rickyleepotts")).isEqualTo("rickyleepotts");
        assertThat(Bylines.clean("Pentangelis (not verified)")).isEqualTo("Pentangelis");
        assertThat(Bylines.clean("sageres (561626)")).isEqualTo("sageres");
        assertThat(Bylines.clean("Fri")).isNull(); // a weekday read off "Fri, 2012-11-09 17:18 — X" is no name
        assertThat(Bylines.clean("1")).isNull(); // nor a comment's number
        assertThat(Bylines.clean("Ann Lee")).isEqualTo("Ann Lee");
        assertThat(Bylines.fromHead("1. James Cannon - Runcorn Trekkie UK - October 26, 2012")).isEqualTo("James Cannon - Runcorn Trekkie UK");
        assertThat(Bylines.fromHead("1 Stephan Kopp http://stephankopp.net | 10/29/2012 5:14:46 PM")).isEqualTo("Stephan Kopp");
        assertThat(Bylines.fromHead("Lucia Ferreira added a comment - 28/Nov/26 2:18 PM")).isEqualTo("Lucia Ferreira added a comment");
    }

    @Test
    void aHeadLineNamesARecordThatFoundNoAuthorButDoesNotLengthenOne() {
        // trekmovie's numbered dl: "<dt>1. James Cannon - Runcorn Trekkie UK - October 26, 2012</dt><dd>…</dd>"
        StringBuilder b = new StringBuilder("<div id=comments><h2>Comments</h2><dl>");
        String[] names = {"James Cannon - Runcorn Trekkie UK", "The Keeper", "Kirk, James T.", "Harry Ballz"};
        for (int i = 0; i < names.length; i++) {
            b.append("<dt><a href=#49310").append(i).append(">").append(i + 1).append(".</a> ").append(names[i])
                    .append(" - October 26, 2012</dt><dd><p>The D bridge always seemed like nothing was happening on it, number ")
                    .append(i + 1).append(".</p></dd>");
        }
        List<ExtractedComment> cs = html(b.append("</dl></div>").toString());
        assertThat(cs).extracting(ExtractedComment::author).containsExactly(names);
    }

    @Test
    void commentsWithoutAnElementOfTheirOwnArePairsOfBodyAndByline() {
        // econbrowser (Movable Type): <div id="c115775">…</div><p class="posted">Posted by: X at October 28, 2012 02:30 PM</p>
        StringBuilder b = new StringBuilder("<div class=content><div id=a002194more><p>Like I say, another discouraging report.</p></div>"
                + "<p class=posted>Posted by James Hamilton at October 28, 2012 01:23 PM</p><h2 id=comments>Comments</h2>");
        String[][] rows = {{"115775", "matt wilbert", "02:30 PM"}, {"115779", "jonathan", "04:59 PM"}, {"115784", "BenAround", "05:58 PM"},
                {"115804", "ppcm", "11:15 PM"}};
        for (String[] r : rows) {
            b.append("<div id=c").append(r[0]).append("><p>Why did the drought not count for more in the third quarter figures?</p>")
                    .append("<p>Second paragraph of comment ").append(r[0]).append(".</p></div><p class=posted>Posted by: <a href=mailto:x>")
                    .append(r[1]).append("</a> at October 28, 2012 ").append(r[2]).append("</p>");
        }
        List<ExtractedComment> cs = html(b.append("</div>").toString());
        assertThat(cs).extracting(ExtractedComment::author).containsExactly("matt wilbert", "jonathan", "BenAround", "ppcm");
        assertThat(cs.get(1).postedAt()).isEqualTo("2012-10-28T16:59");
        assertThat(cs.get(0).text()).contains("Second paragraph of comment 115775").doesNotContain("Posted by");
    }
}
