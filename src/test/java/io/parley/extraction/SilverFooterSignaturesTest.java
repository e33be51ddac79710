package io.parley.extraction;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

/**
 * Signatures under the words ("Posted by: Ann | Nov 16, 2026 at 05:43 AM", "by Ann on … Reply #") with the page going
 * on after the last one, as the silver check (bench/extraction/silver-text: the text reading of Dragnet training pages
 * against their HTML reading) found them on Typepad and Movable Type blogs whose comments are closed (their sidebar
 * follows the thread, no form): read the footer way, each signature closes the words above it. Before this rule every
 * author was the one of the comment before (silver author 0.899 -> 0.917; heldout14-real text author 0.855 -> 0.921).
 * Real gold pages (training-data/extraction/heldout2 Typepad, heldout12-forums EasyDiscuss) as {@code w3m -dump}
 * renders them.
 */
class SilverFooterSignaturesTest {

    @BeforeAll
    static void w3m() {
        assumeTrue(Files.isExecutable(Path.of("/usr/bin/w3m")), "w3m is absent: no text dumps");
    }

    private static String dump(String round, String page) throws Exception {
        String html = PageInput.of(Files.readAllBytes(Path.of("training-data/extraction/" + round + "/pages/" + page + ".html")),
                "text/html", null).content();
        return ThreadEvaluator.w3m(html);
    }

    private static List<ExtractedComment> read(String dump) {
        return GoldPageComments.extractor().extract(dump, PageFormat.TEXT, null).comments();
    }

    @Test
    void typepadSignaturesCloseTheirCommentsWithTheSidebarAfterTheThread() throws Exception {
        String dump = dump("heldout2", "typepad");
        List<String> gold = GoldPageComments.goldAuthors("heldout2", "typepad");
        assertThat(read(dump)).extracting(ExtractedComment::author).containsExactlyElementsOf(gold);
        // the same page once its comments are closed: the form gives way to a notice and the sidebar follows the
        // last signature (as on Dragnet's R534, R907)
        int form = dump.indexOf("\nPost a comment\n");
        int sidebar = dump.indexOf("\nAbout\n");
        assertThat(form).isPositive();
        assertThat(sidebar).isGreaterThan(form);
        String closed = dump.substring(0, form) + "\nThe comments to this entry are closed.\n" + dump.substring(sidebar);
        List<ExtractedComment> got = read(closed);
        assertThat(got).extracting(ExtractedComment::author).containsExactlyElementsOf(gold);
        // each with its own words (on main each text was the next comment's: the authors' list alone hid it)
        var goldComments = GoldPageComments.gold("heldout2", "typepad");
        assertThat(got).hasSize(goldComments.size());
        for (int i = 0; i < got.size(); i++) {
            assertThat(ThreadEvaluator.pair(ThreadEvaluator.words(goldComments.get(i).get("text").asText()),
                    ThreadEvaluator.words(got.get(i).text()))).as("comment %d", i).isTrue();
        }
    }

    @Test
    void aUserBoxOverRepliedDatesStaysTheHeadOfThePostUnderIt() throws Exception {
        // ("Replies (9) / Sort by … / [avatar] / name rank / Posts: · Karma: / replied <date>": no words above the
        // first "replied" line, so no footer reading; each post keeps its own words)
        List<ExtractedComment> got = read(dump("heldout12-forums", "easydiscuss"));
        assertThat(got).hasSize(9);
        assertThat(got.get(0).text()).startsWith("To be fair to the committee");
    }
}
