package io.parley.extraction;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class DatesTest {

    @Test
    void aTwoDigitYearReadsOnlyWithAClockTimeBesideIt() {
        // groups.io's message head, also with a four-digit message number on the line
        assertThat(Dates.find("11/23/26 5:19am")).isEqualTo("2026-11-23T05:19");
        assertThat(Dates.find("11/23/26 3:51pm #1006")).isEqualTo("2026-11-23T15:51");
        assertThat(Dates.find("23/11/26 15:51")).isEqualTo("2026-11-23T15:51");
        // a ratio or a score is no date
        assertThat(Dates.find("won 3/4/26 in the end")).isNull();
    }

    @Test
    void aSemicolonMaySeparateTheDateFromItsTime() {
        // Nabble: "Nov 21, 2026; 2:14pm"
        assertThat(Dates.find("Nov 21, 2026; 2:14pm")).isEqualTo("2026-11-21T14:14");
        assertThat(Dates.find("Nov 21, 2026")).isEqualTo("2026-11-21");
    }

    @Test
    void theYearFirstBetweenSlashes() {
        // Xoops: "Posted on: 2026/11/23 14:07"
        assertThat(Dates.find("Posted on: 2026/11/23 14:07")).isEqualTo("2026-11-23T14:07");
        assertThat(Dates.find("2026/11/23")).isEqualTo("2026-11-23");
        assertThat(Dates.find("page 1/2026/11")).isNull();
    }
}
