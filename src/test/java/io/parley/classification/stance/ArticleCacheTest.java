package io.parley.classification.stance;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import java.util.ArrayList;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * What the stance model derives from an article is derived once per article, however many comments and batches it
 * has (each row brings its own copy of the body, as the pipeline reads it), and the cache does not change a score.
 */
class ArticleCacheTest {

    static StanceClassifier model;

    @BeforeAll
    static void load() {
        model = StanceClassifier.load("");
    }

    private static final String ARTICLE = ("Russia and the United States held more than seven hours of tense talks in "
            + "Geneva on Monday about Moscow's demands that NATO stop its eastward expansion. \n\n  The U.S. said the "
            + "demands were a non-starter and threatened sanctions if Russia invades Ukraine.   ").repeat(40);
    private static final List<String> COMMENTS = List.of(
            "NATO should never give in to these demands.",
            "Sanctions will not stop anyone, they never have.",
            "What did the Ukrainian government say about the talks?",
            "Best banana bread recipe: ripe bananas, butter, sugar and an hour in the oven.",
            "I agree with the U.S. position, the demands are absurd.",
            "The talks in Geneva were a waste of everyone's time.");

    @Test
    void anArticleIsFeaturisedOnceAcrossCommentsAndBatches() {
        long before = model.contextsFeaturised().get("article");
        List<StanceResult> batched = new ArrayList<>();
        for (int from = 0; from < COMMENTS.size(); from += 3) {
            List<StanceInput> batch = new ArrayList<>();
            for (String c : COMMENTS.subList(from, from + 3)) {
                batch.add(new StanceInput(c, new String(ARTICLE), null, List.of())); // a fresh copy per row
            }
            batched.addAll(model.classifyAll(batch));
        }
        assertThat(model.contextsFeaturised().get("article") - before).isEqualTo(1);

        // another article is another context
        model.classify(COMMENTS.get(0), ARTICLE + " An update.", null, List.of());
        assertThat(model.contextsFeaturised().get("article") - before).isEqualTo(2);

        // the same scores as each comment alone in a fresh model (no cache, no batch)
        StanceClassifier fresh = StanceClassifier.load("");
        for (int i = 0; i < COMMENTS.size(); i++) {
            StanceResult alone = fresh.classify(COMMENTS.get(i), ARTICLE, null, List.of());
            assertThat(batched.get(i).article()).as(COMMENTS.get(i)).isEqualTo(alone.article());
        }
    }

    @Test
    void aPooledHeadAnswersForAnyContext() {
        EncoderHeads.Head h = model.encoderHeads().head(StanceView.ARTICLE);
        assertThat(h.heads().keySet()).containsExactly(EncoderHeads.POOLED);
        assertThat(h.linear(ARTICLE)).isSameAs(h.heads().get(EncoderHeads.POOLED));
        assertThat(h.linear(null)).isSameAs(h.heads().get(EncoderHeads.POOLED));
        EncoderHeads.Head t = model.encoderHeads().head(StanceView.TARGET);
        // a per-target head is still found by its key, case and spaces folded
        assertThat(t.linear("  Hillary   CLINTON ")).isSameAs(t.heads().get("hillary clinton"));
    }
}
