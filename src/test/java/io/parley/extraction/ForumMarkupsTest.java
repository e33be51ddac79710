package io.parley.extraction;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Forum and old-blog markups read as records (issue 22): phpBB 2, vBulletin 3 and SMF 1 tables (name cell beside the
 * post), dl/dt/dd comment lists, quote boxes written as text, signatures, relative times and likes, each on our own
 * gold page (training-data/extraction/threads, written by make_forum_pages.py), compared comment by comment.
 */
class ForumMarkupsTest {

    private static PageExtractor extractor;

    @BeforeAll
    static void load() {
        extractor = PageExtractors.standard();
    }

    @ParameterizedTest
    @ValueSource(strings = {"phpbb2-subsilver", "phpbb2-eu-dates", "phpbb2-tables", "vbulletin3-tables", "vbulletin3-today",
            "smf1-tables", "smf21-likes", "phpbb3-signatures", "phpbb3-relative", "xenforo1", "invision3", "discourse-crawler",
            "blogger-dl", "blogger-dl-plain", "dl-movabletype", "dl-threaded", "dl-comment-list", "points-feed"})
    void everyPostWithItsAuthorTimeAndParent(String name) throws IOException {
        JsonNode gold = gold(name);
        ExtractedPage page = extractor.extract(html(name), PageFormat.HTML);
        List<ExtractedComment> got = page.comments();
        JsonNode want = gold.path("comments");

        assertThat(page.commentSection().status()).isEqualTo(CommentSection.Status.FOUND);
        assertThat(got).as("one comment per post, the opening post too").hasSize(want.size());
        for (int i = 0; i < want.size(); i++) {
            JsonNode w = want.get(i);
            ExtractedComment c = got.get(i);
            assertThat(c.author()).as(name + " author of " + i).isEqualTo(w.get("author").asText());
            // the post's own words, without user cell, quote, signature, subject line or buttons
            assertThat(Texts.squash(c.text())).as(name + " text of " + i).isEqualTo(Texts.squash(w.get("text").asText()));
            if (w.hasNonNull("time")) {
                assertThat(ThreadEvaluator.sameTime(w.get("time").asText(), c.postedAt())).as(name + " time of " + i + ": " + c.postedAt()).isTrue();
            }
            if (w.hasNonNull("likes")) {
                assertThat(c.likes()).as(name + " likes of " + i).isEqualTo(w.get("likes").asInt());
            }
            String parent = w.path("parent").textValue();
            if (parent == null) {
                assertThat(c.parentId()).as(name + " parent of " + i).isNull();
            } else {
                int p = Integer.parseInt(parent.substring(1));
                assertThat(c.parentId()).as(name + " parent of " + i).isEqualTo(got.get(p).id());
            }
        }
    }

    @Test
    void aCommentsOwnWroteLineIsItsAuthorNotAQuote() {
        StringBuilder html = new StringBuilder("<html><head><title>On cataloguing</title></head><body><div class=post><h1>On cataloguing</h1>"
                + "<p>I became a cataloguer by accident, and these are the things I learned in my first year at the library.</p></div><ol class=commentlist>");
        for (int i = 1; i <= 3; i++) {
            html.append("<li id=comment-").append(i).append(" class=comment><div class=\"comment-author vcard\"><span class=fn>Reader ").append(i)
                    .append("</span> wrote:</div><p>Thanks for writing this down, number ").append(i)
                    .append(", it matches what I saw in my own library over many years.</p><div class=comment-meta>August 18, 2012 at 6:3")
                    .append(i).append(" pm | <a href=#comment-").append(i).append(">Permalink</a></div></li>");
        }
        html.append("</ol></body></html>");

        List<ExtractedComment> got = extractor.extract(html.toString(), PageFormat.HTML).comments();

        assertThat(got).extracting(ExtractedComment::author).containsExactly("Reader 1", "Reader 2", "Reader 3");
        assertThat(got).extracting(ExtractedComment::parentId).containsOnlyNulls();
    }

    @Test
    void postBodiesThatBecomeNoCommentsAreSaidUnparsed() {
        // three post bodies in tables of their own, with neither names nor dates to read them as records
        StringBuilder html = new StringBuilder("<html><head><title>Forum</title></head><body>");
        for (int i = 0; i < 3; i++) {
            html.append("<table><tr><td><span class=postbody>Post number ").append(i).append(" says the clutch needs a new flywheel.</span></td></tr></table>");
        }
        ExtractedPage page = extractor.extract(html.append("</body></html>").toString(), PageFormat.HTML);

        assertThat(page.comments()).isEmpty();
        assertThat(page.commentSection().status()).isEqualTo(CommentSection.Status.UNPARSED);
        assertThat(page.commentSection().reason()).contains("span.postbody");
    }

    @Test
    void relativeTimesCountBackFromThePagesClock() {
        assertThat(Dates.relative("3 hours ago", "2026-11-20T18:31")).isEqualTo("2026-11-20T15:31");
        assertThat(Dates.relative("Yesterday, 11:02 AM", "2026-11-20T18:31")).isEqualTo("2026-11-19T11:02");
        assertThat(Dates.relative("Today, 4:15 pm", "2026-11-20T18:31")).isEqualTo("2026-11-20T16:15");
        assertThat(Dates.relative("2 days ago", "2026-11-20T18:31")).isEqualTo("2026-11-18");
        assertThat(Dates.relative("3 hours ago", null)).as("no clock, no time").isNull();
    }

    @ParameterizedTest
    @ValueSource(strings = {"phpbb3-signatures", "phpbb2-subsilver"})
    void forumDumpsGiveEveryPostWithItsAuthor(String name) throws IOException {
        String dump = Files.readString(Path.of("src/test/resources/extraction/dumps/" + name + ".txt"), StandardCharsets.UTF_8);
        ExtractedPage page = new TextExtractor(Deadline.none()).extract(dump);
        List<String> want = new ArrayList<>();
        gold(name).path("comments").forEach(c -> want.add(c.get("author").asText()));

        assertThat(page.comments()).extracting(ExtractedComment::author).containsExactlyElementsOf(want);
    }

    private static JsonNode gold(String name) throws IOException {
        return new ObjectMapper().readTree(Path.of("training-data/extraction/threads", name + ".json").toFile());
    }

    private static String html(String name) throws IOException {
        return Files.readString(Path.of("training-data/extraction/threads/pages", name + ".html"), StandardCharsets.UTF_8);
    }
}
