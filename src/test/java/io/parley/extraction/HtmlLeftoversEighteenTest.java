package io.parley.extraction;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

/**
 * HTML leftovers of our own gold (branch html18), each failing on main a62bb68c: OSQA's question and answers, each
 * holding its run of comments (only the comments read, 11 of 16 posts, every parent wrong); Tumblr's notes whose words
 * are only a blockquote under "X reblogged this from Y and added:" (10 comments of empty text, 0 matched); HuffPost's
 * user box with "557 Fans" linking the profile (the count read as the name, author 0.61); FanNation's "QUOTE(#n):" boxes
 * (the quoted post not read as the parent, parents 0.55).
 */
class HtmlLeftoversEighteenTest {

    private static final String FETCHED = "2026-12-07T10:15:00Z";
    private static final Path ARCHIVE = GoldPageComments.DRAGNET_TRAIN;
    private static DragnetCorpus corpus;

    @BeforeAll
    static void open() throws Exception {
        corpus = Files.exists(ARCHIVE) ? DragnetCorpus.open(ARCHIVE) : null;
    }

    @Test
    void aQuestionAndItsAnswersAreThePostsTheirCommentRunsAnswer() throws Exception {
        List<ExtractedComment> cs = GoldPageComments.of("heldout15-forums", "osqa", FETCHED);

        assertThat(cs).extracting(ExtractedComment::author).containsExactlyElementsOf(GoldPageComments.goldAuthors("heldout15-forums", "osqa"));
        // the question first, each answer top-level, every comment the child of the post it sits under
        assertThat(GoldPageComments.parents(cs)).isEqualTo(GoldPageComments.goldParents("heldout15-forums", "osqa"));
        assertThat(cs.get(0).text()).startsWith("The trustees say a mobile library bus").doesNotContain("asked");
    }

    @Test
    void aNoteWhoseOnlyWordsAreOneQuoteBoxSaysThoseWords() throws Exception {
        assumeTrue(corpus != null, "../shared/data is absent: the real pages cannot be read");
        List<ExtractedComment> cs = GoldPageComments.ofRealPage(corpus, "T16");
        List<String> gold = GoldPageComments.goldAuthors("heldout12-real", "dragnet-T16");

        assertThat(cs).allSatisfy(c -> assertThat(c.text()).isNotBlank());
        // the name is the link to the address the avatar links to
        assertThat(cs.stream().map(ExtractedComment::author).toList()).containsAll(gold);
        assertThat(cs.get(1).text()).isEqualTo(GoldPageComments.gold("heldout12-real", "dragnet-T16").get(1).get("text").asText());
    }

    @Test
    void aFollowerCountLinkingTheProfileIsNoName() throws Exception {
        assumeTrue(corpus != null, "../shared/data is absent: the real pages cannot be read");
        List<ExtractedComment> cs = GoldPageComments.ofRealPage(corpus, "T61");

        assertThat(cs).extracting(ExtractedComment::author).containsExactlyElementsOf(GoldPageComments.goldAuthors("heldout12-real", "dragnet-T61"));
    }

    @Test
    void aQuoteBoxHeadedByAPostNumberNamesThatPostTheParent() throws Exception {
        // FanNation: "QUOTE(#3): Originally posted 01:45 PM ET 11.12 by X" over the quoted words (parents 0.55 before)
        assumeTrue(corpus != null, "../shared/data is absent: the real pages cannot be read");
        List<ExtractedComment> cs = GoldPageComments.ofRealPage(corpus, "R858");

        assertThat(GoldPageComments.parents(cs)).isEqualTo(GoldPageComments.goldParents("heldout12-real", "dragnet-R858"));
    }
}
