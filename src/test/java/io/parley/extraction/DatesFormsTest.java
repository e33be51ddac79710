package io.parley.extraction;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/** Date forms the ninth held-out round showed (training-data/extraction/heldout9), read to the minute. */
class DatesFormsTest {

    @Test
    void anIsoDateWithATwelveHourClockAndSecondsKeepsItsAfternoon() {
        // Fark: "2026-11-23 4:49:12 PM"; before, 04:49 (the PM lost) or no time at all (a one-digit hour)
        assertThat(Dates.find("2026-11-23 4:49:12 PM")).isEqualTo("2026-11-23T16:49");
        assertThat(Dates.find("2026-11-24 12:43:05 AM")).isEqualTo("2026-11-24T00:43");
        assertThat(Dates.find("2026-11-21T14:14:00.000Z")).isEqualTo("2026-11-21T14:14");
        assertThat(Dates.find("2026-11-21 14:14")).isEqualTo("2026-11-21T14:14");
    }

    @Test
    void aTwoDigitYearIsReadOnlyBesideATimeOfDay() {
        // b2evolution: "11/21/26 @ 02:14 pm"; "11/21/26" alone stays unread (day or month first, or no date at all)
        assertThat(Dates.find("11/21/26 @ 02:14 pm")).isEqualTo("2026-11-21T14:14");
        assertThat(Dates.find("21/11/26 14:14")).isEqualTo("2026-11-21T14:14");
        assertThat(Dates.find("11/21/26")).isNull();
    }

    @Test
    void aNumericMonthDayWithATimeTakesTheYearFromTheClock() {
        // Bilibili-style sub-replies: "11-21 14:14"
        assertThat(Dates.isYearless("11-21 14:14")).isTrue();
        assertThat(Dates.yearless("11-21 14:14", "2026-12-06T08:30")).isEqualTo("2026-11-21T14:14");
        assertThat(Dates.yearless("12-24 09:05", "2026-12-06T08:30")).isEqualTo("2025-12-24T09:05");
        assertThat(Dates.isYearless("3-4 5")).isFalse();
    }
}
