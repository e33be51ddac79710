package io.parley.extraction;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * A dump whose comment heads carry only an age in the page's language ("poolside_pat hace 12 días", the El-País-like
 * page of heldout11-html): the text path read no comment and said `none` (a silent miss) while the HTML path, which
 * knew those ages, read all twelve.
 */
class LocalAgeDumpTest {

    private static final String ROUND = "heldout11-html";

    @Test
    void headsWithAnAgeInThePagesLanguageOpenComments() throws Exception {
        String text = Files.readString(Path.of("training-data/extraction/" + ROUND + "/text/elpais.txt"));
        List<ExtractedComment> cs = GoldPageComments.extractor().extract(text, PageFormat.TEXT, "2026-12-01T10:00:00Z").comments();
        assertThat(cs).extracting(ExtractedComment::author).containsExactlyElementsOf(GoldPageComments.goldAuthors(ROUND, "elpais"));
        assertThat(GoldPageComments.parents(cs)).containsExactlyElementsOf(GoldPageComments.goldParents(ROUND, "elpais"));
    }
}
