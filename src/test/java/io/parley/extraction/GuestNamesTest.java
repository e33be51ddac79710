package io.parley.extraction;

import java.util.List;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/** A guest's plain-text name among members' linked names, read by the word every head line has after the name. */
class GuestNamesTest {

    private static String row(String name, boolean member, int chapter, String words) {
        String who = member ? "<a href=\"/u/" + name.length() + "/" + name.replace(" ", "").toLowerCase() + "\">" + name + "</a>" : name;
        return "<tr><td style=\"padding:10px\"><img class=\"round36\" src=\"/i/a.jpg\" width=\"50\"> " + who
                + " <small style=\"color:gray\">chapter " + chapter + " . <span>Oct 3, 2026</span></small><div style=\"margin-top:5px\">"
                + words + "</div></td></tr>";
    }

    private static List<ExtractedComment> comments(String html) {
        return PageExtractors.standard().extract(html, PageFormat.HTML).comments();
    }

    @Test
    void aGuestsPlainNameBeforeTheSharedHeadWordIsTheAuthor() {
        String html = "<html><body><div id=\"content\"><h1>Reviews for The Lighthouse Keeper</h1><table id=\"gui_table1i\"><tbody>"
                + row("Marisol Vega", true, 2, "The storm scene in this chapter had me holding my breath the whole way through it.")
                + row("Tobias Hale", true, 4, "I did not expect the keeper to leave the lamp unlit, that twist was very well done.")
                + row("Kit Moreau", false, 4, "Guest here, but I have read every chapter twice now and the pacing keeps getting better.")
                + row("Ansel Brook", true, 5, "Please tell me the supply boat makes it back before winter, I am worried about them.")
                + row("Priya Lund", true, 5, "The letters from the mainland are my favourite part, more of those would be lovely.")
                + "</tbody></table></div></body></html>";
        List<ExtractedComment> cs = comments(html);
        assertThat(cs).extracting(ExtractedComment::author)
                .containsExactly("Marisol Vega", "Tobias Hale", "Kit Moreau", "Ansel Brook", "Priya Lund");
    }

    @Test
    void headsSharingNoWordAfterTheNameGiveNoGuestName() {
        List<ExtractedComment> cs = List.of(
                new ExtractedComment("c1", null, "Ann", null, null, "one two three", List.of(), 0, "Ann 3 days ago"),
                new ExtractedComment("c2", null, "Bo", null, null, "four five six", List.of(), 0, "Bo Nov 2, 2026"),
                new ExtractedComment("c3", null, "Cy", null, null, "seven eight nine", List.of(), 0, "Cy replied"),
                new ExtractedComment("c4", null, null, null, null, "ten eleven twelve", List.of(), 0, "Reply Share 3 days ago"));
        assertThat(HeaderNames.withGuestNames(cs).get(3).author()).isNull();
    }
}
