package io.parley.extraction;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/** Every page says what became of its comment section: found, none, or seen but not read. */
class CommentSectionTest {

    private static PageExtractor extractor;

    @BeforeAll
    static void load() {
        extractor = PageExtractors.standard();
    }

    private static String story(String after) {
        StringBuilder html = new StringBuilder("<html><head><title>Bridge vote | Town News</title></head><body>"
                + "<ul id=menu><li><a href=/>Home</a></li><li><a href=/politics>Politics</a></li></ul>"
                + "<div id=content><h1>Council approves the new bridge</h1>");
        for (int i = 0; i < 6; i++) {
            html.append("<p>The council voted on Tuesday to fund a new bridge across the river, paragraph ").append(i)
                    .append(", ending a decade of debate about traffic in the old town and its narrow streets.</p>");
        }
        return html.append("</div>").append(after).append("<div id=footer><a href=/about>About</a></div></body></html>").toString();
    }

    @Test
    void aPageWithoutCommentsSaysNone() {
        CommentSection s = extractor.extract(story(""), PageFormat.HTML).commentSection();
        assertThat(s.status()).isEqualTo(CommentSection.Status.NONE);
        assertThat(s.count()).isZero();
    }

    @Test
    void commentsLoadedByDisqusAreUnparsedNotNone() {
        String html = story("<div id=\"disqus_thread\"></div><script>var disqus_config = function () {};"
                + "(function(){var d=document,s=d.createElement('script');s.src='https://town.disqus.com/embed.js';"
                + "d.body.appendChild(s);})();</script>");
        CommentSection s = extractor.extract(html, PageFormat.HTML).commentSection();
        assertThat(s.status()).isEqualTo(CommentSection.Status.UNPARSED);
        assertThat(s.reason()).contains("Disqus");
    }

    @Test
    void facebookAndCoralEmbedsAreNamed() {
        assertThat(extractor.extract(story("<div class=\"fb-comments\" data-href=\"https://town/x\" data-numposts=\"5\"></div>"),
                PageFormat.HTML).commentSection().reason()).contains("Facebook");
        assertThat(extractor.extract(story("<div id=\"coral_thread\"></div><script src=\"https://talk.town/assets/js/embed.js\">"
                + "</script><script>Coral.createStreamEmbed({id: 'coral_thread'});</script>"), PageFormat.HTML)
                .commentSection()).satisfies(s -> {
                    assertThat(s.status()).isEqualTo(CommentSection.Status.UNPARSED);
                    assertThat(s.reason()).contains("Coral");
                });
    }

    @Test
    void aCountedSectionThatYieldsNothingIsUnparsed() {
        String html = story("<section id=\"comments\"><h3>14 Comments</h3><span>Sign in to read the conversation.</span></section>");
        CommentSection s = extractor.extract(html, PageFormat.HTML).commentSection();
        assertThat(s.status()).isEqualTo(CommentSection.Status.UNPARSED);
        assertThat(s.reason()).contains("14 comments");
    }

    @Test
    void closedCommentsAreNone() {
        String html = story("<div id=\"comments\"><p class=\"nocomments\">Comments are closed.</p></div>");
        assertThat(extractor.extract(html, PageFormat.HTML).commentSection().status()).isEqualTo(CommentSection.Status.NONE);
    }

    @Test
    void foundCommentsAreCounted() {
        StringBuilder list = new StringBuilder("<div id=comments><h2>3 comments</h2><ol class=commentlist>");
        for (String who : new String[]{"james", "maria", "peter"}) {
            list.append("<li class=\"comment\" id=comment-").append(who).append("><div class=comment-body><p>")
                    .append("I think the bridge is a good idea and ").append(who)
                    .append(" will cycle over it every single morning.</p><p class=comment-meta>by ").append(who)
                    .append(" on January 31, 2011 at 9:59 am. <a href=#r>Reply</a></p></div></li>");
        }
        ExtractedPage page = extractor.extract(story(list.append("</ol></div>").toString()), PageFormat.HTML);
        assertThat(page.commentSection().status()).isEqualTo(CommentSection.Status.FOUND);
        assertThat(page.commentSection().count()).isEqualTo(page.comments().size()).isEqualTo(3);
    }

    @Test
    void textDumpsSayItToo() {
        String text = "Council approves the new bridge\n\n"
                + "The council voted on Tuesday to fund a new bridge across the river, ending a decade of debate.\n\n"
                + "The work starts in spring and should take two years, the mayor said on Wednesday evening.\n\n"
                + "27 Comments\n\nPlease enable JavaScript to view the comments powered by Disqus.\n";
        CommentSection s = extractor.extract(text, PageFormat.TEXT).commentSection();
        assertThat(s.status()).isEqualTo(CommentSection.Status.UNPARSED);
        assertThat(s.reason()).contains("Disqus");
        String plain = "Council approves the new bridge\n\n"
                + "The council voted on Tuesday to fund a new bridge across the river, ending a decade of debate.\n";
        assertThat(extractor.extract(plain, PageFormat.TEXT).commentSection().status()).isEqualTo(CommentSection.Status.NONE);
    }
}
