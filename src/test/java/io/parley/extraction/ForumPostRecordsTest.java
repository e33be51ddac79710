package io.parley.extraction;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * Forum, Q&A and list-archive posts of the ninth held-out round (training-data/extraction/heldout9-forums): every post a
 * comment, the first one too, with its author; each case failed on main bd0f265.
 */
class ForumPostRecordsTest {

    private static List<ExtractedComment> comments(String page) throws Exception {
        return GoldPageComments.of("heldout9-forums", page, null);
    }

    /** The page's committed w3m dump (text/), read as a plain-text page. */
    private static List<ExtractedComment> dumped(String page) throws Exception {
        String text = Files.readString(Path.of("training-data/extraction/heldout9-forums/text/" + page + ".txt"));
        return GoldPageComments.extractor().extract(text, PageFormat.TEXT, null).comments();
    }

    @Test
    void aLabelOrACountBesideTheNameInItsCellIsNotTheName() throws Exception {
        // phpBB's print view: <div class="author">by <strong>X</strong></div>; Nabble: the author cell holds the
        // name link and "712 posts"
        List<ExtractedComment> print = comments("phpbbprint");
        assertThat(print).hasSize(10);
        assertThat(print).extracting(ExtractedComment::author).first().isEqualTo("Hazel Pryce");
        assertThat(print).extracting(ExtractedComment::author).allSatisfy(a -> assertThat(a).doesNotStartWith("by "));
        // with the names right, "X wrote:" quotes find the post they answer
        assertThat(print.get(2).parentId()).isEqualTo(print.get(1).id());
        List<ExtractedComment> nabble = comments("nabble");
        assertThat(nabble).extracting(ExtractedComment::author).containsExactly("Hazel Pryce", "Maeve O'Dowd", "Bea Kowalczyk",
                "compost_carol", "Bea Kowalczyk", "leekman_len", "Oluwaseun A", "Tilly Boateng", "plot14", "leekman_len");
        assertThat(nabble.get(2).parentId()).isEqualTo(nabble.get(0).id());
    }

    @Test
    void anActivityFeedsActorNamesThePost() throws Exception {
        // a Q&A feed (question, answers, nested replies): div.feed-item with a.actor, a timestamp and an avatar; no
        // class says comment or post, so the actor is the author cue that makes the set a thread
        List<ExtractedComment> cs = comments("trailblazer");
        assertThat(cs).hasSize(11);
        assertThat(cs.get(0).author()).isEqualTo("Hazel Pryce");
        assertThat(cs.get(0).text()).startsWith("The committee has written");
        assertThat(cs.get(2).parentId()).isEqualTo(cs.get(1).id());
        assertThat(cs.get(3).parentId()).isEqualTo(cs.get(2).id());
    }

    @Test
    void aPrintPagesHeaderAndBodyPairsArePosts() throws Exception {
        // SMF 2.1's printpage: div.postheader ("Title: Re: … / Post by: X on <date>") and div.postbody side by side,
        // an hr between posts and no element around a post
        List<ExtractedComment> cs = comments("smf21print");
        assertThat(cs).hasSize(11);
        assertThat(cs.get(0).author()).isEqualTo("Hazel Pryce");
        assertThat(cs.get(0).postedAt()).startsWith("2026-11-20T06:47");
        assertThat(cs).extracting(ExtractedComment::text).allSatisfy(t -> assertThat(t).doesNotContain("Post by:"));
        // "Quote from: Oluwaseun A on …" names the post answered
        assertThat(cs.get(3).parentId()).isEqualTo(cs.get(2).id());
    }

    @Test
    void headRowsAboveEachMessageAreItsPartsNotPosts() throws Exception {
        // Beehive: one table per message, its "From: X (HANDLE) <date>" and "To: Y n of m" rows above the body; the
        // rows (more of them than messages) are the heads of the messages around them, not posts of their own
        List<ExtractedComment> cs = comments("beehive");
        assertThat(cs).hasSize(10);
        assertThat(cs.get(1).author()).isEqualTo("Oluwaseun A");
        assertThat(cs.get(1).postedAt()).isEqualTo("2026-11-25T18:22");
        assertThat(cs).extracting(ExtractedComment::text).allSatisfy(t -> assertThat(t).doesNotStartWith("To:"));
    }

    @Test
    void aNameLineAboveTheDateLineNamesAMessage() throws Exception {
        // groups.io: "<b>Ann</b> <span>&lt;ann@...&gt;</span>" on one line, "11/23/26 5:19am #985" on the next, no
        // class naming either
        List<ExtractedComment> cs = comments("groupsio");
        assertThat(cs).hasSize(11);
        assertThat(cs.get(0).author()).isEqualTo("Hazel Pryce");
        assertThat(cs.get(4).author()).isEqualTo("Tilly Boateng");
        assertThat(cs.get(3).postedAt()).isEqualTo("2026-11-23T15:51");
        assertThat(cs).extracting(ExtractedComment::text).allSatisfy(t -> assertThat(t).doesNotContain("@...", "#10"));
    }

    @Test
    void aMailClientsQuoteHeadBelowTheReplyNamesTheMessageAnswered() throws Exception {
        // groups.io: a top-posted reply, the quoted mail below it under "On Mon, Nov 23, 2026 at 8:26 AM, X wrote:"
        List<ExtractedComment> cs = comments("groupsio");
        assertThat(cs.get(2).parentId()).isEqualTo(cs.get(1).id());
        assertThat(cs.get(3).parentId()).isEqualTo(cs.get(0).id());
        assertThat(cs.get(8).parentId()).isEqualTo(cs.get(2).id());
        assertThat(cs.get(4).parentId()).isNull();
        assertThat(cs).extracting(ExtractedComment::text).allSatisfy(t -> assertThat(t).doesNotContain("wrote:"));
    }

    @Test
    void inADumpTheByLineUnderTheDateAndAGluedQuoteHeadAreTheHeadAndTheParent() throws Exception {
        // phpBB's print view as w3m prints it: "Posted: Fri Nov 20, 2026 3:55 pm" / "by Hazel Pryce", and an indented
        // quote box whose cite runs into the quoted words ("leekman_len wrote:From row C, …")
        List<ExtractedComment> cs = dumped("phpbbprint");
        assertThat(cs).hasSize(10);
        assertThat(cs.get(0).author()).isEqualTo("Hazel Pryce");
        assertThat(cs.get(1).author()).isEqualTo("leekman_len");
        assertThat(cs.get(2).parentId()).isEqualTo(cs.get(1).id());
        assertThat(cs.get(2).text()).startsWith("From row C, the half-plot rate").doesNotContain("wrote:");
        assertThat(cs).extracting(ExtractedComment::text).allSatisfy(t -> assertThat(t).doesNotStartWith("by "));
    }

    @Test
    void inADumpDatesAloneUnderRepeatedNamesAndYearFirstDatesMakeAThread() throws Exception {
        // vBulletin's archive: "compost_carol / 11-21-2026, 08:21 AM / text", no footer, no heading; a name that
        // posts twice makes the date lines a thread (before: unparsed)
        List<ExtractedComment> archive = dumped("vbarchive");
        assertThat(archive).hasSize(12);
        assertThat(archive.get(1).author()).isEqualTo("compost_carol");
        // Xoops's flat view: "Hazel Pryce     Posted on: 2026/11/23 11:00     #1" beside the user cell
        List<ExtractedComment> xoops = dumped("xoops");
        assertThat(xoops).hasSize(10);
        assertThat(xoops.get(0).author()).isEqualTo("Hazel Pryce");
        assertThat(xoops.get(0).postedAt()).isEqualTo("2026-11-23T11:00");
    }

    @Test
    void inADumpASendersLabelBeforeTheDateNamesThePost() throws Exception {
        // Beehive: "From:    Hazel Pryce (HAZELPRYCE)      25 Nov 2026 12:56" over "To: ALL   1 of 10"
        List<ExtractedComment> cs = dumped("beehive");
        assertThat(cs).hasSize(10);
        assertThat(cs.get(0).author()).isEqualTo("Hazel Pryce");
        assertThat(cs.get(1).author()).isEqualTo("Oluwaseun A");
    }

    @Test
    void aQandAPostsVerbAndYearlessDateIsItsTimeCue() throws Exception {
        // a Quora-like answers page: "Answered Nov 22" in a plain element beside the author's name; with that date
        // cue the answers are records rich enough to be a thread (before: no posts, 'unparsed')
        List<ExtractedComment> cs = comments("quora");
        assertThat(cs).hasSizeGreaterThanOrEqualTo(9);
        assertThat(cs.get(0).author()).isEqualTo("plot14");
        assertThat(cs.get(1).author()).isEqualTo("Oluwaseun A");
    }

    @Test
    void inADumpAPostNumberUnderAUserBoxIsNoFooter() throws Exception {
        // WoltLab Burning Board 3 as w3m prints it: "Hazel Pryce / Beginner / [userRank2] / [avatar-0] / Posts: 2753 /
        // Location: Eastfield / 1 / Tuesday, November 17th 2026, 5:52am": the "1" is the post's number, the box its head
        List<ExtractedComment> cs = dumped("wbb3");
        assertThat(cs).hasSize(11);
        assertThat(cs.get(0).author()).isEqualTo("Hazel Pryce");
        assertThat(cs.get(0).text()).doesNotContain("Location: Eastfield");
    }

    @Test
    void anOriginalMessageBlockNamesTheParentAndADashedCardIsNoText() throws Exception {
        // Higher Logic: under each reply "------ / Name / Title / Organisation / ------" and the quoted original
        // "------ Original Message: Sent: … From: plot14 Subject: …"
        List<ExtractedComment> cs = comments("higherlogic");
        assertThat(cs).hasSize(10);
        assertThat(cs.get(2).parentId()).isEqualTo(cs.get(1).id());
        assertThat(cs.get(3).parentId()).isEqualTo(cs.get(0).id());
        assertThat(cs).extracting(ExtractedComment::text).allSatisfy(t -> assertThat(t).doesNotContain("Original Message", "----------"));
    }
}
