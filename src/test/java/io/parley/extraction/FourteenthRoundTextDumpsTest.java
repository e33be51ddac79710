package io.parley.extraction;

import org.junit.jupiter.api.Test;

import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Comment heads of the fourteenth held-out round's text dumps (training-data/extraction/heldout14, text path; each
 * failed on main 95ad1d37): a Brazilian news site's "27.nov.2026 às 13h09" glued to the name before it, and a Joomla
 * K2 byline "posted by X" after the date, its name wrapped onto the next line at the 80th column.
 */
class FourteenthRoundTextDumpsTest {

    private final TextExtractor text = new TextExtractor(Deadline.none());

    private static final String ARTICLE = """
            Harbour ferry timetable cut for the winter

            The harbour ferry will run every forty minutes instead of every twenty from
            December, the operator said on Tuesday, blaming fuel costs and a shortage of
            licensed crew. Commuters on the north shore say the change was never put out
            to consultation.

            """;

    @Test
    void aDottedDateWithAMonthsNameHeadsEachComment() {
        String dump = ARTICLE + """
                Comentários

                 1. [4410]rui_pescador30.nov.2026 às 9h05

                    The forty minute gap means missing the first train into the city every
                    single morning. Nobody asked the people who actually use the boat.

                    Responder Curtir 4 Denunciar
                 2. [4423]Ana M.30.nov.2026 às 10h41

                    Fuel costs went up for everyone, but the fares went up last spring too.
                    Where did that money go?

                    Responder Curtir 11 Denunciar
                     1. [4436]Tiago Lopes30.nov.2026 às 11h17

                        It paid for the new pontoon, according to the annual report they
                        published in the summer.

                        Responder Curtir 2 Denunciar
                """;
        List<ExtractedComment> c = text.extract(dump).comments();
        assertThat(c).extracting(ExtractedComment::author).containsExactly("rui_pescador", "Ana M.", "Tiago Lopes");
        assertThat(c).extracting(ExtractedComment::postedAt)
                .containsExactly("2026-11-30T09:05", "2026-11-30T10:41", "2026-11-30T11:17");
        assertThat(c.get(0).text()).startsWith("The forty minute gap");
    }

    @Test
    void postedByAfterTheDateNamesTheAuthorEvenWhenTheNameWraps() {
        String dump = ARTICLE + """
                3 comments

                  • Comment LinkRosalind WhitcombeThursday, 3 December 2026 07:38 posted by
                    Rosalind Whitcombe

                    The forty minute gap means missing the first train into the city every
                    single morning. Nobody asked the people who actually use the boat.

                    Report
                  • Comment LinkPeter OyelaranThursday, 3 December 2026 08:49 posted by Peter
                    Oyelaran

                    Fuel costs went up for everyone, but the fares went up last spring too.
                    Where did that money go?

                    Report
                  • Comment Linkharbourwatch Thursday, 3 December 2026 10:12 posted by harbourwatch

                    It paid for the new pontoon, according to the annual report they
                    published in the summer.

                    Report
                """;
        List<ExtractedComment> c = text.extract(dump).comments();
        assertThat(c).extracting(ExtractedComment::author).containsExactly("Rosalind Whitcombe", "Peter Oyelaran", "harbourwatch");
        assertThat(c).extracting(ExtractedComment::postedAt)
                .containsExactly("2026-12-03T07:38", "2026-12-03T08:49", "2026-12-03T10:12");
    }

    @Test
    void theDottedDateReadsInHtmlDatesToo() {
        assertThat(Dates.find(Dates.foreign("Ana M.30.nov.2026 \u00e0s 10h41"))).isEqualTo("2026-11-30T10:41");
        assertThat(Dates.find("27.nov.2026")).isEqualTo("2026-11-27");
    }

    @Test
    void aFederatedCardNamesThePosterByItsDisplayName() {
        assertThat(DumpHandleCards.displayName("Halima Oseihalimaosei@tube.example")).isEqualTo("Halima Osei");
        assertThat(DumpHandleCards.displayName("Gusgus@video.example.org")).isEqualTo("Gus");
        assertThat(DumpHandleCards.displayName("Marguerite L.marguerite_l@tube.example")).isEqualTo("Marguerite L.");
        assertThat(DumpHandleCards.displayName("write to press@council.example")).isNull();
        String dump = ARTICLE + """
                12 comments

                SORT BY
                [                    ]
                Account avatar
                Rosalind Whitcomberosalind_whitcombe@boats.example
                2 weeks ago

                The forty minute gap means missing the first train into the city every
                single morning. Nobody asked the people who actually use the boat.

                Reply
                Account avatar
                Peter Oyelaranpeteroyelaran@boats.example
                2 weeks ago

                Fuel costs went up for everyone, but the fares went up last spring too.
                Where did that money go?

                Reply
                """;
        List<ExtractedComment> c = text.extract(dump).comments();
        assertThat(c).extracting(ExtractedComment::author).containsExactly("Rosalind Whitcombe", "Peter Oyelaran");
    }
}
