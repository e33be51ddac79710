package io.parley.extraction;

import org.junit.jupiter.api.Test;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

/**
 * Comments with a subject line, a signature box and a byline under the words (SB Nation's 2012 markup, the cause of
 * 21 of the 52 comments missed on heldout12-real's brightsideofthesun page, T49 of the Dragnet training archive): the
 * signature and the byline's residue ("by X on", "via mobile", "up") are no words of the comment, and a comment that
 * is only its subject keeps it. The page tests skip where ../shared is absent.
 */
class FifteenthRoundSubjectLinesTest {

    private static final Path ARCHIVE = Path.of("../shared/data/extraction/dragnet/dragnet_train.tar.gz");
    private static final Path GOLD = Path.of("training-data/extraction/heldout12-real");

    @Test
    void theBylinesResidueUnderTheWordsIsFound() {
        assertThat(TrailingBylines.start(List.of("yes!", "by Alex Laugan on", "up"), "Alex Laugan", false)).isEqualTo(1);
        assertThat(TrailingBylines.start(List.of("by sun-arc on", "via mobile", "up"), "sun-arc", true)).isZero();
        // with no subject to stand for them, the record's only lines stay its words
        assertThat(TrailingBylines.start(List.of("by sun-arc on", "via mobile", "up"), "sun-arc", false)).isEqualTo(-1);
        // another person's name, or a sentence after it, is the commenter's own writing
        assertThat(TrailingBylines.start(List.of("Great piece.", "by Ann Lee on"), "Bo", false)).isEqualTo(-1);
        assertThat(TrailingBylines.start(List.of("Great piece.", "by Bo on", "That is what I said."), "Bo", false)).isEqualTo(-1);
    }

    @Test
    void theSignatureAndTheBylineUnderTheWordsAreNoWords() throws Exception {
        assumeTrue(Files.exists(ARCHIVE), "../shared/data is absent: the real pages cannot be read");
        DragnetCorpus corpus = DragnetCorpus.open(ARCHIVE);
        String html = PageInput.of(Files.readAllBytes(corpus.html("T49")), "text/html", null).content();
        List<ExtractedComment> cs = GoldPageComments.extractor().extract(html, PageFormat.HTML, null).comments();
        assertThat(cs).hasSizeGreaterThanOrEqualTo(50);
        assertThat(cs).allSatisfy(c -> assertThat(c.text()).doesNotContain("by " + c.author() + " on"));
        // before: "Bring on the Suns Youth Brigade!" (the signature) and the byline were this comment's words
        assertThat(cs.get(1).author()).isEqualTo("sun-arc");
        assertThat(cs.get(1).text()).isEqualTo("indeed!");
        assertThat(cs.get(0).text()).doesNotContain("Follow @ludaclips");
    }

    @Test
    void theRealPagesFigureHolds() {
        // main before this round: HTML comment F1 0.916 on the 24 pages (SB Nation 31 of 52 matched)
        assumeTrue(Files.exists(ARCHIVE), "../shared/data is absent: the real pages cannot be read");
        ThreadEvaluator.Report r = ThreadEvaluator.evaluate(GoldPageComments.extractor(), GOLD, ARCHIVE, false, line -> {
        });
        ThreadEvaluator.Tally html = r.tallies().get("html");
        assertThat(html.f1()).isGreaterThanOrEqualTo(0.935);
        assertThat(html.author()).isGreaterThanOrEqualTo(0.93);
    }
}
