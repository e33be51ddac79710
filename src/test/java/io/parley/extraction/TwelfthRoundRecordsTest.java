package io.parley.extraction;

import org.junit.jupiter.api.Test;

import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Record shapes and fields of the twelfth held-out round (training-data/extraction/heldout11), each on its page, for
 * the causes its "before" figures showed (heldout11/README.md).
 */
class TwelfthRoundRecordsTest {

    private static List<ExtractedComment> comments(String page) throws Exception {
        return GoldPageComments.of("heldout11", page, null);
    }

    @Test
    void aClassRestatingAnotherWithAPlaceWordIsNoShape() throws Exception {
        // TYPO3's "comment-item comment-reply-item", HubSpot's "comment comment-reply-to", ProcessWire's
        // "CommentListItem CommentHasReplies": before, the replies (or the commented-on) were another kind and dropped
        List<ExtractedComment> typo3 = comments("typo3");
        assertThat(typo3).hasSize(12);
        assertThat(typo3.get(2).parentId()).isEqualTo(typo3.get(1).id());
        assertThat(typo3.get(7).parentId()).isEqualTo(typo3.get(6).id());
        assertThat(typo3.get(0).postedAt()).isEqualTo("2026-11-26T13:27"); // "schrieb am 26.11.2026 um 13:27 Uhr"
        assertThat(typo3.get(2).likes()).isEqualTo(12); // "Gefällt mir (12)"

        List<ExtractedComment> hub = comments("hubspot");
        assertThat(hub).hasSize(11);
        // flat siblings indented by margin-left: the indent is the depth
        assertThat(hub.get(1).parentId()).isEqualTo(hub.get(0).id());
        assertThat(hub.get(10).parentId()).isEqualTo(hub.get(9).id());
        assertThat(hub.get(5).parentId()).isNull();

        List<ExtractedComment> pw = comments("processwire");
        assertThat(pw).hasSize(12);
        assertThat(pw.get(5).parentId()).isEqualTo(pw.get(4).id());
        assertThat(pw.get(1).likes()).isEqualTo(38); // the CommentUpvoteCnt, not the down count beside it
    }

    @Test
    void anIndentInEmNestsAFlatList() throws Exception {
        // 1C-Bitrix: div.blog-comment siblings with style="padding-left:2em" / "5em"; before, all top level
        List<ExtractedComment> cs = comments("bitrix");
        assertThat(cs).hasSize(13);
        assertThat(cs.get(2).parentId()).isEqualTo(cs.get(1).id());
        assertThat(cs.get(5).parentId()).isEqualTo(cs.get(4).id());
        assertThat(cs.get(6).parentId()).isEqualTo(cs.get(4).id());
        assertThat(cs.get(3).parentId()).isNull();
        assertThat(cs.get(0).likes()).isEqualTo(37); // "+37"
    }

    @Test
    void theNameLinkedWhereTheAvatarLinksIsTheAuthorAndABylineCommaIsNoPartOfIt() throws Exception {
        // Douban: <a title=name href=U><img></a> ... <a href=U>name</a>; before, the location ("英国") or the whole line
        List<ExtractedComment> db = comments("douban");
        assertThat(db).extracting(ExtractedComment::author).startsWith("towpath_tess", "Marek Kowalczyk", "Saoirse Quinn");
        assertThat(db.get(0).likes()).isEqualTo(24); // "24 有用"
        assertThat(db.get(0).postedAt()).isEqualTo("2026-11-24T12:54"); // the comment-time's title

        // SilverStripe: "Posted by <a>Pip</a>, 21/11/2026 2:05pm" after the text; before, "Pip,"; its "Reply to Pip"
        // button names the comment itself, not a parent
        List<ExtractedComment> ss = comments("silverstripe");
        assertThat(ss.get(0).author()).isEqualTo("Pip");
        assertThat(ss.get(1).author()).isEqualTo("Vikram S.");
        assertThat(ss.get(8).parentId()).isNull();
        assertThat(ss.get(1).parentId()).isEqualTo(ss.get(0).id());
    }

    @Test
    void theUpCountOfAnUpDownPairAndDatesInOtherOrders() throws Exception {
        // e107: a rating box "2 0" (up, down) and "Nov 21 2026 : 08:52"; before, likes 0 and the date alone
        List<ExtractedComment> e107 = comments("e107");
        assertThat(e107.get(0).likes()).isEqualTo(2);
        assertThat(e107.get(1).likes()).isEqualTo(30);
        assertThat(e107.get(0).postedAt()).isEqualTo("2026-11-21T08:52");
        assertThat(e107.get(0).text()).doesNotEndWith("0");

        // Naver: "공감 9 비공감 3" (the counts' classes say up and down), "2026.11.19. 15:09"; before, neither
        List<ExtractedComment> nv = comments("naver");
        assertThat(nv).hasSize(13);
        assertThat(nv.get(0).likes()).isEqualTo(9);
        assertThat(nv.get(0).postedAt()).isEqualTo("2026-11-19T15:09");
        assertThat(nv.get(2).parentId()).isEqualTo(nv.get(1).id());
    }

    @Test
    void repliedToAFirstNameWithinAThreadAndAYearlessDateNearThePageDate() throws Exception {
        // VK: deeper replies sit beside each other under the thread's first comment, "replied to Saoirse" naming the
        // one answered; "21 Nov at 2:23 pm" with no year, no clock and no fetch time: the year nearest the story's date
        List<ExtractedComment> cs = comments("vk");
        assertThat(cs).hasSize(13);
        assertThat(cs.get(8).parentId()).isEqualTo(cs.get(7).id()); // "replied to ferrywatcher"
        assertThat(cs.get(11).parentId()).isEqualTo(cs.get(10).id()); // "replied to Saoirse" (Saoirse Quinn)
        assertThat(cs.get(1).parentId()).isEqualTo(cs.get(0).id());
        assertThat(cs.get(0).postedAt()).isEqualTo("2026-11-21T14:23");
    }

    @Test
    void dateFormsOfThisRound() {
        assertThat(Dates.find("2026.11.19. 15:09")).isEqualTo("2026-11-19T15:09"); // Naver
        assertThat(Dates.find("schrieb am 26.11.2026 um 13:27 Uhr:")).isEqualTo("2026-11-26T13:27");
        assertThat(Dates.find("Nov 21 2026 : 08:52")).isEqualTo("2026-11-21T08:52"); // e107
        assertThat(Dates.find("version 1.2026.3.4")).isNull();
        assertThat(Dates.isYearless("21 Nov at 2:14 pm")).isTrue();
        assertThat(Dates.yearless("21 Nov at 2:14 pm", "2026-12-06T08:30")).isEqualTo("2026-11-21T14:14");
        // no clock: the year nearest the page's date, "2 Jan" under a story of 28 December is the next year's
        assertThat(Dates.yearlessNear("2 Jan at 9:05 am", "2026-12-28")).isEqualTo("2027-01-02T09:05");
        assertThat(Dates.yearlessNear("Nov 21", "2026-11-23T06:30")).isEqualTo("2026-11-21");
        assertThat(Dates.yearlessNear("Nov 21", null)).isNull();
    }

    @Test
    void aPlaceVariantWithUnderscoresIsNoShapeEither() {
        // the same rule in snake case: "comment_item comment_reply_item" beside "comment_item"
        StringBuilder html = new StringBuilder("<html><body><h1>Bridge shut</h1><p>The footbridge closed on Monday after an "
                + "inspection found cracked bearings at both ends; repairs take until March.</p><div class=\"comments_list\">");
        String[] names = {"Ann Lee", "Bo Park", "Cy Diaz", "Di Moss", "Ed Shaw", "Flo Kerr"};
        for (int i = 0; i < names.length; i++) {
            boolean reply = i % 2 == 1;
            html.append("<div class=\"comment_item").append(reply ? " comment_reply_item" : "").append("\" style=\"margin-left:")
                    .append(reply ? 40 : 0).append("px\"><span class=\"comment_author\">").append(names[i])
                    .append("</span> <span class=\"comment_date\">2" + i + ".11.2026 14:1" + i + "</span><div class=\"comment_text\"><p>Comment number ")
                    .append(i).append(" says the diversion through the industrial estate adds twenty minutes each way.</p></div></div>");
        }
        html.append("</div></body></html>");
        List<ExtractedComment> cs = GoldPageComments.extractor().extract(html.toString(), PageFormat.HTML, null).comments();
        assertThat(cs).extracting(ExtractedComment::author).containsExactly(names);
        assertThat(cs.get(1).parentId()).isEqualTo(cs.get(0).id());
        assertThat(cs.get(2).parentId()).isNull();
        assertThat(cs.get(5).parentId()).isEqualTo(cs.get(4).id());
    }

    @Test
    void datesInOtherLanguagesWordsAndOrders() {
        assertThat(Dates.find("2026年11月21日 14:14")).isEqualTo("2026-11-21T14:14"); // Japanese, Chinese
        assertThat(Dates.find("2026년 11월 21일 14:14")).isEqualTo("2026-11-21T14:14");
        assertThat(Dates.find("2026. 11. 21. 오후 2:14")).isEqualTo("2026-11-21T14:14"); // Korean, afternoon
        assertThat(Dates.find("2026. 11. 21. 14:14")).isEqualTo("2026-11-21T14:14");
        assertThat(Dates.find("2026/11/21(土) 14:14")).isEqualTo("2026-11-21T14:14");
        assertThat(Dates.find("21 ноября 2026 в 14:14")).isEqualTo("2026-11-21T14:14");
        assertThat(Dates.find("le 21 novembre 2026 à 14h14")).isEqualTo("2026-11-21T14:14");
        assertThat(Dates.find("21 de noviembre de 2026 a las 14:14")).isEqualTo("2026-11-21T14:14");
        assertThat(Dates.find("3 de dezembro de 2026 às 09:05")).isEqualTo("2026-12-03T09:05");
        assertThat(Dates.find("21 mei 2026 om 14:14")).isEqualTo("2026-05-21T14:14");
        // a month's word of another language only between a day and a year: "mei" or "mars" elsewhere is no date
        assertThat(Dates.find("mars 2026 was cold")).isNull();
        assertThat(Dates.find("the 2026 plan")).isNull();
    }

    @Test
    void aLikeButtonsWordsAndCountWhateverItsClasses() {
        // no class names the count: the button's words do, in the page's language (before, no likes at all)
        String[] buttons = {"<button type=button>Like 12</button>", "<button>\u2665 7</button>", "<span>\uD83D\uDC4D 3</span>",
                "<button>\u3044\u3044\u306d 5</button>", "<a href=#>\uC88B\uC544\uC694 9</a>", "<a href=#>Gef\u00e4llt mir \u00b7 4</a>",
                "<span>J'aime (2)</span>", "<button><span>Like</span> <span>11</span></button>", "<button>Replies 6</button>"};
        StringBuilder html = new StringBuilder("<html><body><h1>Bridge shut</h1><p>The footbridge closed on Monday after an "
                + "inspection found cracked bearings at both ends; repairs take until March.</p><ol class=\"comment-list\">");
        for (int i = 0; i < buttons.length; i++) {
            html.append("<li class=\"comment\"><div class=\"comment-meta\"><span class=\"comment-author\">user").append(i)
                    .append("</span> <span class=\"comment-date\">2026-11-21 14:1").append(i).append("</span></div><div class=\"comment-content\">"
                            + "<p>Comment number ").append(i).append(" says the diversion adds twenty minutes each way.</p></div><div class=\"actions\">")
                    .append(buttons[i]).append(" <a href=\"#r\">Reply</a></div></li>");
        }
        html.append("</ol></body></html>");
        List<ExtractedComment> cs = GoldPageComments.extractor().extract(html.toString(), PageFormat.HTML, null).comments();
        assertThat(cs).extracting(ExtractedComment::likes).containsExactly(12, 7, 3, 5, 9, 4, 2, 11, null);
        assertThat(cs).allSatisfy(c -> assertThat(c.text()).endsWith("each way."));
    }

    @Test
    void datedRecordsOfAnyClassInsideTheElementNamedForTheComments() {
        // Bootstrap's media objects: no class says comment, no author class; the section they stand in does (before:
        // no comment, "unparsed"). The same list outside such a section stays no thread.
        String item = "<li class=\"media\"><img class=\"media-object\" src=\"/a.png\"><div class=\"media-body\"><h4 class=\"media-heading\">%s "
                + "<small>Nov 2%d, 2026 at 2:14 pm</small></h4><p>Comment number %d says the diversion through the estate adds twenty "
                + "minutes each way for everyone who walks.</p></div></li>";
        StringBuilder items = new StringBuilder();
        String[] names = {"Ann Lee", "bo_park", "Cy Diaz", "Di Moss"};
        for (int i = 0; i < names.length; i++) {
            items.append(String.format(item, names[i], i, i));
        }
        String story = "<html><body><h1>Bridge shut</h1><p>The footbridge closed on Monday after an inspection found cracked "
                + "bearings at both ends; repairs take until March, the council said.</p>";
        List<ExtractedComment> in = GoldPageComments.extractor().extract(story + "<div id=\"comments\" class=\"comments-area\"><ul class=\"media-list\">"
                + items + "</ul></div></body></html>", PageFormat.HTML, null).comments();
        assertThat(in).extracting(ExtractedComment::author).containsExactly(names);
        assertThat(in.get(1).postedAt()).isEqualTo("2026-11-21T14:14");
        List<ExtractedComment> out = GoldPageComments.extractor().extract(story + "<div class=\"latest-news\"><ul class=\"media-list\">"
                + items + "</ul></div></body></html>", PageFormat.HTML, null).comments();
        assertThat(out).isEmpty();
    }

    @Test
    void aNumberedByHeaderNamesThePosterAndAnIndentInExNests() throws Exception {
        // Fossil's forum (heldout10-text's HTML page): "(2) By tomaszzielinski on 2026-11-23 14:03:00 in reply to 1" in a
        // div.forumHier indented "margin-left: 4ex" a level; before, no comment at all ("unparsed")
        List<ExtractedComment> cs = GoldPageComments.of("heldout10-text", "fossil", null);
        assertThat(cs).hasSize(12);
        assertThat(cs.get(0).author()).isEqualTo("runnerbean_ruth");
        assertThat(cs.get(1).author()).isEqualTo("tomaszzielinski");
        assertThat(cs.get(1).parentId()).isEqualTo(cs.get(0).id());
        assertThat(cs.get(1).postedAt()).isEqualTo("2026-11-23T14:03");
    }
}
