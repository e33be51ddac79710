package io.parley.extraction;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * Forum posts of the twelfth forum round (training-data/extraction/heldout12-forums), HTML and {@code w3m -dump} text:
 * every post a comment, the first one too, with its poster and the post it quotes. Each case failed on main 01fb6b9
 * (a byline's label or no name as the author, a member's join date as the post's time, quotes naming no parent, dumps
 * with no post at all or the posts shifted against their headers).
 */
class TwelfthRoundForumsTest {

    private static final String ROUND = "heldout12-forums";

    private static List<ExtractedComment> comments(String page) throws Exception {
        return GoldPageComments.of(ROUND, page, null);
    }

    private static List<ExtractedComment> dumpComments(String round, String page) throws Exception {
        String dump = Files.readString(Path.of("training-data/extraction/" + round + "/text/" + page + ".txt"));
        return new TextExtractor(Deadline.none()).extract(dump).comments();
    }

    private static List<String> goldAuthors(String page) throws Exception {
        return GoldPageComments.goldAuthors(ROUND, page);
    }

    private static List<Integer> goldParents(String page) throws Exception {
        return GoldPageComments.goldParents(ROUND, page);
    }

    @Test
    void aBylineLabelBeforeTheNameIsNoPartOfIt() throws Exception {
        // PunBB 1.4: "<span>Reply by </span><strong>X</strong>" in the post's head; before: "Reply by X" as the author
        List<ExtractedComment> cs = comments("punbb14");
        assertThat(cs).extracting(ExtractedComment::author).containsExactlyElementsOf(goldAuthors("punbb14"));
        assertThat(GoldPageComments.parents(cs)).containsExactlyElementsOf(goldParents("punbb14"));
    }

    @Test
    void aWebComponentIsARecordAndItsAuthorAttributeNamesThePoster() throws Exception {
        // Reddit's <shreddit-comment author="x" depth="n">, nested, no class: before, blocks without author, time or
        // nesting; now every comment (the post itself, a <shreddit-post> of its own shape, is still missed)
        List<ExtractedComment> cs = comments("shreddit");
        List<String> gold = goldAuthors("shreddit");
        assertThat(cs).extracting(ExtractedComment::author).containsExactlyElementsOf(gold.subList(1, gold.size()));
        List<Integer> goldParents = goldParents("shreddit").subList(1, gold.size()).stream().map(p -> p < 0 ? -1 : p - 1).toList();
        assertThat(GoldPageComments.parents(cs)).containsExactlyElementsOf(goldParents);
        assertThat(cs.get(0).postedAt()).isEqualTo(GoldPageComments.gold(ROUND, "shreddit").get(1).get("time").asText());
    }

    @Test
    void aShortDatedHeadRowOpensAPostOfSeveralClassLessRows() throws Exception {
        // ZetaBoards: the row of the name and date, then the row of the user cell ("Joined: Jan 2, 2009") and the post,
        // a signature row now and then, the footer row; before: no author (the time is still the join date: left)
        List<ExtractedComment> cs = comments("zetaboards");
        assertThat(cs).extracting(ExtractedComment::author).containsExactlyElementsOf(goldAuthors("zetaboards"));
        assertThat(GoldPageComments.parents(cs)).containsExactlyElementsOf(goldParents("zetaboards"));
    }

    @Test
    void quoteHeadsOfMoreBoardsNameTheQuotedPost() throws Exception {
        // "X posted..." cites (GameFAQs), "Цитата" with the name in span.qName inside a div.bbQuoteBlock (uCoz); before,
        // the quotes named no one (uCoz's not even seen as a quote: its words stayed in the reply)
        for (String page : List.of("gamefaqs", "ucoz")) {
            assertThat(GoldPageComments.parents(comments(page))).as(page).containsExactlyElementsOf(goldParents(page));
        }
        // (the quoted words out of the reply; its signature under an hr.signatureHr is still in: left)
        assertThat(comments("ucoz").get(4).text()).startsWith(GoldPageComments.gold(ROUND, "ucoz").get(4).get("text").asText())
                .doesNotContain("Как казначей, счётчики воды");
        // "Le 22 novembre 2026 à 08:24:11 :X a écrit :" (jeuxvideo.com), "Quoting: X" over the box's own words
        // (miniBB): the poster named; where that poster wrote twice, the earlier post stands for the later one
        List<ExtractedComment> jvc = comments("jvc");
        assertThat(jvc.get(5).parentId()).isEqualTo(jvc.get(0).id());
        assertThat(jvc.get(10).parentId()).isEqualTo(jvc.get(9).id());
        List<ExtractedComment> minibb = comments("minibb");
        assertThat(minibb.get(6).parentId()).isEqualTo(minibb.get(3).id());
    }

    @Test
    void dashedAndFrenchHeaderDatesMakeDumpsWithPosts() throws Exception {
        // "Margaret Oduya OP · Sat 21-Nov-26 14:14:05" (Mumsnet) and "21 novembre 2026 à 14:14:05" under the pseudo
        // (jeuxvideo.com): before, no header date, so no post ("none"); the OP badge is no part of the name
        assertThat(Dates.find("Sat 21-Nov-26 14:14:05")).isEqualTo("2026-11-21T14:14");
        assertThat(Dates.find("21-Nov-2026")).isEqualTo("2026-11-21");
        assertThat(Dates.find("size 21-Nov-26 only")).isNull(); // (a two-digit year only beside its time of day)
        for (String page : List.of("mumsnet", "jvc")) {
            assertThat(dumpComments(ROUND, page)).as(page).extracting(ExtractedComment::author).containsExactlyElementsOf(goldAuthors(page));
        }
    }

    @Test
    void aUserBoxListedUnderANamingHeaderKeepsThatHeaderThePostsOwn() throws Exception {
        // PunBB 1.4's dump: "2 Reply by Alf T 2026-11-26 14:09:00" over the bulleted user box ("From: Pudsey",
        // "Registered: …", "Posts: 1914"); before: read as footers, every post given the next one's box ("From: X"
        // as the author); the opening "1 Topic by X" post, of another shape, is still missed
        List<ExtractedComment> cs = dumpComments(ROUND, "punbb14");
        List<String> gold = goldAuthors("punbb14");
        assertThat(cs).extracting(ExtractedComment::author).containsExactlyElementsOf(gold.subList(1, gold.size()));
    }

    @Test
    void aQuestionAndAnswerSignatureNamesItsPosterAfterTheDate() throws Exception {
        // Question2Answer's dump (heldout10-forums): "answered Nov 19, 2026 by Kwame Mensah(48 points)" under the text;
        // before: no author on any answer or comment
        List<ExtractedComment> cs = dumpComments("heldout10-forums", "q2a");
        assertThat(cs).extracting(ExtractedComment::author).startsWith("Kwame Mensah", "chainring_chris", "lanterne_rouge", "Tomasz W");
    }
}
