package io.parley.extraction;

import org.junit.jupiter.api.Test;

import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Shapes of the eleventh held-out round's dumps (training-data/extraction/heldout11-text), each failing on main
 * 7d02493: a two-column user cell whose first line has nothing beside it and whose field values are indented under
 * their labels (XenForo: "New member" / "Joined" / "    Nov 12, 2019" left of the text), a reply's head "X replied to
 * Y" (news CMS widgets: X the author, Y's post above the parent), and an avatar's alt text "@handle" before the same
 * handle ("@fionn fionn commented Nov 21, 2026": the author once); a two-column post table under a date row with the
 * user cell's name first and "Offline   Reply With Quote" as its last row (vBulletin 3: main found no thread at all),
 * and SMF 1's table: the name over two lines or filling its column, "Offline" beside the text, the opening post's
 * "Posted on:" where replies say "Reply #n on:", "Quote from: X on <date>" over the quoted words; a mailing list's
 * digest (each message's "Date:" line with "From: Name <addr>" under it, "-- " signatures, "On …, X wrote:" quotes).
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

    private static final String VBULLETIN3 = """
            Harbour Boards       User Name [                    ] Password [                    ]

            Harbour Boards > Travel > Ferries

            11-21-2026, 04:26 AM                                                         #1
            Morag Campbell            Night boat to Tarn to stop in January
            Member                    ━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━
            Join Date: Nov 2006       The operator says the late boat will not sail from
            Location: Oban            January to March, and the consultation lasted nine
            Posts: 1,650              days.
            Offline                                                        Reply With Quote

            11-21-2026, 07:07 AM                                                         #2
            Fionn                     Re: Night boat to Tarn to stop in January
            Member                    ━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━
            Join Date: Nov 2006       The pier was rebuilt in 2019, so the berth cannot be
            Location: Tarn            the reason they give for it.
            Posts: 3,017
            Offline                                                        Reply With Quote

            11-21-2026, 08:20 AM                                                         #3
            Ingrid Solberg            Re: Night boat to Tarn to stop in January
            Junior Member             ━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━
            Join Date: Nov 2009       Quote:
            Location: Tarn
            Posts: 5,228              Originally Posted by Fionn
                                      The pier was rebuilt in 2019, so the berth cannot be
                                      the reason they give for it.

                                      They said the crew hours were the reason at the
                                      meeting, not the berth.
            Offline                                                        Reply With Quote


            All times are GMT. The time now is 09:00 AM.
            Powered by vBulletin® Version 3.8.11
            """;

    private static final String SMF1 = """
            Tarn Community Forum       Hello Guest. Please login or register.

            Tarn Community Forum » General » Ferries

            Author Topic: Night boat to Tarn to stop in January (Read 412 times)

            Morag        Night boat to Tarn to stop in January
            Campbell     timetable                                                    Quote
            Hero Member  « Posted on: November 22, 2026, 10:27:00 AM »
            ****
                         ━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━
            Offline      The operator says the late boat will not sail from January to
                         March, and the consultation lasted nine days.
            Posts: 1182
            Karma: +19/
            -4

            Shona Mackay Re: Night boat to Tarn to stop in January
            Sr. Member   timetable                                                    Quote
            **           « Reply #1 on: November 22, 2026, 07:44:00 PM »

            Offline      ━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━
                         The freight slot is full until March, nine lorries waited on
            Posts: 779   Friday.
            Karma: +13/
            -3

            Fionn        Re: Night boat to Tarn to stop in January
            Full Member  timetable                                                    Quote
            ****         « Reply #2 on: November 23, 2026, 03:19:00 AM »

            Offline      ━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━
                         Quote from: Morag Campbell on November 22, 2026, 10:27:00 AM
            Posts: 426   The operator says the late boat will not sail from January to
            Karma: +11/  March, and the consultation lasted nine days.
            -1           Nine days over the school holidays, when half the island was
                         away.

            Powered by SMF 1.1.21 | SMF © 2015, Simple Machines
            """;

    private static final String DIGEST = """
            Tarn Digest, Vol 12, Issue 3

            Send Tarn mailing list submissions to
                    tarn@lists.example

            Today's Topics:

               1. Night boat cut (Morag Campbell)
               2. Re: Night boat cut (several)


            ------------------------------

            Message: 1
            Date: Mon, 23 Nov 2026 09:34:00 +0000
            From: Morag Campbell <morag@tarn.example>
            To: tarn@lists.example
            Subject: [Tarn] Night boat cut
            Message-ID: <74093@tarn.example>
            Content-Type: text/plain; charset=UTF-8

            The operator says the late boat will not sail from January to March this winter.

            Is anyone going to the meeting on Monday evening?

            ------------------------------

            Message: 2
            Date: Mon, 23 Nov 2026 12:15:00 +0000
            From: Ewan MacLeod <ewan@tarn.example>
            To: tarn@lists.example
            Subject: [Tarn] Re: Night boat cut
            Message-ID: <74100@tarn.example>
            Content-Type: text/plain; charset=UTF-8

            The pier was rebuilt in 2019, so the berth cannot be the reason they give.

            --
            Ewan MacLeod
            Tarn, Isle of Skerry

            ------------------------------

            Message: 3
            Date: Mon, 23 Nov 2026 13:20:00 +0000
            From: Ingrid Solberg <ingrid@tarn.example>
            To: tarn@lists.example
            Subject: [Tarn] Re: Night boat cut
            Message-ID: <74107@tarn.example>
            Content-Type: text/plain; charset=UTF-8

            On Mon, 23 Nov 2026 at 09:34, Morag Campbell wrote:
            > The operator says the late boat will not sail from January to March this winter.

            I will be there, and so will most of the school run parents.

            ------------------------------

            End of Tarn Digest, Vol 12, Issue 3
            """;

    @Test
    void aDigestsMailHeadsOpenMessagesWithTheSenderAsAuthor() {
        List<ExtractedComment> c = text.extract(DIGEST).comments();
        assertThat(c).extracting(ExtractedComment::author).containsExactly("Morag Campbell", "Ewan MacLeod", "Ingrid Solberg");
        assertThat(c).extracting(ExtractedComment::postedAt).containsExactly("2026-11-23T09:34", "2026-11-23T12:15", "2026-11-23T13:20");
        assertThat(c).extracting(ExtractedComment::parentId).containsExactly(null, null, "c1");
        assertThat(c.get(1).text()).isEqualTo("The pier was rebuilt in 2019, so the berth cannot be the reason they give.");
        assertThat(c.get(2).text()).startsWith("I will be there, and so will most of the school run parents.");
    }

    @Test
    void aDateRowOverATwoColumnPostTableOpensEachPost() {
        List<ExtractedComment> c = text.extract(VBULLETIN3).comments();
        assertThat(c).extracting(ExtractedComment::author).containsExactly("Morag Campbell", "Fionn", "Ingrid Solberg");
        assertThat(c).extracting(ExtractedComment::postedAt).containsExactly("2026-11-21T04:26", "2026-11-21T07:07", "2026-11-21T08:20");
        assertThat(c).extracting(ExtractedComment::parentId).containsExactly(null, null, "c2");
        assertThat(c.get(1).text()).isEqualTo("The pier was rebuilt in 2019, so the berth cannot be the reason they give for it.");
        assertThat(c.get(2).text()).isEqualTo("They said the crew hours were the reason at the meeting, not the berth.");
    }

    @Test
    void smfCellsNameEachPostAndTheOpeningPostAndQuotesAreRead() {
        List<ExtractedComment> c = text.extract(SMF1).comments();
        assertThat(c).extracting(ExtractedComment::author).containsExactly("Morag Campbell", "Shona Mackay", "Fionn");
        assertThat(c).extracting(ExtractedComment::parentId).containsExactly(null, null, "c1");
        assertThat(c.get(0).text()).isEqualTo("The operator says the late boat will not sail from January to March, and the consultation lasted nine days.");
        assertThat(c.get(1).text()).isEqualTo("The freight slot is full until March, nine lorries waited on Friday.");
        assertThat(c.get(2).text()).isEqualTo("Nine days over the school holidays, when half the island was away.");
    }

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
