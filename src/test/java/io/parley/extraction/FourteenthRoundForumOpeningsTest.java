package io.parley.extraction;

import org.junit.jupiter.api.Test;

import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Opening posts and member dates on forum pages (training-data/extraction/heldout12-forums, heldout13-forums; heldout5-text's
 * Moodle as the case that must not change): each other case failed on main 938e23a1.
 */
class FourteenthRoundForumOpeningsTest {

    private static List<ExtractedComment> comments(String round, String page) throws Exception {
        return GoldPageComments.of(round, page, null);
    }

    @Test
    void aTitledQuestionNamingItsAskerInTheAnswersNamePartIsTheFirstPost() throws Exception {
        // Mozilla support: article.question ("Asked <time>", h1 title, a.author-name) before "All Replies (9)"; the
        // answers' meta box has parts the question's lacks; before, the question was only the article: 9 of 10 posts
        List<ExtractedComment> cs = comments("heldout12-forums", "sumo");
        assertThat(cs).hasSize(10);
        assertThat(cs.get(0).author()).isEqualTo(GoldPageComments.goldAuthors("heldout12-forums", "sumo").get(0));
        assertThat(cs.get(0).text()).startsWith("The committee wants to fit a water meter");
        assertThat(cs.get(0).postedAt()).isEqualTo(GoldPageComments.gold("heldout12-forums", "sumo").get(0).get("time").asText());
        // EasyDiscuss: "Posted by <a.ed-user-name> on <time>" under the h1, the replies with ranks and "replied <time>"
        List<ExtractedComment> ed = comments("heldout12-forums", "easydiscuss");
        assertThat(ed).hasSize(10);
        assertThat(ed.get(0).author()).isEqualTo(GoldPageComments.goldAuthors("heldout12-forums", "easydiscuss").get(0));
    }

    @Test
    void theAnswersInTheBoxAfterTheQuestionAreTopLevel() throws Exception {
        // Apple Support Communities: section.question (same author and time parts as the answers, an h1 title), then
        // div.replies; before, the question was missed, and once found, the "replies box after a comment" rule hung
        // every answer under it
        List<ExtractedComment> cs = comments("heldout13-forums", "applecomm");
        assertThat(cs).hasSize(10);
        assertThat(GoldPageComments.parents(cs)).containsExactlyElementsOf(GoldPageComments.goldParents("heldout13-forums", "applecomm"));
        // Moodle's first post (a subject h3 like every reply's, no main heading) keeps its nested replies
        List<ExtractedComment> moodle = comments("heldout5-text", "moodle");
        assertThat(GoldPageComments.parents(moodle)).containsExactlyElementsOf(GoldPageComments.goldParents("heldout5-text", "moodle"));
    }

    @Test
    void aJoinDateInTheUserPaneIsNoPostTime() throws Exception {
        // ZetaBoards: the user cell's dl ("Group: Members Posts: 11 Member #12 Joined: Jan 2, 2009") beside the post,
        // the post's own date in the head row above; before, every post was dated its member's join date
        List<ExtractedComment> cs = comments("heldout12-forums", "zetaboards");
        var gold = GoldPageComments.gold("heldout12-forums", "zetaboards");
        assertThat(cs).hasSize(gold.size());
        for (int i = 0; i < cs.size(); i++) {
            assertThat(cs.get(i).postedAt()).isEqualTo(gold.get(i).get("time").asText());
        }
    }

    @Test
    void aMemberPaneLineKeepsOnlyWhatComesBeforeItsJoinField() {
        assertThat(MemberDates.beforeJoin("Group: Members Posts: 11 Member #12 Joined: Jan 2, 2009")).doesNotContain("2009");
        assertThat(MemberDates.beforeJoin("Nov 17 2026, 08:00 AM Report Post #1")).isEqualTo("Nov 17 2026, 08:00 AM Report Post #1");
        assertThat(MemberDates.beforeJoin("Beiträge: 312 Mitglied seit: 04.05.2011")).isEqualTo("Beiträge: 312");
    }
}
