package io.parley.classification.abuse;

import java.text.Normalizer;
import java.util.Arrays;
import java.util.Map;

/**
 * Undoes the spellings that hide a word from the n-gram features while a reader still sees it: fullwidth forms
 * ("ｉｄｉｏｔ"), mathematical and enclosed letters ("𝐢𝐝𝐢𝐨𝐭", "ⓘⓓⓘⓞⓣ"), invisible characters and soft hyphens inside a
 * word ("id\u200Biot"), combining marks stacked on Latin letters, and Cyrillic or Greek look-alikes inside a word that
 * is otherwise Latin ("іdіot" with Cyrillic і). The model learnt its words from plain text, so the folded comment is
 * what it can judge (issue 19: "You are a ｓｔｕｐｉｄ ｉｄｉｏｔ." scored toxicity 0.028, flagged in ASCII).
 *
 * <p>What it leaves alone, because readers meet it in civil comments: ASCII (a comment in ASCII folds to itself, so it
 * scores exactly as before), other scripts (a word with no ASCII letter is never touched, so Russian and Greek stay as
 * written; a zero-width joiner or non-joiner between non-Latin letters is part of the spelling), a single combining
 * accent that composes with its letter (it is composed, "e\u0301" to "é"), emoji, math symbols and CJK punctuation
 * not next to a fullwidth letter. Letters spaced out ("i d i o t") are not joined: "I a m" and initials are common and
 * the gain is small.
 *
 * <p>A fold may change the length (a math letter is two chars, an invisible character goes), so the result keeps, per
 * folded char, the original chars it came from, and spans found on the folded text are moved back ({@link #original}).
 */
final class EvasionFold {

    private EvasionFold() {
    }

    /**
     * A folded text: {@code from[i]} and {@code to[i]} are the original chars (start inclusive, end exclusive) folded
     * char i came from.
     */
    record Folded(String text, int[] from, int[] to) {

        /** The original range of folded range [start, end): where a span found on the folded text points. */
        int[] original(int start, int end) {
            if (end <= start) {
                int s = start < from.length ? from[start] : (from.length == 0 ? 0 : to[from.length - 1]);
                return new int[]{s, s};
            }
            return new int[]{from[start], to[end - 1]};
        }
    }

    /** Characters that hide inside a word and show nothing. */
    private static boolean invisible(int c) {
        return c == 0x200B || c == 0x200C || c == 0x200D || c == 0x2060 || c == 0xFEFF || c == 0x00AD || c == 0x180E
                || c == 0x034F;
    }

    /** Cyrillic and Greek letters drawn like a Latin letter, and that letter. */
    private static final Map<Integer, Character> LOOK_ALIKES = Map.ofEntries(
            // Cyrillic lower case
            Map.entry(0x0430, 'a'), Map.entry(0x0435, 'e'), Map.entry(0x043E, 'o'), Map.entry(0x0440, 'p'),
            Map.entry(0x0441, 'c'), Map.entry(0x0443, 'y'), Map.entry(0x0445, 'x'), Map.entry(0x0456, 'i'),
            Map.entry(0x0455, 's'), Map.entry(0x0458, 'j'), Map.entry(0x0501, 'd'), Map.entry(0x04BB, 'h'),
            Map.entry(0x04CF, 'l'), Map.entry(0x051B, 'q'), Map.entry(0x051D, 'w'), Map.entry(0x0457, 'i'),
            Map.entry(0x044C, 'b'),
            // Cyrillic upper case
            Map.entry(0x0410, 'A'), Map.entry(0x0412, 'B'), Map.entry(0x0415, 'E'), Map.entry(0x041A, 'K'),
            Map.entry(0x041C, 'M'), Map.entry(0x041D, 'H'), Map.entry(0x041E, 'O'), Map.entry(0x0420, 'P'),
            Map.entry(0x0421, 'C'), Map.entry(0x0422, 'T'), Map.entry(0x0425, 'X'), Map.entry(0x0406, 'I'),
            Map.entry(0x0408, 'J'), Map.entry(0x0405, 'S'), Map.entry(0x04C0, 'I'),
            // Greek
            Map.entry(0x03BF, 'o'), Map.entry(0x03B1, 'a'), Map.entry(0x03B9, 'i'), Map.entry(0x03BD, 'v'),
            Map.entry(0x03C1, 'p'), Map.entry(0x03BA, 'k'), Map.entry(0x03C5, 'u'), Map.entry(0x03C7, 'x'),
            Map.entry(0x0391, 'A'), Map.entry(0x0392, 'B'), Map.entry(0x0395, 'E'), Map.entry(0x0396, 'Z'),
            Map.entry(0x0397, 'H'), Map.entry(0x0399, 'I'), Map.entry(0x039A, 'K'), Map.entry(0x039C, 'M'),
            Map.entry(0x039D, 'N'), Map.entry(0x039F, 'O'), Map.entry(0x03A1, 'P'), Map.entry(0x03A4, 'T'),
            Map.entry(0x03A5, 'Y'), Map.entry(0x03A7, 'X'));

    /** The folded text of {@code text}, or null when there is nothing to fold (all ASCII text, most others). */
    static Folded fold(String text) {
        if (!needsLook(text)) {
            return null;
        }
        int n = text.length();
        StringBuilder out = new StringBuilder(n);
        int[] from = new int[n];
        int[] to = new int[n];
        int i = 0;
        while (i < n) {
            int c = text.codePointAt(i);
            int len = Character.charCount(c);
            char folded = plain(text, i, c);
            if (folded != 0) {
                put(out, from, to, folded, i, i + len);
                i += len;
                continue;
            }
            if (invisible(c) && latinBefore(out) && latinAfter(text, i + len)) {
                i += len;
                continue;
            }
            if (Character.getType(c) == Character.NON_SPACING_MARK && latinBefore(out)) {
                // the marks on the letter just put: one accent that composes stays as the composed letter, a stack
                // (or a mark with no composed form) leaves the bare letter
                int j = i;
                while (j < n && Character.getType(text.codePointAt(j)) == Character.NON_SPACING_MARK) {
                    j += Character.charCount(text.codePointAt(j));
                }
                int last = out.length() - 1;
                String composed = Normalizer.normalize(out.charAt(last) + text.substring(i, j), Normalizer.Form.NFC);
                if (composed.length() == 1) {
                    out.setCharAt(last, composed.charAt(0));
                }
                to[last] = j;
                i = j;
                continue;
            }
            for (int k = 0; k < len; k++) {
                put(out, from, to, text.charAt(i + k), i + k, i + k + 1);
            }
            i += len;
        }
        lookAlikes(out);
        String s = out.toString();
        if (s.equals(text)) {
            return null;
        }
        return new Folded(s, Arrays.copyOf(from, s.length()), Arrays.copyOf(to, s.length()));
    }

    /** Whether any char could fold (all ASCII text never does). */
    private static boolean needsLook(String text) {
        for (int i = 0; i < text.length(); i++) {
            if (text.charAt(i) >= 0x80) {
                return true;
            }
        }
        return false;
    }

    private static void put(StringBuilder out, int[] from, int[] to, char c, int start, int end) {
        from[out.length()] = start;
        to[out.length()] = end;
        out.append(c);
    }

    /**
     * The ASCII letter or digit a fullwidth, mathematical or enclosed character stands for, fullwidth punctuation next
     * to a fullwidth letter or digit as ASCII punctuation; 0 for every other character.
     */
    private static char plain(String text, int i, int c) {
        if (fullwidthAlnum(c)) {
            return (char) (c - 0xFEE0);
        }
        if (c >= 0xFF01 && c <= 0xFF5E) {
            // CJK text uses fullwidth punctuation on its own: fold it only beside a fullwidth letter or digit
            boolean before = i > 0 && fullwidthAlnum(text.charAt(i - 1));
            boolean after = i + 1 < text.length() && fullwidthAlnum(text.charAt(i + 1));
            return before || after ? (char) (c - 0xFEE0) : 0;
        }
        if ((c >= 0x1D400 && c <= 0x1D7FF) || (c >= 0x24B6 && c <= 0x24E9) || (c >= 0x1F130 && c <= 0x1F189)) {
            String k = Normalizer.normalize(new String(Character.toChars(c)), Normalizer.Form.NFKC);
            if (k.length() == 1 && k.charAt(0) < 0x80 && Character.isLetterOrDigit(k.charAt(0))) {
                return k.charAt(0);
            }
        }
        return 0;
    }

    private static boolean fullwidthAlnum(int c) {
        return (c >= 0xFF10 && c <= 0xFF19) || (c >= 0xFF21 && c <= 0xFF3A) || (c >= 0xFF41 && c <= 0xFF5A);
    }

    private static boolean latin(int c) {
        return Character.isLetter(c) && Character.UnicodeScript.of(c) == Character.UnicodeScript.LATIN;
    }

    private static boolean latinBefore(StringBuilder out) {
        return out.length() > 0 && latin(out.charAt(out.length() - 1));
    }

    /** Whether the next visible character from {@code i} is a Latin letter (or one that folds to one). */
    private static boolean latinAfter(String text, int i) {
        while (i < text.length() && invisible(text.codePointAt(i))) {
            i += Character.charCount(text.codePointAt(i));
        }
        if (i >= text.length()) {
            return false;
        }
        int c = text.codePointAt(i);
        return latin(c) || plain(text, i, c) != 0 || LOOK_ALIKES.containsKey(c);
    }

    /**
     * Look-alikes replaced in words (runs of letters) that have an ASCII letter and no letter of another script but
     * the look-alikes: "іdіot" folds, "Иван" and "πr" do not. One char for one, so the index map stands.
     */
    private static void lookAlikes(StringBuilder out) {
        int n = out.length();
        int i = 0;
        while (i < n) {
            if (!Character.isLetter(out.charAt(i))) {
                i++;
                continue;
            }
            int j = i;
            boolean ascii = false;
            boolean alike = false;
            boolean foreign = false;
            while (j < n && Character.isLetter(out.charAt(j))) {
                char c = out.charAt(j);
                if (c < 0x80) {
                    ascii = true;
                } else if (LOOK_ALIKES.containsKey((int) c)) {
                    alike = true;
                } else if (!latin(c)) {
                    foreign = true;
                }
                j++;
            }
            if (ascii && alike && !foreign) {
                for (int k = i; k < j; k++) {
                    Character l = LOOK_ALIKES.get((int) out.charAt(k));
                    if (l != null) {
                        out.setCharAt(k, l);
                    }
                }
            }
            i = j;
        }
    }
}
