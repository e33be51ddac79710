package io.parley.extraction;

import io.parley.model.ModelArchive;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.Timeout.ThreadMode;

import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.util.Random;
import java.util.concurrent.TimeUnit;

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

    // Each page below took from a minute to hours before (a regex backtracking over every position of a long token
    // or run of spaces), so the time-outs run the test on its own thread: a regex does not answer an interrupt. The
    // limit is on the test thread's CPU time, not the wall clock: on a busy machine (CI's two cores, other JVMs) a
    // 3 s wall limit failed pages read in 0.2-0.7 s of CPU, while a regression still costs minutes. The wall time-out
    // only ends a hang.
    private static void withinCpuSeconds(double limit, Runnable body) {
        ThreadMXBean threads = ManagementFactory.getThreadMXBean();
        long start = threads.getCurrentThreadCpuTime();
        body.run();
        double seconds = (threads.getCurrentThreadCpuTime() - start) / 1e9;
        assertThat(seconds).as("CPU seconds on the test thread").isLessThan(limit);
    }

    private static final String STORY = "Storm Hits Coast\n\nHeavy rain fell on the coast on Sunday, flooding roads in the"
            + " low-lying parts of town and cutting power to some 3,000 households.\n\n";
    private static final String THREAD = "1. The council should have seen this coming years ago.\nLiked by 3 people\n\n";

    private static String storyParagraph() {
        return STORY.split("\n\n")[1];
    }

    @Test
    @Timeout(value = 60, unit = TimeUnit.SECONDS, threadMode = ThreadMode.SEPARATE_THREAD)
    void aPageOfOneTwoMegabyteWordIsReadQuickly() {
        withinCpuSeconds(3, () -> {
            String word = "a".repeat(2_000_000);
            ExtractedPage page = extractor.extract(word, PageFormat.AUTO);
            assertThat(page.article().paragraphs()).isEmpty();
            assertThat(page.boilerplate()).containsExactly(word);
        });
    }

    @Test
    @Timeout(value = 60, unit = TimeUnit.SECONDS, threadMode = ThreadMode.SEPARATE_THREAD)
    void aStoryWithALongTokenLineKeepsItsStory() {
        withinCpuSeconds(3, () -> {
            for (String line : new String[]{"a".repeat(1_000_000), "a/".repeat(500_000), "/ ".repeat(500_000),
                    "x / " + "y".repeat(1_000_000)}) {
                ExtractedPage page = extractor.extract(STORY + line + "\n", PageFormat.TEXT);
                assertThat(page.article().paragraphs()).contains(storyParagraph());
            }
        });
    }

    @Test
    @Timeout(value = 60, unit = TimeUnit.SECONDS, threadMode = ThreadMode.SEPARATE_THREAD)
    void longRunsOfSpacesBeforeALineSeparatorAreReadQuickly() {
        withinCpuSeconds(3, () -> {
            // U+2028 is no line break for the reader but ends a regex '.', so a pattern ending in (.*)$ cannot match.
            for (String prefix : new String[]{"1.", "(c)", "\u2022"}) {
                ExtractedPage page = extractor.extract(STORY + prefix + " ".repeat(1_000_000) + "\u2028x\n", PageFormat.TEXT);
                assertThat(page.article().paragraphs()).contains(storyParagraph());
            }
            ExtractedPage page = extractor.extract(STORY + "cookie".repeat(200_000) + "\u2028x\n", PageFormat.TEXT);
            assertThat(page.article().paragraphs()).contains(storyParagraph());
        });
    }

    @Test
    @Timeout(value = 60, unit = TimeUnit.SECONDS, threadMode = ThreadMode.SEPARATE_THREAD)
    void aLongReplyHeaderIsReadQuickly() {
        withinCpuSeconds(3, () -> {
            ExtractedPage spaces = extractor.extract(STORY + THREAD + "reply from Ann" + " ".repeat(1_000_000) + "Lee:\n"
                    + "Fair point, but nobody listened.\n", PageFormat.TEXT);
            assertThat(spaces.comments()).hasSize(1);
            assertThat(spaces.comments().get(0).quotes()).singleElement()
                    .satisfies(q -> assertThat(q.author()).startsWith("Ann").endsWith("Lee"));
            ExtractedPage marks = extractor.extract(STORY + THREAD + "reply from " + "\u201c".repeat(1_000_000) + "Ann\u201d:\n"
                    + "Fair point, but nobody listened.\n", PageFormat.TEXT);
            assertThat(marks.comments().get(0).quotes()).singleElement().satisfies(q -> assertThat(q.author()).isEqualTo("Ann"));
        });
    }

    @Test
    @Timeout(value = 60, unit = TimeUnit.SECONDS, threadMode = ThreadMode.SEPARATE_THREAD)
    void aParagraphOfManyNamesIsNoBylineAndNoCrash() {
        withinCpuSeconds(3, () -> {
            ExtractedPage page = extractor.extract(STORY + "By Ann Lee" + ", Bo Ro".repeat(1_000_000) + "\n", PageFormat.TEXT);
            assertThat(page.article().byline()).isNull();
            assertThat(page.article().paragraphs()).contains(storyParagraph());
        });
    }

    @Test
    @Timeout(value = 60, unit = TimeUnit.SECONDS, threadMode = ThreadMode.SEPARATE_THREAD)
    void aTitleWithALongRunOfVerticalTabsIsReadQuickly() {
        withinCpuSeconds(3, () -> {
            // Texts.squash keeps U+000B, which \s matches; the title sits after 8 KB so the page is not taken for binary.
            String html = "<html><head>" + "<meta name=x content=y>".repeat(400) + "<title>Storm"
                    + "\u000b".repeat(1_000_000) + "Hits Coast | Example News</title></head><body><p>" + storyParagraph() + "</p></body></html>";
            ExtractedPage page = extractor.extract(html, PageFormat.AUTO);
            assertThat(page.article().paragraphs()).containsExactly(storyParagraph());
        });
    }

    @Test
    void aTextPageOverTheTimeLimitIsStoppedInsideTheCommentThread() {
        PageExtractor hurried = PageExtractors.of(ModelArchive.readResource("models/" + PageExtractors.MODEL),
                ModelArchive.readResource("models/" + PageExtractors.LINES), 200);
        // A comment that copies a long article sentence by sentence: each sentence is looked up in the article.
        StringBuilder article = new StringBuilder();
        for (int i = 0; article.length() < 1_000_000; i++) {
            article.append("Sentence number ").append(i).append(" of the very long story goes here. ");
        }
        String dump = "Title\n\n" + article + "\n\n1. " + article + "\nLiked by 3 people\n";
        // stopped soon after its 200 ms: measured on this thread's CPU clock, the limit's own, since a wall-clock bound
        // failed at load 22 while the page still stopped at its limit
        withinCpuSeconds(1.5, () -> assertThatThrownBy(() -> hurried.extract(dump, PageFormat.TEXT))
                .isInstanceOf(PageNotExtractable.class).hasMessageContaining("limit"));
    }
}
