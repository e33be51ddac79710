package io.parley.extraction;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * heldout13-text's pages as {@code w3m -dump} text (training-data/extraction/heldout13-text/text) and heldout12's
 * derStandard dump: German day-first dates, reply cues in German and French, Chinese and Japanese comment bodies, floor
 * numbers, signatures under the text and dates that close their comment. Each case failed on main 938e23a (szlike,
 * cnblogs and zhihu silently none; fc2 and ameba unparsed; derStandard unparsed; mediapart parents 0.58).
 */
class HeldoutThirteenTextDumpsTest {

    private static final String ROUND = "heldout13-text";

    private static List<ExtractedComment> comments(String round, String page) throws Exception {
        String dump = Files.readString(Path.of("training-data/extraction/" + round + "/text/" + page + ".txt"));
        return new TextExtractor(Deadline.none()).extract(dump).comments();
    }

    @Test
    void aGermanDayBeforeTheMonthIsADateNotAListNumber() throws Exception {
        // "25. November 2026, 11:24 Uhr" under each name in a nested list: w3m prints it like item 25 of a list
        assertThat(DumpDayDates.opensWithDay("25. November 2026, 11:24 Uhr")).isTrue();
        assertThat(DumpDayDates.opensWithDay("3. M\u00e4rz 2026")).isTrue();
        assertThat(DumpDayDates.opensWithDay("25. Name wrote:")).isFalse();
        assertThat(DumpDayDates.opensWithDay("2. November 24, 2026 by Ann")).isFalse();
        List<ExtractedComment> cs = comments(ROUND, "szlike");
        assertThat(cs).extracting(ExtractedComment::author).containsExactlyElementsOf(GoldPageComments.goldAuthors(ROUND, "szlike"));
        assertThat(GoldPageComments.parents(cs)).containsExactlyElementsOf(GoldPageComments.goldParents(ROUND, "szlike"));
        assertThat(cs.get(0).postedAt()).isEqualTo("2026-11-25T11:24");
        assertThat(cs.get(1).text()).doesNotContain("Antwort auf"); // (the reply cue is no text)
    }

    @Test
    void aFrenchOrGermanReplyCueNamesTheParent() throws Exception {
        assertThat(DumpLocalReplyCues.english("en r\u00e9ponse au commentaire de Sylvie Marchand le 26/11/2026 \u00e0 14:56"))
                .isEqualTo("in reply to Sylvie Marchand");
        assertThat(DumpLocalReplyCues.english("Antwort auf Jutta Brenner")).isEqualTo("in reply to Jutta Brenner");
        assertThat(DumpLocalReplyCues.english("Antwort auf die Frage, ob die Br\u00fccke bis Juli gesperrt bleibt und warum niemand das erkl\u00e4rt hat"))
                .startsWith("Antwort auf"); // (a sentence, not a cue)
        List<ExtractedComment> cs = comments(ROUND, "mediapart");
        assertThat(GoldPageComments.parents(cs)).containsExactlyElementsOf(GoldPageComments.goldParents(ROUND, "mediapart"));
    }

    @Test
    void chineseAndJapaneseBodiesAreComments() throws Exception {
        assertThat(DumpCjk.words("\u4f5c\u4e3a\u672c\u5730\u5c45\u6c11\uff0c\u6cb3\u8fb9\u6b65\u9053\u672c\u8be5\u7528\u6e2f\u53e3\u8d39\u6765\u51fa\u94b1\u3002")).isGreaterThanOrEqualTo(8);
        assertThat(DumpCjk.words("Ann Lee")).isEqualTo(2);
        assertThat(DumpLocalActions.spaced("\u56de\u590d\u5f15\u7528")).isEqualTo("\u56de\u590d  \u5f15\u7528");
        assertThat(DumpThreads.action("\u8d5e 37 \u56de\u590d")).isEqualTo(37);
        assertThat(DumpThreads.action("\u652f\u6301(37) \u53cd\u5bf9(0)")).isEqualTo(37);
        assertThat(DumpThreads.action("Empfehlen (7) Antworten Melden")).isEqualTo(7);
        // Zhihu-like: "Name 2026-11-25" over a one-line body, "赞 37 回复" under it (silently none before)
        List<ExtractedComment> zh = comments(ROUND, "zhihu");
        assertThat(zh).hasSize(12);
        assertThat(zh.get(0).author()).isEqualTo(GoldPageComments.goldAuthors(ROUND, "zhihu").get(0));
        assertThat(zh.get(0).likes()).isEqualTo(37);
        // Ameba, one comment: its two lines wrapped by w3m join without a space, its "返信する" is no text
        List<ExtractedComment> ja = comments(ROUND, "ameba");
        assertThat(ja).hasSize(1);
        assertThat(ja.get(0).text()).contains("\u610f\u898b\u52df\u96c6\u306f").doesNotContain("\u8fd4\u4fe1");
    }

    @Test
    void aFloorNumberedHeadNamesThePosterAfterTheDate() throws Exception {
        assertThat(DumpFloorHeaders.nameFirst("#1\u697c 2026-11-21 17:35 \u4e1c\u5cb8\u5c45\u6c11")).isEqualTo("#1 \u4e1c\u5cb8\u5c45\u6c11 2026-11-21 17:35");
        assertThat(DumpFloorHeaders.nameFirst("#1 2026-11-21 17:35 words of a text")).isEqualTo("#1 2026-11-21 17:35 words of a text");
        List<ExtractedComment> cs = comments(ROUND, "cnblogs");
        assertThat(cs).extracting(ExtractedComment::author).containsExactlyElementsOf(GoldPageComments.goldAuthors(ROUND, "cnblogs"));
        assertThat(GoldPageComments.parents(cs)).containsExactlyElementsOf(GoldPageComments.goldParents(ROUND, "cnblogs"));
        assertThat(cs.get(0).likes()).isEqualTo(37);
    }

    @Test
    void aSignatureUnderTheTextNamesItsWriterOverTheTitle() throws Exception {
        assertThat(DumpSignatureCells.plain("2026/11/23(\u6708) 15:15:00 | URL | \u9234\u6728\u4e00\u90ce #cvdctg[ \u7de8\u96c6 ]"))
                .isEqualTo("2026/11/23 15:15:00 | \u9234\u6728\u4e00\u90ce");
        List<ExtractedComment> cs = comments(ROUND, "fc2");
        assertThat(cs).extracting(ExtractedComment::author).containsExactlyElementsOf(GoldPageComments.goldAuthors(ROUND, "fc2"));
        assertThat(cs.get(0).postedAt()).isEqualTo("2026-11-23T15:15");
    }

    @Test
    void aDateBetweenTheLastSentenceAndTheActionsClosesItsComment() throws Exception {
        // derStandard (heldout12): "Name 4941 Postings, 253 Follower", the text, then the date, votes and actions
        assertThat(DumpClosingDates.cardName("Declan Byrne 3748 Postings, 243 Follower Abonnent:in")).isEqualTo("Declan Byrne");
        assertThat(DumpClosingDates.cardName("We counted 3748 posts last year")).isNull();
        List<ExtractedComment> cs = comments("heldout12", "derstandard");
        assertThat(cs).extracting(ExtractedComment::author).containsExactlyElementsOf(GoldPageComments.goldAuthors("heldout12", "derstandard"));
        assertThat(cs.get(0).postedAt()).isEqualTo("2026-11-17T11:35");
        assertThat(cs.get(0).text()).startsWith("From the top deck");
    }
}
