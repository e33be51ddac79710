package io.parley.extraction;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/** Threads with no comment class (PHP-Nuke tables) or review records (TripAdvisor-like) are never a silent "none". */
class TableThreadSectionsTest {

    private static PageExtractor extractor;

    @BeforeAll
    static void load() {
        extractor = PageExtractors.standard();
    }

    private static String story(String after) {
        StringBuilder html = new StringBuilder("<html><head><title>Ferry timetable | Harbour Portal</title></head><body>"
                + "<div><a href=/>Home</a> <a href=/topics>Topics</a></div><article><h1>Winter ferry timetable cut to two sailings</h1>");
        for (int i = 0; i < 5; i++) {
            html.append("<p>The operator said on Monday that winter sailings will fall to two a day, paragraph ").append(i)
                    .append(", leaving commuters on the island without an evening boat until March.</p>");
        }
        return html.append("</article>").append(after).append("</body></html>").toString();
    }

    @Test
    void repeatedReplyToThisLinksMarkATableThread() {
        StringBuilder t = new StringBuilder();
        String[] names = {"Morag Bell", "Ian Pryce", "Sunita Rao", "Ewan Lusk"};
        for (int i = 0; i < names.length; i++) {
            t.append("<table width=99%><tr><td bgcolor=#cccccc><font class=content><b>Re: sailings</b> (Score: 1)<br>by ")
                    .append(names[i]).append(" on Monday, November 2 @ 10:0").append(i).append(":00 GMT</font></td></tr>")
                    .append("<tr><td><p>The evening boat was the only way home for shift workers, and now there is none at all ")
                    .append(i).append(".</p></td></tr><tr><td><font class=content>[ <a>Reply to This</a> ]</font></td></tr></table>");
        }
        CommentSection s = extractor.extract(story("<hr>" + t), PageFormat.HTML).commentSection();
        assertThat(s.status()).isNotEqualTo(CommentSection.Status.NONE);
        assertThat(s.status() == CommentSection.Status.FOUND ? s.count() : 4).isGreaterThanOrEqualTo(3);
    }

    @Test
    void reviewContainersMarkAReviewThread() {
        StringBuilder t = new StringBuilder("<div class=reviews>");
        String[] names = {"harbourhopper", "Morag Bell", "Ian Pryce", "Sunita Rao"};
        for (int i = 0; i < names.length; i++) {
            t.append("<div class=review-container><div class=member_info><div>").append(names[i])
                    .append("</div><div>Oban</div></div><div class=reviewSelector><span class=ratingDate>Reviewed November ")
                    .append(10 + i).append(", 2026</span><div class=entry><p>The crossing was calm and the crew friendly, but two sailings ")
                    .append("a day is not enough for anyone who works ").append(i).append(".</p></div></div></div>");
        }
        CommentSection s = extractor.extract(story(t.append("</div>").toString()), PageFormat.HTML).commentSection();
        assertThat(s.status()).isNotEqualTo(CommentSection.Status.NONE);
    }
}
