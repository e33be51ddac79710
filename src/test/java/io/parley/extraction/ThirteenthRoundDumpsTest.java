package io.parley.extraction;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The thirteenth round's pages as {@code w3m -dump} text (training-data/extraction/heldout12/text): headers dated
 * year first with dots or in CJK words, a name printed twice (an avatar's alt text before the name link) and Polish
 * ages. Each case failed on main 01fb6b9 (tistory silently none, notecom and wykop unparsed, letterboxd authors 0).
 */
class ThirteenthRoundDumpsTest {

    private static final String ROUND = "heldout12";

    private static List<ExtractedComment> comments(String page) throws Exception {
        String dump = Files.readString(Path.of("training-data/extraction/" + ROUND + "/text/" + page + ".txt"));
        return new TextExtractor(Deadline.none()).extract(dump).comments();
    }

    @Test
    void aYearFirstDottedDateHeadsAComment() throws Exception {
        // Tistory-like: "tramspotter 2026.11.21 07:48" over each comment, replies in an indented list
        List<ExtractedComment> cs = comments("tistory");
        assertThat(cs).extracting(ExtractedComment::author).containsExactlyElementsOf(GoldPageComments.goldAuthors(ROUND, "tistory"));
        assertThat(GoldPageComments.parents(cs)).containsExactlyElementsOf(GoldPageComments.goldParents(ROUND, "tistory"));
        assertThat(cs.get(0).postedAt()).isEqualTo("2026-11-21T07:48");
    }

    @Test
    void aCjkDateWithYearMonthAndDayWordsHeadsAComment() throws Exception {
        // note.com-like: "[0]Ffion 2026年11月24日 07:45"
        List<ExtractedComment> cs = comments("notecom");
        List<String> gold = GoldPageComments.goldAuthors(ROUND, "notecom");
        assertThat(cs).extracting(ExtractedComment::author).containsSubsequence(gold);
        assertThat(cs.stream().filter(c -> "Ffion".equals(c.author())).findFirst().orElseThrow().postedAt()).isEqualTo("2026-11-24T07:45");
    }

    @Test
    void aNamePrintedTwiceIsOneName() throws Exception {
        // Letterboxd-like: "Declan Byrne Declan Byrne 19 Nov 2026 9 likes Reply Report" under the words
        List<ExtractedComment> cs = comments("letterboxd");
        assertThat(cs).extracting(ExtractedComment::author).containsExactlyElementsOf(GoldPageComments.goldAuthors(ROUND, "letterboxd"));
        assertThat(DumpThreads.undoubled("Yusra K.Yusra K.")).isEqualTo("Yusra K.");
        assertThat(DumpThreads.undoubled("Bo Bo")).isEqualTo("Bo");
        assertThat(DumpThreads.undoubled("Ann Lee")).isEqualTo("Ann Lee");
        assertThat(DumpThreads.undoubled("aa")).isEqualTo("aa");
    }

    @Test
    void aPolishAgeHeadsAComment() throws Exception {
        // Wykop-like: "Yusra K.Yusra K. 18 dni temu" then "+23"
        List<ExtractedComment> cs = comments("wykop");
        assertThat(cs).hasSizeGreaterThanOrEqualTo(12);
        assertThat(cs.subList(0, 12)).extracting(ExtractedComment::author)
                .containsExactlyElementsOf(GoldPageComments.goldAuthors(ROUND, "wykop").subList(0, 12));
        assertThat(Dates.relative("18 dni temu", "2026-12-07T10:05")).isEqualTo("2026-11-19");
        assertThat(Dates.relative("3 godz. temu", "2026-12-07T10:05")).isEqualTo("2026-12-07T07:05");
    }

    @Test
    void aFooterDateUnderTheWordsDatesTheCommentItCloses() throws Exception {
        // heldout11's Naver-like dump: "• mare****", the words, then "2026.11.19. 15:09 / 답글0 / 공감9비공감5"; before,
        // each date headed the next comment's words (authors 0, every match shifted by one)
        String dump = Files.readString(Path.of("training-data/extraction/heldout11/text/naver.txt"));
        List<ExtractedComment> cs = new TextExtractor(Deadline.none()).extract(dump).comments();
        assertThat(cs).extracting(ExtractedComment::author).containsExactlyElementsOf(GoldPageComments.goldAuthors("heldout11", "naver"));
        assertThat(GoldPageComments.parents(cs)).containsExactlyElementsOf(GoldPageComments.goldParents("heldout11", "naver"));
        assertThat(cs.get(0).postedAt()).isEqualTo("2026-11-19T15:09");
        assertThat(cs.get(0).text()).startsWith("Speaking as a trader");
        // a footer that names the poster itself stays where it is (Letterboxd-like: "Bo Bo 19 Nov 2026 30 likes Reply")
        List<String> lines = Files.readAllLines(Path.of("training-data/extraction/heldout12/text/letterboxd.txt"));
        assertThat(FooterDatedRecords.reorder(lines)).isEqualTo(lines);
    }
}
