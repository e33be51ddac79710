package io.parley.extraction;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * training-data/extraction/heldout15, heldout15-text (round16), each case failing on main 8debdffa: plain-text
 * documents wrapped in one pre (a copied-out news page, a forum thread printed to PDF, a blog's print view) read as
 * HTML and left silently `none` although their `w3m -dump` text, the very same lines, gave every comment; a
 * Delfi-like dump whose heads carry a masked IP between name and date (silently `none`); BookStack's flat list whose
 * replies say "In reply to #5" with a link to the parent's anchor (those replies read as top-level); AEF's post
 * tables, the name in the head row and a pane of "Posts:", "Gender:", "Reputation:" under it (`unparsed`, no post);
 * Free-Republic-like replies opening with "To: X" linked to the post answered (read as top-level); BookStack's dump
 * heads "#3   Name Name commented 9 days ago" (no author).
 */
class SixteenthRoundHeldoutTest {

    private static final String TEXT = "heldout15-text";
    private static final String FETCHED = "2026-12-07T10:15:00Z";

    @ParameterizedTest
    @ValueSource(strings = {"copypaste", "pdfthread", "printview"})
    void aPageThatIsOnePreIsReadAsTheTextItHolds(String page) throws Exception {
        List<ExtractedComment> cs = GoldPageComments.of(TEXT, page, FETCHED);

        assertThat(cs).hasSize(GoldPageComments.gold(TEXT, page).size());
    }

    @Test
    void aPdfExportsPostsKeepTheirPostersAndQuotedParents() throws Exception {
        // "by X » Wed Nov 18, 2026 2:19 PM" under each subject, "X wrote:" quotes indented: the lines a pre keeps
        List<ExtractedComment> cs = GoldPageComments.of(TEXT, "pdfthread", FETCHED);

        assertThat(cs.stream().map(ExtractedComment::author).toList()).isEqualTo(GoldPageComments.goldAuthors(TEXT, "pdfthread"));
        assertThat(GoldPageComments.parents(cs)).isEqualTo(GoldPageComments.goldParents(TEXT, "pdfthread"));
    }

    @Test
    void aMaskedAddressBetweenNameAndDateIsNoPartOfTheHead() throws Exception {
        // "ivy IP: 78.50.100.xxx 2026-11-27 15:33" over each comment
        String dump = Files.readString(Path.of("training-data/extraction/heldout15/text/delfi.txt"));
        List<ExtractedComment> cs = new TextExtractor(Deadline.none()).extract(dump).comments();

        assertThat(cs).extracting(ExtractedComment::author).containsExactlyElementsOf(GoldPageComments.goldAuthors("heldout15", "delfi"));
        assertThat(cs.get(0).postedAt()).isEqualTo(GoldPageComments.gold("heldout15", "delfi").get(0).get("time").asText());
    }

    @Test
    void aReplyRowLinkingToAnotherCommentsAnchorNamesTheParent() throws Exception {
        // <div class="reply-row">In reply to <a href="#comment5">#5</a></div> opening the reply's content
        List<ExtractedComment> cs = GoldPageComments.of("heldout15", "bookstack", FETCHED);

        assertThat(GoldPageComments.parents(cs)).isEqualTo(GoldPageComments.goldParents("heldout15", "bookstack"));
        assertThat(cs).allSatisfy(c -> assertThat(c.text()).doesNotStartWith("In reply to"));
    }

    @Test
    void postTablesWithRankPostsGenderAndReputationCellsArePosts() throws Exception {
        List<ExtractedComment> cs = GoldPageComments.of("heldout15-forums", "aef", FETCHED);

        // the name from the head row, not the "Posted on:" verb beside it nor a "Sent from my tablet" signature
        assertThat(cs).extracting(ExtractedComment::author).containsExactlyElementsOf(GoldPageComments.goldAuthors("heldout15-forums", "aef"));
        // the member cell under the name is no part of the post's words
        assertThat(cs).allSatisfy(c -> assertThat(c.text()).doesNotContain("Reputation:").doesNotContain("Posts:"));
    }

    @Test
    void aToLineLinkingToAnEarlierPostNamesTheParent() throws Exception {
        // <div class="to">To: <a href="#3">Name</a></div> over the reply's words; post n carries <a name="n">
        List<ExtractedComment> cs = GoldPageComments.of("heldout15-forums", "freerepublic", FETCHED);

        assertThat(GoldPageComments.parents(cs)).isEqualTo(GoldPageComments.goldParents("heldout15-forums", "freerepublic"));
        assertThat(cs).allSatisfy(c -> assertThat(c.text()).doesNotStartWith("To:"));
    }

    @Test
    void aCommentNumberCellBeforeACommentedAgoHeadIsNoPartOfTheName() throws Exception {
        // "#3   Henrik Dahl Henrik Dahl commented 9 days ago" (number link, avatar alt, name): before, no author at all
        String dump = Files.readString(Path.of("training-data/extraction/heldout15/text/bookstack.txt"));
        List<ExtractedComment> cs = new TextExtractor(Deadline.none()).extract(dump).comments();

        assertThat(cs).extracting(ExtractedComment::author).containsExactlyElementsOf(GoldPageComments.goldAuthors("heldout15", "bookstack"));
    }

    @Test
    void aPreInsideAnArticleIsNoPlainTextPage() throws Exception {
        // the story's words outside the pre are most of the page: a code sample, not a wrapped text file
        String story = Files.readString(Path.of("training-data/extraction/heldout15/pages/thrive.html"));
        String withCode = story.replace("<div class=\"tags\">", "<pre>" + "x = 1\n".repeat(14) + "</pre><div class=\"tags\">");

        assertThat(PlainTextPages.text(withCode)).isNull();
        assertThat(PlainTextPages.text(Files.readString(Path.of("training-data/extraction/" + TEXT + "/pages/pdfthread.html"))))
                .startsWith("Quarry Street Board");
    }
}
