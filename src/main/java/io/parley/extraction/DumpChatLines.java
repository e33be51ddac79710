package io.parley.extraction;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A chat log as text: every message a line that opens with its time and its sender, as chat apps export a group and
 * IRC clients log a channel. Two shapes are shared by most of them:
 * <ul>
 * <li>a date and clock, a dash, the sender and a colon ("21/11/2026, 14:14 - Name: words", "[21.11.26, 14:14:05]
 * Name: words", a messenger's export), the message's later paragraphs on lines of their own with no head;</li>
 * <li>a clock, then the nick in angle brackets ("14:14 &lt;nick&gt; words", "[14:14:05] &lt;@nick&gt; words": irssi,
 * weechat, mIRC logs), the day in a "Log opened" / "Day changed" line above or in the head itself.</li>
 * </ul>
 * Lines with no sender (joins, quits, topics, "created group", "end-to-end encrypted") are the log's, not messages;
 * a message whose words are only a placeholder ("&lt;Media omitted&gt;", "This message was deleted") is none either.
 * Four or more messages make the log a thread: each message a top-level comment (a log shows no replies).
 */
final class DumpChatLines {

    private static final int MIN_RECORDS = 4;
    /** Date, clock, a dash or a bracket, the sender, a colon: a messenger's export line. */
    private static final Pattern EXPORT = Pattern.compile(
            "^\\s*\\[?(\\d{1,4}[/.-]\\d{1,2}[/.-]\\d{1,4}),?\\s+(\\d{1,2}:\\d{2}(?::\\d{2})?(?:\\s?[AaPp]\\.?[Mm]\\.?)?)\\]?\\s*(?:-\\s+)?"
                    + "([^:\\[\\]<>]{1,40}?):\\s+(\\S.*)$");
    /** A clock (a date before it optional), then the nick in angle brackets: an IRC log line. */
    private static final Pattern IRC = Pattern.compile(
            "^\\s*\\[?(?:(\\d{4}-\\d{2}-\\d{2})[ T])?(\\d{1,2}:\\d{2}(?::\\d{2})?)\\]?\\s+<\\s?[@+%~&]?([^<>\\s]{1,30})>\\s+(\\S.*)$");
    /** An export line without a sender's colon, or an IRC client's own line: the log's, ending the message before it. */
    private static final Pattern SYSTEM = Pattern.compile(
            "^\\s*(?:\\[?\\d{1,4}[/.-]\\d{1,2}[/.-]\\d{1,4},?\\s+\\d{1,2}:\\d{2}|\\[?\\d{1,2}:\\d{2}(?::\\d{2})?\\]?\\s+(?:-!-|\\*{1,3}|--|-->|<--)|---\\s)");
    private static final Pattern PLACEHOLDER = Pattern.compile(
            "(?iu)^(?:<media omitted>|<medien ausgeschlossen>|this message was deleted\\.?|you deleted this message\\.?|<attached: .*>|image omitted|"
                    + "null|missed (?:voice|video) call)$");
    /** "Log opened Sat Nov 21 00:00:00 2026", "Day changed to 21 Nov 2026", "Session Start: …": the day of the clocks below. */
    private static final Pattern DAY_LINE = Pattern.compile("(?i)(?:log opened|day changed|session start|session ident|logging started)");

    private DumpChatLines() {
    }

    /** The log's messages as top-level comments, or null when the text holds no run of chat lines. */
    static DumpThreads.Result read(List<String> lines) {
        List<ExtractedComment> out = new ArrayList<>();
        int start = -1;
        int end = -1;
        String day = null;
        String name = null;
        String time = null;
        StringBuilder words = null;
        int heads = 0;
        for (int i = 0; i < lines.size(); i++) {
            String l = lines.get(i);
            Matcher e = EXPORT.matcher(l);
            Matcher irc = e.matches() ? null : IRC.matcher(l);
            boolean isIrc = irc != null && irc.matches();
            if (e.matches() || isIrc) {
                add(out, name, time, words);
                heads++;
                start = start < 0 ? i : start;
                end = i + 1;
                if (isIrc) {
                    name = irc.group(3);
                    String d = irc.group(1) != null ? irc.group(1) : day;
                    time = d == null ? null : d + "T" + two(irc.group(2));
                    words = new StringBuilder(irc.group(4).strip());
                } else {
                    name = e.group(3).strip();
                    time = Dates.find(e.group(1) + " " + e.group(2));
                    words = new StringBuilder(e.group(4).strip());
                }
                continue;
            }
            if (DAY_LINE.matcher(l).find() && Dates.find(l) != null) {
                day = Dates.find(l).substring(0, Math.min(10, Dates.find(l).length()));
            }
            if (SYSTEM.matcher(l).find()) {
                add(out, name, time, words);
                name = null;
                words = null;
                continue;
            }
            if (words != null && !l.isBlank()) {
                // a message's later paragraph: a line of its own with no head
                words.append("\n\n").append(l.strip());
                end = i + 1;
            } else if (words != null && l.isBlank() && heads > 0) {
                add(out, name, time, words);
                name = null;
                words = null;
            }
        }
        add(out, name, time, words);
        if (heads < MIN_RECORDS || out.size() < MIN_RECORDS || out.stream().noneMatch(TextExtractor::hasSentence)) {
            return null;
        }
        List<ExtractedComment> numbered = new ArrayList<>();
        for (ExtractedComment c : out) {
            numbered.add(new ExtractedComment("c" + (numbered.size() + 1), null, c.author(), c.postedAt(), null, c.text(), List.of(), 0));
        }
        return new DumpThreads.Result(start, end, numbered, true);
    }

    private static void add(List<ExtractedComment> out, String name, String time, StringBuilder words) {
        if (name == null || words == null) {
            return;
        }
        String text = words.toString().strip();
        if (text.isEmpty() || PLACEHOLDER.matcher(text.toLowerCase(Locale.ROOT)).matches()) {
            return;
        }
        out.add(new ExtractedComment("c" + (out.size() + 1), null, name, time, null, text, List.of(), 0));
    }

    private static String two(String clock) {
        String[] p = clock.split(":");
        return (p[0].length() == 1 ? "0" + p[0] : p[0]) + ":" + p[1];
    }
}
