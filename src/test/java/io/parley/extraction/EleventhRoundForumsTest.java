package io.parley.extraction;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * Forum posts of the eleventh forum round (training-data/extraction/heldout11-forums): every post a comment, the first
 * one too, with its author and the post it quotes; each case failed on main 7d02493 (no post, a rank or a post count
 * as the author, a missing opening post or answers, a quote naming no parent).
 */
class EleventhRoundForumsTest {

    private static final String ROUND = "heldout11-forums";

    private static List<ExtractedComment> comments(String page) throws Exception {
        return GoldPageComments.of(ROUND, page, null);
    }

    private static JsonNode gold(String page) throws Exception {
        return GoldPageComments.gold(ROUND, page);
    }

    private static List<String> goldAuthors(String page) throws Exception {
        return GoldPageComments.goldAuthors(ROUND, page);
    }

    private static List<Integer> goldParents(String page) throws Exception {
        return GoldPageComments.goldParents(ROUND, page);
    }

    private static List<Integer> parents(List<ExtractedComment> cs) {
        return GoldPageComments.parents(cs);
    }

    @Test
    void aRussianSubsilver2BoardGivesOnePostPerTableWithItsPosterAndQuotedPost() throws Exception {
        // phpBB 3.0 subsilver2 in Russian: a table per post, the name (b.postauthor) in the row above the profile cell
        // ("Зарегистрирован:", "Сообщения:") and the body, "Добавлено: Сб ноя 21, 2026 14:14", "X писал(а):" quotes;
        // before: no post at all (unparsed: no date read, rows taken apart)
        List<ExtractedComment> cs = comments("phpbbru");
        assertThat(cs).extracting(ExtractedComment::author).containsExactlyElementsOf(goldAuthors("phpbbru"));
        assertThat(parents(cs)).containsExactlyElementsOf(goldParents("phpbbru"));
        assertThat(cs.get(0).text()).startsWith("Правление хочет").doesNotContain("Сообщения:").doesNotContain("Заголовок сообщения");
        assertThat(cs.get(0).postedAt()).startsWith(gold("phpbbru").get(0).get("time").asText());
    }

    @Test
    void aBoldNameBesideItsPostIsNamedByTheProfileButtonAndQuoteLabelsNameTheParent() throws Exception {
        // UBB.classic: class-less rows, "<b>Name</b>" in the left cell, "Profile for Name" on the profile icon, a
        // "Posts: n | Registered: …" row under each post, "quote: / Originally posted by X:" in the blockquote; before: none
        List<ExtractedComment> cs = comments("ubbclassic");
        assertThat(cs).extracting(ExtractedComment::author).containsExactlyElementsOf(goldAuthors("ubbclassic"));
        assertThat(parents(cs)).containsExactlyElementsOf(goldParents("ubbclassic"));
    }

    @Test
    void aPostCountChipIsNoNameAndMisagosProfileLinkNamesThePoster() throws Exception {
        // Misago: the avatar and "20 posts" in the side column before the /u/name/12/ link; before: "20 posts" as the author
        assertThat(comments("misago")).extracting(ExtractedComment::author).containsExactlyElementsOf(goldAuthors("misago"));
    }

    @Test
    void localizedAndEllipsisQuoteHeadsAndQuoteAttributesNameTheQuotedPost() throws Exception {
        // "X hat geschrieben:" (German prosilver), "X a écrit:" (French subSilver), "X wrote ..." (e107), "X said" in its
        // own bold line (Simple:Press), data-ipsquote-contentcommentid when the quoted poster wrote twice (Invision 5);
        // (the German and French quotes were read on main too, by their cite and quote-table markup: kept)
        for (String page : List.of("phpbb3de", "phpbb2fr", "e107", "simplepress", "ipb5")) {
            assertThat(parents(comments(page))).as(page).containsExactlyElementsOf(goldParents(page));
        }
    }

    @Test
    void openingPostsAndAnswersOfTheirOwnShapeArePosts() throws Exception {
        // Elgg's topic above "9 replies" (a post's size, the replies' author and time parts), GitHub Discussions'
        // answers around their replies (one answer with the class "discussion-answer-selected" more); before, missed
        for (String page : List.of("elgg", "ghdiscussions")) {
            List<ExtractedComment> cs = comments(page);
            assertThat(cs).as(page).hasSize(gold(page).size());
            assertThat(cs.get(0).text()).as(page).startsWith("The committee wants to move club observing");
            assertThat(cs).extracting(ExtractedComment::author).as(page).containsExactlyElementsOf(goldAuthors(page));
        }
    }
    @Test
    void aDumpOfPostsNotTurnedIntoCommentsSaysSoByItsUserCells() throws Exception {
        // the Russian subsilver2 page as w3m prints it gives no post: before, a silent "none"; its "Сообщения: 20" user
        // cells, one a post, say a thread was there
        String text = Files.readString(Path.of("training-data/extraction/" + ROUND + "/text/phpbbru.txt"));
        ExtractedPage page = GoldPageComments.extractor().extract(text, PageFormat.TEXT, null);
        assertThat(page.comments()).isEmpty();
        assertThat(page.commentSection().status()).isEqualTo(CommentSection.Status.UNPARSED);
        assertThat(CommentRecords.memberFieldLine("Posts: 1,527")).isTrue();
        assertThat(CommentRecords.memberFieldLine("Mensagens: 312")).isTrue();
        assertThat(CommentRecords.memberFieldLine("Posts: the new field")).isFalse();
    }
    @Test
    void aLocalizedQuoteFromHeadNamesTheQuotedPost() throws Exception {
        // "Zitat von X:" (a German vBulletin-style quote box, no link to the post): the quoted poster's post is the
        // parent; before: top-level
        String html =
                "<html><body><h1>Vereinsbeobachtung ab Januar?</h1><div class=\"posts\">" +
                "<div class=\"post\" id=\"post101\"><span class=\"username\">Anke Brandt</span> <span class=\"date\">21.11.2026, 14:14</span><div class=\"content\"><p>Der Vorstand will die Beobachtung ab Januar auf die neue Wiese am Karrhof verlegen, weil am Hohlweg jetzt Flutlicht steht.</p></div></div>" +
                "<div class=\"post\" id=\"post102\"><span class=\"username\">Frank Heise</span> <span class=\"date\">21.11.2026, 15:02</span><div class=\"content\"><p>Der Karrhof liegt für alle nördlich des Flusses vierzig Minuten weiter weg, das ist zu weit.</p></div></div>" +
                "<div class=\"post\" id=\"post103\"><span class=\"username\">Lena Vogt</span> <span class=\"date\">21.11.2026, 16:40</span><div class=\"content\"><div class=\"quote\">Zitat von Anke Brandt: <i>Der Vorstand will die Beobachtung ab Januar auf die neue Wiese verlegen.</i></div><p>Das Tor wird um zehn abgeschlossen, also bringt die neue Wiese im Winter wenig.</p></div></div>" +
                "</div></body></html>";
        List<ExtractedComment> cs = GoldPageComments.extractor().extract(html, PageFormat.HTML, null).comments();
        assertThat(cs).extracting(ExtractedComment::author).containsExactly("Anke Brandt", "Frank Heise", "Lena Vogt");
        assertThat(cs.get(2).parentId()).isEqualTo(cs.get(0).id());
        assertThat(cs.get(2).text()).startsWith("Das Tor wird").doesNotContain("Zitat von");
        // the same box headed as a Polish or Portuguese board words it: "X napisał(a):", "X escreveu:"
        for (String head : List.of("Anke Brandt napisał(a):", "Anke Brandt escreveu:")) {
            List<ExtractedComment> local = GoldPageComments.extractor().extract(html.replace("Zitat von Anke Brandt:", head), PageFormat.HTML, null)
                    .comments();
            assertThat(local.get(2).parentId()).as(head).isEqualTo(local.get(0).id());
            assertThat(local.get(2).text()).as(head).startsWith("Das Tor wird");
        }
    }
}
