package io.parley.extraction;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

/**
 * The thirteenth round's 24 real 2012 thread pages (training-data/extraction/heldout12-real) as {@code w3m -dump}
 * renders them, read by the text reader. Skipped where ../shared (the Dragnet archive the gold references) or w3m is
 * absent. Before these rules main gave text comment F1 0.753 and parent 0.679 on them (README there): zerohedge 0 of
 * 75, organicseoconsultant 0 of 9, edbrill 51 "comments" for 7, boardingarea 175 for 48, trekmovie parents 0.
 */
class FourteenthRoundRealTextTest {

    private static final Path ARCHIVE = Path.of("../shared/data/extraction/dragnet/dragnet_train.tar.gz");
    private static final Path GOLD = Path.of("training-data/extraction/heldout12-real");
    private static DragnetCorpus corpus;

    @BeforeAll
    static void archive() {
        assumeTrue(Files.exists(ARCHIVE), "../shared/data is absent: the real pages cannot be read");
        assumeTrue(Files.isExecutable(Path.of("/usr/bin/w3m")), "w3m is absent: no text dumps");
        corpus = DragnetCorpus.open(ARCHIVE);
    }

    private static List<ExtractedComment> dumpComments(String id) throws Exception {
        String html = PageInput.of(Files.readAllBytes(corpus.html(id)), "text/html", null).content();
        return GoldPageComments.extractor().extract(ThreadEvaluator.w3m(html), PageFormat.TEXT, null).comments();
    }

    private static List<String> gold(String id, String field) throws Exception {
        List<String> out = new ArrayList<>();
        GoldPageComments.gold("heldout12-real", "dragnet-" + id).forEach(c -> out.add(c.get(field).asText()));
        return out;
    }

    private static long authorsRight(List<ExtractedComment> got, List<String> gold) {
        return got.stream().filter(c -> c.author() != null && gold.contains(c.author())).count();
    }

    @Test
    void theTextFiguresHold() {
        ThreadEvaluator.Report r = ThreadEvaluator.evaluate(GoldPageComments.extractor(), GOLD, ARCHIVE, true, line -> {
        });
        ThreadEvaluator.Tally text = r.tallies().get("text");
        assertThat(text.pages).isEqualTo(24);
        assertThat(text.f1()).isGreaterThanOrEqualTo(0.93);
        assertThat(text.author()).isGreaterThanOrEqualTo(0.77);
        assertThat(text.parent()).isGreaterThanOrEqualTo(0.74);
    }

    @Test
    void aNameAfterTheDateAndItsNumberHeadsEachComment() throws Exception {
        // zerohedge (Drupal 6): "Thu, 08/09/2012 - 14:32 | 2691789 Name" over "Name's picture"; 0 of 75 before
        List<ExtractedComment> cs = dumpComments("T145");
        assertThat(cs).hasSizeGreaterThanOrEqualTo(70);
        assertThat(authorsRight(cs, gold("T145", "author"))).isGreaterThanOrEqualTo(70);
        assertThat(cs).noneMatch(c -> c.text().contains("'s picture"));
    }

    @Test
    void nameSaidWithACommaHeadsEachComment() throws Exception {
        // boardingarea: "1. date" / "Name said," / text; 175 "comments" for 48 before (the sidebar's links among them)
        List<ExtractedComment> cs = dumpComments("T132");
        assertThat(cs).hasSizeBetween(44, 50);
        assertThat(authorsRight(cs, gold("T132", "author"))).isGreaterThanOrEqualTo(44);
    }

    @Test
    void aWebsiteAfterTheNameIsNoPartOfIt() throws Exception {
        // edbrill: "1. 7  Andy Steven http://www.organisedit.com | date"; 51 "comments" for 7 before
        List<ExtractedComment> cs = dumpComments("R740");
        assertThat(cs).hasSizeBetween(7, 10);
        assertThat(cs).extracting(ExtractedComment::author).contains("Stephan Kopp", "Andy Steven", "Sriram");
    }

    @Test
    void aSidebarTabIsNoCommentHeading() throws Exception {
        // organicseoconsultant: "□ Popular / □ Comments / □ Tags" under the thread; 0 of 9 before
        List<ExtractedComment> cs = dumpComments("T36");
        assertThat(cs).extracting(ExtractedComment::author).containsExactlyElementsOf(gold("T36", "author"));
    }

    @Test
    void aHeadingWithAGuillemetKeepsTheDatelineOut() throws Exception {
        // trekmovie: "Comments»" over a flat numbered list; before, all 76 hung under the article's dateline
        List<ExtractedComment> cs = dumpComments("R16");
        assertThat(cs).hasSizeGreaterThanOrEqualTo(70);
        assertThat(cs.stream().filter(c -> c.parentId() == null).count()).isGreaterThanOrEqualTo(70);
    }

    @Test
    void bloggersIconIsNoPartOfTheName() throws Exception {
        // Balkinization (Blogger classic): "# posted by Blogger Ann Lee : 2:27 PM"; authors 0 before
        List<ExtractedComment> cs = dumpComments("T71");
        assertThat(authorsRight(cs, gold("T71", "author"))).isGreaterThanOrEqualTo(34);
        assertThat(cs).noneMatch(c -> c.author() != null && c.author().startsWith("Blogger "));
    }
}
