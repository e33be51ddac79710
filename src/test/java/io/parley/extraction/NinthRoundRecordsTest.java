package io.parley.extraction;

import org.junit.jupiter.api.Test;

import java.util.List;

import static io.parley.extraction.GoldPageComments.byId;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * Record shapes and fields of the ninth held-out round (training-data/extraction/heldout9), each on its page, for the
 * causes its "before" figures showed (heldout9/README.md).
 */
class NinthRoundRecordsTest {

    private static List<ExtractedComment> comments(String page, String fetchedAt) throws Exception {
        return GoldPageComments.of("heldout9", page, fetchedAt);
    }

    @Test
    void aWidgetsOneLetterPrefixStillNamesTheAuthorAndTimeParts() throws Exception {
        // Valine: span.vnick, span.vtime (every class prefixed "v"); before, no record had author and time cues, and the
        // page came back with no comment section at all (a silent miss)
        List<ExtractedComment> cs = comments("valine", null);

        assertThat(cs).hasSize(12);
        assertThat(cs.get(0).author()).isEqualTo("Dmitri K.");
        assertThat(cs.get(0).postedAt()).isEqualTo("2026-11-18");
        ExtractedComment reply = cs.get(1);
        assertThat(reply.author()).isEqualTo("marrowman");
        assertThat(byId(cs, reply.parentId()).author()).isEqualTo("Dmitri K.");
    }

    @Test
    void repliesInTheNextSiblingsListAndWordsInABlockquoteMakeATree() throws Exception {
        // AO3: li.comment holds the name, the date and blockquote.userstuff (the comment's words, no prose beside
        // them); its replies sit in <li><ol class="thread"> right AFTER it. Before: 2 records, words read as quotes
        List<ExtractedComment> cs = comments("ao3", null);

        assertThat(cs).hasSize(12);
        assertThat(cs).allSatisfy(c -> assertThat(c.quotes()).isEmpty());
        assertThat(cs.get(0).text()).startsWith("Having read the papers, the new access road");
        assertThat(cs.get(1).author()).isEqualTo("lachlanmoir");
        assertThat(cs.get(2).parentId()).isEqualTo(cs.get(1).id()); // in the li after comment 1, not inside it
        assertThat(cs).filteredOn(c -> c.parentId() != null).hasSize(4);
    }

    @Test
    void aClassCarryingTheAuthorsNameIsNoPartOfTheRecordsShape() throws Exception {
        // Serendipity: div.serendipity_comment.serendipity_comment_author_<name>, one shape per author before, so no
        // record set; the text first, then "#1.1 name on 2026-11-21 07:01", depth only in padding-left
        List<ExtractedComment> cs = comments("serendipity", null);

        assertThat(cs).hasSize(11);
        assertThat(cs.get(0).author()).isEqualTo("Olumide Adebayo");
        assertThat(cs.get(0).postedAt()).isEqualTo("2026-11-21T06:29");
        assertThat(cs.get(1).author()).isEqualTo("Lachlan Moir");
        assertThat(cs.get(1).parentId()).isEqualTo(cs.get(0).id());
        assertThat(cs).allSatisfy(c -> assertThat(c.text()).doesNotContain("(Reply)"));
    }

    @Test
    void theNameAfterTheClosingByOfAMetaLineIsTheAuthorNotTheCommentNumber() throws Exception {
        // Dotclear: <dt><a class="comment-number">1.</a> On Saturday 21 November 2026, 17:34 by <a>Eleri Price</a></dt>;
        // before, every author was the number ("1.", "2.")
        List<ExtractedComment> cs = comments("dotclear", null);

        assertThat(cs).hasSize(11);
        assertThat(cs.get(0).author()).isEqualTo("Eleri Price");
        assertThat(cs.get(0).postedAt()).isEqualTo("2026-11-21T17:34");
        assertThat(cs).extracting(ExtractedComment::author).noneMatch(a -> a == null || a.matches("#?\\d+\\.?"));
    }

    @Test
    void anOpeningMentionInsideAThreadNamesTheReplyAnswered() throws Exception {
        // Yahoo-like: one reply level; a reply to a reply sits beside it and opens with a profile-linked "@Name"
        List<ExtractedComment> cs = comments("yahoo", "2026-12-06T08:30:00Z");

        ExtractedComment reply = cs.get(4);
        assertThat(reply.author()).isEqualTo("Lachlan Moir");
        assertThat(byId(cs, reply.parentId()).author()).isEqualTo("Dmitri K.");
        assertThat(byId(cs, byId(cs, reply.parentId()).parentId()).author()).isEqualTo("Piet V");
    }

    @Test
    void subReplyTimesWithoutAYearTakeTheFetchYear() throws Exception {
        // Bilibili-like: root times "2026-11-19 07:14", sub-reply times "11-19 08:32" in span.sub-reply-time
        List<ExtractedComment> cs = comments("bilibili", "2026-12-06T08:30:00Z");

        assertThat(cs).hasSize(13);
        assertThat(cs).extracting(ExtractedComment::postedAt).doesNotContainNull();
        assertThat(cs.get(1).postedAt()).isEqualTo("2026-11-19T08:32");
    }

    @Test
    void recsInBracketsAndRespectAreLikeCounts() throws Exception {
        // Daily Kos-like "[37 Recs]" after the text; a Brightspot-style news CMS's "Respect 12" button (heldout8)
        List<ExtractedComment> kos = comments("dailykos", null);
        assertThat(kos.get(0).likes()).isEqualTo(37);
        assertThat(kos).extracting(ExtractedComment::likes).doesNotContainNull();

        List<ExtractedComment> bright = GoldPageComments.of("heldout8", "brightspot", null);
        assertThat(bright).extracting(ExtractedComment::likes).doesNotContainNull();
    }

    @Test
    void aCamelCaseQuoteBoxAndAHandleBeforeQuotedWordsNameTheParent() throws Exception {
        // Fark-like: div.ctextQuote "<a href=#c…>Name</a>: quoted words" over the reply (before: kept as its words, flat)
        List<ExtractedComment> fark = comments("fark", null);
        assertThat(fark.get(1).author()).isEqualTo("broadbean_bill");
        assertThat(fark.get(1).parentId()).isEqualTo(fark.get(0).id());
        assertThat(fark.get(1).text()).doesNotContain(fark.get(0).author() + ":");

        // Gitalk: "> @handle first words of the parent" in a blockquote, then the reply's own words
        List<ExtractedComment> git = comments("gitalk", "2026-12-06T08:30:00Z");
        assertThat(git.get(3).author()).isEqualTo("yusuf");
        assertThat(git.get(3).parentId()).isEqualTo(git.get(0).id());
    }

    @Test
    void utilityClassRecordsAreShapedByTheirCommentIdAndColumnItemsStaySeparate() throws Exception {
        // Hashnode (heldout7): Tailwind classes only, a reply's box differing from its parent's by its indent classes,
        // data-comment-id on every record; name and date stacked in a flex-col box (before: 8 of 11, "nameNov 25, 2026"
        // read as 2026 likes); the like count in a button labelled "Like this comment"; Kinja's "16 stars"
        List<ExtractedComment> cs = GoldPageComments.of("heldout7", "hashnode", null);
        assertThat(cs).hasSize(11);
        assertThat(cs.get(0).author()).isEqualTo("zebra_stripes");
        assertThat(cs.get(0).postedAt()).isEqualTo("2026-11-25");
        assertThat(cs.get(0).likes()).isEqualTo(19);
        assertThat(cs.get(1).parentId()).isEqualTo(cs.get(0).id());

        List<ExtractedComment> kinja = GoldPageComments.of("heldout7", "kinja", null);
        assertThat(kinja.get(0).likes()).isEqualTo(16);
    }

    @Test
    void aSubjectLineWithItsBylineIsNoPartOfTheWords() throws Exception {
        // Daily Kos-like: "<b>Sigh</b> by <a class=cauthor>Lachlan Moir</a>" over the comment's words
        List<ExtractedComment> cs = comments("dailykos", null);

        assertThat(cs.get(0).author()).isEqualTo("Lachlan Moir");
        assertThat(cs.get(0).text()).startsWith("Sadly, the lease ignores forty years of growing.");
        assertThat(cs).allSatisfy(c -> assertThat(c.text()).doesNotContain(" by\n"));
    }
}
