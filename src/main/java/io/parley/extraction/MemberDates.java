package io.parley.extraction;

import java.util.regex.Pattern;

/**
 * A user pane's dates: a forum prints a member's join date as a label and a value ({@code <dt>Joined:</dt><dd>Jan 2,
 * 2009</dd>}, "Reg: Jan 2012", "Registered:"), which a record's paragraphs hold as a label line and a date line. That
 * date is when the member joined, never when the post was written (ZetaBoards' user cell beside the post, with the
 * post's own date in the head row above it).
 */
final class MemberDates {

    private MemberDates() {
    }

    private static final Pattern JOIN_IN = Pattern.compile(
            "(?iu)(?:^|[\\s|\u00b7,;])(?:joined(?: on)?|join date|registered(?: on)?|reg\\.?|member since|mitglied seit|registriert(?: seit)?|inscrit le"
                    + "|registrado|iscritto il|medlem sedan)\\s*:");

    /** A header line up to its first join-date field ("Posts: 11 Joined: Jan 2, 2009" → "Posts: 11 "): the rest dates the member. */
    static String beforeJoin(String line) {
        java.util.regex.Matcher m = JOIN_IN.matcher(line);
        return m.find() ? line.substring(0, m.start()) : line;
    }
}
