package io.parley.extraction;

import org.junit.jupiter.api.Test;

import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Reply cues a text dump prints where the nesting is CSS only and the reply names the post it answers: by its number
 * ("in reply to 3", ">>48213377"), by its author and first words ("Commented on ann's message: …", a "\u256d @ann …"
 * line over the header), by an outline number ("\u2022 1.1.1") or by "Response from X" over an answer; written from the
 * shapes of the tenth held-out round (training-data/extraction/heldout10-text: Fossil, imageboards, Mattermost,
 * Discord exports, Heise-like threads, TripAdvisor-like reviews), each failing on main a444e1b. A number no post on the
 * page carries leaves the reply top level.
 */
class DumpReplyReferencesTest {

    private final TextExtractor text = new TextExtractor(Deadline.none());

    private static final String FOSSIL = """
            Plot Mapper
            Home Timeline Files Tickets Forum

            Mapping the replacement plots before the hearing

            (1) By ann_lee on 2026-11-23 11:08:00 [link] [source]

            The new site has no water supply at all, so every plot will need its own butts.

            [Reply]

            (2) By benokafor on 2026-11-23 14:03:00 in reply to 1 [link] [source]

            The council says a standpipe is coming, but nobody has a date for it yet.

            [Reply]

            (3) By cara_d on 2026-11-23 14:39:00 [link] [source]

            Has anyone mapped the soil depth on the farmland side of the lane yet?

            [Reply]

            (4) By devpatel on 2026-11-23 16:23:00 in reply to 3 [link] [source]

            I dug three test holes last week and hit clay at about forty centimetres.

            [Reply]

            (5) By ann_lee on 2026-11-23 16:45:00 in reply to 2 [link] [source]

            A standpipe for eighty plots will mean queues every evening in summer.

            [Reply]

            This page was generated in about 0.009s by Fossil 2.24
            """;

    private static final String CHAN = """
            /hg/ - Home & Garden
            ━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━
            [Return] [Catalog] [Bottom]
            ━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━
            annlee 11/23/26(Mon)11:32:00 No.48217100

                Allotment general. Ours is being sold for housing, what are your councils
                doing about theirs?

            benokafor 11/23/26(Mon)14:03:00 No.48217107

                Ours sold half the site in 2019 and the rest is on the list for next year.

            cara_d 11/23/26(Mon)16:30:00 No.48217114

                >>48217107
                Did they give you replacement plots or just a place on the waiting list?

            devpatel 11/24/26(Tue)00:21:00 No.48217121

                >>48217100
                Write to your councillor, the lease is usually on your side in these.

            annlee 11/24/26(Tue)06:40:00 No.48217128

                >>48210000
                Still waiting on that rhubarb thread from last week, anyone saved it?

            fen 11/24/26(Tue)08:02:00 No.48217135

                Our society got the lease extended by turning up to every single meeting.

            benokafor 11/24/26(Tue)09:15:00 No.48217142

                >>48217135
                How many of you went? Ours can barely get six people out on a weekday.

            ━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━
            [Return] [Catalog] [Top] 4 replies / 0 images
            """;

    private static final String CHAT = """
            planning-hearing
            Getting ready for 9 December

            Mon, Nov 30, 2026

            annlee profile image
            annlee 2:55 PM

            The hearing papers are up on the portal, all two hundred pages of them.

            benokafor profile image
            benokafor 3:13 PM

            Has anyone read the soil report in the appendix? It says the farmland is grade four.

            annlee profile image
            annlee 3:40 PM

            I can print copies for anyone without a computer, just ask at the shed.

            cara_d profile image
            cara_d 4:02 PM

            Commented on annlee's message: The hearing papers are up on the portal, all
            two hundred

            Thanks, I found the objection form on page twelve of the second file.

            devpatel profile image
            devpatel 4:30 PM

            Commented on annlee's message: I can print copies for anyone without a
            computer,

            Could you print two sets for the Thursday group please?
            """;

    private static final String EXPORT = """
            Hillbrook Growers
            #save-the-plots
            Exported 06-Dec-26 09:10 AM

            annlee 11/23/2026 11:32 AM

            The petition passed a thousand signatures this morning, thanks everyone.

            ⭐ 18

            benokafor 11/23/2026 2:03 PM

            Is the march still on for Saturday or did it move to the Sunday?

            ⭐ 9

            ╭ @annlee The petition passed a thousand signatures this…

            cara_d 11/23/2026 4:30 PM

            Brilliant news, I will bring the printed copies to the hearing.

            ╭ @benokafor Is the march still on for Saturday…

            devpatel 11/24/2026 12:21 AM

            Still Saturday, we meet at the gates at ten.

            ⭐ 4

            Exported 4 message(s)
            """;

    private static final String OUTLINE = """
            Forum: Hillbrook allotments to be sold for 60 homes

            Thread-Ansicht · Flache Ansicht · 4 Beiträge

              • 1
                The housing plan
                Ann Lee 20.11.2026 11:39

                The housing plan ignores a forty year lease, the society will fight it.

              • 1.1
                Re: The housing plan
                Ben Okafor 20.11.2026 13:54

                The lease has a break clause for development, it was in the minutes.

              • 1.1.1
                Re: The housing plan
                Cara Diaz 20.11.2026 15:50

                The break clause needs two years notice, which nobody has been given.

              • 2
                Water supply
                Dev Patel 20.11.2026 17:00

                The replacement site has no water, which matters more than the lease.

            Impressum · Datenschutz
            """;

    private static final String REVIEWS = """
            Hillbrook Tea Garden
            On the edge of the Hillbrook allotments · 2 reviews

            [a]
            Ann Lee
            Hillbrook, United Kingdom
            129 contributions
            Reviewed November 18, 2026
            Lovely spot
            The cakes are home made and the view over the plots is worth the walk alone.
            19 Helpful
            Response from Ben Okafor, Owner at Hillbrook Tea Garden
            Responded November 19, 2026
            Thank you, we bake everything on site each morning with fruit from plot nine.
            [a]
            Cara Diaz
            Bristol, United Kingdom
            32 contributions
            Reviewed November 20, 2026
            Shame about the sale
            Went before the diggers arrive, the scones were the best we had all year.
            4 Helpful
            """;

    @Test
    void inReplyToANumberHangsThePostUnderThePostOfThatNumber() {
        List<ExtractedComment> c = text.extract(FOSSIL).comments();
        // ("in reply to 1" after the date does not make a second header shape: all five posts are records)
        assertThat(c).extracting(ExtractedComment::author).containsExactly("ann_lee", "benokafor", "cara_d", "devpatel", "ann_lee");
        assertThat(c).extracting(ExtractedComment::parentId).containsExactly(null, "c1", null, "c3", "c2");
        assertThat(c.get(1).postedAt()).isEqualTo("2026-11-23T14:03");
    }

    @Test
    void aQuotedPostNumberIsTheParentAndNotTheText() {
        List<ExtractedComment> c = text.extract(CHAN).comments();
        assertThat(c).extracting(ExtractedComment::author).containsExactly("annlee", "benokafor", "cara_d", "devpatel", "annlee", "fen", "benokafor");
        // >>48210000 is no post of this thread (an older one): top level
        assertThat(c).extracting(ExtractedComment::parentId).containsExactly(null, null, "c2", "c1", null, null, "c6");
        assertThat(c.get(2).text()).startsWith("Did they give you replacement plots");
        assertThat(c.get(4).text()).startsWith("Still waiting on that rhubarb");
    }

    @Test
    void commentedOnSomeonesMessagePicksThatMessageByItsFirstWords() {
        List<ExtractedComment> c = text.extract(CHAT).comments();
        assertThat(c).extracting(ExtractedComment::author).containsExactly("annlee", "benokafor", "annlee", "cara_d", "devpatel");
        // annlee posted twice: the quoted words, not her latest message, pick the one answered
        assertThat(c).extracting(ExtractedComment::parentId).containsExactly(null, null, null, "c1", "c3");
        assertThat(c.get(3).text()).isEqualTo("Thanks, I found the objection form on page twelve of the second file.");
        assertThat(c.get(4).text()).isEqualTo("Could you print two sets for the Thursday group please?");
    }

    @Test
    void aReferenceLineOverTheHeaderNamesTheParentAndEndsNoText() {
        List<ExtractedComment> c = text.extract(EXPORT).comments();
        assertThat(c).extracting(ExtractedComment::author).containsExactly("annlee", "benokafor", "cara_d", "devpatel");
        assertThat(c).extracting(ExtractedComment::parentId).containsExactly(null, null, "c1", "c2");
        assertThat(c.get(2).text()).isEqualTo("Brilliant news, I will bring the printed copies to the hearing.");
    }

    @Test
    void outlineNumbersOverTheSubjectsAreTheNesting() {
        List<ExtractedComment> c = text.extract(OUTLINE).comments();
        assertThat(c).extracting(ExtractedComment::author).containsExactly("Ann Lee", "Ben Okafor", "Cara Diaz", "Dev Patel");
        assertThat(c).extracting(ExtractedComment::parentId).containsExactly(null, "c1", "c2", null);
        // (the outline number is no like count)
        assertThat(c).extracting(ExtractedComment::likes).containsOnlyNulls();
    }

    @Test
    void aResponseFromSomeoneAnswersTheReviewAboveAndReviewersAreTheirBoxesNames() {
        List<ExtractedComment> c = text.extract(REVIEWS).comments();
        // "Reviewed November 18, 2026" names nobody; the box above it: name, home town, "129 contributions"
        assertThat(c).extracting(ExtractedComment::author).containsExactly("Ann Lee", "Ben Okafor", "Cara Diaz");
        assertThat(c).extracting(ExtractedComment::parentId).containsExactly(null, "c1", null);
        assertThat(c.get(1).text()).isEqualTo("Thank you, we bake everything on site each morning with fruit from plot nine.");
    }
}
