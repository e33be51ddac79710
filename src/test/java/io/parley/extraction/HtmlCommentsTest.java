package io.parley.extraction;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

class HtmlCommentsTest {

    private static PageExtractor extractor;

    @BeforeAll
    static void load() {
        extractor = PageExtractors.standard();
    }

    @Test
    void pageDatesBecomeIso() {
        assertThat(Dates.iso("January 31, 2011 at 9:59 am")).isEqualTo("2011-01-31T09:59");
        assertThat(Dates.iso("Aug 6, 2012")).isEqualTo("2012-08-06");
        assertThat(Dates.iso("3 March 2021")).isEqualTo("2021-03-03");
        assertThat(Dates.iso("yesterday")).isNull();
    }

    @Test
    void wordpressStyleCommentListBecomesATreeWithAuthorsAndTimes() {
        StringBuilder html = new StringBuilder("<html><head><title>Bridge vote | Town News</title></head><body>"
                + "<ul id=menu><li><a href=/>Home</a></li><li><a href=/politics>Politics</a></li><li><a href=/sport>Sport</a></li></ul>"
                + "<div id=content><div class=post><h1>Council approves the new bridge</h1>"
                + "<p class=byline>By Anna Berg on March 3, 2021</p>");
        for (int i = 0; i < 6; i++) {
            html.append("<p>The council voted on Tuesday to fund a new bridge across the river, paragraph ").append(i)
                    .append(", ending a decade of debate about traffic in the old town and its narrow streets.</p>");
        }
        html.append("</div><div id=comments><h2>3 comments</h2><ol class=commentlist>");
        html.append(comment(1, "james", "It is about time. The old bridge has been a danger for years and everyone knows it.",
                "<ul class=children>" + comment(2, "maria", "I disagree with james, the money would be better spent on schools and on buses.", "") + "</ul>"));
        html.append(comment(3, "peter", "Will the cycle lanes be separated from the traffic on the new bridge, does anyone know?", ""));
        html.append("</ol></div></div><div id=footer><a href=/about>About</a> <a href=/contact>Contact</a></div></body></html>");

        ExtractedPage page = extractor.extract(html.toString(), PageFormat.AUTO);

        assertThat(page.article().title()).isEqualTo("Council approves the new bridge");
        assertThat(ExtractionEvaluator.articleText(page)).contains("paragraph 5").doesNotContain("cycle lanes");
        List<ExtractedComment> comments = page.comments();
        assertThat(comments).extracting(ExtractedComment::id).containsExactly("comment-1", "comment-2", "comment-3");
        assertThat(comments).extracting(ExtractedComment::parentId).containsExactly(null, "comment-1", null);
        assertThat(comments).extracting(ExtractedComment::depth).containsExactly(0, 1, 0);
        assertThat(comments).extracting(ExtractedComment::author).containsExactly("james", "maria", "peter");
        assertThat(comments.get(0).postedAt()).isEqualTo("2011-01-31T09:59");
        assertThat(comments.get(1).text()).contains("better spent on schools");
    }

    private static String comment(int id, String author, String text, String children) {
        return "<li class=\"comment depth-1\" id=comment-" + id + "><div class=comment-body><p>" + text + "</p>"
                + "<p class=comment-meta>by " + author + " on January 31, 2011 at 9:59 am. <a href=#r>Reply</a></p></div>"
                + children + "</li>";
    }
}
