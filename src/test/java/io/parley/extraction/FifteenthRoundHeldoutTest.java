package io.parley.extraction;

import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * training-data/extraction/heldout14 and heldout14-forums (round15): comment systems and forum engines no earlier gold
 * covered, which main 3b5a7375 gave as silent none (FanFiction-like rows, Google-Play-like cards, AcmlmBoard tables),
 * unparsed (Ikonboard tables, PeerTube's thread wrappers) or with flat replies (HFR's "X a écrit :" citations, Naver
 * Cafe's nickname tags).
 */
class FifteenthRoundHeldoutTest {

    private static final String THREADS = "heldout14";
    private static final String FORUMS = "heldout14-forums";
    private static final String FETCHED = "2026-12-07T10:15:00Z";

    private static List<ExtractedComment> of(String round, String page) throws Exception {
        return GoldPageComments.of(round, page, FETCHED);
    }

    @Test
    void aReviewListNamedByTheHeadingBeforeItIsRead() throws Exception {
        // bare table rows under "Reviews for X", each a name, "chapter n . date" and the words: before, silent none
        List<ExtractedComment> cs = of(THREADS, "fanfiction");

        assertThat(cs).hasSize(12);
        assertThat(cs.get(0).postedAt()).isEqualTo(GoldPageComments.gold(THREADS, "fanfiction").get(0).get("time").asText());
        // (the linked names; a guest's plain name has no cue)
        assertThat(cs.get(0).author()).isEqualTo(GoldPageComments.goldAuthors(THREADS, "fanfiction").get(0));
    }

    @Test
    void hashedClassReviewCardsUnderARatingsHeadingAreReadWithoutTheirStars() throws Exception {
        List<ExtractedComment> cs = of(THREADS, "gplay");
        List<String> reviewers = new java.util.ArrayList<>();
        GoldPageComments.gold(THREADS, "gplay").forEach(c -> {
            if (c.get("parent").isNull()) {
                reviewers.add(c.get("author").asText());
            }
        });

        // (the developer's responses inside the cards are the reviews' children since html17: RecordLeftoversTest)
        assertThat(cs.stream().filter(c -> c.parentId() == null).map(ExtractedComment::author).toList()).isEqualTo(reviewers);
    }

    @ParameterizedTest
    @ValueSource(strings = {"acmlm", "ikonboard"})
    void bareForumTablesWithUserPanesArePosts(String page) throws Exception {
        // AcmlmBoard gives its header, posts and footer one table class; Ikonboard's tables have none
        List<ExtractedComment> cs = of(FORUMS, page);

        assertThat(cs.stream().map(ExtractedComment::author).toList()).isEqualTo(GoldPageComments.goldAuthors(FORUMS, page));
    }

    @Test
    void ikonboardsQuoteTablesNameTheParent() throws Exception {
        assertThat(GoldPageComments.parents(of(FORUMS, "ikonboard"))).isEqualTo(GoldPageComments.goldParents(FORUMS, "ikonboard"));
    }

    @Test
    void threadWrappersOpeningWithAnEmptyAnchorHoldTheirRecordAndItsReplies() throws Exception {
        // PeerTube: div > (div.anchor, my-video-comment > … div.children > div > my-video-comment): before, the 5
        // top-level threads only, `unparsed`
        List<ExtractedComment> cs = of(THREADS, "peertube");

        assertThat(cs).hasSize(12);
        assertThat(GoldPageComments.parents(cs)).isEqualTo(GoldPageComments.goldParents(THREADS, "peertube"));
    }

    @Test
    void anAgeInsideADatePartIsReadFromItsLinksTitle() throws Exception {
        // span.comment-account-date holds the name and a.comment-date "2 weeks ago" titled "Nov 22, 2026, 12:47:00 PM":
        // the minute of the title, not the day two weeks before the fetch
        List<ExtractedComment> cs = of(THREADS, "peertube");
        List<String> gold = new java.util.ArrayList<>();
        GoldPageComments.gold(THREADS, "peertube").forEach(c -> gold.add(c.get("time").asText()));

        assertThat(cs.stream().map(ExtractedComment::postedAt).toList()).isEqualTo(gold);
    }

    @Test
    void aLocalizedQuoteHeadNamesTheQuotedPost() throws Exception {
        // HFR-like: table.citation headed "X a écrit :"; before, every post top-level with the quote in its words
        List<ExtractedComment> cs = of(FORUMS, "hfr");

        assertThat(GoldPageComments.parents(cs)).isEqualTo(GoldPageComments.goldParents(FORUMS, "hfr"));
        assertThat(cs.get(2).text()).doesNotContain("a écrit");
    }

    @Test
    void aNicknameTagOpeningAReplyNamesWhomItAnswers() throws Exception {
        // Naver-Cafe-like: <a class="text_nickname">Gus</a> before the words of a reply to Gus
        List<ExtractedComment> cs = of(FORUMS, "navercafe");
        List<Integer> gold = GoldPageComments.goldParents(FORUMS, "navercafe");

        // (the article, the gold's first post, is the first post since html17: RecordLeftoversTest)
        assertThat(GoldPageComments.parents(cs)).isEqualTo(gold);
    }

    @Test
    void aCommentsHeadingOverLinkTeasersIsNoCommentList() {
        String teaser = "<li><a href=\"/news/%d\">%s: the council's plan for the lights, what it means for your street</a> "
                + "<span class=\"date\">21 November 2026 14:%02d</span> <a class=\"author\" href=\"/author/ed\">Ed Wainwright</a></li>";
        StringBuilder list = new StringBuilder();
        for (int i = 0; i < 4; i++) {
            list.append(String.format(teaser, 900 + i, "Story " + i, 10 + i));
        }
        String html = "<html><body><article><h1>Street lights</h1><p>The council will switch off most residential street lights "
                + "between midnight and 5am from February, under a plan approved on Wednesday.</p></article>"
                + "<aside><h3>Comments</h3><ul>" + list + "</ul></aside></body></html>";

        ExtractedPage p = GoldPageComments.extractor().extract(html, PageFormat.HTML, FETCHED);

        assertThat(p.comments()).isEmpty();
    }

    @Test
    void aDashedDateWithATwoDigitYearIsReadOnlyWithItsClock() throws Exception {
        // AcmlmBoard: "Posted on 11-25-26 08:00:00 AM"; the user cell's "Since: 01-01-05" has no clock and stays no date
        assertThat(Dates.find("Posted on 11-25-26 08:00:00 AM")).isEqualTo("2026-11-25T08:00");
        assertThat(Dates.find("Posted on 11-25-26 12:02:00 PM")).isEqualTo("2026-11-25T12:02");
        assertThat(Dates.find("21-11-26 14:14")).isEqualTo("2026-11-21T14:14");
        assertThat(Dates.find("Since: 01-01-05")).isNull();
        assertThat(GoldPageComments.of(FORUMS, "acmlm", FETCHED).stream().map(ExtractedComment::postedAt).toList())
                .isEqualTo(GoldPageComments.gold(FORUMS, "acmlm").findValuesAsText("time"));
    }

    @Test
    void aRatingsStarsAndMenuButtonAfterANameAreNoPartOfIt() {
        assertThat(AuthorNames.tidy("millane_mike \u22ee \u2605\u2605\u2605\u2605")).isEqualTo("millane_mike");
        assertThat(AuthorNames.tidy("Clodagh Byrne \u2605")).isEqualTo("Clodagh Byrne");
        assertThat(AuthorNames.tidy("\u2605starlight\u2605")).isEqualTo("\u2605starlight\u2605");
    }
}
