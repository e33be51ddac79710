package io.parley.extraction;

import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The thirteenth round's status pages (training-data/extraction/heldout12): a Changyan mount its loader fills is
 * unparsed (before: none), and a dump whose comment section says it is closed has no comments (before: the rails
 * under it came out as comments, here and on heldout11's comments-disabled page).
 */
class ThirteenthRoundSectionsTest {

    private static CommentSection html(String page) throws Exception {
        String html = Files.readString(Path.of("training-data/extraction/heldout12/pages/" + page + ".html"));
        return GoldPageComments.extractor().extract(html, PageFormat.HTML).commentSection();
    }

    private static ExtractedPage dump(String round, String page) throws Exception {
        String text = Files.readString(Path.of("training-data/extraction/" + round + "/text/" + page + ".txt"));
        return new TextExtractor(Deadline.none()).extract(text);
    }

    @Test
    void aChangyanMountAndItsLoaderAreUnparsed() throws Exception {
        CommentSection s = html("sohucs-mount");
        assertThat(s.status()).isEqualTo(CommentSection.Status.UNPARSED);
        assertThat(s.reason()).contains("Changyan");
        assertThat(html("commentbox-script").status()).isEqualTo(CommentSection.Status.UNPARSED);
        assertThat(html("comments-closed").status()).isEqualTo(CommentSection.Status.NONE);
    }

    @Test
    void aDumpWhoseSectionSaysItIsClosedHasNoComments() throws Exception {
        ExtractedPage closed = dump("heldout12", "comments-closed");
        assertThat(closed.comments()).isEmpty();
        assertThat(closed.commentSection().status()).isEqualTo(CommentSection.Status.NONE);
        ExtractedPage disabled = dump("heldout11", "comments-disabled");
        assertThat(disabled.comments()).isEmpty();
        assertThat(disabled.commentSection().status()).isEqualTo(CommentSection.Status.NONE);
        // a thread under a section heading with names and dates is still read
        assertThat(dump("heldout12", "flickr").comments()).hasSize(11);
    }
}
