package io.parley.extraction;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A comment section that script fills shows in a dump as its heading alone, followed by the page's link lists
 * ("Most read", "More from ..."): the titles must not come back as comments (they would be classified and
 * moderated), and the status must say what the dump shows.
 */
class TextDumpEmptySectionTest {

    private static final String STORY = "The Wexcombe Herald\n\nPier to be pulled down after survey finds it unsafe\n\n"
            + "By Ruth Penrose \u00b7 19 November 2026\n\n"
            + "Wexcombe's Victorian pier will be demolished next spring after a structural\n"
            + "survey found corroded piles along two thirds of its length, the harbour board\nsaid on Thursday.\n\n"
            + "The board says repairs would cost 6.8 million pounds, against 1.9 million to\nremove the deck and piles.\n\n"
            + "Share Post Email\n\n";
    private static final String LISTS = "Most read\n\n 1. The demolition plan: the questions\n 2. The fishing platform: the questions\n"
            + " 3. The harbour board: the questions\n\nMorning briefing\n\nSeafront news before breakfast.\n\n"
            + "More from the seafront\n\n  \u2022 Lido to reopen in May\n  \u2022 Beach huts price rise\n"
            + "  \u2022 Lifeboat crew honoured\n\nContact Privacy Terms\n\n\u00a9 2026 Wexcombe Herald Media\n";

    private final TextExtractor text = new TextExtractor(Deadline.none());

    @Test
    void anEmptyCommentsHeadingOverLinkListsIsUnparsedWithNoComments() {
        ExtractedPage page = text.extract(STORY + "Comments\n\n" + LISTS);
        assertThat(page.comments()).isEmpty();
        assertThat(page.commentSection().status()).isEqualTo(CommentSection.Status.UNPARSED);
    }

    @Test
    void linkListsWithNoHeadingAreNoSection() {
        ExtractedPage page = text.extract(STORY + LISTS);
        assertThat(page.comments()).isEmpty();
        assertThat(page.commentSection().status()).isEqualTo(CommentSection.Status.NONE);
    }

    @Test
    void commentsSwitchedOffSaysNone() {
        ExtractedPage page = text.extract(STORY + "Comments have been switched off on this article for legal reasons.\n\n"
                + "Latest reader comments\n\n  \u2022 driftwood_dan on Lido to reopen in May\n  \u2022 Rosalind on Beach huts price rise\n\n"
                + LISTS);
        assertThat(page.comments()).isEmpty();
        assertThat(page.commentSection().status()).isEqualTo(CommentSection.Status.NONE);
    }

    @Test
    void javascriptNeededToViewCommentsIsAnEmbed() {
        ExtractedPage page = text.extract(STORY + "Javascript needs to be activated to view comments.\n\n" + LISTS);
        assertThat(page.comments()).isEmpty();
        assertThat(page.commentSection().status()).isEqualTo(CommentSection.Status.UNPARSED);
    }

    @Test
    void aSentenceAboutTheCommentsIsNoComment() {
        ExtractedPage page = text.extract(STORY + "Comments (34)\n\nReaders' views\n\n"
                + "34 readers have commented on this story. Read the comments\n\n" + LISTS);
        assertThat(page.comments()).isEmpty();
        assertThat(page.commentSection().status()).isEqualTo(CommentSection.Status.UNPARSED);
    }

    @Test
    void aThreadWithOneSentenceAmongShortRepliesIsKept() {
        ExtractedPage page = text.extract(STORY + "Comments\n\n  1. Sad to see it go after all these years.\n\n"
                + "    Liked by 2 people\n\n    \u2022 Agreed\n\n  2. Good riddance\n");
        assertThat(page.comments()).extracting(ExtractedComment::text)
                .containsExactly("Sad to see it go after all these years.", "Agreed", "Good riddance");
        assertThat(page.commentSection().status()).isEqualTo(CommentSection.Status.FOUND);
    }
}
