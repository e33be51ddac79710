package io.parley.extraction;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Social conversation views (Pleroma / Akkoma, Misskey): a display name in its own element before the handle's profile
 * link, "Reply to @handle" naming the status answered, and the opening status being the post the page is about.
 */
class ConversationViewsTest {

    private static String status(String name, String handle, String replyTo, String words) {
        String reply = replyTo == null ? "" : "<div class=\"reply-row\"><a class=\"reply-to\" href=\"/notice/1\"><span>Reply to</span></a>"
                + "<span class=\"reply-to-link\"><a class=\"mention\" href=\"/users/" + replyTo + "\">@" + replyTo + "</a></span></div>";
        return "<div class=\"Status\"><article class=\"status-container\"><div class=\"status-heading\"><div class=\"heading-name-row\">"
                + "<h4 class=\"status-username\">" + name + "</h4><div class=\"account-name\"><a class=\"user-screen-name\" href=\"/users/"
                + handle + "\">@" + handle + "@town.example</a></div><a class=\"timeago\" href=\"/notice/" + handle.length()
                + "\"><time datetime=\"2026-10-02T09:15:00.000Z\">3d</time></a></div>" + reply + "</div>"
                + "<div class=\"status-content\"><p>" + words + "</p></div></article></div>";
    }

    private static List<ExtractedComment> comments(String html) {
        return PageExtractors.standard().extract(html, PageFormat.HTML).comments();
    }

    @Test
    void displayNamesRepliesByHandleAndTheOpeningStatusAsThePost() {
        String html = "<html><body><main><div class=\"conversation\">"
                + status("Tomas Brandt", "tomasbrandt", null, "The ferry timetable changes from March and the late boat is cut to weekends only.")
                + status("Odile Marchetti", "odile", "tomasbrandt", "Weekend only means nobody on the evening shift can get back across the harbour.")
                + status("pier_watcher", "pier_watcher", "odile", "The bus link was meant to cover that gap but it stops at ten every night.")
                + status("Rafe Okonkwo", "rafeok", "tomasbrandt", "Fares went up last year as well, so this is less service for more money.")
                + status("Odile Marchetti", "odile", "rafeok", "And the car park by the terminal is still closed for the works on the quay.")
                + "</div></main></body></html>";
        List<ExtractedComment> cs = comments(html);
        assertThat(cs).extracting(ExtractedComment::author)
                .containsExactly("Odile Marchetti", "pier_watcher", "Rafe Okonkwo", "Odile Marchetti");
        assertThat(cs.get(0).parentId()).isNull();
        assertThat(cs.get(1).parentId()).isEqualTo(cs.get(0).id());
        assertThat(cs.get(2).parentId()).isNull();
        assertThat(cs.get(3).parentId()).isEqualTo(cs.get(2).id());
        assertThat(cs).noneMatch(c -> c.text().contains("ferry timetable"));
    }

    @Test
    void aFlatListWhoseLaterCommentsNameNoParentKeepsItsFirstComment() {
        String html = "<html><body><main><div class=\"conversation\">"
                + status("Tomas Brandt", "tomasbrandt", null, "The ferry timetable changes from March and the late boat is cut to weekends only.")
                + status("Odile Marchetti", "odile", null, "Weekend only means nobody on the evening shift can get back across the harbour.")
                + status("pier_watcher", "pier_watcher", null, "The bus link was meant to cover that gap but it stops at ten every night.")
                + status("Rafe Okonkwo", "rafeok", null, "Fares went up last year as well, so this is less service for more money.")
                + "</div></main></body></html>";
        List<ExtractedComment> cs = comments(html);
        assertThat(cs).extracting(ExtractedComment::author).first().isEqualTo("Tomas Brandt");
        assertThat(cs).allMatch(c -> c.parentId() == null);
    }

    @Test
    void theAkkomaGoldPageReadsEveryReplyWithItsAuthorAndParent() throws Exception {
        String html = Files.readString(Path.of("training-data/extraction/heldout14/pages/akkoma.html"));
        List<ExtractedComment> cs = comments(html);
        assertThat(cs).hasSize(11);
        assertThat(cs.get(0).author()).isEqualTo("kerbside");
        assertThat(cs.get(0).parentId()).isNull();
        // "Ines Carvalho" answering "@gus": the last comment hangs under Gus's
        ExtractedComment last = cs.get(cs.size() - 1);
        assertThat(last.author()).isEqualTo("Ines Carvalho");
        assertThat(cs.stream().filter(c -> c.id().equals(last.parentId())).map(ExtractedComment::author)).containsExactly("Gus");
    }
}
