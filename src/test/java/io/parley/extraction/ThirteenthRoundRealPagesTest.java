package io.parley.extraction;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

/**
 * The thirteenth round's 24 real 2012 thread pages (training-data/extraction/heldout12-real), read from the Dragnet
 * training archive the gold references. Skipped where ../shared is absent (the archive is never copied into the repo).
 * Before the round's rules main gave HTML comment F1 0.894 and author 0.546 on them (README there).
 */
class ThirteenthRoundRealPagesTest {

    private static final Path ARCHIVE = GoldPageComments.DRAGNET_TRAIN;
    private static final Path GOLD = Path.of("training-data/extraction/heldout12-real");
    private static DragnetCorpus corpus;

    @BeforeAll
    static void archive() {
        assumeTrue(Files.exists(ARCHIVE), "../shared/data is absent: the real pages cannot be read");
        corpus = DragnetCorpus.open(ARCHIVE);
    }

    private static List<ExtractedComment> comments(String id) throws Exception {
        return GoldPageComments.ofRealPage(corpus, id);
    }

    private static List<String> goldAuthors(String id) throws Exception {
        return GoldPageComments.goldAuthors("heldout12-real", "dragnet-" + id);
    }

    @Test
    void theRoundsFiguresHold() {
        ThreadEvaluator.Report r = ThreadEvaluator.evaluate(GoldPageComments.extractor(), GOLD, ARCHIVE, false, line -> {
        });
        ThreadEvaluator.Tally html = r.tallies().get("html");
        assertThat(html.pages).isEqualTo(24);
        assertThat(html.f1()).isGreaterThanOrEqualTo(0.91);
        assertThat(html.author()).isGreaterThanOrEqualTo(0.93);
        assertThat(html.parent()).isGreaterThanOrEqualTo(0.95);
        assertThat(html.silentMisses).isZero();
    }

    @Test
    void bylinesInTheWordsNameTheCommenters() throws Exception {
        // Slashdot: "by X (uid) on …" opening the words (author 0.06 before); TypePad: "Posted by: X | date" closing them (0)
        List<ExtractedComment> slashdot = comments("294");
        List<String> gold = goldAuthors("294");
        long right = slashdot.stream().filter(c -> c.author() != null && gold.contains(c.author())).count();
        assertThat(right).isGreaterThanOrEqualTo(90);
        assertThat(comments("R976")).extracting(ExtractedComment::author).containsExactlyElementsOf(goldAuthors("R976"));
    }

    @Test
    void aHeadLinesNameLosesItsNumberWebsiteAndDate() throws Exception {
        // trekmovie "N. Name - date" (0.07 before), edbrill "N Name http://site | date" (0), newstatesman "Fri, … — Name" ("Fri")
        List<String> trek = comments("R16").stream().map(ExtractedComment::author).toList();
        List<String> gold = goldAuthors("R16");
        int same = 0;
        for (int i = 0; i < Math.min(trek.size(), gold.size()); i++) {
            same += gold.get(i).equals(trek.get(i)) ? 1 : 0;
        }
        assertThat(same).isGreaterThanOrEqualTo(70);
        assertThat(comments("R700")).extracting(ExtractedComment::author).containsExactlyElementsOf(goldAuthors("R700"));
    }

    @Test
    void bodyAndBylinePairsAreTheComments() throws Exception {
        // econbrowser: 1 of 13 comments before (no element around each comment)
        List<ExtractedComment> cs = comments("R197");
        assertThat(cs).extracting(ExtractedComment::author).containsExactlyElementsOf(goldAuthors("R197"));
    }
}
