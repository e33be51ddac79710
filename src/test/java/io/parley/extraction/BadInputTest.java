package io.parley.extraction;

import io.parley.model.ModelArchive;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.util.Random;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** Input that is not a page gives a clear PageNotExtractable or a best-effort result, never a crash or a hang. */
class BadInputTest {

    private static PageExtractor extractor;

    @BeforeAll
    static void load() {
        extractor = PageExtractors.standard();
    }

    @Test
    void emptyAndBlankPagesAreRefusedWithAReason() {
        assertThatThrownBy(() -> extractor.extract("", PageFormat.AUTO)).isInstanceOf(PageNotExtractable.class)
                .hasMessageContaining("empty");
        assertThatThrownBy(() -> extractor.extract(" \n\t ", PageFormat.HTML)).isInstanceOf(PageNotExtractable.class);
        assertThatThrownBy(() -> extractor.extract(null, PageFormat.TEXT)).isInstanceOf(PageNotExtractable.class);
    }

    @Test
    void binaryDataIsRefused() {
        byte[] png = new byte[4096];
        new Random(7).nextBytes(png);
        png[0] = (byte) 0x89;
        png[1] = 'P';
        png[2] = 'N';
        png[3] = 'G';
        String decoded = PageExtractors.decode(png);
        assertThatThrownBy(() -> extractor.extract(decoded, PageFormat.AUTO)).isInstanceOf(PageNotExtractable.class)
                .hasMessageContaining("binary");
    }

    @Test
    @Timeout(20)
    void fiftyMegabytePageIsRefusedQuickly() {
        String para = "<p>" + "word ".repeat(200) + "</p>\n";
        String huge = "<html><body>" + para.repeat(50 * 1024 * 1024 / para.length()) + "</body></html>";
        assertThat(huge.length()).isGreaterThan(50_000_000);
        assertThatThrownBy(() -> extractor.extract(huge, PageFormat.AUTO)).isInstanceOf(PageNotExtractable.class)
                .hasMessageContaining("limit");
    }

    @Test
    @Timeout(30)
    void deeplyNestedHtmlGivesAResultOrAClearError() {
        int depth = 100_000;
        String html = "<html><body>" + "<div>".repeat(depth) + "<p>" + "Deep text that is the article. ".repeat(20)
                + "</p>" + "</div>".repeat(depth) + "</body></html>";
        try {
            ExtractedPage page = extractor.extract(html, PageFormat.AUTO);
            assertThat(page.article()).isNotNull();
        } catch (PageNotExtractable e) {
            assertThat(e.getMessage()).isNotBlank();
        }
    }

    @Test
    void malformedHtmlStillYieldsTheArticle() {
        String html = "<html><body><div class=nav><a href=/>Home</a> <a href=/x>News</a></div>"
                + "<div class=story><h1>Council approves new bridge<p>The city council voted on Tuesday to fund a new "
                + "bridge across the river, ending a decade of debate about traffic in the old town."
                + "<p>Construction is expected to start next spring and to last two years, the mayor said in a statement"
                + " after the vote.<<b>></i></div></span></table>";
        ExtractedPage page = extractor.extract(html, PageFormat.AUTO);
        assertThat(ExtractionEvaluator.articleText(page)).contains("bridge across the river");
    }

    @Test
    void nonUtf8PagesAreDecodedByTheirDeclaredCharset() {
        String html = "<html><head><meta charset=\"windows-1252\"></head><body><p>Caf\u00e9 owners say \u201cno\u201d"
                + " to the new parking rules, which start in May and cost each shop about 200 euros a month.</p></body></html>";
        byte[] cp1252 = html.getBytes(Charset.forName("windows-1252"));
        assertThat(new String(cp1252, StandardCharsets.UTF_8)).doesNotContain("Caf\u00e9");
        String decoded = PageExtractors.decode(cp1252);
        assertThat(decoded).contains("Caf\u00e9 owners say \u201cno\u201d");
        ExtractedPage page = extractor.extract(decoded, PageFormat.AUTO);
        assertThat(page.article()).isNotNull();
    }

    @Test
    void aPageOverTheTimeLimitIsStoppedWithAClearError() {
        PageExtractor hurried = PageExtractors.of(ModelArchive.readResource("models/" + PageExtractors.MODEL), 1);
        StringBuilder html = new StringBuilder("<html><body>");
        for (int i = 0; i < 20_000; i++) {
            html.append("<div class=c").append(i % 7).append("><p>Paragraph ").append(i).append(" with some words.</p></div>");
        }
        assertThatThrownBy(() -> hurried.extract(html.toString(), PageFormat.HTML)).isInstanceOf(PageNotExtractable.class)
                .hasMessageContaining("limit");
    }
}
