package io.parley.extraction;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Comment markups of the third held-out round, cut down to what each cue needs: a thread wrapper around a comment and
 * its replies, a reply preview naming the parent, "In response to X", camelCase class names between hashed ones, a
 * quote whose own class names its author, an opening post in a box of its own, a name and a date in bare divs.
 */
class CommentMarkupCuesTest {

    private static PageExtractor extractor;

    @BeforeAll
    static void load() {
        extractor = PageExtractors.standard();
    }

    private static final String[] WORDS = {
            "The bridge closure was never properly consulted on and the diversion adds four miles to every bus trip.",
            "I cycle over it every morning with two children, so the footpath along the weir matters more to me.",
            "The council minutes are online if you dig, and they show the decision was taken back in the spring.",
            "Nobody mentions the lorries from the quarry, which will now go through the middle of the estate.",
            "A temporary footbridge would keep Bridge Street open for the traders who lost so much in 2019.",
            "The contractor has done good work elsewhere, so I expect the eleven weeks to be eleven weeks."};

    private static String page(String comments) {
        StringBuilder b = new StringBuilder("<html><head><title>Town Bridge to close | Echo</title></head><body>"
                + "<nav><a href=/>Home</a> <a href=/news>News</a> <a href=/sport>Sport</a></nav><article><h1>Town Bridge to close</h1>");
        for (int i = 0; i < 4; i++) {
            b.append("<p>The county council will close the Town Bridge for eleven weeks from February, paragraph ").append(i)
                    .append(", while engineers replace two corroded bearings under the main span of the bridge.</p>");
        }
        return b.append("</article>").append(comments).append("<footer><a href=/privacy>Privacy</a></footer></body></html>").toString();
    }

    @Test
    void aThreadWrapperYieldsItsCommentAndEachReplyAsRecords() {
        StringBuilder html = new StringBuilder("<div id=comments>");
        String[] names = {"@bramble_cat", "@weirwalker", "@Ffion"};
        for (int t = 0; t < 3; t++) {
            html.append("<ytd-comment-thread-renderer class=\"style-scope ytd-item-section-renderer\">")
                    .append(yt(names[t], WORDS[t]));
            if (t == 0) {
                html.append("<div id=replies class=\"style-scope ytd-comment-thread-renderer\"><div id=contents>")
                        .append(yt("@millrace", WORDS[3])).append(yt("@cobbles", WORDS[4])).append("</div></div>");
            }
            html.append("</ytd-comment-thread-renderer>");
        }
        List<ExtractedComment> cs = extractor.extract(page(html.append("</div>").toString()), PageFormat.AUTO).comments();

        assertThat(cs).extracting(ExtractedComment::author)
                .containsExactly("@bramble_cat", "@millrace", "@cobbles", "@weirwalker", "@Ffion");
        assertThat(cs.get(1).parentId()).isEqualTo(cs.get(0).id());
        assertThat(cs.get(2).parentId()).isEqualTo(cs.get(0).id());
        assertThat(cs.get(3).parentId()).isNull();
        assertThat(cs.get(0).text()).doesNotContain("quarry");
    }

    private static String yt(String handle, String text) {
        return "<ytd-comment-renderer class=\"style-scope ytd-comment-thread-renderer\"><div id=header>"
                + "<a id=author-text class=\"yt-simple-endpoint style-scope\" href=\"/" + handle + "\"><span>" + handle + "</span></a>"
                + "<yt-formatted-string class=\"published-time-text style-scope\"><a href=\"/watch?v=x&lc=1\">3 days ago</a></yt-formatted-string></div>"
                + "<yt-formatted-string id=content-text class=\"style-scope\">" + text + "</yt-formatted-string>"
                + "<span id=vote-count-middle class=\"style-scope\">4</span><div id=reply-button><a>Reply</a></div></ytd-comment-renderer>";
    }

    @Test
    void aReplyPreviewNamesTheParentByAuthorAndOpeningWordsAndIsNoText() {
        String[][] msgs = {{"Oksana Petrenko", null}, {"Magnus", null}, {"Oksana Petrenko", null}, {"Ines Carvalho", "0"}, {"Magnus", "2"}};
        StringBuilder html = new StringBuilder("<div class=tgme_widget_messages_wrap>");
        for (int i = 0; i < msgs.length; i++) {
            String reply = "";
            if (msgs[i][1] != null) {
                int p = Integer.parseInt(msgs[i][1]);
                reply = "<a class=tgme_widget_message_reply href=\"#c" + p + "\"><div class=tgme_widget_message_author><span class=tgme_widget_message_author_name>"
                        + msgs[p][0] + "</span></div><div class=tgme_widget_message_text>" + WORDS[p].substring(0, 50) + "&hellip;</div></a>";
            }
            html.append("<div class=tgme_widget_message data-comment=").append(100 + i).append("><div class=tgme_widget_message_bubble>")
                    .append("<div class=tgme_widget_message_author><a class=tgme_widget_message_author_name href=\"https://t.me/u").append(i)
                    .append("\">").append(msgs[i][0]).append("</a></div>").append(reply)
                    .append("<div class=tgme_widget_message_text>").append(WORDS[i]).append("</div>")
                    .append("<a class=tgme_widget_message_date href=\"#c").append(i).append("\"><time datetime=\"2026-11-21T14:0").append(i)
                    .append(":00+00:00\">14:0").append(i).append("</time></a></div></div>");
        }
        List<ExtractedComment> cs = extractor.extract(page(html.append("</div>").toString()), PageFormat.AUTO).comments();

        assertThat(cs).hasSize(5);
        // the third message is Oksana's too: the preview's opening words pick her first one
        assertThat(cs.get(3).parentId()).isEqualTo(cs.get(0).id());
        assertThat(cs.get(4).parentId()).isEqualTo(cs.get(2).id());
        assertThat(cs.get(3).text()).isEqualTo(WORDS[3]);
        assertThat(cs.get(3).author()).isEqualTo("Ines Carvalho");
    }

    @Test
    void anInResponseToLineNamesTheParent() {
        StringBuilder html = new StringBuilder("<div class=message-list>");
        String[] names = {"Oksana Petrenko", "weirwalker", "Magnus", "Ines Carvalho"};
        for (int i = 0; i < names.length; i++) {
            html.append("<div class=lia-message-view-wrapper><div class=lia-message-author><a class=lia-user-name-link href=\"/t5/user/viewprofilepage/user-id/")
                    .append(i).append("\">").append(names[i]).append("</a></div><span class=DateTime>11-2").append(i)
                    .append("-2026 02:14 PM</span>")
                    .append(i == 3 ? "<div class=lia-message-parent-link>In response to <a class=lia-user-name-link href=\"/t5/user/viewprofilepage/user-id/1\">weirwalker</a></div>" : "")
                    .append("<div class=lia-message-body-content><p>").append(WORDS[i]).append("</p></div></div>");
        }
        List<ExtractedComment> cs = extractor.extract(page(html.append("</div>").toString()), PageFormat.AUTO).comments();

        assertThat(cs).extracting(ExtractedComment::author).containsExactly(names);
        assertThat(cs).extracting(ExtractedComment::parentId).containsExactly(null, null, null, cs.get(1).id());
        assertThat(cs.get(3).text()).isEqualTo(WORDS[3]);
    }

    @Test
    void camelCaseClassesAmongHashedOnesNameTheAuthorTheTimeAndTheLikes() {
        StringBuilder html = new StringBuilder("<div class=_4k-6>");
        String[] names = {"Beatrix L", "Ines Carvalho", "townplanner_no", "Hamza Q"};
        for (int i = 0; i < names.length; i++) {
            html.append("<div class=\"_3-8y _5nz1 clearfix\"><div class=_ohe><img class=_1ci src=/av.jpg></div><div class=UFICommentContentBlock>")
                    .append("<a class=\" UFICommentActorName\" href=\"https://fb.example/").append(i).append("\">").append(names[i]).append("</a>")
                    .append("<div class=_3-8m><span class=_5mdd><span>").append(WORDS[i]).append("</span></span></div>")
                    .append("<div class=\"fsm fwn fcg UFICommentActions\"><a class=UFILikeLink>Like</a> &middot; <a class=UFIReplyLink>Reply</a> &middot; ")
                    .append("<span class=_4vn2><i class=\"_3-8_ img sp_like\"></i>").append(10 + i).append("</span> &middot; ")
                    .append("<abbr class=\"UFISutroCommentTimestamp livetimestamp\" data-utime=\"1795000000\" title=\"Monday, November 16, 2026 at 9:1")
                    .append(i).append(" AM\">3d</abbr></div></div></div>");
        }
        List<ExtractedComment> cs = extractor.extract(page(html.append("</div>").toString()), PageFormat.AUTO).comments();

        assertThat(cs).extracting(ExtractedComment::author).containsExactly(names);
        assertThat(cs.get(2).postedAt()).isEqualTo("2026-11-16T09:12");
        assertThat(cs).extracting(ExtractedComment::likes).containsExactly(10, 11, 12, 13); // the count beside the like icon
        assertThat(cs.get(2).text()).isEqualTo(WORDS[2]);
    }

    @Test
    void anOpeningPostBoxAndQuotesNamedByTheirOwnClassGiveTheForumThread() {
        StringBuilder html = new StringBuilder("<div class=forum_op><div class=forum_op_author><a class=forum_op_author href=\"https://steam.example/id/u0\">"
                + "Oksana Petrenko</a></div><span class=date title=\"12 November, 2026 @ 9:31:00 am GMT\">12 Nov @ 9:31am</span>"
                + "<div class=topic>Bridge closure</div><div class=content>" + WORDS[0] + "</div></div><div class=commentthread_area>"
                + "<div class=commentthread_header>Showing 1-3 of 3 comments</div><div class=commentthread_comments>");
        String[] names = {"weirwalker", "cobbles", "Ffion"};
        for (int i = 0; i < 3; i++) {
            html.append("<div class=commentthread_comment><div class=commentthread_comment_author><a class=commentthread_author_link href=\"https://steam.example/id/u")
                    .append(i + 1).append("\"><bdi>").append(names[i]).append("</bdi></a><span class=commentthread_comment_timestamp title=\"12 November, 2026 @ 1")
                    .append(i).append(":12:00 pm GMT\">12 Nov @ 1").append(i).append(":12pm</span></div><div class=commentthread_comment_text>")
                    .append(i == 2 ? "<blockquote class=\"bb_blockquote with_author\"><div class=bb_quoteauthor>Originally posted by <b>Oksana Petrenko</b>:</div>"
                            + WORDS[0].substring(0, 40) + "</blockquote>" : "")
                    .append(WORDS[i + 1]).append("</div></div>");
        }
        List<ExtractedComment> cs = extractor.extract(page(html.append("</div></div>").toString()), PageFormat.AUTO).comments();

        assertThat(cs).extracting(ExtractedComment::author).containsExactly("Oksana Petrenko", "weirwalker", "cobbles", "Ffion");
        assertThat(cs.get(3).parentId()).isEqualTo(cs.get(0).id());
        assertThat(cs.get(3).text()).isEqualTo(WORDS[3]);
        assertThat(cs.get(1).parentId()).isNull();
    }

    @Test
    void aNameAndAFullDateInBareDivsOpenARecord() throws Exception {
        // Cusdis (utility classes only), as in heldout3: the name in one div, "2026-11-15 07:18" in the next, a
        // "MOD" badge inside one name
        String html = java.nio.file.Files.readString(java.nio.file.Path.of("training-data/extraction/heldout3/pages/cusdis.html"));
        List<ExtractedComment> cs = extractor.extract(html, PageFormat.AUTO).comments();

        assertThat(cs).hasSize(11);
        assertThat(cs).extracting(ExtractedComment::author).doesNotContainNull().doesNotContain("MOD").contains("Dewi Harris");
        assertThat(cs).allSatisfy(c -> assertThat(c.postedAt()).matches("2026-11-\\d\\dT\\d\\d:\\d\\d"));
        assertThat(cs).allSatisfy(c -> assertThat(c.text()).doesNotStartWith(c.author()));
    }
}
