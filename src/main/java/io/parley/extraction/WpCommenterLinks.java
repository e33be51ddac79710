package io.parley.extraction;

import org.jsoup.nodes.Element;

/**
 * WordPress's commenter link: {@code <a class="url" rel="external nofollow">Name</a>}, the name of a comment's author
 * linking the site they gave (get_comment_author_link). Links in a comment's words never carry the class, so the
 * element names the record's author even where the theme puts no author class around it.
 */
final class WpCommenterLinks {

    private WpCommenterLinks() {
    }

    static boolean isOne(Element e) {
        if (!e.normalName().equals("a") || !e.hasClass("url")) {
            return false;
        }
        String rel = e.attr("rel").toLowerCase(java.util.Locale.ROOT);
        return rel.contains("external") && !e.text().isBlank() && !e.text().strip().startsWith("@");
    }

    /**
     * A pingback or trackback record (WordPress: {@code class="pingback"} beside {@code class="comment"}): its commenter
     * link is the linking post's title, which WordPress prints as the author's name, so its length or a date in it
     * ("SearchCap: The Day In Search, November 29, 2010") does not make it a byline.
     */
    static boolean isPingback(Element record) {
        return record.hasClass("pingback") || record.hasClass("trackback");
    }
}
