package io.parley.extraction;

import org.junit.jupiter.api.Test;

import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The HTML of training-data/extraction/heldout9-text (written for the text path, never seen by the record reader), for
 * the causes its HTML "before" figures showed (heldout9-text/README.md, "HTML path").
 */
class HtmlHeldout9TextRecordsTest {

    private static List<ExtractedComment> comments(String page) throws Exception {
        return GoldPageComments.of("heldout9-text", page, null);
    }

    @Test
    void classLessTablesWithAByLineAndAParentLinkAreATree() throws Exception {
        // Scoop: each comment a class-less table ("by <b>name</b> on <date>", "[ Parent | Reply to This ]"), a reply's
        // table alone in its dd; before, no record set at all and commentSection "none" (a silent miss)
        List<ExtractedComment> cs = comments("scoop");

        assertThat(cs).hasSize(12);
        assertThat(cs.get(0).author()).isEqualTo("Maud Ellery");
        assertThat(cs.get(0).postedAt()).isEqualTo("2026-11-19T14:52");
        assertThat(cs.get(1).author()).isEqualTo("riverrat");
        assertThat(cs.get(1).parentId()).isEqualTo(cs.get(0).id());
        assertThat(cs.get(6).parentId()).isEqualTo(cs.get(5).id()); // four deep: dd in dd in dd
        assertThat(cs.get(10).parentId()).isEqualTo(cs.get(9).id());
        assertThat(cs.get(11).parentId()).isEqualTo(cs.get(9).id());
        assertThat(cs.get(7).parentId()).isNull();
        assertThat(cs.get(2).author()).isEqualTo("ducks_on_weir"); // (an underscore name: the bold after "by")
    }

    @Test
    void aSpacerCellAsWideAsTheDepthNestsTheMessages() throws Exception {
        // IMDb-boards-like: table.thread-msg per message, its first cell an empty spacer (<td width="31"><img
        // width="30">) as wide as its depth; before, class-less record tables were refused (2 of 12), then a flat list
        List<ExtractedComment> cs = comments("imdb");

        assertThat(cs).hasSize(12);
        assertThat(cs.get(3).author()).isEqualTo("Sunil Rao");
        assertThat(cs.get(3).parentId()).isEqualTo(cs.get(2).id());
        assertThat(cs.get(4).parentId()).isEqualTo(cs.get(3).id());
        assertThat(cs.get(5).parentId()).isNull();
        assertThat(cs.get(7).parentId()).isEqualTo(cs.get(6).id());
        assertThat(cs.get(8).parentId()).isNull();
    }

    @Test
    void aCommentUnderSomeAnswersOnlyIsARecordOfItsOwn() throws Exception {
        // Quora-like: div.q-box.answer records, a div.q-box.comment under four of the eight (one each); before, a part
        // held once per record counted as part of the answer: 8 of 12, the comments merged into their answers
        List<ExtractedComment> cs = comments("quora");

        assertThat(cs).hasSize(12);
        assertThat(cs.get(2).author()).isEqualTo("bridgewatcher");
        assertThat(cs.get(2).parentId()).isEqualTo(cs.get(1).id());
        assertThat(cs.get(1).text()).doesNotContain("Weirdly, the cycle route");
        assertThat(cs.get(3).parentId()).isNull();
    }

    @Test
    void aThreadItemWrapsItsPostAndABareListOfReplies() throws Exception {
        // Allura (SourceForge tickets): <li><div.discussion-post/><ul><li>reply…</li></ul></li>; before, the class-less
        // li won and only sibling runs counted: a lone reply was lost (9 of 12) and replies were read as top level
        List<ExtractedComment> cs = comments("sourceforge");

        assertThat(cs).hasSize(12);
        assertThat(cs.get(1).author()).isEqualTo("ducks_on_weir");
        assertThat(cs.get(1).parentId()).isEqualTo(cs.get(0).id());
        assertThat(cs.get(5).author()).isEqualTo("Hattie Groves");
        assertThat(cs.get(5).parentId()).isEqualTo(cs.get(4).id()); // three deep
        assertThat(cs.get(6).parentId()).isEqualTo(cs.get(2).id());
        assertThat(cs.get(8).parentId()).isNull();
    }

    @Test
    void aBugLogsMessagesAreRunsOfSiblingsWithAMailHeadAndQuotes() throws Exception {
        // Debian BTS: p.msgreceived, div.headers ("From: Olek <olek@example.org>", "Date: …"), pre.message, hr, one
        // message after another in body; a reply's pre opens "On <date>, X wrote:" over "> " lines. Before: no record
        // per message (commentSection "unparsed", 0 of 8)
        List<ExtractedComment> cs = comments("debbugs");

        assertThat(cs).hasSize(8);
        assertThat(cs.get(0).author()).isEqualTo("Olek");
        assertThat(cs.get(0).postedAt()).isEqualTo("2026-11-23T16:03");
        assertThat(cs.get(1).author()).isEqualTo("Hattie Groves");
        assertThat(cs.get(1).parentId()).isEqualTo(cs.get(0).id());
        assertThat(cs.get(1).text()).doesNotContain("wrote:").doesNotContain("cross it twice a day");
        assertThat(cs.get(5).parentId()).isEqualTo(cs.get(4).id()); // "riverrat wrote:"
        assertThat(cs.get(6).parentId()).isEqualTo(cs.get(3).id()); // "ducks_on_weir wrote:"
        assertThat(cs.get(7).parentId()).isNull();
    }

    @Test
    void aReplyNamingTheTimeOfAnEarlierPostAnswersThePostOfThatTime() throws Exception {
        // Amazon-like review comments: flat, oldest first, a reply says only "In reply to an earlier post on <time>";
        // before, read as top level (parent 0.45)
        List<ExtractedComment> cs = comments("amazon");

        assertThat(cs).hasSize(11);
        assertThat(cs.get(1).parentId()).isEqualTo(cs.get(0).id());
        assertThat(cs.get(4).parentId()).isEqualTo(cs.get(1).id()); // the time of comment 2, not the latest before it
        assertThat(cs.get(7).parentId()).isEqualTo(cs.get(4).id());
        assertThat(cs.get(3).parentId()).isNull();
        assertThat(cs.get(1).text()).doesNotContain("earlier post");
    }

    @Test
    void anOpeningAtFirstNameNamesTheOneEarlierCommenterOfThatFirstName() throws Exception {
        // Textpattern: a flat ol, replies only "@Name", a first name for a full one ("@Niamh" for Niamh Casey);
        // before, "@Niamh" matched no author and the reply was top level (parent 0.83)
        List<ExtractedComment> cs = comments("textpattern");

        assertThat(cs).hasSize(12);
        assertThat(cs.get(5).parentId()).isEqualTo(cs.get(4).id()); // "@Niamh" -> Niamh Casey
        assertThat(cs.get(8).parentId()).isEqualTo(cs.get(7).id()); // "@Lucia" -> Lucia Ferrante
        assertThat(cs.get(10).parentId()).isNull();
    }

    @Test
    void aDepthClassWithAPrefixIsADepthMark() throws Exception {
        // plone.app.discussion: flat div.comment.replyTreeLevelN, margin-left in em; before, only whole "levelN" /
        // "depth-N" tokens counted and every reply was top level (parent 0.55)
        List<ExtractedComment> cs = comments("plone");

        assertThat(cs).hasSize(11);
        assertThat(cs.get(2).parentId()).isEqualTo(cs.get(1).id());
        assertThat(cs.get(9).parentId()).isEqualTo(cs.get(7).id()); // the second reply of comment 8
        assertThat(cs.get(10).parentId()).isNull();
    }

    @Test
    void aCountInAControlsOwnWordsIsTheLikes() throws Exception {
        // "16 people liked this" (IMDb-boards-like links row), "Upvote · 28" (Quora-like answers); before, no likes
        assertThat(comments("imdb")).extracting(ExtractedComment::likes).startsWith(11, 16, 35);
        assertThat(comments("quora").get(0).likes()).isEqualTo(28);
    }
}
