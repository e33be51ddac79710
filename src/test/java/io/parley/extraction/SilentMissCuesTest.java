package io.parley.extraction;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Issue 22's "never a silent miss" on three gold pages that came back as {@code none} although they hold 12 comments
 * each: a Mailman digest's pre (read as a dump: found), SMF 1 posts in tables of their own ("Posts: 1182" user
 * cells: at least unparsed), a Douban dump's dated heads over prose (at least unparsed); and the same cues too few,
 * or a list of dated headlines, leave a page none.
 */
class SilentMissCuesTest {

    private static PageExtractor extractor;

    @BeforeAll
    static void load() {
        extractor = PageExtractors.standard();
    }

    private static ExtractedPage page(String path, PageFormat format) throws IOException {
        return extractor.extract(Files.readString(Path.of("training-data/extraction/" + path)), format);
    }

    @Test
    void aMailDigestInOnePreIsReadAsTheDumpItIs() throws IOException {
        ExtractedPage page = page("heldout11-text/pages/mailman.html", PageFormat.HTML);
        assertThat(page.commentSection().status()).isEqualTo(CommentSection.Status.FOUND);
        assertThat(page.comments()).hasSize(12);
        assertThat(page.comments().get(0).author()).isEqualTo("Morag Campbell");
    }

    @Test
    void forumUserCellsInTablesOfTheirOwnAreNoSilentMiss() throws IOException {
        CommentSection s = page("heldout11-text/pages/smfclassic.html", PageFormat.HTML).commentSection();
        assertThat(s.status()).isNotEqualTo(CommentSection.Status.NONE);
        if (s.status() == CommentSection.Status.UNPARSED) {
            assertThat(s.reason()).contains("Posts:");
        }
    }

    @Test
    void datedHeadsOverProseInADumpAreNoSilentMiss() throws IOException {
        CommentSection s = page("heldout11/text/douban.txt", PageFormat.TEXT).commentSection();
        assertThat(s.status()).isNotEqualTo(CommentSection.Status.NONE);
        if (s.status() == CommentSection.Status.UNPARSED) {
            assertThat(s.reason()).contains("有用");
        }
    }

    @Test
    void twoUserCellsOrDatedHeadlinesLeaveAPageNone() {
        StringBuilder html = new StringBuilder("<html><head><title>Footbridge</title></head><body><h1>Footbridge shut</h1>");
        for (int i = 0; i < 5; i++) {
            html.append("<p>The footbridge crosses the river between the market and the east bank, paragraph ").append(i)
                    .append(", and was closed in November after an inspection found cracked bearings.</p>");
        }
        html.append("<div class=side>Posts: 12</div><div class=side>Posts: 40</div></body></html>");
        assertThat(extractor.extract(html.toString(), PageFormat.HTML).commentSection().status())
                .isEqualTo(CommentSection.Status.NONE);

        StringBuilder text = new StringBuilder("Footbridge shut\n\n");
        for (int i = 0; i < 4; i++) {
            text.append("The footbridge crosses the river between the market and the east bank, paragraph ").append(i)
                    .append(", and was closed in November after an inspection found cracked bearings.\n\n");
        }
        text.append("More news\n\n");
        String[] heads = {"Council sets new budget for the harbour", "Ferry timetable cut over the winter",
                "School run detour adds twenty minutes", "Market traders count the cost of closure"};
        for (int i = 0; i < heads.length; i++) {
            text.append(heads[i]).append(" 2").append(i).append(" Nov 2026\n\n")
                    .append("A short teaser of the story that follows the headline, with a dozen words or more in it. Read on.\n\n");
        }
        assertThat(extractor.extract(text.toString(), PageFormat.TEXT).commentSection().status())
                .isEqualTo(CommentSection.Status.NONE);
    }
}
