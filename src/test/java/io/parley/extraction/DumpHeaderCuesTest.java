package io.parley.extraction;

import org.junit.jupiter.api.Test;

import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/** The fourteenth round's header cues of text dumps, on lines as w3m prints them. */
class DumpHeaderCuesTest {

    @Test
    void aNameAfterTheDateNeedsItsSeparator() {
        assertThat(DumpTrailingNames.of(" | 2691789 Beam Me Up Scotty")).isEqualTo("Beam Me Up Scotty");
        assertThat(DumpTrailingNames.of(" | Reply")).isNull();
        // bare words after a date are as often the text's first words
        assertThat(DumpTrailingNames.of(" I think so too")).isNull();
        assertThat(DumpTrailingNames.avatarAlt("Cognitive Dissonance's picture")).isTrue();
        assertThat(DumpTrailingNames.avatarAlt("I love Ann's picture of the bridge")).isFalse();
    }

    @Test
    void aWebsiteAfterANameIsCut() {
        assertThat(DumpTrailingNames.withoutSite("Andy Steven http://www.organisedit.com |").strip()).isEqualTo("Andy Steven |");
        assertThat(DumpTrailingNames.withoutSite("Kevin  |")).isEqualTo("Kevin  |");
        // Blogger's sign-in icon, printed as its alt text before the name
        assertThat(DumpTrailingNames.withoutProvider("posted by Blogger Matthew Frederick")).isEqualTo("posted by Matthew Frederick");
        assertThat(DumpTrailingNames.withoutProvider("Blogger")).isEqualTo("Blogger");
    }

    @Test
    void aCommentsTabAmongShortLinksIsAMenu() {
        assertThat(DumpMenus.entry(true, "Comments", true, "Popular", true, "Tags")).isTrue();
        assertThat(DumpMenus.entry(false, "Comments", false, "", false, "")).isFalse();
        assertThat(DumpMenus.entry(true, "Comments (3)", true, "Popular", true, "Tags")).isFalse();
    }

    @Test
    void aDrupalThreadIsRead() {
        List<String> dump = List.of("Story title", "", "Some words of the story run here for a while.", "",
                "Thu, 08/09/2012 - 14:32 | 2691789 Ann Lee", "Ann Lee's picture", "", "Alec, I'll take Gold for 1650 now.", "",
                "  • Login or register to post comments", "",
                "Thu, 08/09/2012 - 14:41 | 2691813 Bo Tran", "Bo Tran's picture", "", "And the answer is to the Moon, Alice.", "",
                "  • Login or register to post comments", "",
                "Thu, 08/09/2012 - 15:05 | 2691872 Ann Lee", "Ann Lee's picture", "", "Snort a line of it, and then some more.", "",
                "  • Login or register to post comments");
        DumpThreads.Result r = DumpThreads.read(dump, Deadline.none());
        assertThat(r.comments()).extracting(ExtractedComment::author).containsExactly("Ann Lee", "Bo Tran", "Ann Lee");
        assertThat(r.comments().get(0).text()).isEqualTo("Alec, I'll take Gold for 1650 now.");
    }
}
