package io.parley.extraction;

import org.junit.jupiter.api.Test;

import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Leftovers of the two real-page sets (heldout12-real, heldout13-real), on markup and dumps written here in the shape
 * the 2012 pages print them: a pingback's author is the linking post's title; a byline that ends in the reply action
 * closes its comment in a dump; a day-first date's tail before "/ Name says:" and a "61 Fans" count are no name.
 */
class SixteenthRoundRealLeftoversTest {

    private static String wpComment(String cls, int id, String words, String name, String date) {
        return "<div class=\"" + cls + " even thread-even depth-1\" id=\"comment-" + id + "\"><div class=\"comment-avatar\"></div>"
                + "<div class=\"comment-body\"><p>" + words + "</p><p class=\"comment-meta\">by <a href='http://example.org/" + id
                + "' rel='external nofollow' class='url'>" + name + "</a> on " + date + ". <a class='comment-reply-link' href='?replytocom="
                + id + "#respond'>Reply</a> <a href=\"#comment-" + id + "\">#</a></p></div></div>";
    }

    @Test
    void aPingbacksAuthorIsTheLinkingPostsTitle() {
        String html = "<html><body><article><h1>The algorithm is not enough</h1><p>" + "A story about curation. ".repeat(30)
                + "</p></article><div id=\"comments\"><h3>52 Comments</h3>"
                + wpComment("comment", 11, "I think curation will matter more every year, for readers and for writers.", "Kate Klemens",
                        "November 29, 2010 at 8:03 am")
                + wpComment("pingback", 12, "[...] The Algorithm the Crowd are Not Enough, example.org [...]",
                        "SearchCap: The Day In Search, November 29, 2010", "November 29, 2010 at 10:10 pm")
                + wpComment("comment", 13, "Links still decide most of it, and the crowd is only one of the signals we have.", "alan p",
                        "November 30, 2010 at 1:24 am")
                + wpComment("pingback", 14, "[...] Rand Fishkin penned an excellent post on the need for benevolent editors [...]",
                        "Z.BRYANT \u2022 INPUT/OUTPUT \u00bb Blog Archive \u00bb Rating Vs. Curating", "December 3, 2010 at 3:24 am")
                + wpComment("comment", 15, "Great post, and the comments are as good as the post itself this time.", "Sascha",
                        "November 29, 2010 at 8:04 am")
                + "</div></body></html>";
        List<ExtractedComment> cs = GoldPageComments.extractor().extract(html, PageFormat.HTML, null).comments();
        assertThat(cs).extracting(ExtractedComment::author).containsExactly("Kate Klemens",
                "SearchCap: The Day In Search, November 29, 2010", "alan p",
                "Z.BRYANT \u2022 INPUT/OUTPUT \u00bb Blog Archive \u00bb Rating Vs. Curating", "Sascha");
    }

    @Test
    void aBylineEndingInReplyClosesItsComment() {
        List<String> dump = List.of("Phoenix trade story", "", "Some words of the story run here for a while, and then more.", "",
                "Comments", "", "Display: [Expanded ]", "", "[eut]", "", "Great work Jacob", "",
                "Thanks for all the hard work and time you have put into all of these!", "",
                "by Leiland Tanner on Aug 8, 2012 9:37 AM MST reply actions  ", "", "[sun]", "", "indeed!", "",
                "Bring on the Suns Youth Brigade, they will run all night.", "",
                "by sun-arc on Aug 8, 2012 12:39 PM MST via mobile up reply actions  ", "", "[121]", "",
                "The pick-and-roll is much more efficient when the guard passes to the roll man.", "",
                "by Omaha Sun on Aug 8, 2012 8:36 PM MST up reply actions  ", "",
                "Something to say? Choose one of these options to log in.", "", "  • Sign in with your account",
                "  • Create a new account");
        DumpThreads.Result r = DumpThreads.read(dump, Deadline.none());
        assertThat(r.comments()).extracting(ExtractedComment::author).containsExactly("Leiland Tanner", "sun-arc", "Omaha Sun");
        // the subject line above the words is the comment's, not a header (the first comment's starts at its first
        // sentence, under the comments heading's switches)
        assertThat(r.comments().get(0).text()).startsWith("Thanks for all the hard work");
        assertThat(r.comments().get(1).text()).startsWith("indeed!").doesNotContain("[sun]");
        assertThat(r.comments().get(2).text()).isEqualTo("The pick-and-roll is much more efficient when the guard passes to the roll man.");
    }

    @Test
    void aHeadBylineWithoutReplyStaysAHeader() {
        // "by X (uid) on <date> (#id)" over the words (Slashdot): the comment under it is X's
        List<String> dump = List.of("Story title", "", "Some words of the story run here for a while, and then more.", "",
                "Comments", "", "by Ann Lee (561626) on Wednesday August 08, 2012 @02:11PM (#40925657)", "",
                "The first comment's words, long enough to be a comment of its own here.", "",
                "by Bo Tran (12345) on Wednesday August 08, 2012 @02:15PM (#40925700)", "",
                "The second comment answers with words of its own, and a few more.", "",
                "by Cy Diaz (777) on Wednesday August 08, 2012 @02:20PM (#40925800)", "",
                "A third voice says something else entirely about the story.");
        DumpThreads.Result r = DumpThreads.read(dump, Deadline.none());
        assertThat(r.comments()).extracting(ExtractedComment::author).containsExactly("Ann Lee", "Bo Tran", "Cy Diaz");
        assertThat(r.comments().get(0).text()).startsWith("The first comment's words");
    }

    @Test
    void aDayFirstDatesTailBeforeTheNameIsCut() {
        List<String> dump = List.of("Story title", "", "Some words of the story run here for a while, and then more.", "",
                "3 Responses", "", " 1. 16. Jul, 2012 / Mandy says:", "   ",
                "    The best Thai restaurant I have ever eaten at is in a strip mall.", "", "    [Reply]", "",
                " 2. 16. Jul, 2012 / Joy says:", "   ", "    This sounds wonderful! I will pass this along to a friend.", "",
                "    [Reply]", "", " 3. 17. Jul, 2012 / Brian says:", "   ",
                "    The beef curry with noodles is khao soi, and I am eating it right now.", "", "    [Reply]");
        DumpThreads.Result r = DumpThreads.read(dump, Deadline.none());
        assertThat(r.comments()).extracting(ExtractedComment::author).containsExactly("Mandy", "Joy", "Brian");
    }

    @Test
    void aFollowerCountIsNoName() {
        List<String> dump = List.of("Story title", "", "Some words of the story run here for a while, and then more.", "",
                "Comments", "", "photo", "61 Fans", "29 seconds ago ( 2:25 PM)",
                "Gee really? You mean the banks are full of thieves? How much longer must we wait?", "",
                "photo", "1000 Fans", "2 minutes ago ( 2:23 PM)", "Could it be time for them to pay the piper at last?", "",
                "photo", "12 Fans", "5 minutes ago ( 2:20 PM)", "Nothing will change until the rules do, and they will not.");
        DumpThreads.Result r = DumpThreads.read(dump, Deadline.none());
        assertThat(r.comments()).hasSizeGreaterThanOrEqualTo(3);
        assertThat(r.comments()).extracting(ExtractedComment::author).doesNotContain("61 Fans", "1000 Fans", "12 Fans");
    }
    private static ExtractedComment comment(String id, String parent, String author, String text) {
        return new ExtractedComment(id, parent, author, author == null ? null : "2012-08-08T14:25", null, text, List.of(), 0);
    }

    @Test
    void aRecordOfOnlyButtonsIsNoComment() {
        List<ExtractedComment> cs = List.of(comment("a", null, "mac33z", "Gee really? The banks are full of thieves."),
                comment("b", null, null, "Like"), comment("c", "b", "vetxcl", "Could it be time for them to pay the piper?"),
                comment("d", null, null, "Recommend"), comment("e", null, null, "lol"), comment("f", null, null, "Like \u00b7 Reply"));
        List<ExtractedComment> out = ActionOnlyRecords.drop(cs);
        assertThat(out).extracting(ExtractedComment::id).containsExactly("a", "c", "e");
        // a reply nested under a dropped box hangs on the box's parent (here none: top level)
        assertThat(out.get(1).parentId()).isNull();
        // a commenter's "Like" with a name is a comment, and a page of boxes only is left as it is
        assertThat(ActionOnlyRecords.drop(List.of(comment("x", null, "Ann", "Like"), comment("y", null, null, "Like"))))
                .extracting(ExtractedComment::id).containsExactly("x");
        assertThat(ActionOnlyRecords.drop(List.of(comment("y", null, null, "Like"), comment("z", null, null, "Reply")))).hasSize(2);
    }
}
