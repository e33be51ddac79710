package io.parley.api;

import io.parley.extraction.ExtractedPage;
import io.parley.extraction.PageExtractors;
import io.parley.extraction.PageNotExtractable;
import org.junit.jupiter.api.Test;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class ExtractControllerTest {

    private final ExtractController controller = new ExtractController(PageExtractors.standard());

    @Test
    void plainTextBodyGivesArticleAndCommentTree() throws Exception {
        byte[] body = Files.readAllBytes(Path.of("training-data/seeds/004_72e78a6f65c98bb3.txt"));
        ExtractedPage page = controller.extract(body, "text/plain", null, false, null);
        assertThat(page.article().title()).isEqualTo("U.S.-Russian Security Talks: What We Know");
        assertThat(page.comments()).hasSize(2);
        assertThat(page.boilerplate()).isNull();
    }

    @Test
    void htmlContentTypeIsReadAsHtmlAndACharsetParameterIsHonoured() {
        String html = "<html><body><h1>Caf\u00e9 rules</h1><p>Caf\u00e9 owners object to the new parking rules, which"
                + " start in May and cost each shop about two hundred euros a month.</p></body></html>";
        ExtractedPage page = controller.extract(html.getBytes(StandardCharsets.ISO_8859_1), "text/html; charset=ISO-8859-1",
                null, true, null);
        assertThat(String.join(" ", page.article().paragraphs()) + page.article().title()).contains("Caf\u00e9");
        assertThat(page.boilerplate()).isNotNull();
    }

    @Test
    void emptyBodyIsNotExtractableAndAnUnknownFormatIsNamed() {
        assertThatThrownBy(() -> controller.extract(new byte[0], "text/html", null, false, null))
                .isInstanceOf(PageNotExtractable.class);
        assertThatThrownBy(() -> controller.extract("x y z".getBytes(StandardCharsets.UTF_8), "text/plain", "pdf", false, null))
                .isInstanceOf(io.parley.extraction.UnknownPageFormat.class).hasMessageContaining("format");
    }

    @Test
    void relativeCommentTimesCountBackFromFetchedAtAndAnUnreadableTimeIsNotExtractable() throws Exception {
        // a news CMS page whose comments print only "11 hours ago" and the like (held-out gold, fetched 17:40 UTC)
        byte[] body = Files.readAllBytes(Path.of("training-data/extraction/heldout/pages/news-relative.html"));
        ExtractedPage without = controller.extract(body, "text/html", null, false, null);
        assertThat(without.comments()).isNotEmpty().allSatisfy(c -> assertThat(c.postedAt()).isNull());
        ExtractedPage fetched = controller.extract(body, "text/html", null, false, "2026-11-21T17:40:00Z");
        assertThat(fetched.comments()).hasSameSizeAs(without.comments())
                .allSatisfy(c -> assertThat(c.postedAt()).startsWith("2026-11-2"));
        assertThat(fetched.comments().get(0).postedAt()).startsWith("2026-11-21");
        // named as the parameter at fault (a 422 on fetchedAt), not as the body, like /pages
        assertThatThrownBy(() -> controller.extract(body, "text/html", null, false, "yesterday"))
                .isInstanceOfSatisfying(io.parley.ingest.InvalidInput.class,
                        e -> assertThat(e.field()).isEqualTo("fetchedAt"));
    }
}
