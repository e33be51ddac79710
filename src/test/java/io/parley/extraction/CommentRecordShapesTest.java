package io.parley.extraction;

import org.junit.jupiter.api.Test;

import java.util.List;

import static io.parley.extraction.GoldPageComments.byId;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * Record shapes and fields of the fourth held-out round (training-data/extraction/heldout4), each on its page: class-less
 * wrappers around named records (a lone reply is no sibling run), class-less records named by a test hook, an "@name"
 * link naming the parent inside a flattened thread, a byline after the text, vote buttons carrying their count, an
 * avatar's initial beside the name link, a badge between the name and the date.
 */
class CommentRecordShapesTest {

    private static final PageExtractor extractor = GoldPageComments.extractor();

    private static List<ExtractedComment> comments(String page, String fetchedAt) throws Exception {
        return GoldPageComments.of("heldout4", page, fetchedAt);
    }

    @Test
    void classlessWrappersAroundNamedRecordsYieldEveryRecordInPageOrder() throws Exception {
        // Talkyard: li > div.dw-t, a reply alone in its ol.dw-res (no sibling of its shape); an avatar link whose text
        // is the name's initial, and "Name @handle" in one link
        List<ExtractedComment> cs = comments("talkyard", "2026-11-30T09:40:00Z");

        assertThat(cs).hasSize(12);
        assertThat(cs).extracting(ExtractedComment::author).doesNotContainNull()
                .allSatisfy(a -> assertThat(a).hasSizeGreaterThan(1).doesNotContain("@"));
        assertThat(cs.get(3).author()).isEqualTo("saltmarsh");
        assertThat(cs.get(3).parentId()).isEqualTo(cs.get(2).id()); // the lone reply, right after its parent
        assertThat(cs).allSatisfy(c -> assertThat(c.text()).doesNotContain("days ago"));
    }

    @Test
    void aTestHookNamesTheShapeOfClasslessRecords() throws Exception {
        // Bluesky (React Native Web): div[data-testid=postThreadItem-by-…], inline styles only, "3d" with the full
        // time in the link's aria-label, the like count in a button labelled "Like (n likes)", nesting in padding-left
        List<ExtractedComment> cs = comments("bluesky", "2026-11-30T09:40:00Z");

        assertThat(cs).hasSizeGreaterThanOrEqualTo(12);
        ExtractedComment reply = cs.stream().filter(c -> "Eilidh M".equals(c.author())).findFirst().orElseThrow();
        assertThat(reply.postedAt()).isEqualTo("2026-11-23T17:51");
        assertThat(reply.likes()).isEqualTo(16);
        assertThat(byId(cs, reply.parentId()).author()).isEqualTo("Ravi Menon");
    }

    @Test
    void anAtNameLinkOpeningAReplyNamesItsParentInsideAFlattenedThread() throws Exception {
        // Waline: every reply flattened into the thread's first comment; "@puffin_watch : …" links to the comment answered
        List<ExtractedComment> cs = comments("waline", null);

        ExtractedComment reply = cs.stream().filter(c -> "deckhand_dan".equals(c.author())).findFirst().orElseThrow();
        assertThat(byId(cs, reply.parentId()).author()).isEqualTo("puffin_watch");
        assertThat(byId(cs, byId(cs, reply.parentId()).parentId()).author()).isEqualTo("Morag Sinclair");
        assertThat(reply.text()).startsWith("Having worked on the boats");
    }

    @Test
    void aBylineAfterTheTextGivesTimeAndFavoritesAndIsNoText() throws Exception {
        // MetaFilter: "posted by barnacle at 9:50 AM on November 22, 2026 [3 favorites]" under the words
        List<ExtractedComment> cs = comments("metafilter", null);

        assertThat(cs).hasSize(12);
        assertThat(cs.get(0).postedAt()).isEqualTo("2026-11-22T09:50");
        assertThat(cs.get(0).likes()).isEqualTo(3);
        assertThat(cs).allSatisfy(c -> assertThat(c.text()).doesNotContain("posted by").doesNotContain("favorite"));
        assertThat(Dates.find("posted by x at 2:14 PM on November 21, 2026")).isEqualTo("2026-11-21T14:14");
    }

    @Test
    void voteButtonsCarryTheirCountInTheirWords() throws Exception {
        // Artalk "Up (8)" beside "Down (0)"; Tildes "Vote (49)", "Vote" alone for none
        assertThat(comments("artalk", null).get(0).likes()).isEqualTo(8);
        List<ExtractedComment> tildes = comments("tildes", "2026-11-30T09:40:00Z");
        assertThat(tildes.get(0).likes()).isEqualTo(49);
    }

    @Test
    void aBadgeBetweenNameAndDateIsNotTheNameAndAHandleWithDigitsIs() throws Exception {
        // Wix: hashed classes; "Catriona" then an "Admin" badge then "Nov 15, 2026"; "ferryfan82" alone
        List<ExtractedComment> cs = comments("wix", null);

        assertThat(cs).extracting(ExtractedComment::author).contains("Catriona", "ferryfan82").doesNotContain("Nov 15", "Admin");
    }

    @Test
    void inReplyToFromCommentNamesTheParentAndTheQuotedLinesAreNoText() throws Exception {
        // Bugzilla: "(In reply to Morag Sinclair from comment #1)" and "> …" lines opening a pre.bz_comment_text
        List<ExtractedComment> cs = comments("bugzilla", null);

        assertThat(cs).hasSize(10);
        ExtractedComment reply = cs.get(3);
        assertThat(reply.author()).isEqualTo("ferryfan82");
        assertThat(reply.parentId()).isEqualTo(cs.get(1).id());
        assertThat(reply.quotes()).hasSize(1);
        assertThat(reply.text()).startsWith("Having worked on the boats").doesNotContain("In reply to").doesNotContain(">");
    }

    @Test
    void aNicknameTypedAfterTheNameIsKept() {
        // a name field holding "Kris @Krazy_Kris" is the commenter's own choice; only a name's own handle is cut
        StringBuilder html = new StringBuilder("<html><body><article><h1>Story</h1><p>")
                .append("The story itself runs to a few sentences so that the comments below are not the page's main text.".repeat(4))
                .append("</p></article><ol class=commentlist>");
        String[] names = {"Kris @Krazy_Kris", "Morag Sinclair @moragsinclair", "Ann Lee"};
        for (int i = 0; i < names.length; i++) {
            html.append("<li class=comment id=comment-").append(10 + i).append("><div class=comment-author vcard><cite class=fn>")
                    .append(names[i]).append("</cite> says:</div><div class=comment-meta><a href=#comment-").append(10 + i)
                    .append(">November ").append(20 + i).append(", 2026 at 9:0").append(i).append(" am</a></div><p>")
                    .append("Comment number ").append(i).append(" has enough words of its own to be read as a comment here.</p></li>");
        }
        List<ExtractedComment> cs = extractor.extract(html.append("</ol></body></html>").toString(), PageFormat.HTML).comments();

        assertThat(cs).extracting(ExtractedComment::author).containsExactly("Kris @Krazy_Kris", "Morag Sinclair", "Ann Lee");
    }
}
