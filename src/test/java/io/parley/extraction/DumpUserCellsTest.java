package io.parley.extraction;

import org.junit.jupiter.api.Test;

import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Shapes of the eleventh held-out round's dumps (training-data/extraction/heldout11-text), each failing on main
 * 7d02493: a two-column user cell whose first line has nothing beside it and whose field values are indented under
 * their labels (XenForo: "New member" / "Joined" / "    Nov 12, 2019" left of the text), a reply's head "X replied to
 * Y" (news CMS widgets: X the author, Y's post above the parent), and an avatar's alt text "@handle" before the same
 * handle ("@fionn fionn commented Nov 21, 2026": the author once).
 */
class DumpUserCellsTest {

    private final TextExtractor text = new TextExtractor(Deadline.none());

    private static final String XENFORO = """
            Harbour Forums
            Forums What's new Members Log in Register

            Night boat to Tarn to stop in January

            Morag Campbell           • Nov 19, 2026
                                     • #1
            New member
                                   The operator says the late boat will not sail from
            Joined                 January to March this winter.
                Nov 12, 2019
                                   Is anyone going to the meeting on Monday?
            Messages               Report Like Reply
                2,890

            Location
                Glasgow

            Ewan MacLeod             • Nov 19, 2026
                                     • #2
            Well-known member
                                   The pier was rebuilt in 2019, so the berth is not the
            Joined                 reason they give.
                Nov 28, 2011       Report Like Reply

            Messages
                5,203

            Reaction score
                1405

            Kwame Asante             • Nov 20, 2026
                                     • #3
            Active member
                                   Nine lorries were waiting on Friday and the freight slot
            Joined                 is already full until March.
                Mar 2, 2016        Report Like Reply

            Messages
                88

            Location
                Oban
            """;

    private static final String REPLIED_TO = """
            West Coast Herald Local Business Opinion

            Night boat to Tarn to stop in January

            The operator says the late boat will not sail from January to March.

            Comments (4)
            sealochsue
            November 23, 2026 at 10:32 AM

            The car deck changes every season and nobody from the operator came to the meeting.

            Reply | Recommend (39) | Report Abuse
            pier_pete replied to sealochsue
            November 23, 2026 at 12:05 PM

            The ferry board changes the timetable every season, and last Tuesday the boat left early.

            Reply | Recommend (10) | Report Abuse
            Ewan MacLeod
            November 23, 2026 at 1:22 PM

            Somebody should count the foot passengers on the evening sailing before they cut it.

            Reply | Recommend (23) | Report Abuse
            Ingrid Solberg replied to pier_pete
            November 23, 2026 at 4:11 PM

            It left twenty minutes early on Thursday as well, with half the school run still on the pier.

            Reply | Recommend (2) | Report Abuse
            """;

    private static final String AT_HANDLE = """
            GitHub-ish Pull requests Issues Marketplace
            inchmore / timetable-app

            Show the cut evening sailing as cancelled #88

            ewanmacleod started this conversation in Ideas

            The operator has confirmed that the late sailing will not run from January.

            3 comments · 2 replies
            @fionn fionn commented Nov 21, 2026

            The app should show the sailing greyed out rather than hide it, people think it is a bug.

            👍 6
            2 replies
            @ruaridhbell ruaridhbell replied Nov 21, 2026

            Agreed, a struck-through row with the reason would be clearest for everyone.

            👍 28
            @sealoch-sue sealoch-sue replied Nov 22, 2026

            The timetable feed already has a cancelled flag that the app ignores at the moment.

            @shonamackay shonamackay commented Nov 22, 2026

            Could the app also warn when the last boat back is before six in the evening?

            👍 3
            """;

    @Test
    void aUserCellsTitleFieldsAndIndentedValuesAreNoText() {
        List<ExtractedComment> c = text.extract(XENFORO).comments();
        assertThat(c).extracting(ExtractedComment::author).containsExactly("Morag Campbell", "Ewan MacLeod", "Kwame Asante");
        assertThat(c.get(1).text()).isEqualTo("The pier was rebuilt in 2019, so the berth is not the reason they give.");
        assertThat(c.get(2).text()).isEqualTo("Nine lorries were waiting on Friday and the freight slot is already full until March.");
        assertThat(c.get(0).text()).startsWith("The operator says the late boat will not sail from January to March this winter.")
                .endsWith("Is anyone going to the meeting on Monday?");
        assertThat(c).extracting(ExtractedComment::text).noneMatch(t -> t.contains("Joined") || t.contains("member") || t.contains("Messages")
                || t.contains("Glasgow") || t.contains("2,890"));
    }

    @Test
    void repliedToNamesTheAuthorFirstAndTheParentsAuthorSecond() {
        List<ExtractedComment> c = text.extract(REPLIED_TO).comments();
        assertThat(c).extracting(ExtractedComment::author).containsExactly("sealochsue", "pier_pete", "Ewan MacLeod", "Ingrid Solberg");
        assertThat(c).extracting(ExtractedComment::parentId).containsExactly(null, "c1", null, "c2");
        assertThat(c).extracting(ExtractedComment::text).noneMatch(t -> t.contains("replied to"));
    }

    @Test
    void anAvatarsAtHandleBeforeTheSameHandleIsOneName() {
        List<ExtractedComment> c = text.extract(AT_HANDLE).comments();
        assertThat(c).extracting(ExtractedComment::author).containsSubsequence("ruaridhbell", "sealoch-sue", "shonamackay")
                .noneMatch(a -> a == null || a.startsWith("@") || a.contains(" "));
    }
}
