package io.parley.extraction;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A comment's signature under its text that is a name and a date and nothing else, as w3m runs the two spans together
 * ("yuki_garden2026-11-23 14:27:05", "Ann Lee 2026-11-23 14:27", Ameba-like blogs): in a dump read the footer way it
 * names the writer, and the short line over the text ("無題", "Re:ここで二十年耕し…") is the comment's title, neither
 * its writer nor its words.
 */
final class DumpSignedNames {

    private DumpSignedNames() {
    }

    /** "Re: subject" (a reply's title, cut short with "…" as blogs print it): a header line, not the comment's words. */
    private static final Pattern SUBJECT = Pattern.compile("(?i)^re\\s*:\\s*\\S.{0,40}$");

    /** A bare name: letters, digits and the marks handles use, no label, separator or colon. */
    private static final Pattern NAME = Pattern.compile("^[\\p{L}\\p{N}][\\p{L}\\p{N}_.' -]{0,38}[\\p{L}\\p{N}_]$|^[\\p{L}\\p{N}]$");
    private static final Pattern CUE = Pattern.compile("(?i)(?<![\\p{L}])(?:by|posted|on|at|said|says|wrote|von|par|le|am)(?![\\p{L}])");

    /** The name before the signature's date when the line is that name and the date alone, or null. */
    static String nameBeforeDate(String signature) {
        String t = signature.strip();
        if (t.length() > 80) {
            return null;
        }
        Matcher d = DumpThreads.DATE.matcher(t);
        if (!d.find() || d.start() < 2 || !t.substring(d.end()).isBlank() || Dates.find(d.group()) == null) {
            return null;
        }
        String name = t.substring(0, d.start()).strip();
        // (a labelled or separated head, "Posted by: Ann on", "Ann |", is another reader's business)
        return NAME.matcher(name).matches() && !CUE.matcher(name).find() ? name : null;
    }

    /** Whether the line is a reply's subject ("Re:会計係として, …"), short and not ending a sentence. */
    static boolean subject(String t) {
        String s = t.strip();
        return SUBJECT.matcher(s).matches() && !s.matches(".*[.!?\u3002\uff01\uff1f][\"\u201d')]?$");
    }
}
