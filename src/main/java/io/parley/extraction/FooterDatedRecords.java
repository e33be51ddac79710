package io.parley.extraction;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Comments whose date comes after their words, as a dump prints a name line, the words, then a footer that opens with
 * the date and the controls ("2026.11.19. 15:09 / 답글0 / 공감9비공감5", "17. November 2026, 11:35 / 12 1 / Antworten",
 * "Nov 18, 2026, 11:56 AM"): {@link DumpThreads} reads a dated line as the head of the words after it, so each
 * footer's date is moved up to just under the name line that opens its comment before the dump is read. A dated line
 * that names the poster itself ("Bo Bo 19 Nov 2026 9 likes Reply") or that heads its words is left where it is.
 */
final class FooterDatedRecords {

    private FooterDatedRecords() {
    }

    private static final Pattern BULLET = Pattern.compile("^(?:[\\u2022\\u25a1\\u25e6\\u25aa*+-]|\\d{1,3}[.)])\\s+");
    private static final Pattern SENTENCE_END = Pattern.compile("[.!?\\u3002\\uff01\\uff1f\"\\u201d)]$");
    private static final Pattern WORD = Pattern.compile("\\p{L}{2,}");

    /** The dump's lines with each footer date moved under its comment's name line, or the lines as they are. */
    static List<String> reorder(List<String> raw) {
        List<Integer> dated = new ArrayList<>();
        for (int i = 0; i < raw.size(); i++) {
            if (footerDate(raw.get(i))) {
                dated.add(i);
            }
        }
        if (dated.size() < 3) {
            return raw;
        }
        // each dated line right under words, the line after it no words, and a name line over those words
        int[] nameAt = new int[dated.size()];
        int fits = 0;
        for (int k = 0; k < dated.size(); k++) {
            int a = dated.get(k);
            int from = k == 0 ? Math.max(0, a - 40) : dated.get(k - 1) + 1;
            nameAt[k] = -1;
            int before = previousNonBlank(raw, a - 1, from);
            int after = nextNonBlank(raw, a + 1, raw.size());
            // (the words end a sentence right over the date: a control line over it, "• Log in or register to post
            // comments" under a post whose date heads the next, is no comment's last line)
            if (before < 0 || !prose(raw.get(before)) || !SENTENCE_END.matcher(raw.get(before).strip()).find()
                    || after >= 0 && prose(raw.get(after))) {
                continue;
            }
            // the words run up from the footer to the first prose line of the segment; the line over it is the name
            int first = before;
            for (int j = before - 1; j >= from; j--) {
                String t = raw.get(j).strip();
                if (t.isEmpty()) {
                    continue;
                }
                if (!prose(raw.get(j))) {
                    break;
                }
                first = j;
            }
            int name = previousNonBlank(raw, first - 1, from);
            if (name >= 0 && nameLine(raw.get(name))) {
                nameAt[k] = name;
                fits++;
            }
        }
        if (fits < 3 || fits < dated.size() * 0.8) {
            return raw;
        }
        List<String> out = new ArrayList<>(raw);
        for (int k = 0; k < dated.size(); k++) {
            int a = dated.get(k);
            int n = nameAt[k];
            if (n < 0) {
                continue;
            }
            // (lines only move within the record: the dump keeps its length and every other line's place)
            String date = out.remove(a);
            out.add(n + 1, date);
        }
        return out;
    }

    /** A line that holds a date and nothing else (its controls on the lines under it). */
    private static boolean footerDate(String line) {
        String t = BULLET.matcher(line.strip()).replaceFirst("");
        if (t.isEmpty() || t.length() > 100) {
            return false;
        }
        Matcher m = DumpThreads.DATE.matcher(t);
        if (!m.lookingAt() || Dates.find(m.group()) == null) {
            return false;
        }
        // the date alone: a row of actions with the date in it ("2026-11-19 07:1430Reply", Bilibili) is read as the
        // comment's footer by DumpThreads already
        return t.substring(m.end()).isBlank();
    }

    /** A line of a comment's words: six words or more, or a sentence's end. */
    private static boolean prose(String line) {
        String t = line.strip();
        if (footerDate(line) || BULLET.matcher(t).lookingAt()) {
            return false;
        }
        int words = 0;
        Matcher w = WORD.matcher(t);
        while (w.find()) {
            words++;
        }
        return words >= 6 || words >= 2 && SENTENCE_END.matcher(t).find();
    }

    /** A short line that may name a poster: a few words, no date, no sentence. */
    private static boolean nameLine(String line) {
        String t = BULLET.matcher(line.strip()).replaceFirst("");
        return !t.isEmpty() && t.length() <= 60 && Texts.wordCount(t) <= 8 && !SENTENCE_END.matcher(t).find()
                && Dates.find(t) == null && WORD.matcher(t).find() || !t.isEmpty() && t.length() <= 40 && !prose(t) && Dates.find(t) == null
                && Character.isLetter(t.charAt(0));
    }

    private static int previousNonBlank(List<String> raw, int from, int floor) {
        for (int j = from; j >= floor; j--) {
            if (!raw.get(j).isBlank()) {
                return j;
            }
        }
        return -1;
    }

    private static int nextNonBlank(List<String> raw, int from, int ceiling) {
        for (int j = from; j < ceiling; j++) {
            if (!raw.get(j).isBlank()) {
                return j;
            }
        }
        return -1;
    }
}
