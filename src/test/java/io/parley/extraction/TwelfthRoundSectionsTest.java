package io.parley.extraction;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * An empty element named for the comments that a script on the page fills (heldout11's Fandom-like page, cut down):
 * unparsed; the same element with no such script, or a page saying commenting is off, stays none.
 */
class TwelfthRoundSectionsTest {

    private static PageExtractor extractor;

    @BeforeAll
    static void load() {
        extractor = PageExtractors.standard();
    }

    private static CommentSection section(String after) {
        StringBuilder html = new StringBuilder("<html><head><title>Millbrook Footbridge | Wiki</title></head><body>"
                + "<ul id=menu><li><a href=/>Home</a></li><li><a href=/places>Places</a></li></ul><div id=content><h1>Millbrook Footbridge</h1>");
        for (int i = 0; i < 6; i++) {
            html.append("<p>The footbridge crosses the river between the market and the east bank, paragraph ")
                    .append(i).append(", and was closed in November after an inspection found cracked bearings.</p>");
        }
        html.append("</div>").append(after).append("<div id=footer><a href=/about>About</a></div></body></html>");
        return extractor.extract(html.toString(), PageFormat.HTML).commentSection();
    }

    @Test
    void anEmptyCommentsMountAScriptFillsIsUnparsed() {
        CommentSection app = section("<div id=\"articleComments\" class=\"article-comments-app\"><span class=\"spinner\"></span></div>"
                + "<script src=\"https://static.wiki.example/article-comments/ArticleComments.js\" defer></script>");
        assertThat(app.status()).isEqualTo(CommentSection.Status.UNPARSED);
        assertThat(app.reason()).contains("articleComments");
        assertThat(section("<section id=\"comments-root\">Loading comments…</section>"
                + "<script>window.addEventListener('load', function () { loadComments('footbridge'); });</script>").status())
                .isEqualTo(CommentSection.Status.UNPARSED);
    }

    @Test
    void anEmptyCommentsElementWithNoLoaderOrCommentingOffStaysNone() {
        assertThat(section("<div id=\"comments\"></div><script src=\"/js/comment-reply.min.js\"></script>").status())
                .isEqualTo(CommentSection.Status.NONE);
        assertThat(section("<div id=\"articleComments\"></div><p>Commenting has been disabled for this article.</p>"
                + "<script src=\"/js/ArticleComments.js\"></script>").status()).isEqualTo(CommentSection.Status.NONE);
    }
}
