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
    @Test
    void localizedBoardsMonthNamesAreRead() {
        // phpBB's "D M d, Y H:i" as Russian, French and German boards print it, and a Russian genitive month
        assertThat(Dates.find("Добавлено: Сб ноя 21, 2026 14:14")).isEqualTo("2026-11-21T14:14");
        assertThat(Dates.find("21 ноября 2026, 09:05")).isEqualTo("2026-11-21T09:05");
        assertThat(Dates.find("Posté le: Sam Déc 05, 2026 2:14 pm")).isEqualTo("2026-12-05T14:14");
        assertThat(Dates.find("12 juil. 2026")).isEqualTo("2026-07-12");
        assertThat(Dates.find("3 juin 2026")).isEqualTo("2026-06-03");
        assertThat(Dates.find("Sa 21. Nov 2026, 14:14")).isEqualTo("2026-11-21T14:14");
        assertThat(Dates.find("14 dic 2026 10:00")).isEqualTo("2026-12-14T10:00");
        // an English word that begins like one of them is no month: "General 12, 2026 rules" has no date
        assertThat(Dates.find("Genre 12, 2026")).isNull();
    }
}
