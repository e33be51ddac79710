package io.parley.extraction;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The comment-section status of pages whose thread is not in the page (heldout10's status pages, cut down): a
 * self-hosted widget's empty mount, a count of comments kept on another page. Before, each said "none".
 */
class EleventhRoundSectionsTest {

    private static PageExtractor extractor;

    @BeforeAll
    static void load() {
        extractor = PageExtractors.standard();
    }

    private static CommentSection section(String head, String after) {
        StringBuilder html = new StringBuilder("<html><head><title>Pier to be pulled down | Herald</title>" + head + "</head><body>"
                + "<ul id=menu><li><a href=/>Home</a></li><li><a href=/seafront>Seafront</a></li></ul><div id=content><h1>Pier to be pulled down</h1>");
        for (int i = 0; i < 6; i++) {
            html.append("<p>The harbour board said on Thursday that the Victorian pier will be demolished next spring, paragraph ")
                    .append(i).append(", after a survey found corroded piles along two thirds of its length.</p>");
        }
        html.append("</div>").append(after).append("<div id=footer><a href=/about>About</a></div></body></html>");
        return extractor.extract(html.toString(), PageFormat.HTML).commentSection();
    }

    @Test
    void selfHostedWidgetsMountedOnAnEmptyElementAreUnparsed() {
        CommentSection cusdis = section("", "<div id=\"cusdis_thread\" data-host=\"https://cusdis.example\" data-app-id=\"x\"></div>"
                + "<script async defer src=\"https://cusdis.example/js/cusdis.es.js\"></script>");
        assertThat(cusdis.status()).isEqualTo(CommentSection.Status.UNPARSED);
        assertThat(cusdis.reason()).contains("Cusdis");
        assertThat(section("", "<div id=\"remark42\"></div><script>var remark_config = { host: 'https://r.example', site_id: 'h' };</script>")
                .reason()).contains("Remark42");
        // Isso says what it is only in the loader's data-isso attribute (its src is the site's own)
        assertThat(section("<script data-isso=\"//c.example/\" src=\"//c.example/js/embed.min.js\"></script>",
                "<section id=\"comments-here\"></section>").reason()).contains("Isso");
        assertThat(section("", "<div id=\"discourse-comments\"></div><script>DiscourseEmbed = { discourseUrl: 'https://f.example/' };</script>")
                .status()).isEqualTo(CommentSection.Status.UNPARSED);
        assertThat(section("", "<div id=\"waline\"></div><script type=\"module\">init({ el: '#waline', serverURL: 'https://w.example' });</script>")
                .reason()).contains("Waline");
    }

    @Test
    void aCountOfCommentsKeptOnAnotherPageIsUnparsed() {
        CommentSection link = section("", "<div class=tools><a class=\"comments-link\" href=\"/news/pier/comments\">Comments (34)</a></div>");
        assertThat(link.status()).isEqualTo(CommentSection.Status.UNPARSED);
        assertThat(link.reason()).contains("34");
        CommentSection said = section("", "<section class=views><p>34 readers have commented on this story. <a href=\"/c\">Read them</a></p></section>");
        assertThat(said.status()).isEqualTo(CommentSection.Status.UNPARSED);
    }

    @Test
    void aTeaserRailsCommentCountsAndSwitchedOffCommentsStayNone() {
        // the other stories' "Comments (12)" links stand in a list: no word about this page's comments
        assertThat(section("", "<ul class=rail><li><a href=\"/news/lido#comments\">Comments (12)</a></li>"
                + "<li><a href=\"/news/huts#comments\">Comments (7)</a></li></ul>").status()).isEqualTo(CommentSection.Status.NONE);
        assertThat(section("", "<div class=comments-off><p>Comments have been switched off on this article.</p></div>").status())
                .isEqualTo(CommentSection.Status.NONE);
    }
}
