package io.parley.extraction;

import com.fasterxml.jackson.databind.JsonNode;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

/**
 * Issue 22's leftovers on our gold pages (html17): each a shape many comment systems share, checked on the gold page
 * that showed it. Before, on main 8debdffa: iDNES-like boxes 8 of 13 without authors, Google-Play-like developer
 * responses inside the review cards, Naver-Cafe-like article missing as the first post, Weibo-like feed unparsed,
 * Tiki's "Re:" replies top-level in the dump, likes missing on Akkoma-like and comment-rating pages, a sidebar's
 * "TWITTER" title as a comment.
 */
class RecordLeftoversTest {

    private static final String FETCHED = "2026-12-07T10:15:00Z";

    private static List<ExtractedComment> of(String round, String page) throws Exception {
        return GoldPageComments.of(round, page, FETCHED);
    }

    private static List<String> goldField(String round, String page, String field) throws Exception {
        List<String> out = new ArrayList<>();
        GoldPageComments.gold(round, page).forEach(c -> out.add(c.get(field).isNull() ? null : c.get(field).asText()));
        return out;
    }

    @Test
    void userPrefixedPartsOfARecordKeepTheirClassSoTheNameBarIsRead() throws Exception {
        // div.user-bar (the h4 name, "24. 11. 2026 14:55", "+33/−3") and div.user-text in each box: "user-" was
        // dropped from every class as if per-commenter, the parts became class-less divs and the boxes were lost
        List<ExtractedComment> cs = of("heldout14", "idnes");

        assertThat(cs).extracting(ExtractedComment::author).containsExactlyElementsOf(GoldPageComments.goldAuthors("heldout14", "idnes"));
        assertThat(cs).extracting(ExtractedComment::postedAt).containsExactlyElementsOf(goldField("heldout14", "idnes", "time"));
        assertThat(GoldPageComments.parents(cs)).containsExactlyElementsOf(GoldPageComments.goldParents("heldout14", "idnes"));
    }

    @Test
    void aResponseBoxInsideAReviewCardIsThatReviewsChild() throws Exception {
        // the developer's response (name line, date line, words) after the review's words in its card
        List<ExtractedComment> cs = of("heldout14", "gplay");

        assertThat(cs).extracting(ExtractedComment::author).containsExactlyElementsOf(GoldPageComments.goldAuthors("heldout14", "gplay"));
        assertThat(GoldPageComments.parents(cs)).containsExactlyElementsOf(GoldPageComments.goldParents("heldout14", "gplay"));
        // "23 people found this review helpful": the review's likes, and no words of it
        assertThat(cs.get(1).likes()).isEqualTo(23);
        assertThat(cs.get(1).text()).doesNotContain("found this review helpful");
    }

    @Test
    void anArticleWhosePartsAreTheCommentsWithoutTheirPrefixIsTheFirstPost() throws Exception {
        // "nickname" / "date" above comments whose parts are "comment_nickname" / "comment_info_date"
        List<ExtractedComment> cs = of("heldout14-forums", "navercafe");
        JsonNode first = GoldPageComments.gold("heldout14-forums", "navercafe").get(0);

        assertThat(cs).hasSize(12);
        assertThat(cs.get(0).author()).isEqualTo(first.get("author").asText());
        assertThat(cs.get(0).postedAt()).isEqualTo(first.get("time").asText());
        assertThat(cs.get(0).text()).startsWith(first.get("text").asText().substring(0, 40));
    }

    @Test
    void aLinkNamedAsTheAvatarsAltIsTheAuthor() throws Exception {
        // "name：words" in one element, the name a link whose href says nothing, the avatar's alt the same name
        List<ExtractedComment> cs = of("heldout13", "weibo");

        assertThat(cs).extracting(ExtractedComment::author).containsExactlyElementsOf(GoldPageComments.goldAuthors("heldout13", "weibo"));
        assertThat(GoldPageComments.parents(cs)).containsExactlyElementsOf(GoldPageComments.goldParents("heldout13", "weibo"));
    }

    @Test
    void aCountAfterAnIconButtonTitledAsALikeIsTheLikes() throws Exception {
        // Akkoma: <button title="Favorite"><i class="icon-star"></i></button><span>32</span>
        List<ExtractedComment> cs = of("heldout14", "akkoma");
        List<Integer> gold = new ArrayList<>();
        GoldPageComments.gold("heldout14", "akkoma").forEach(c -> gold.add(c.get("likes").isNull() ? null : c.get("likes").asInt()));

        assertThat(cs).extracting(ExtractedComment::likes).containsExactlyElementsOf(gold);
    }

    @Test
    void aTimeAfterABarIsTheCommentsMinute() throws Exception {
        // Corriere-like "27 novembre 2026 | 12:36"
        List<ExtractedComment> cs = of("heldout14", "corriere");

        assertThat(cs).extracting(ExtractedComment::postedAt).containsExactlyElementsOf(goldField("heldout14", "corriere", "time"));
        assertThat(Dates.find("24. 11. 2026 14:55")).isEqualTo("2026-11-24T14:55");
        assertThat(Dates.find("Nov 21, 2026 | 12 comments")).isEqualTo("2026-11-21");
    }

    @Test
    void aReSubjectInADumpAnswersTheCommentWithThatSubject() throws Exception {
        // Tiki printed flat: "Re: The engineers' report was" over a reply; the dump keeps no deeper level, so each
        // reply is the titled comment's child (gold nests some deeper: 7 of 11 parents, 4 before)
        String dump = Files.readString(Path.of("training-data/extraction/heldout13-text/text/tiki.txt"));
        List<ExtractedComment> cs = new TextExtractor(Deadline.none()).extract(dump).comments();

        assertThat(GoldPageComments.parents(cs)).containsExactly(-1, 0, 0, 0, 0, 0, -1, 6, 6, -1, -1);
    }

    @Test
    void headersOfTwoLengthsNumberedInOneRunAreOneFlatList() throws Exception {
        // happy-mothering.com as w3m prints it: "1 Teresha August 9, 2012 at 9:03 am" beside "2 Charise @ … / Twitter:
        // ithoughtiknewma / August 9, 2012 at 9:44 am": two header shapes, one numbered list, no replies (before,
        // the three-line ones were read as comments on the one-line ones above them)
        assumeTrue(Files.exists(GoldPageComments.DRAGNET_TRAIN), "../shared/data is absent: the real pages cannot be read");
        assumeTrue(Files.isExecutable(Path.of("/usr/bin/w3m")), "w3m is absent: no text dumps");
        DragnetCorpus corpus = DragnetCorpus.open(GoldPageComments.DRAGNET_TRAIN);
        String html = PageInput.of(Files.readAllBytes(corpus.html("T128")), "text/html", null).content();
        List<ExtractedComment> cs = GoldPageComments.extractor().extract(ThreadEvaluator.w3m(html), PageFormat.TEXT, null).comments();

        assertThat(cs).hasSize(8);
        assertThat(GoldPageComments.parents(cs)).containsExactlyElementsOf(GoldPageComments.goldParents("heldout15-real", "dragnet-T128"));
    }

    @Test
    void aThumbUpPicturesCountIsTheLikesAndAnUnsignedWidgetTitleIsNoComment() throws Exception {
        assumeTrue(Files.exists(GoldPageComments.DRAGNET_TRAIN), "../shared/data is absent: the real pages cannot be read");
        DragnetCorpus corpus = DragnetCorpus.open(GoldPageComments.DRAGNET_TRAIN);
        // getreligion.org: <img alt="Thumb up" title="Thumb up"> <span id="karma-…-up">1</span>
        List<ExtractedComment> t124 = GoldPageComments.ofRealPage(corpus, "T124");
        List<Integer> likes = new ArrayList<>();
        GoldPageComments.gold("heldout15-real", "dragnet-T124").forEach(c -> likes.add(c.get("likes").asInt()));
        assertThat(t124).extracting(ExtractedComment::likes).containsExactlyElementsOf(likes);
        // shankman.com: eight signed comments, and "TWITTER" over the sidebar's tweet is not a ninth
        List<ExtractedComment> r893 = GoldPageComments.ofRealPage(corpus, "R893");
        assertThat(r893).extracting(ExtractedComment::author)
                .containsExactlyElementsOf(GoldPageComments.goldAuthors("heldout15-real", "dragnet-R893"));
    }
}
