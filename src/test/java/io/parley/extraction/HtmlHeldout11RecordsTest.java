package io.parley.extraction;

import org.junit.jupiter.api.Test;

import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * training-data/extraction/heldout11-html, for the causes of its misses on main f286516: Coppermine-like and
 * Google-Maps-like pages silently `none` (no author cue: a bold name cell beside a date cell, a card's aria-label),
 * the guestbook `unparsed`, the El-País-like thread one blob (Spanish relative ages and reply buttons not read).
 */
class HtmlHeldout11RecordsTest {

    private static List<ExtractedComment> comments(String page, String fetchedAt) throws Exception {
        return GoldPageComments.of("heldout11-html", page, fetchedAt);
    }

    @Test
    void aBoldNameCellBesideADateCellIsTheAuthor() throws Exception {
        // Coppermine: one table per comment, "<b>name</b> [Report]" | "Nov 19, 2026 at 3:09 PM" in its first row;
        // before, no cue beside the date (0 of 11, silently none)
        List<ExtractedComment> cs = comments("coppermine", null);

        assertThat(cs).hasSize(11);
        assertThat(cs.get(0).author()).isEqualTo("Kwame Mensah");
        assertThat(cs.get(0).postedAt()).isEqualTo("2026-11-19T15:09");
        assertThat(cs.get(1).author()).isEqualTo("splashdad");
        assertThat(cs.get(1).text()).startsWith("Strangely, the heated pool").doesNotContain("Report");
    }

    @Test
    void aGuestbookEntrysNameCellBesideItsDatedMessageCell() throws Exception {
        // Advanced-Guestbook-like: the writer's cell (name, town, icons) left of "Date: Thursday, 19 November 2026 - 13:57"
        // and the message; before, unparsed. (The keeper's "Admin reply by X" boxes are still not split off: left.)
        List<ExtractedComment> cs = comments("guestbook", null);

        assertThat(cs).hasSize(6);
        assertThat(cs.get(0).author()).isEqualTo("Sunniva Lund");
        assertThat(cs.get(0).postedAt()).startsWith("2026-11-19"); // (" - 13:57" after the date is not read yet)
        assertThat(cs.get(3).author()).isEqualTo("backstroke77");
    }

    @Test
    void aReviewCardsAriaLabelNamesItsWriter() throws Exception {
        // Google-Maps-like: hashed classes, div[aria-label=name] per review, the name in a button, "13 days ago";
        // before, no author or time cue (0 of 10, silently none)
        List<ExtractedComment> cs = comments("gmaps", "2026-12-06T09:10:00Z");

        assertThat(cs).hasSize(10);
        assertThat(cs.get(0).author()).isEqualTo("Sunniva Lund");
        assertThat(cs.get(0).postedAt()).isEqualTo("2026-11-23");
        assertThat(cs.get(1).author()).isEqualTo("poolside_pat");
        assertThat(cs.get(1).text()).startsWith("As a regular").doesNotContain("reviews");
    }

    @Test
    void spanishAgesAndReplyButtonsMakeRecords() throws Exception {
        // El-País-like: "hace 12 días" beside the name, a "Responder" button; before, one comment (the whole section)
        // and, with the button read as a reply cue, "Responder" taken for every author
        List<ExtractedComment> cs = comments("elpais", "2026-12-06T09:10:00Z");

        assertThat(cs).hasSize(12);
        assertThat(cs.get(0).author()).isEqualTo("poolside_pat");
        assertThat(cs.get(0).postedAt()).isEqualTo("2026-11-24");
        assertThat(cs.get(1).author()).isEqualTo("Wen Li");
        assertThat(cs.get(1).parentId()).isEqualTo(cs.get(0).id());
        assertThat(cs.get(2).parentId()).isNull();
        assertThat(cs).noneMatch(c -> "Responder".equals(c.author()));
        assertThat(cs.get(0).likes()).isEqualTo(35); // "35 Me gusta" on a button, kept as the record's chrome
    }

    @Test
    void aLikeCountInTheMetaLineInThePagesLanguage() throws Exception {
        // Le-Monde-like: "Répondre · Signaler · J'aime (13)" under each comment; on main f286516 likes 0 of 12
        List<ExtractedComment> cs = comments("lemonde", null);

        assertThat(cs).hasSize(12);
        assertThat(cs.get(0).likes()).isEqualTo(13);
        assertThat(cs.get(11).likes()).isEqualTo(0);
        assertThat(cs.get(0).text()).doesNotContain("aime");
    }

    @Test
    void aTableAfterACommentBehindAnEmptyIndentCellHoldsItsReplies() throws Exception {
        // e107: "<table><tr><td style=width:20px>&nbsp;</td><td>replies</td></tr></table>" after the comment's table;
        // before, every reply top-level (parent 0.58)
        List<ExtractedComment> cs = comments("e107", null);

        assertThat(cs).hasSize(12);
        assertThat(cs.get(1).parentId()).isEqualTo(cs.get(0).id());
        assertThat(cs.get(2).parentId()).isEqualTo(cs.get(1).id());
        assertThat(cs.get(3).parentId()).isNull();
        assertThat(cs.get(8).parentId()).isEqualTo(cs.get(6).id());
    }

    @Test
    void localizedAgesCountBackFromTheFetchTime() {
        String clock = "2026-12-06T09:10";
        assertThat(Dates.relative("hace 12 días", clock)).isEqualTo("2026-11-24");
        assertThat(Dates.relative("il y a 3 heures", clock)).isEqualTo("2026-12-06T06:10");
        assertThat(Dates.relative("vor 2 Wochen", clock)).isEqualTo("2026-11-22");
        assertThat(Dates.relative("5 minuti fa", clock)).isEqualTo("2026-12-06T09:05");
        assertThat(Dates.relative("3 dagen geleden", clock)).isEqualTo("2026-12-03");
        assertThat(Dates.relative("vor dem Haus", clock)).isNull(); // "vor" without a number and unit is no age
    }
}
