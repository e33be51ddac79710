package io.parley.extraction;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A forum's user box dumped under each post's date ("#n", name, rank, "Xs avatar", "Reg:", "Inlägg:"), and names
 * the commenter typed with a note in brackets or glued to a handle: the name is the author and the box is no text.
 */
class DumpUserBoxesTest {

    private final TextExtractor text = new TextExtractor(Deadline.none());

    private static String post(String date, int n, String name, String rank, String avatar, String words) {
        return date + "\n#" + n + "\n" + name + "\n" + rank + "\n" + avatar + "\nReg: Jan 2011\nPosts: 1 234\n" + words + "\nQuote Report\n";
    }

    @Test
    void theNameEchoedByTheAvatarLineIsTheAuthorAndTheBoxIsDropped() {
        String dump = "Garden Forum Search Log in\n\nWater meters on every plot?\n\nThread tools\n"
                + post("2026-11-23, 10:30", 1, "Birgitta Lund", "Member", "Birgitta Lund's avatar",
                "The committee wants a meter on every plot from March and to charge by use.")
                + post("2026-11-23, 13:37", 2, "lott_14", "Moderator", "lott_14's avatar",
                "As treasurer, the watering rota only works if every plot has its own tap.")
                + post("2026-11-23, 16:33", 3, "Yusuf Demir", "Member", "Yusuf Demirs avatar",
                "From the lower plots, the rent was never in the lease. The old meter is stuck.")
                + "\nReply\n";
        ExtractedPage page = text.extract(dump);
        assertThat(page.comments()).extracting(ExtractedComment::author).containsExactly("Birgitta Lund", "lott_14", "Yusuf Demir");
        assertThat(page.comments()).allSatisfy(c -> assertThat(c.text()).doesNotContain("avatar").doesNotContain("Reg:"));
        assertThat(page.comments().get(2).text()).startsWith("From the lower plots");
    }

    @Test
    void withoutAnAvatarEchoAShortFirstLineIsNoName() {
        ExtractedComment c = new ExtractedComment("c1", null, null, null, null, "Thanks\n\nThe meter is stuck again.", java.util.List.of(), 0);
        ExtractedComment d = new ExtractedComment("c2", null, null, null, null, "Agreed\n\nThe rota works.", java.util.List.of(), 0);
        assertThat(DumpUserBoxes.apply(java.util.List.of(c, d))).extracting(ExtractedComment::author).containsOnlyNulls();
    }

    @Test
    void aLoneNameLineTakesAnInitialButNoSentence() {
        assertThat(DumpUserBoxes.loneName("Leif B.\n\nAfter twenty years here.")).isEqualTo("Leif B.");
        assertThat(DumpUserBoxes.loneName("Quite right.\n\nAfter twenty years here.")).isNull();
        assertThat(DumpUserBoxes.loneName("Leif B.")).isNull();
    }

    /** heldout13-forums' Flashback dump: its user box sits under the date (author 0.18 before). */
    @Test
    void flashbackDumpNamesEveryPost() throws IOException {
        String dir = "training-data/extraction/heldout13-forums";
        String dump = Files.readString(Path.of(dir, "text/flashback.txt"), StandardCharsets.UTF_8);
        ThreadEvaluator.Tally t = ThreadEvaluator.page(gold(dir + "/flashback.json"), text.extract(dump));
        assertThat(t.author()).as("author").isGreaterThanOrEqualTo(0.9);
    }

    @Test
    void aPlaceInBracketsAndAHandleNotBeginningWithTheNameStayInTheName() {
        // TypePad prints the name over the words and again in the "Posted by:" footer
        StringBuilder dump = new StringBuilder("Comments\n\n");
        String[][] posts = {{"Ann Lee", "01:22", "Great post about the garden and the water meters, thank you."},
                {"Jan (in Edmonton, Canada)", "03:22", "The meters will pay for themselves in two summers, I am sure of it."},
                {"Sheila (WA State)", "06:16", "We tried the same thing here and the rota collapsed within a month."},
                {"Bill in St. Paul", "07:02", "Nobody reads the minutes on the board anyway, so expect surprises."}};
        for (String[] p : posts) {
            dump.append(p[0]).append("\n\n").append(p[2]).append("\n\nPosted by: ").append(p[0])
                    .append(" | Thursday, November 08, 2012 at ").append(p[1]).append(" PM\n\n");
        }
        ExtractedPage page = text.extract(dump.toString());
        assertThat(page.comments()).extracting(ExtractedComment::author)
                .containsExactly("Ann Lee", "Jan (in Edmonton, Canada)", "Sheila (WA State)", "Bill in St. Paul");
        assertThat(DumpThreads.clean("Rich@rcantrell")).isEqualTo("Rich@rcantrell");
        assertThat(DumpThreads.clean("Rosa Quintero@rosa_quintero")).isEqualTo("Rosa Quintero");
        assertThat(DumpThreads.clean("rosa@rosa_q")).isEqualTo("rosa");
    }

    /** An age inside a comment's first line ("… gluten-free 2 months ago and …") after a sentence's end is no header. */
    @Test
    void anAgeInsideACommentsFirstSentenceIsNoHeader() {
        String dump = "{ 3 comments… read them below or add one }\n\n"
                + "1 Teresha August 9, 2012 at 9:03 am\n\n    I have to say I feel like Super Woman when I eat clean.\n\n    Reply\n\n"
                + "2 Ashley August 9, 2012 at 11:52 am\n\n    Fabulous article! I went gluten-free 2 months ago and the overall\n"
                + "    inflammation has greatly reduced. Working on the rest of the grains now.\n\n    Reply\n\n"
                + "3 Sarah August 9, 2012 at 12:53 pm\n\n    I LOVE the granola recipe. Thanks so much for sharing it!\n\n    Reply\n\n"
                + "Leave a Comment\n";
        ExtractedPage page = text.extract(dump);
        assertThat(page.comments()).extracting(ExtractedComment::author).containsExactly("Teresha", "Ashley", "Sarah");
        assertThat(page.comments().get(1).text()).startsWith("Fabulous article! I went gluten-free 2 months ago");
    }

    private static ThreadEvaluator.GoldPage gold(String file) throws IOException {
        JsonNode doc = new ObjectMapper().readTree(Path.of(file).toFile());
        List<ThreadEvaluator.GoldComment> comments = new ArrayList<>();
        for (JsonNode c : doc.path("comments")) {
            comments.add(new ThreadEvaluator.GoldComment(c.get("id").asText(), c.path("parent").textValue(),
                    c.path("author").textValue(), c.path("time").textValue(),
                    c.hasNonNull("likes") ? c.get("likes").asInt() : null, c.get("text").asText()));
        }
        return new ThreadEvaluator.GoldPage(file, doc.path("system").asText(), doc.path("forum").asBoolean(), new byte[0], comments);
    }
}
