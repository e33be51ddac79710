package io.parley.extraction;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * Forum posts of the tenth held-out round (training-data/extraction/heldout10-forums): every post a comment, the first
 * one too, with its author; each case failed on main a444e1b (0 posts, or no author, or no parent).
 */
class TenthRoundForumsTest {

    private static final String ROUND = "heldout10-forums";

    private static List<ExtractedComment> comments(String page) throws Exception {
        return GoldPageComments.of(ROUND, page, null);
    }

    private static List<ExtractedComment> dumped(String page) throws Exception {
        String text = Files.readString(Path.of("training-data/extraction/" + ROUND + "/text/" + page + ".txt"));
        return GoldPageComments.extractor().extract(text, PageFormat.TEXT, null).comments();
    }

    /** The gold authors of a page, in page order. */
    private static List<String> goldAuthors(String page) throws Exception {
        JsonNode gold = new ObjectMapper().readTree(Path.of("training-data/extraction/" + ROUND + "/" + page + ".json").toFile());
        List<String> out = new ArrayList<>();
        gold.get("comments").forEach(c -> out.add(c.get("author").asText()));
        return out;
    }

    @Test
    void aBoardsProfileLinkByAnotherScriptNameNamesThePost() throws Exception {
        // YaBB's YaBB.pl?action=viewprofile, Snitz's pop_profile.asp, FUDforum's index.php?t=usrinfo: no class names the
        // author, the profile link does; before, YaBB and Snitz gave no post at all (no author cue: the time alone)
        for (String page : List.of("yabb", "snitz", "fudforum")) {
            assertThat(comments(page)).extracting(ExtractedComment::author).as(page).containsExactlyElementsOf(goldAuthors(page));
        }
    }

    @Test
    void aUserCellOfMemberFieldsNamesItsPostAndItsRowsAreOnePost() throws Exception {
        // XMB: <strong>Name</strong> over "Posts: 35 / Registered: … / Location: …" in a cell with rowspan=3 beside the
        // subject/date row, the body row and the links row: the cell is the author cue, its first line the name, the
        // three rows one post
        List<ExtractedComment> cs = comments("xmb");
        assertThat(cs).extracting(ExtractedComment::author).containsExactlyElementsOf(goldAuthors("xmb"));
        assertThat(cs.get(0).text()).startsWith("The committee wants").doesNotContain("Registered:").doesNotContain("Posts:");
    }

    @Test
    void postNumberReferencesNameTheParent() throws Exception {
        // vichan: ">>92500" links in the body; the OP (div.post.op) is a post of its own shape before the replies
        List<ExtractedComment> board = comments("imageboard");
        assertThat(board).hasSize(11);
        assertThat(board.get(0).text()).startsWith("The committee wants");
        assertThat(board.get(1).parentId()).isEqualTo(board.get(0).id());
        assertThat(board.get(1).text()).doesNotContain(">>92500");
        // a 2channel-style textboard: ">>2" is the second post; "1 Name: <b>X</b> : <date>" names the poster
        List<ExtractedComment> text = comments("textboard");
        assertThat(text).extracting(ExtractedComment::author).containsExactlyElementsOf(goldAuthors("textboard"));
        assertThat(text.get(2).parentId()).isEqualTo(text.get(1).id());
    }

    @Test
    void aDumpsUserBoxRunIntoOneLineOrSplitInAColumnNamesThePost() throws Exception {
        // Asgaros as w3m prints it: "Wendy AchterbergTopic starterPosts: 20Newbie" under the date and "#1"
        assertThat(dumped("asgaros")).extracting(ExtractedComment::author).containsExactlyElementsOf(goldAuthors("asgaros"));
        // XMB: "Wendy / Achterberg / Junior Member" in the left column beside the subject and date lines
        List<ExtractedComment> xmb = dumped("xmb");
        assertThat(xmb.get(0).author()).isEqualTo("Wendy Achterberg");
        assertThat(xmb.get(1).author()).isEqualTo("Bogdan");
    }

    @Test
    void aSchemaOrgQuestionIsTheFirstPostAndASelectedAnswerIsAnAnswer() throws Exception {
        // Question2Answer: div.qa-q-view[itemtype=…/Question] before the answers; the best answer carries one class
        // more (qa-a-list-item-selected) than the other answers; before, both were missed
        List<ExtractedComment> cs = comments("q2a");
        assertThat(cs).hasSize(11);
        assertThat(cs.get(0).author()).isEqualTo("Wendy Achterberg");
        assertThat(cs.get(0).text()).startsWith("The committee wants");
        assertThat(cs).extracting(ExtractedComment::author).containsExactlyElementsOf(goldAuthors("q2a"));
        assertThat(cs).extracting(ExtractedComment::text).allSatisfy(t -> assertThat(t).doesNotStartWith("Best answer"));
    }

    @Test
    void anEditNoticeNamesNoAuthor() throws Exception {
        // LiquidThreads: span.lqt-edited-notice-by-author "Edited by author." sits before the signature line
        assertThat(comments("liquidthreads")).extracting(ExtractedComment::author).containsExactlyElementsOf(goldAuthors("liquidthreads"));
    }

    @Test
    void plainTextMailsInOnePreEachArePosts() throws Exception {
        // public-inbox's thread view: "* Re: subject / X @ 2026-11-23 14:32 UTC (permalink / raw) / To: …", a blank
        // line, the body with "On <date>, X wrote:" and "> " lines, a "-- " signature; before, no post at all
        List<ExtractedComment> cs = comments("publicinbox");
        assertThat(cs).extracting(ExtractedComment::author).containsExactlyElementsOf(goldAuthors("publicinbox"));
        assertThat(cs.get(1).postedAt()).isEqualTo("2026-11-23T14:32");
        assertThat(cs.get(2).parentId()).isEqualTo(cs.get(1).id());
        assertThat(cs.get(2).text()).startsWith("Honestly, the drop policy").doesNotContain("wrote:");
        assertThat(cs).extracting(ExtractedComment::text).allSatisfy(t -> assertThat(t).doesNotContain("permalink / raw"));
        assertThat(cs).extracting(ExtractedComment::text).noneSatisfy(t -> assertThat(t).contains("Ride secretary, Hollins Wheelers"));
    }

    @Test
    void profileLinksOfMoreBoardsNameAMemberAndOtherLinksDoNot() {
        for (String href : List.of("YaBB.pl?action=viewprofile;username=wendy", "pop_profile.asp?mode=display&id=30",
                "member_profile.asp?PF=41", "/index.php?t=usrinfo&id=70", "misc.php?action=viewpro&member=Bogdan",
                "https://forum.example/user-123.html", "/u12", "index.php?user/12-wendy/", "userinfo.php?uid=4", "user.php?id.12")) {
            assertThat(CommentRecords.profileLink(new org.jsoup.nodes.Element("a").attr("href", href).text("Wendy Achterberg"))).as(href).isTrue();
        }
        for (String href : List.of("/forum/viewtopic.php?t=12", "/u/", "/upload/u12.jpg", "/about-us", "index.php?action=viewtopic")) {
            assertThat(CommentRecords.profileLink(new org.jsoup.nodes.Element("a").attr("href", href).text("Wendy Achterberg"))).as(href).isFalse();
        }
    }

    @Test
    void aTextboardsNumberedNameHeaderOpensAPostInADump() throws Exception {
        // "3 Name: climbing_kate : 2026/11/25(Wed) 08:36:00.14 ID:Climx40" over the indented body: the post number
        // and the label differ on every header, so no name repeated and none named; before, no post at all
        List<ExtractedComment> cs = dumped("textboard");
        assertThat(cs).extracting(ExtractedComment::author).containsExactlyElementsOf(goldAuthors("textboard"));
        assertThat(cs.get(0).text()).startsWith("The committee wants");
    }

    @Test
    void aQuotesOwnHeadLineNamesThePostItQuotes() throws Exception {
        // Web Wiz: table.quote > td.quoteHead "<strong>Originally posted by X</strong>"; no class the quote-head list
        // knows, the head line itself names the quoted post (before: parents 0.50)
        List<ExtractedComment> cs = comments("webwiz");
        assertThat(cs.get(2).parentId()).isEqualTo(cs.get(1).id());
        assertThat(cs.get(6).parentId()).isEqualTo(cs.get(4).id());
        assertThat(cs.get(2).text()).doesNotContain("Originally posted by");
    }
}
