package io.parley.extraction;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Reply structure in {@code w3m -dump} text (issue 22, text parents), each case failing on main 01fb6b9: the twelfth
 * text round's dumps (training-data/extraction/heldout12-text: a Russian widget dated "26 ноября 2026 в 12:50", a
 * uCoz-like "1  Name (date)" / "Name → Parent (date)" head, a widget's "Name ↳ in reply to Parent" head) and the ninth
 * round's (heldout9: Twikoo's "Reply to @x:" under a likes count, Dotclear's "@Full Name : …" mention links in a
 * numbered list whose tenth item sits one column right), heldout10's DokuWiki "#Name Name, date" heads, and Medium's
 * "1 replyReply" counters opening a level each.
 */
class DumpReplyStructureTest {

    private static List<ExtractedComment> comments(String round, String page) throws Exception {
        String dump = Files.readString(Path.of("training-data/extraction/" + round + "/text/" + page + ".txt"));
        return new TextExtractor(Deadline.none()).extract(dump).comments();
    }

    private static void authorsAndParentsAsGold(String round, String page) throws Exception {
        List<ExtractedComment> cs = comments(round, page);
        assertThat(cs).extracting(ExtractedComment::author).containsExactlyElementsOf(GoldPageComments.goldAuthors(round, page));
        assertThat(GoldPageComments.parents(cs)).containsExactlyElementsOf(GoldPageComments.goldParents(round, page));
    }

    @Test
    void russianMonthNamesDateTheHeadersOfANestedList() throws Exception {
        // main: no header dated, the section "unparsed"
        authorsAndParentsAsGold("heldout12-text", "tolstoy");
        assertThat(comments("heldout12-text", "tolstoy").get(0).postedAt()).isEqualTo("2026-11-26T12:50");
        assertThat(comments("heldout12-text", "tolstoy").get(0).likes()).isEqualTo(32);
    }

    @Test
    void aNumberColumnAndAnArrowBetweenTwoNamesAreNoPartOfTheAuthor() throws Exception {
        // main: "1" (the comment's number left of the name) and "Name → Parent" taken for authors
        authorsAndParentsAsGold("heldout12-text", "ucoz");
    }

    @Test
    void anArrowedInReplyToInTheHeadNamesTheParentWhereNothingIsIndented() throws Exception {
        // main: "Ravi Menon ↳ in reply to Gareth Lloyd" read as one author, the reply top level
        authorsAndParentsAsGold("heldout12-text", "commentbox");
    }

    @Test
    void replyToUnderALikesCountIsTheReplyCueNotChrome() throws Exception {
        List<ExtractedComment> cs = comments("heldout9", "twikoo");
        List<Integer> gold = GoldPageComments.goldParents("heldout9", "twikoo");
        // (the last comment's text is lost to the page's footer: a gap left as it was)
        assertThat(GoldPageComments.parents(cs)).containsExactlyElementsOf(gold.subList(0, cs.size()));
        assertThat(cs).hasSizeGreaterThanOrEqualTo(11);
    }

    @Test
    void aMentionLinkWithASeparatorTypedAfterItNamesTheWholeParent() throws Exception {
        authorsAndParentsAsGold("heldout9", "dotclear");
        assertThat(comments("heldout9", "dotclear").get(1).text()).startsWith("Having read the papers");
    }

    @Test
    void aPermalinkAnchorNamedAfterThePosterIsNoPartOfTheName() throws Exception {
        // main: "#Jem Jem, 2026/11/25 10:56" gave the author "#Jem Jem" (heldout10 dokuwiki, text author 0.00)
        List<ExtractedComment> cs = comments("heldout10", "dokuwiki");
        assertThat(cs).extracting(ExtractedComment::author).containsExactlyElementsOf(GoldPageComments.goldAuthors("heldout10", "dokuwiki"));
    }

    @Test
    void replyCountersGluedToTheReplyButtonOpenOneLevelEach() {
        String dump = """
                Responses (5)

                bramble_cat
                Nov 13, 2026
                Sadly, the bus lane cameras punish the people who can least afford it.
                4
                Reply

                nightbus_nora
                Nov 13, 2026
                As a resident, the bus lane cameras have made my commute twice as long.
                19
                1 replyReply

                millrace
                Nov 13, 2026
                Speaking as a shop owner, the bus lane cameras need better signs more than anything.
                27
                2 repliesReply

                Saoirse
                Nov 13, 2026
                From experience, the school crossing patrol has been a quiet success here.
                14
                Reply

                cobbles
                Nov 13, 2026
                Living two streets away, the night bus deserves a second look from the council.
                52
                Reply
                """;
        List<ExtractedComment> cs = new TextExtractor(Deadline.none()).extract(dump).comments();
        assertThat(cs).extracting(ExtractedComment::author).containsExactly("bramble_cat", "nightbus_nora", "millrace", "Saoirse", "cobbles");
        assertThat(GoldPageComments.parents(cs)).containsExactly(-1, -1, 1, 2, 2);
    }
}
