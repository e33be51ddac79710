package io.parley.extraction;

import org.junit.jupiter.api.Test;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import static io.parley.extraction.GoldPageComments.byId;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * Reply structure and fields of the fifth held-out round (training-data/extraction/heldout5), each on its page: a
 * parent named only by a data attribute, a reply-to link to an anchor, a quote's head line naming its source, a user
 * mention opening a reply, a member's reputation beside the name, a time only in a tooltip, a year-less date with a
 * clock time.
 */
class ReplyCuesTest {

    private static final PageExtractor extractor = GoldPageComments.extractor();

    private static List<ExtractedComment> comments(String page, String fetchedAt) throws Exception {
        return GoldPageComments.of("heldout5", page, fetchedAt);
    }

    @Test
    void aDataAttributeNamesTheParentInAFlatList() throws Exception {
        // Komento: one flat ul; li.kmt-item data-parentid="4107" (and a margin-left) is all that says it is a reply
        List<ExtractedComment> cs = comments("komento", null);

        assertThat(cs).hasSize(13);
        assertThat(cs.get(2).parentId()).isEqualTo(cs.get(1).id());
        assertThat(cs.get(3).parentId()).isEqualTo(cs.get(0).id());
        assertThat(cs.get(4).parentId()).isNull();
    }

    @Test
    void replyLinksAndQuoteHeadsNameTheParentAndAreNotText() throws Exception {
        // Trac: "in reply to: ↑ 1" links to the span#comment:1 inside comment 1; "Replying to islag:" heads the citation
        List<ExtractedComment> trac = comments("trac", "2026-12-01T10:15:00Z");
        assertThat(trac.get(2).parentId()).isEqualTo(trac.get(0).id());
        assertThat(trac.get(2).text()).doesNotContain("Replying to");
        assertThat(trac.get(0).postedAt()).isEqualTo("2026-11-21T19:32"); // from the "9 days ago" link's title
        // Redmine: "Dariusz Nowak wrote in #note-2:" over the blockquote; the time only in the link's title
        List<ExtractedComment> redmine = comments("redmine", "2026-12-01T10:15:00Z");
        assertThat(redmine).hasSize(11);
        assertThat(redmine.get(2).parentId()).isEqualTo(redmine.get(0).id());
        assertThat(redmine.get(2).text()).doesNotContain("wrote in");
    }

    @Test
    void aMentionOpeningAReplyNamesItsAuthorsLatestComment() throws Exception {
        // Jira: a flat list; "<a class=user-hover>Priya Natarajan</a> Honestly, …" answers Priya's latest comment
        List<ExtractedComment> cs = comments("jira", null);

        ExtractedComment last = cs.get(11);
        assertThat(last.parentId()).isEqualTo(cs.get(9).id());
        assertThat(last.text()).startsWith("Honestly");
        assertThat(cs.get(0).parentId()).isNull();
    }

    @Test
    void reputationAndAgeBesideTheNameAreNotTheName() throws Exception {
        // Steemit: "inkpot (26)" in the itemprop=author box; Zendesk: the name link and "8 days ago" in one author box
        List<ExtractedComment> steemit = comments("steemit", "2026-12-01T10:15:00Z");
        assertThat(steemit.get(0).author()).isEqualTo("inkpot");
        List<ExtractedComment> zendesk = comments("zendesk", "2026-12-01T10:15:00Z");
        assertThat(zendesk).extracting(ExtractedComment::author).allSatisfy(a -> assertThat(a).doesNotContain("ago"));
    }

    @Test
    void anAvatarsAltTextNamesTheCommenterWhenNothingElseDoes() {
        // records with an avatar, a date and the words, and no name anywhere but the avatar's alt text
        String[] alts = {"Picture of Ann Lee", "bob_k avatar", "Picture of Carla M", "Dev Patel's avatar"};
        StringBuilder recs = new StringBuilder();
        for (int i = 0; i < alts.length; i++) {
            recs.append("<div class=\"comment\" id=\"comment-").append(i).append("\"><img class=\"avatar\" src=\"/a/").append(i)
                    .append(".png\" alt=\"").append(alts[i]).append("\"><span class=\"date\">November 2").append(i)
                    .append(", 2026 at 2:14 pm</span><p>The footbridge plan is fine but the diversion signs are poor and the ferry idea needs a costing, number ")
                    .append(i).append(".</p><a class=\"reply\" href=\"#r\">Reply</a></div>");
        }
        String html = "<html><head><title>Bridge</title></head><body><article><h1>Footbridge to close</h1><p>The footbridge over the river"
                + " will close for nine months from March while its deck is replaced, the council said on Tuesday.</p><p>Pedestrians will be"
                + " diverted over the road bridge, a walk of about twenty minutes.</p></article><section id=\"comments\"><h2>4 Comments</h2>"
                + recs + "</section></body></html>";

        List<ExtractedComment> cs = extractor.extract(html, PageFormat.HTML).comments();

        assertThat(cs).extracting(ExtractedComment::author).containsExactly("Ann Lee", "bob_k", "Carla M", "Dev Patel");
    }

    @Test
    void aYearlessDateWithItsClockTimeIsACommentsTime() {
        assertThat(Dates.isYearless("Sat, Nov 21, 2:14 PM")).isTrue();
        assertThat(Dates.yearless("Sat, Nov 21, 2:14 PM", "2026-12-01T10:00")).isEqualTo("2026-11-21T14:14");
        assertThat(Dates.yearless("November 21 at 2:14 PM", "2026-12-01T10:00")).isEqualTo("2026-11-21T14:14");
        assertThat(Dates.yearless("Dec 24", "2026-12-01T10:00")).isEqualTo("2025-12-24");
        assertThat(Dates.isYearless("Nov 21, 2:14 PM and more words")).isFalse();
    }

    private static List<ExtractedComment> page(String path) throws Exception {
        String html = Files.readString(Path.of("training-data/extraction/" + path));
        return extractor.extract(html, PageFormat.HTML, null).comments();
    }

    @Test
    void aLinkToAUserPageNamesTheAuthorAndAnAtLinkOpeningANoteIsItsParent() throws Exception {
        // Mantis: the name links to view_user_page.php?id=40 beside "(developer)"; a reply's note cell opens with
        // <a>@name</a> straight in the td (no paragraph); the note's time sits in the same meta cell
        List<ExtractedComment> cs = page("heldout5b-text/pages/mantis.html");

        assertThat(cs).hasSize(11);
        assertThat(cs.get(0).author()).isEqualTo("the_old_postmaster");
        assertThat(cs.get(0).postedAt()).isEqualTo("2026-11-28T11:07");
        assertThat(cs.get(2).parentId()).isEqualTo(cs.get(0).id());
        assertThat(cs.get(7).parentId()).isEqualTo(cs.get(4).id());
        assertThat(cs.get(2).text()).doesNotStartWith("@");
    }

    @Test
    void aBareQuoteLabelThenABoldNameAnswersThatAuthorsQuotedComment() throws Exception {
        // Phorum: "Posted by: <a href=profile.php?31>sloeberry</a> (IP Logged)"; "Quote / <strong>Kasia Nowak</strong> /
        // words" answers the one of her two comments that holds the words, not her first
        List<ExtractedComment> cs = page("heldout5b-text/pages/phorum.html");

        assertThat(cs).hasSize(10);
        assertThat(cs.get(1).author()).isEqualTo("sloeberry");
        assertThat(cs.get(2).parentId()).isEqualTo(cs.get(1).id());
        assertThat(cs.get(6).parentId()).isEqualTo(cs.get(2).id());
        assertThat(cs.get(8).parentId()).isEqualTo(cs.get(7).id());
        assertThat(cs.get(9).parentId()).isEqualTo(cs.get(5).id());
    }

    @Test
    void anUnnamedQuoteAnswersTheCommentHoldingItsWords() throws Exception {
        // Gitea: a bare blockquote opening a reply; Launchpad: span.foldable-quoted "> " lines, and a display name
        // equal to its bracketed handle ("spade_and_fork (spade_and_fork)")
        List<ExtractedComment> gitea = page("heldout5b-text/pages/gitea.html");
        assertThat(gitea.get(2).parentId()).isEqualTo(gitea.get(1).id());
        assertThat(gitea.get(10).parentId()).isEqualTo(gitea.get(6).id());
        assertThat(gitea.get(7).parentId()).isNull();

        List<ExtractedComment> launchpad = page("heldout5b-text/pages/launchpad.html");
        assertThat(launchpad.get(1).author()).isEqualTo("spade_and_fork");
        assertThat(launchpad.get(1).parentId()).isEqualTo(launchpad.get(0).id());
        assertThat(launchpad.get(5).parentId()).isEqualTo(launchpad.get(1).id());
        assertThat(launchpad.get(1).quotes()).isNotEmpty();
        assertThat(launchpad.get(1).quotes().get(0).text()).doesNotStartWith(">");
    }

    @Test
    void aWrapperInsideAWrapperOfItsKindIsAReply() throws Exception {
        // Forem: details.comment-wrapper nested in its parent's details, after the parent's div.comment__inner and
        // its earlier replies
        List<ExtractedComment> cs = page("heldout5-text/pages/devto.html");

        assertThat(cs).hasSize(13);
        assertThat(cs.get(2).parentId()).isEqualTo(cs.get(0).id());
        assertThat(cs.get(8).parentId()).isEqualTo(cs.get(6).id());
        assertThat(cs.get(9).parentId()).isEqualTo(cs.get(8).id());
        assertThat(cs.get(11).parentId()).isNull();
    }
}
