package io.parley.extraction;

import org.junit.jupiter.api.Test;

import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Record fields and reply structure of the thirteenth held-out round (training-data/extraction/heldout12), each on its
 * page and against its gold, for the causes its "before" figures showed (heldout12/README.md): each case failed on
 * main 01fb6b9.
 */
class ThirteenthRoundRecordsTest {

    private static final String ROUND = "heldout12";

    private static List<ExtractedComment> comments(String page) throws Exception {
        return GoldPageComments.of(ROUND, page, null);
    }

    @Test
    void aDepthAttributeOrCssLevelVariableNestsAFlatList() throws Exception {
        // derStandard-like postings: flat div.posting siblings, data-level="2" style="--level:2"; before, all top level
        List<ExtractedComment> cs = comments("derstandard");
        assertThat(cs).hasSize(13);
        assertThat(GoldPageComments.parents(cs)).containsExactlyElementsOf(GoldPageComments.goldParents(ROUND, "derstandard"));
        assertThat(cs.get(0).postedAt()).isEqualTo("2026-11-17T11:35");
    }

    @Test
    void aQuoteBoxNamingItsPosterAnswersThatPostersComment() throws Exception {
        // Changyan-like floors: a reply quotes its parent (floor, name, words) in div.cy-quote; before, the quote was
        // read as the reply's own words and every reply sat at the top level
        List<ExtractedComment> cs = comments("changyan");
        assertThat(cs).hasSize(12);
        assertThat(GoldPageComments.parents(cs)).containsExactlyElementsOf(GoldPageComments.goldParents(ROUND, "changyan"));
        String parentWords = GoldPageComments.gold(ROUND, "changyan").get(0).get("text").asText().substring(0, 40);
        assertThat(cs.get(1).text()).doesNotContain(parentWords).startsWith("Speaking as a cyclist");
        assertThat(cs.get(1).quotes()).hasSize(1);
        assertThat(cs.get(1).quotes().get(0).text()).startsWith(parentWords);
        // the "顶 n" like control is the likes, not words of the comment
        assertThat(cs.get(0).likes()).isEqualTo(40);
        assertThat(cs.get(0).text()).doesNotContain("顶");
    }

    @Test
    void aUserBoxNamesItsMemberByTheLinkToItsAvatarsAddress() throws Exception {
        // Wykop-like entries: div.author holds the avatar link, the name link to the same profile, a Polish age and the
        // "+n" votes; before, a one-word name came out as "marketmo 18 dni temu +31" and the votes as no likes
        List<ExtractedComment> cs = comments("wykop");
        assertThat(cs).extracting(ExtractedComment::author).containsExactlyElementsOf(GoldPageComments.goldAuthors(ROUND, "wykop"));
        assertThat(cs.get(0).likes()).isEqualTo(23); // <b class="plus">+23</b>
        assertThat(GoldPageComments.parents(cs)).containsExactlyElementsOf(GoldPageComments.goldParents(ROUND, "wykop"));
    }

    @Test
    void recsAreLikes() throws Exception {
        // Vox-Chorus-like: <span class="c-comment__recs">20 recs</span>; before, no likes at all
        List<ExtractedComment> cs = comments("chorus");
        List<Integer> gold = new java.util.ArrayList<>();
        GoldPageComments.gold(ROUND, "chorus").forEach(c -> gold.add(c.get("likes").asInt()));
        assertThat(cs).extracting(ExtractedComment::likes).containsExactlyElementsOf(gold);
        // replies name their parent only in data-parent-id: kept right
        assertThat(GoldPageComments.parents(cs)).containsExactlyElementsOf(GoldPageComments.goldParents(ROUND, "chorus"));
    }
}
