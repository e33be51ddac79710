package io.parley.extraction;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * User boxes of forum posts in {@code w3m -dump} text (training-data/extraction/heldout14-forums, the committed dumps
 * under text/; each failed on main 8debdffa): a localized weekday before each post's date ("Jeu 26 Nov 2026 - 9:58")
 * that main took for every poster's name, under a box whose join date ("Date d'inscription : 01/01/2010") main read
 * as a post header and as the post's time (Forumotion); and a name w3m wrapped inside a narrow user cell beside the
 * post ("Annika / Berglund"), with the post icon's alt text "[posticon]" glued after the shorter names (Ikonboard);
 * an avatar's alt text repeated over every poster's name ("• 프로필 사진 / Marguerite L.") that main gave as every
 * post's author (Naver Cafe), the thread starter's badge glued after her name.
 */
class ForumUserBoxDumpsTest {

    private static final String DIR = "training-data/extraction/heldout14-forums";

    private final TextExtractor text = new TextExtractor(Deadline.none());

    private static List<String> gold(String page, String field) throws IOException {
        JsonNode doc = new ObjectMapper().readTree(Path.of(DIR, page + ".json").toFile());
        List<String> out = new ArrayList<>();
        for (JsonNode c : doc.get("comments")) {
            out.add(c.get(field).asText());
        }
        return out;
    }

    private List<ExtractedComment> comments(String page) throws IOException {
        return text.extract(Files.readString(Path.of(DIR, "text", page + ".txt"))).comments();
    }

    @Test
    void aWeekdayThatFollowsTheDatesDayIsNoNameAndTheBoxNamesThePost() throws IOException {
        List<ExtractedComment> c = comments("forumotion");
        assertThat(c).extracting(ExtractedComment::author).containsExactlyElementsOf(gold("forumotion", "author"));
        // (the next post's join date printed under a post's words is not that post's time)
        assertThat(c).extracting(ExtractedComment::postedAt).containsExactlyElementsOf(gold("forumotion", "time"));
    }

    @Test
    void shortNamesBeforeDatesOnDifferentDaysStayNames() {
        // the same three-letter name on two days, and two names on one day: posters, whatever their length
        String dump = """
                Valley Forum

                Street lights off after midnight from February

                Gus 26 Nov 2026 - 9:58

                The cabinet has voted to switch off the residential street lights from midnight.

                Ann 26 Nov 2026 - 12:39

                From the east side, the energy bill is about the carbon target more than the money.

                Gus 27 Nov 2026 - 08:10

                Living on Mill Lane, the crime figures matter more than the carbon target here.

                Bo 28 Nov 2026 - 07:02

                Quick point, the dimming plan should start with the car parks, not the footpaths.
                """;
        assertThat(text.extract(dump).comments()).extracting(ExtractedComment::author).containsExactly("Gus", "Ann", "Gus", "Bo");
    }

    @Test
    void aNameWrappedInANarrowUserCellKeepsItsSurname() throws IOException {
        List<ExtractedComment> c = comments("ikonboard");
        List<String> authors = c.stream().map(ExtractedComment::author).toList();
        // main: "Annika", "Clodagh", "Marguerite", "Halima Osei  [posticon]", "Tomasz"
        assertThat(authors).contains("Annika Berglund", "Clodagh Byrne", "Marguerite L.", "Halima Osei", "Tomasz Zielinski");
        // (a lower-case handle over its wrapped rank, "kerbside / Advanced / Member", stays the handle)
        List<String> gold = gold("ikonboard", "author");
        assertThat(authors).contains("kerbside", "wren").allMatch(gold::contains);
    }

    @Test
    void aLabelRepeatedOverEveryPostersNameIsNoName() throws IOException {
        List<ExtractedComment> c = comments("navercafe");
        // main: "프로필" on all eleven posts
        assertThat(c).extracting(ExtractedComment::author).doesNotContain("프로필")
                .contains("Marguerite L.", "Gus", "Clodagh Byrne", "Sunita Rao", "darkskies", "old_sparky", "millane_mike", "Halima Osei")
                // (the thread starter's badge "작성자" w3m glued after her name is no part of it)
                .contains("Annika Berglund");
        // (the name line read as whom the post answers is its poster: Gus's second post answers no post of his)
        assertThat(c.stream().filter(x -> "Gus".equals(x.author())).map(ExtractedComment::parentId)).containsOnlyNulls();
    }
}
