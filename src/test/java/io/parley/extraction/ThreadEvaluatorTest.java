package io.parley.extraction;

import org.junit.jupiter.api.Test;

import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/** The matching rules of issue 22, on small hand-made cases. */
class ThreadEvaluatorTest {

    private static ThreadEvaluator.GoldComment gold(String id, String parent, String author, String text) {
        return new ThreadEvaluator.GoldComment(id, parent, author, "2026-11-30T09:02", 3, text);
    }

    private static ExtractedComment got(String id, String parent, String author, String posted, Integer likes, String text) {
        return new ExtractedComment(id, parent, author, posted, likes, text, List.of(), parent == null ? 0 : 1);
    }

    @Test
    void aPairNeedsTheFirstEightAndLastFiveWordsOrWordF1() {
        List<String> g = ThreadEvaluator.words("one two three four five six seven eight nine ten eleven twelve thirteen fourteen"
                + " fifteen sixteen seventeen eighteen nineteen twenty");
        assertThat(ThreadEvaluator.pair(g, ThreadEvaluator.words("RiverRat62 Nov 30 " + String.join(" ", g) + " Reply"))).isTrue();
        assertThat(ThreadEvaluator.pair(g, ThreadEvaluator.words("one two three four five six seven eight"))).isFalse();
        assertThat(ThreadEvaluator.pair(g, ThreadEvaluator.words("one two three four five six seven eight nine ten eleven twelve"
                + " thirteen"))).isTrue();
    }

    @Test
    void pagesAreAlignedInOrderAndParentsCheckedThroughTheMatch() {
        ThreadEvaluator.GoldPage page = new ThreadEvaluator.GoldPage("p", "test", false, new byte[0], List.of(
                gold("g0", null, "anna", "the bridge is long overdue and the council finally acted on it"),
                gold("g1", "g0", "tom", "overdue maybe but the budget doubled without any explanation at all"),
                gold("g2", null, "lena", "will the cycle lanes be separated from the cars on the new bridge")));
        ExtractedPage out = new ExtractedPage(new ExtractedArticle(null, null, null, List.of(), null), List.of(
                got("a", null, "Anna", "2026-11-30T09:02:00Z", 3, "the bridge is long overdue and the council finally acted on it"),
                got("b", "a", "tom", "2026-11-30", null, "overdue maybe but the budget doubled without any explanation at all"),
                got("c", "b", "someone", null, 3, "will the cycle lanes be separated from the cars on the new bridge")),
                null, CommentSection.found(3, "3"));
        ThreadEvaluator.Tally t = ThreadEvaluator.page(page, out);
        assertThat(t.matched).isEqualTo(3);
        assertThat(t.authorRight).isEqualTo(2);
        assertThat(t.parentRight).isEqualTo(2);
        assertThat(t.timeRight).as("same minute, or same date when only a date was read").isEqualTo(2);
        assertThat(t.likesRight).isEqualTo(2);
        assertThat(t.silentMisses).isZero();
    }

    @Test
    void nothingExtractedWithoutAWordIsASilentMiss() {
        ThreadEvaluator.GoldPage page = new ThreadEvaluator.GoldPage("p", "test", true, new byte[0],
                List.of(gold("g0", null, "anna", "a post of some words")));
        ExtractedArticle a = new ExtractedArticle(null, null, null, List.of(), null);
        assertThat(ThreadEvaluator.page(page, new ExtractedPage(a, List.of(), null, CommentSection.none("no"))).silentMisses).isOne();
        assertThat(ThreadEvaluator.page(page, new ExtractedPage(a, List.of(), null, CommentSection.unparsed(0, "x"))).silentMisses).isZero();
    }
}
