package io.parley.extraction;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

/**
 * Header shapes of text dumps that the silver check (bench/extraction/silver-text: the text reading of Dragnet training
 * pages against their HTML reading) ranked next, and a forum dump of the same kind, each on a real gold page as
 * {@code w3m -dump} renders it: Blogger's "rach. said..." (a name ending in a full stop) and a short comment ending in
 * a smiley (read as the next comment's header, so the comment was lost); "8 appreciated comments on …" over
 * "Name, on November 7th, 2012 //" heads; Movable Type's "PJ / <date>" and "Robert replying to a comment from PJ /
 * <date>"; Free Republic's "2 posted on 11/23/2026 10:07:00 AM PST by Ann Lee" (the zone before "by") with "To: Ann
 * Lee" opening a reply; "Posted by: X at" signatures whose date wraps onto the next line in a narrow column.
 */
class SilverTextShapesTest {

    @BeforeAll
    static void w3m() {
        assumeTrue(Files.isExecutable(Path.of("/usr/bin/w3m")), "w3m is absent: no text dumps");
    }

    private static List<ExtractedComment> read(String dump) {
        return GoldPageComments.extractor().extract(dump, PageFormat.TEXT, null).comments();
    }

    /** A gold folder's own page (pages/NAME.html) as its dump. */
    private static List<ExtractedComment> page(String round, String page) throws Exception {
        String html = PageInput.of(Files.readAllBytes(Path.of("training-data/extraction/" + round + "/pages/" + page + ".html")),
                "text/html", null).content();
        return read(ThreadEvaluator.w3m(html));
    }

    /** A real page of heldout13-real (referenced in the Dragnet training archive, never copied) as its dump. */
    private static DragnetCorpus corpus;

    private static synchronized List<ExtractedComment> real(String id) throws Exception {
        assumeTrue(Files.exists(GoldPageComments.DRAGNET_TRAIN), "../shared/data is absent: the real pages cannot be read");
        if (corpus == null) {
            corpus = DragnetCorpus.open(GoldPageComments.DRAGNET_TRAIN); // (once: the archive is unpacked on open)
        }
        String html = PageInput.of(Files.readAllBytes(corpus.html(id)), "text/html", null).content();
        return read(ThreadEvaluator.w3m(html));
    }

    @Test
    void bloggerNamesWithAFullStopAndCommentsEndingInASmileyKeepTheirOwnRecords() throws Exception {
        // main: 10 of 13, no author at all ("rach.  said..." was no header shape, so the footer dates headed the
        // records; "Wish I could think this way more often :)" went to the header of the comment under it)
        List<ExtractedComment> got = real("R101");
        assertThat(got).extracting(ExtractedComment::author)
                .containsExactlyElementsOf(GoldPageComments.goldAuthors("heldout13-real", "dragnet-R101"));
        assertThat(got.get(1).text()).isEqualTo("Wish I could think this way more often :)");
    }

    @Test
    void aCountedHeadingWithAnAdjectiveHeadsNameOnDateRecords() throws Exception {
        // main: 20 comments, none with an author ("8 appreciated comments on …" was no heading, so the numbered
        // list was read as a bare list and each "Jamie Wayne, on November 7th, 2012 //" line stayed in the words)
        List<ExtractedComment> got = real("R904");
        assertThat(got).extracting(ExtractedComment::author)
                .containsExactlyElementsOf(GoldPageComments.goldAuthors("heldout13-real", "dragnet-R904"));
        assertThat(got).allSatisfy(c -> assertThat(c.postedAt()).startsWith("2012-11-"));
        assertThat(got.get(0).text()).startsWith("Hi David, well done");
    }

    @Test
    void aSlashAfterTheNameAndAReplyingToHeadNameTheAuthorAndTheParent() throws Exception {
        // main: "PJ /", "Dan /", and no author for "Robert replying to a comment from PJ / November 13, 2012 …"
        List<ExtractedComment> got = real("R965");
        assertThat(got).extracting(ExtractedComment::author)
                .containsExactlyElementsOf(GoldPageComments.goldAuthors("heldout13-real", "dragnet-R965"));
        assertThat(GoldPageComments.parents(got)).isEqualTo(GoldPageComments.goldParents("heldout13-real", "dragnet-R965"));
    }

    @Test
    void aSignatureWhoseDateWrapsOntoTheNextLineStillClosesItsComment() throws Exception {
        // heldout12-real's schneier page in its narrow column: "Posted by: Snarki, child of Loki at / November 8, 2012
        // 7:12 AM", "… at November 8, / 2012 7:50 AM", "… 7:30 / AM". main: 16 of 25, the first comment lost and half
        // the authors one off (author 0.50, parent 0.50)
        List<ExtractedComment> got = real("R683");
        List<String> gold = GoldPageComments.goldAuthors("heldout12-real", "dragnet-R683");
        assertThat(got).hasSizeGreaterThanOrEqualTo(19);
        assertThat(got.get(0).text()).startsWith("Not to be confused with a \"micro-ort\"");
        assertThat(got.subList(1, 11)).extracting(ExtractedComment::author).containsExactlyElementsOf(gold.subList(1, 11));
    }

    @Test
    void theClocksZoneBeforeByIsNoPartOfTheNameAndAnAddresseeLineNamesTheParent() throws Exception {
        // main: every author "PST by <name>", and post 3's "To: Beatriz S." left in its words with no parent
        List<ExtractedComment> got = page("heldout15-forums", "freerepublic");
        assertThat(got).extracting(ExtractedComment::author)
                .containsExactlyElementsOf(GoldPageComments.goldAuthors("heldout15-forums", "freerepublic"));
        assertThat(GoldPageComments.parents(got)).isEqualTo(GoldPageComments.goldParents("heldout15-forums", "freerepublic"));
        assertThat(got.get(2).text()).startsWith("As a school librarian");
    }
}
