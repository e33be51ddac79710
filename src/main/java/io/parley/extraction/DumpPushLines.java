package io.parley.extraction;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A text dump's one-line records, as a BBS prints its pushes under an article: a short marker, a user id, a colon,
 * the words, then the IP and a date ("推 tomatoboy: 老实讲，… 1.160.7.13 11/25 15:08", PTT), w3m wrapping a long one
 * over a few lines (the date, or the IP and the date, may fall on the next). Three or more such records in a run are
 * the thread's comments; the article above them is its opening post where meta lines name its writer ("作者gardenfox
 * (種菜的)", "時間Wed Nov 25 12:01:00 2026") and its words end at the "--" signature line. The HTML twin is
 * {@link LineRecords}.
 */
final class DumpPushLines {

    private DumpPushLines() {
    }

    private static final int MIN_RECORDS = 3;
    /** Marker, user id, colon, words: "推 tomatoboy: …", "→ laowang88: …". */
    private static final Pattern HEAD = Pattern.compile("^\\s*(\\S{1,2})\\s+([\\p{L}\\p{N}_.-]{2,24}):\\s*(\\S.*)$");
    /** The record's tail: an IP (optional) and a year-less or full date with its clock, at the end. */
    private static final Pattern TAIL = Pattern.compile(
            "\\s*(?:(?<![\\d.])\\d{1,3}(?:\\.\\d{1,3}){3}\\s+)?(\\d{1,4}[/.-]\\d{1,2}(?:[/.-]\\d{1,4})?\\s+\\d{1,2}:\\d{2}(?::\\d{2})?)\\s*$");
    private static final Pattern AUTHOR_LINE = Pattern.compile(
            "(?iu)^\\s*(?:\u4f5c\u8005|author|\uc791\uc131\uc790|\uae00\uc4f4\uc774|\u6295\u7a3f\u8005|\u767c\u4fe1\u4eba|\u53d1\u4fe1\u4eba)\\s*[:\uff1a]?\\s*([\\p{L}\\p{N}_.-]{2,24})(?:\\s*[(\uff08].*)?$");
    private static final Pattern TIME_LINE = Pattern.compile(
            "(?iu)^\\s*(?:\u6642\u9593|\u65f6\u95f4|\u65e5\u671f|date|time|\uc791\uc131\uc77c)\\s*[:\uff1a]?\\s*(\\S.*)$");
    /** The signature separator and the system lines after it ("… -- ※ 發信站: …"). */
    private static final Pattern SIGNATURE = Pattern.compile("(?:^|\\s)--(?:\\s|$)");

    /** The run of push records and the opening post above it, or null when the dump holds no such run. */
    static DumpThreads.Result read(List<String> lines) {
        List<int[]> spans = new ArrayList<>();
        int i = 0;
        while (i < lines.size()) {
            if (!HEAD.matcher(lines.get(i)).matches()) {
                i++;
                continue;
            }
            // the record runs on to its tail: at most a few wrapped lines, no blank line, no other record's head
            int end = -1;
            for (int j = i; j < lines.size() && j < i + 8; j++) {
                if (j > i && (lines.get(j).isBlank() || HEAD.matcher(lines.get(j)).matches())) {
                    break;
                }
                if (TAIL.matcher(lines.get(j)).find()) {
                    end = j;
                    break;
                }
            }
            if (end < 0) {
                i++;
                continue;
            }
            spans.add(new int[]{i, end});
            i = end + 1;
        }
        if (spans.size() < MIN_RECORDS) {
            return null;
        }
        String clock = FetchClock.get();
        if (clock == null) {
            clock = newestDate(lines);
        }
        List<ExtractedComment> out = new ArrayList<>();
        int opening = -1;
        ExtractedComment first = opening(lines, spans.get(0)[0], clock);
        if (first != null) {
            out.add(first);
            opening = firstMeta(lines, spans.get(0)[0]);
        }
        for (int[] s : spans) {
            String joined = join(lines.subList(s[0], s[1] + 1));
            Matcher h = HEAD.matcher(joined);
            if (!h.matches()) {
                continue;
            }
            String words = h.group(3);
            Matcher t = TAIL.matcher(words);
            if (!t.find()) {
                continue;
            }
            String text = words.substring(0, t.start()).strip();
            if (text.isEmpty()) {
                continue;
            }
            out.add(new ExtractedComment("c" + (out.size() + 1), null, h.group(2), LineRecords.time(t.group(1), clock), null, text,
                    List.of(), 0, t.group().strip()));
        }
        if (out.size() < MIN_RECORDS) {
            return null;
        }
        return new DumpThreads.Result(opening >= 0 ? opening : spans.get(0)[0], spans.get(spans.size() - 1)[1] + 1, out, true);
    }

    /** The article over the first record as its opening post: a meta line names its writer, its words follow. */
    private static ExtractedComment opening(List<String> lines, int firstRecord, String clock) {
        String author = null;
        String time = null;
        int bodyFrom = -1;
        for (int j = Math.max(0, firstRecord - 60); j < firstRecord; j++) {
            Matcher a = AUTHOR_LINE.matcher(lines.get(j));
            if (a.matches()) {
                author = a.group(1);
                bodyFrom = j + 1;
                continue;
            }
            Matcher t = author != null ? TIME_LINE.matcher(lines.get(j)) : null;
            if (t != null && t.matches() && Dates.find(t.group(1)) != null) {
                time = Dates.find(t.group(1));
                bodyFrom = j + 1;
            } else if (author != null && lines.get(j).strip().length() <= 40 && DumpCjk.words(lines.get(j)) <= 6 && j == bodyFrom) {
                bodyFrom = j + 1; // (the other meta lines under the writer's: board, title)
            }
        }
        if (author == null || bodyFrom < 0 || bodyFrom >= firstRecord) {
            return null;
        }
        String body = join(lines.subList(bodyFrom, firstRecord));
        Matcher sig = SIGNATURE.matcher(body);
        if (sig.find()) {
            body = body.substring(0, sig.start());
        }
        body = body.strip();
        ExtractedComment c = new ExtractedComment("c1", null, author, time, null, body, List.of(), 0);
        return body.isEmpty() || !TextExtractor.hasSentence(c) ? null : c;
    }

    /** The first meta line of the opening post (its writer's), where its record starts. */
    private static int firstMeta(List<String> lines, int firstRecord) {
        for (int j = Math.max(0, firstRecord - 60); j < firstRecord; j++) {
            if (AUTHOR_LINE.matcher(lines.get(j)).matches()) {
                return j;
            }
        }
        return firstRecord;
    }

    /** Lines as one text: a line w3m wrapped inside CJK text joins without a space, other lines with one. */
    static String join(List<String> part) {
        StringBuilder b = new StringBuilder();
        for (String l : part) {
            String t = l.strip();
            if (t.isEmpty()) {
                continue;
            }
            if (!b.isEmpty()) {
                char before = b.charAt(b.length() - 1);
                if (!DumpCjk.wrapped(before, t.charAt(0))) {
                    b.append(' ');
                }
            }
            b.append(t);
        }
        return b.toString();
    }

    private static String newestDate(List<String> lines) {
        String newest = null;
        for (String l : lines) {
            if (l.length() >= 8 && l.length() <= 200) {
                String d = Dates.find(l);
                if (d != null && (newest == null || d.compareTo(newest) > 0)) {
                    newest = d;
                }
            }
        }
        return newest;
    }
}
