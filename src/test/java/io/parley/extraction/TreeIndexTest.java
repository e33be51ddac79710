package io.parley.extraction;

import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.fail;

/**
 * The record finder reads subtree texts and element lists from {@link TreeIndex} instead of walking each subtree:
 * on every committed thread page, for every element, the index must give what the walks give.
 */
class TreeIndexTest {

    private static List<Path> pages() throws IOException {
        try (Stream<Path> s = Files.list(Path.of("training-data/extraction/threads/pages"))) {
            return s.filter(p -> p.toString().endsWith(".html")).sorted().toList();
        }
    }

    @Test
    void subtreeTextsAndElementsAreThoseOfTheWalks() throws IOException {
        List<Path> pages = pages();
        assertThat(pages).hasSizeGreaterThan(20);
        long elements = 0;
        for (Path page : pages) {
            Document doc = HtmlExtractor.parse(Files.readString(page, StandardCharsets.UTF_8));
            Element body = doc.body();
            TreeIndex index = TreeIndex.of(body);
            List<Element> all = body.getAllElements();
            for (int i = 0; i < all.size(); i++) {
                Element e = all.get(i);
                // (plain checks, the message built only on a mismatch: a few hundred thousand of them)
                if (index.position(e) != i || !index.subtree(i).equals(e.getAllElements())) {
                    fail(page + ": position or subtree of " + e.cssSelector());
                }
                // (outside CommentRecords.find no index is set: boundedText walks the subtree)
                for (int max : new int[]{20, 60, 300, 2000}) {
                    if (!index.boundedText(i, max).equals(CommentRecords.boundedText(e, max))) {
                        assertThat(index.boundedText(i, max)).as(page + " text of " + e.cssSelector() + " to " + max)
                                .isEqualTo(CommentRecords.boundedText(e, max));
                    }
                }
                for (int k = 0; k < 5; k++) {
                    if (((index.cues(i, 1 << k) & 1 << k) != 0) != CommentRecords.cue(e, k)) {
                        fail(page + ": cue " + k + " of " + e.cssSelector());
                    }
                }
            }
            assertThat(index.position(doc.head())).isEqualTo(-1); // outside the indexed tree: not answered
            elements += all.size();
        }
        assertThat(elements).isGreaterThan(1000);
    }

    @Test
    void datesFoundThroughTheIndexAreThoseOfDatesFind() {
        TreeIndex index = TreeIndex.of(HtmlExtractor.parse("<p>x</p>").body());
        for (String t : List.of("Posted by Ann on November 30, 2026 at 9:02 am", "no date here", "2026-11-30T09:02:00Z",
                "14:03, 20 November 2026 (UTC)", "11/30/2026 9:02 pm", "30 Nov 2026", "Nov 30", "in 2026 - or not")) {
            assertThat(index.datesFind(t)).as(t).isEqualTo(Dates.find(t));
            assertThat(index.datesFind(t)).as(t + " again").isEqualTo(Dates.find(t));
        }
        assertThat(index.datesFind("Posted by Ann on November 30, 2026 at 9:02 am")).isEqualTo("2026-11-30T09:02");
    }
}
