package io.parley.extraction;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * The eleventh forum round's threads as {@code w3m -dump} text (training-data/extraction/heldout11-forums/text): every
 * post with its poster and the post it quotes. Each case failed on main f286516: a member's "Registriert:" date or a
 * rank taken for the post's header or author, the poster's number glued to the name ("Helen Okafor#1"), the header's
 * own "Share" bullet read as a footer (Invision's quotes kept, the last post lost), a "Posts: n" after the date
 * dropping every header (Tapatalk), a two-column row's rule read as a footer (JForum), "a.m." read as a sentence's end
 * (django-machina).
 */
class EleventhRoundForumDumpsTest {

    private static final String ROUND = "training-data/extraction/heldout11-forums/";

    private static List<ExtractedComment> comments(String page) throws Exception {
        String dump = Files.readString(Path.of(ROUND + "text/" + page + ".txt"));
        return new TextExtractor(Deadline.none()).extract(dump).comments();
    }

    private static JsonNode gold(String page) throws Exception {
        return GoldPageComments.gold("heldout11-forums", page);
    }

    private static List<String> goldAuthors(String page) throws Exception {
        return GoldPageComments.goldAuthors("heldout11-forums", page);
    }

    private static List<Integer> goldParents(String page) throws Exception {
        return GoldPageComments.goldParents("heldout11-forums", page);
    }

    private static List<Integer> parents(List<ExtractedComment> cs) {
        return GoldPageComments.parents(cs);
    }

    private static void postersAndQuotedPosts(String page) throws Exception {
        List<ExtractedComment> cs = comments(page);
        assertThat(cs).extracting(ExtractedComment::author).containsExactlyElementsOf(goldAuthors(page));
        assertThat(parents(cs)).containsExactlyElementsOf(goldParents(page));
        for (int i = 0; i < cs.size(); i++) {
            String first = gold(page).get(i).get("text").asText().split("\\s+")[0];
            assertThat(cs.get(i).text()).as("post %d of %s", i, page).startsWith(first);
        }
    }

    @Test
    void aGermanPhpbb3DumpReadsBeitragVonHeadsAndHatGeschriebenQuotes() throws Exception {
        // "Beitrag von X » Fr 20. Nov 2026, 10:52" under a user box whose "Registriert: 03.01.2010" was the header before
        postersAndQuotedPosts("phpbb3de");
        assertThat(comments("phpbb3de").get(4).text()).doesNotContain("hat geschrieben").doesNotContain("Der Vorstand will");
        assertThat(comments("phpbb3de").get(4).postedAt()).isEqualTo("2026-11-21T01:06");
    }

    @Test
    void anInvisionDumpKeepsTheHeadersShareBulletOutOfTheFooters() throws Exception {
        postersAndQuotedPosts("ipb5");
        assertThat(comments("ipb5")).hasSize(11);
        assertThat(comments("ipb5").get(0).likes()).isEqualTo(24);
    }

    @Test
    void anE107DumpCutsThePermalinkNumberAndTheFlushQuote() throws Exception {
        postersAndQuotedPosts("e107");
        assertThat(comments("e107").get(3).text()).doesNotContain("Having run the outreach nights, the imaging group was agreed");
    }

    @Test
    void aTapatalkDumpWithThePostCountAfterTheDate() throws Exception {
        postersAndQuotedPosts("tapatalk");
    }

    @Test
    void aJforumTableNamesThePosterInTheHeaderRow() throws Exception {
        postersAndQuotedPosts("jforum");
        assertThat(comments("jforum")).allSatisfy(c -> assertThat(c.text()).doesNotContain("Ranger").doesNotContain("Joined:"));
    }

    @Test
    void aMachinaDumpWithAmPmClocksAndASidebarCard() throws Exception {
        postersAndQuotedPosts("machina");
        assertThat(comments("machina").get(0).text()).doesNotContain("Posts: 20").doesNotContain("Re: Club observing");
    }

    @Test
    void aFrenchPhpbb2TableGivesThePosterAndTheWrappedPmClock() throws Exception {
        // "Claire Dubois   MessagePosté le: Mar Nov 24, 2026 2:52 / Modérateur   pm   Sujet du message: …": the rank was
        // the author, "pm" and the subject the text's first words, the time 02:52
        List<ExtractedComment> cs = comments("phpbb2fr");
        assertThat(cs).extracting(ExtractedComment::author).containsExactlyElementsOf(goldAuthors("phpbb2fr"));
        List<String> times = new ArrayList<>();
        gold("phpbb2fr").forEach(c -> times.add(c.get("time").asText()));
        assertThat(cs).extracting(ExtractedComment::postedAt).containsExactlyElementsOf(times);
        assertThat(cs).allSatisfy(c -> assertThat(c.text()).doesNotContain("Sujet du message").doesNotContain("Inscrit le"));
    }
}
