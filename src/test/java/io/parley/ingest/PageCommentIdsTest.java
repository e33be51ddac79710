package io.parley.ingest;

import io.parley.extraction.ExtractedComment;
import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

/** Which stored id each comment of a page sent again gets (the rule IngestApiTest checks end to end). */
class PageCommentIdsTest {

    private static ExtractedComment c(String id, String parent, String author, String text) {
        return new ExtractedComment(id, parent, author, null, null, text, List.of(), parent == null ? 0 : 1);
    }

    @Test
    void aNewPageKeepsItsIdsAsTheyAre() {
        Map<String, String> ids = PageCommentIds.assign("a", List.of(c("c1", null, "x", "one"), c("c2", "c1", "y", "two")),
                List.of());
        assertThat(ids).containsExactly(Map.entry("c1", "a#c1"), Map.entry("c2", "a#c2"));
    }

    @Test
    void storedCommentsKeepTheirIdsWhereverTheyStandAndANewOneGetsAFreeId() {
        List<PageCommentIds.Stored> stored = List.of(new PageCommentIds.Stored("a#c1", "x", "one"),
                new PageCommentIds.Stored("a#c2", "y", "two"));
        Map<String, String> ids = PageCommentIds.assign("a",
                List.of(c("c1", null, "z", "new on top"), c("c2", null, "x", "one"), c("c3", "c2", "y", "two")), stored);
        assertThat(ids.get("c2")).isEqualTo("a#c1");
        assertThat(ids.get("c3")).isEqualTo("a#c2");
        assertThat(ids.get("c1")).startsWith("a#h-").hasSize("a#h-".length() + 24);
        // sent a third time, the new one is found by its text under the id it was given
        List<PageCommentIds.Stored> after = List.of(stored.get(0), stored.get(1),
                new PageCommentIds.Stored(ids.get("c1"), "z", "new on top"));
        assertThat(PageCommentIds.assign("a", List.of(c("c1", null, "z", "new on top"), c("c2", null, "x", "one")), after))
                .containsEntry("c1", ids.get("c1")).containsEntry("c2", "a#c1");
    }

    @Test
    void twoEqualCommentsKeepTwoIdsAndThePagesOwnIdsAreLeftAlone() {
        List<PageCommentIds.Stored> stored = List.of(new PageCommentIds.Stored("a#c1", "anon", "+1"),
                new PageCommentIds.Stored("a#c2", "anon", "+1"), new PageCommentIds.Stored("a#comment-9", "w", "mine"));
        Map<String, String> ids = PageCommentIds.assign("a", List.of(c("c1", null, "anon", "+1"), c("c2", null, "anon", "+1"),
                c("c3", null, "anon", "+1"), c("comment-9", null, "w", "edited")), stored);
        assertThat(ids.get("c1")).isEqualTo("a#c1");
        assertThat(ids.get("c2")).isEqualTo("a#c2");
        assertThat(ids.get("c3")).isEqualTo("a#c3");
        assertThat(ids.get("comment-9")).isEqualTo("a#comment-9");
        assertThat(ids.values()).doesNotHaveDuplicates();
    }
}
