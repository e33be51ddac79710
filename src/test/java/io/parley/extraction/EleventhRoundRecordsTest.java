package io.parley.extraction;

import org.junit.jupiter.api.Test;

import java.util.List;

import static io.parley.extraction.GoldPageComments.byId;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * Record shapes and fields of the eleventh held-out round (training-data/extraction/heldout10), each on its page, for
 * the causes its "before" figures showed (heldout10/README.md).
 */
class EleventhRoundRecordsTest {

    private static List<ExtractedComment> comments(String page) throws Exception {
        return GoldPageComments.of("heldout10", page, "2026-12-05T09:40:00Z");
    }

    private static String parentAuthor(List<ExtractedComment> cs, int i) {
        String p = cs.get(i).parentId();
        return p == null ? null : byId(cs, p).author();
    }

    @Test
    void aDepthClassNamedAfterTheRecordNestsAFlatList() throws Exception {
        // Dreamwidth: div.comment-thread.comment-depth-2 siblings (margin in em); Concrete CMS: ccm-conversation-message-level1.
        // Before, the prefix with hyphens hid the depth and every reply came out top level
        List<ExtractedComment> dw = comments("dreamwidth");
        assertThat(dw).hasSize(12); // the "(Deleted comment)" placeholder is no comment
        assertThat(dw.get(1).parentId()).isEqualTo(dw.get(0).id());
        assertThat(dw.get(2).parentId()).isEqualTo(dw.get(0).id());
        assertThat(dw.get(3).parentId()).isNull();
        assertThat(dw.get(4).parentId()).isEqualTo(dw.get(3).id());
        // the reply under the deleted comment answers that comment's parent, the nearest one left
        assertThat(dw.get(8).parentId()).isEqualTo(dw.get(7).id());

        List<ExtractedComment> cc = comments("concrete");
        assertThat(cc.get(2).parentId()).isEqualTo(cc.get(1).id());
        assertThat(cc.get(3).parentId()).isEqualTo(cc.get(1).id());
        assertThat(cc.get(4).parentId()).isNull();
        assertThat(cc).filteredOn(c -> c.parentId() != null).hasSizeBetween(4, 5);
    }

    @Test
    void anIndentModifierAndAJsHookAreNoShapeAndAGermanReplyLinkNamesTheParent() throws Exception {
        // Zeit-like: article.comment.js-comment-toplevel and article.comment.comment--indented.js-comment were two
        // shapes (only the 8 top-level comments came back); "Antwort auf #1 von X" links to the parent
        List<ExtractedComment> cs = comments("zeit");

        assertThat(cs).hasSize(13);
        assertThat(cs.get(1).parentId()).isEqualTo(cs.get(0).id());
        assertThat(parentAuthor(cs, 3)).isEqualTo("Cormac");
        assertThat(cs).allSatisfy(c -> assertThat(c.text()).doesNotContain("Antwort auf").doesNotContain("die Redaktion"));
        assertThat(cs.get(0).postedAt()).isEqualTo("2026-11-23T07:05"); // "23. November 2026, 7:05 Uhr"
        assertThat(cs.get(0).likes()).isEqualTo(15); // "15 Empfehlungen"
    }

    @Test
    void aspNetAlternatingRowsAreOneShapeAndALabelAfterPostedByIsTheName() throws Exception {
        // GridView rows tr.gridRow / tr.gridAltRow, "Posted by: <b><span id=…_lblName>name</span></b> on 11/18/2026 2:55:31 PM".
        // Before: no record set, no comment and "none" (a silent miss)
        List<ExtractedComment> cs = comments("aspnet");

        assertThat(cs).hasSize(10);
        assertThat(cs.get(0).author()).isEqualTo("piergazer");
        assertThat(cs.get(0).postedAt()).isEqualTo("2026-11-18T14:55");
        assertThat(cs.get(1).author()).isEqualTo("Gwilym R.");
        assertThat(cs).allSatisfy(c -> assertThat(c.text()).doesNotContain("Posted by").doesNotContain("Report abuse"));
    }

    @Test
    void aPostedByLineUnderTheWordsNamesTheAuthorNotItsNumber() throws Exception {
        // ExpressionEngine: the text, then "#1 Posted by <a>name</a> on 11/20/2026 at 01:07 PM"; before, "#1 Posted"
        List<ExtractedComment> cs = comments("expressionengine");

        assertThat(cs).hasSize(11);
        assertThat(cs.get(0).author()).isEqualTo("driftwood_dan");
        assertThat(cs.get(1).author()).isEqualTo("Ifeoma Okafor");
        assertThat(cs.get(0).postedAt()).isEqualTo("2026-11-20T13:07");
    }

    @Test
    void anAtHandleLinkingToItsOwnPageIsTheAuthorAndItsLineIsHeader() throws Exception {
        // Stacker-News-like hashed CSS-module classes: "635 sats \ 0 replies \ @beachcomber77 9d" over the words
        List<ExtractedComment> cs = comments("stackernews");

        assertThat(cs).hasSize(12);
        assertThat(ThreadEvaluator.sameAuthor("beachcomber77", cs.get(0).author())).isTrue();
        assertThat(cs.get(0).postedAt()).isEqualTo("2026-11-25T13:03");
        assertThat(cs.get(2).parentId()).isEqualTo(cs.get(1).id());
        assertThat(cs).allSatisfy(c -> assertThat(c.text()).doesNotContain("sats").doesNotContain("repl"));
    }

    @Test
    void germanDatesHaveADottedDayAndMonthsOfTheirOwn() {
        // "#3 — 21. November 2026, 14:14 Uhr" (Zeit-like CMS); before, no time at all
        assertThat(Dates.find("#3 \u2014 21. November 2026, 14:14 Uhr")).isEqualTo("2026-11-21T14:14");
        assertThat(Dates.find("3. M\u00e4rz 2026, 9:05 Uhr")).isEqualTo("2026-03-03T09:05");
        assertThat(Dates.find("1. Okt. 2026")).isEqualTo("2026-10-01");
        assertThat(Dates.find("12. Dezember 2026")).isEqualTo("2026-12-12");
        assertThat(Dates.find("21 November 2026")).isEqualTo("2026-11-21"); // the English form as before
    }
}
