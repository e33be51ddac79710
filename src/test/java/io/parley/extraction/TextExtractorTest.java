package io.parley.extraction;

import org.junit.jupiter.api.Test;

import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

class TextExtractorTest {

    private final TextExtractor text = new TextExtractor(Deadline.none());

    @Test
    void hardWrappedParagraphsAreReflowedAndLineEndHyphensKept() {
        ExtractedPage page = text.extract("Storm Hits Coast\n\nHeavy rain fell on the coast on Sunday, flooding roads in the\n"
                + "low-lying parts of town and cutting power to some 3,000 pro-\nWestern households for several hours.\n");
        assertThat(page.article().title()).isEqualTo("Storm Hits Coast");
        assertThat(page.article().paragraphs()).containsExactly("Heavy rain fell on the coast on Sunday, flooding roads in the "
                + "low-lying parts of town and cutting power to some 3,000 pro-Western households for several hours.");
    }

    @Test
    void junkLinesRepeatedCaptionsAndCopyrightAreBoilerplate() {
        ExtractedPage page = text.extract("Facebook Pixel\n\nMarkets Rally\n\nTraders in a hall. Photo: Jane Roe / Reuters\n\n"
                + "Traders in a hall. Photo: Jane Roe / Reuters\n\nStocks rose sharply on Monday as investors cheered the news.\n\n"
                + "(c) Example Publisher\n");
        assertThat(page.article().paragraphs()).containsExactly("Stocks rose sharply on Monday as investors cheered the news.");
        assertThat(page.boilerplate()).contains("Facebook Pixel", "(c) Example Publisher");
    }

    @Test
    void dateLinesBecomeThePublishedDate() {
        ExtractedPage page = text.extract("Title Here\nMarch 3, 2021\n\nThe first paragraph of the story is here and it is long enough.\n");
        assertThat(page.article().published()).isEqualTo("2021-03-03");
        assertThat(page.article().title()).isEqualTo("Title Here");
    }

    @Test
    void numberedCommentsBulletRepliesAndLikesFormATree() {
        String dump = "A Story\n\nThe council approved the budget for next year after a long debate in the chamber.\n\n"
                + "(c) Daily Example\n\n"
                + "  1. I think the budget is far too small for the schools.\n\n    Liked by 2 people\n\n"
                + "    \u2022 No, it is quite generous compared with last year.\n\n      Liked by 5 people\n\n"
                + "  2. Good news for the town.\n";
        List<ExtractedComment> comments = text.extract(dump).comments();
        assertThat(comments).extracting(ExtractedComment::id).containsExactly("c1", "c2", "c3");
        assertThat(comments).extracting(ExtractedComment::parentId).containsExactly(null, "c1", null);
        assertThat(comments).extracting(ExtractedComment::depth).containsExactly(0, 1, 0);
        assertThat(comments).extracting(ExtractedComment::likes).containsExactly(2, 5, null);
        assertThat(comments.get(1).text()).isEqualTo("No, it is quite generous compared with last year.");
    }

    @Test
    void aCommentOpeningWithAnArticleSentenceQuotesThatParagraph() {
        String dump = "A Story\n\nFirst paragraph about something else entirely, with enough words.\n\n"
                + "The mayor said the bridge would open in May. Critics doubt it.\n\n(c) Daily Example\n\n"
                + "  1. The mayor said the bridge would open in May. I doubt that very much.\n\n    Liked by 1 people\n";
        ExtractedComment c = text.extract(dump).comments().get(0);
        assertThat(c.quotes()).hasSize(1);
        assertThat(c.quotes().get(0).text()).isEqualTo("The mayor said the bridge would open in May.");
        assertThat(c.quotes().get(0).articleParagraph()).isEqualTo(1);
        assertThat(c.text()).isEqualTo("I doubt that very much.");
    }
}
