package io.parley.extraction;

import org.junit.jupiter.api.Test;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * w3m prints a comment's permalink number right after its author's link ("Ann Lee#1.1  —  date"); a German news
 * CMS dates it "23. November 2026, 10:23 Uhr". Both are a header, the dotted number its depth. (The Zeit-like
 * dump of heldout10: on main it gave no comment and status none, a silent miss.)
 */
class DumpGluedNumberTest {

    private final TextExtractor text = new TextExtractor(Deadline.none());

    @Test
    void aNumberGluedAfterTheNameIsAHeaderWithItsDepth() throws Exception {
        String dump = Files.readString(Path.of("training-data/extraction/heldout10/text/zeit.txt"));
        ExtractedPage page = text.extract(dump);
        List<ExtractedComment> comments = page.comments();
        assertThat(comments).hasSize(13);
        assertThat(comments.subList(0, 3)).extracting(ExtractedComment::author).containsExactly("Gwilym R.", "Morwenna Tully", "Cormac");
        assertThat(comments.subList(0, 3)).extracting(ExtractedComment::depth).containsExactly(0, 1, 0);
        assertThat(comments.get(1).parentId()).isEqualTo(comments.get(0).id());
        assertThat(comments.get(1).postedAt()).isEqualTo("2026-11-23T10:23");
        assertThat(page.commentSection().status()).isEqualTo(CommentSection.Status.FOUND);
    }
}
