package io.parley.extraction;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
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

    /** The Dragnet training archive that the real-page gold folders reference by member (never copied into the repo). */
    static final Path DRAGNET_TRAIN = Path.of("../shared/data/extraction/dragnet/dragnet_train.tar.gz");

    /** The comments the standard extractor gives for one real page of the Dragnet training archive. */
    static List<ExtractedComment> ofRealPage(DragnetCorpus corpus, String id) throws Exception {
        String html = PageInput.of(Files.readAllBytes(corpus.html(id)), "text/html", null).content();
        return extractor().extract(html, PageFormat.HTML, null).comments();
    }

    static ExtractedComment byId(List<ExtractedComment> cs, String id) {
        return cs.stream().filter(c -> c.id().equals(id)).findFirst().orElseThrow();
    }

    /** A page's gold comments (its JSON's "comments" array), in page order. */
    static JsonNode gold(String round, String page) throws Exception {
        return new ObjectMapper().readTree(Path.of("training-data/extraction/" + round + "/" + page + ".json").toFile()).get("comments");
    }

    /** The gold authors of a page, in page order. */
    static List<String> goldAuthors(String round, String page) throws Exception {
        List<String> out = new ArrayList<>();
        gold(round, page).forEach(c -> out.add(c.get("author").asText()));
        return out;
    }

    /** Each gold comment's parent as the index of a comment in page order (-1: top-level), comparable with {@link #parents}. */
    static List<Integer> goldParents(String round, String page) throws Exception {
        JsonNode gold = gold(round, page);
        List<String> ids = new ArrayList<>();
        gold.forEach(c -> ids.add(c.get("id").asText()));
        List<Integer> out = new ArrayList<>();
        gold.forEach(c -> out.add(c.get("parent").isNull() ? -1 : ids.indexOf(c.get("parent").asText())));
        return out;
    }

    /** Each extracted comment's parent as the index of a comment in page order (-1: top-level). */
    static List<Integer> parents(List<ExtractedComment> cs) {
        List<String> ids = cs.stream().map(ExtractedComment::id).toList();
        return cs.stream().map(c -> c.parentId() == null ? -1 : ids.indexOf(c.parentId())).toList();
    }
}
