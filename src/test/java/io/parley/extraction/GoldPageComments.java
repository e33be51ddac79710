package io.parley.extraction;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

/** The comments the standard extractor gives for one page of a held-out round, for tests that look at single records. */
final class GoldPageComments {

    private static PageExtractor extractor;

    private GoldPageComments() {
    }

    static synchronized PageExtractor extractor() {
        if (extractor == null) {
            extractor = PageExtractors.standard();
        }
        return extractor;
    }

    static List<ExtractedComment> of(String round, String page, String fetchedAt) throws Exception {
        String html = Files.readString(Path.of("training-data/extraction/" + round + "/pages/" + page + ".html"));
        return extractor().extract(html, PageFormat.HTML, fetchedAt).comments();
    }

    static ExtractedComment byId(List<ExtractedComment> cs, String id) {
        return cs.stream().filter(c -> c.id().equals(id)).findFirst().orElseThrow();
    }
}
