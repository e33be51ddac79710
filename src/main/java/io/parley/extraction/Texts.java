package io.parley.extraction;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/** Small text helpers shared by the text and HTML extractors and the evaluator. */
final class Texts {

    private Texts() {
    }

    /** Collapses every run of whitespace (incl. no-break spaces) to one space and trims. */
    static String squash(String s) {
        return new Squasher(s.length()).squash(s);
    }

    /**
     * {@link #squash} and {@link #wordCount} of its result in one pass over a char buffer it reuses: the HTML
     * reader squashes every block, and String.charAt on non-Latin-1 text is slow without the C2 compiler.
     */
    static final class Squasher {
        private char[] in;
        private char[] out;
        private int words;

        Squasher(int capacity) {
            in = new char[capacity];
            out = new char[capacity];
        }

        String squash(CharSequence s) {
            int n = s.length();
            if (in.length < n) {
                in = new char[Math.max(n, in.length * 2 + 16)];
                out = new char[in.length];
            }
            char[] src = in;
            if (s instanceof String str) {
                str.getChars(0, n, src, 0);
            } else if (s instanceof StringBuilder b) {
                b.getChars(0, n, src, 0);
            } else {
                for (int i = 0; i < n; i++) {
                    src[i] = s.charAt(i);
                }
            }
            char[] dst = out;
            int len = 0;
            int count = 0;
            boolean space = false;
            boolean inWord = false;
            for (int i = 0; i < n; i++) {
                char c = src[i];
                if (space(c)) {
                    space = len > 0;
                    inWord = false;
                } else {
                    if (space) {
                        dst[len++] = ' ';
                        space = false;
                    }
                    dst[len++] = c;
                    boolean w = letterOrDigit(c);
                    if (w && !inWord) {
                        count++;
                    }
                    inWord = w;
                }
            }
            words = count;
            return new String(dst, 0, len);
        }

        /** Words of the last squashed text, as {@link #wordCount} counts them. */
        int words() {
            return words;
        }
    }

    /**
     * What {@link #squash} collapses: ASCII and no-break spaces, zero-width space, and what Java calls
     * whitespace (none of which lies between U+0080 and U+167F, so most non-ASCII text skips the look-up).
     */
    static boolean space(char c) {
        return c == ' ' || c == '\n' || c == '\t' || c == '\r' || c == '\u00a0' || c == '\u2007' || c == '\u202f'
                || c == '\u200b' || c == '\f' || c >= '\u1680' && Character.isWhitespace(c);
    }

    /** {@link Character#isLetterOrDigit(char)}, without the table look-up for ASCII. */
    static boolean letterOrDigit(char c) {
        if (c < 128) {
            return c >= 'a' && c <= 'z' || c >= 'A' && c <= 'Z' || c >= '0' && c <= '9';
        }
        return Character.isLetterOrDigit(c);
    }

    /** A comparison key: lower case, unified quote marks and dashes, collapsed spaces. */
    static String key(String s) {
        StringBuilder b = new StringBuilder(s.length());
        boolean space = false;
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            switch (c) {
                case '\u201c', '\u201d', '\u201e', '\u00ab', '\u00bb' -> c = '"';
                case '\u2018', '\u2019', '\u201a' -> c = '\'';
                case '\u2013', '\u2014' -> c = '-';
                default -> {
                }
            }
            if (Character.isWhitespace(c) || c == '\u00a0') {
                space = b.length() > 0;
                continue;
            }
            if (space) {
                b.append(' ');
                space = false;
            }
            b.append(Character.toLowerCase(c));
        }
        return b.toString();
    }

    /**
     * The article paragraph (by its {@link #key}) that contains a quoted text, or null. Under five words a match
     * would link ordinary phrases ("in the end") rather than a quotation.
     */
    static Integer paragraphContaining(List<String> articleKeys, String text) {
        String k = key(text);
        if (wordCount(k) < 5) {
            return null;
        }
        for (int i = 0; i < articleKeys.size(); i++) {
            if (articleKeys.get(i).contains(k)) {
                return i;
            }
        }
        return null;
    }

    /** Word tokens for bag-of-words scoring: maximal runs of letters or digits, lower-cased. */
    static List<String> words(String s) {
        List<String> out = new ArrayList<>();
        int start = -1;
        for (int i = 0; i <= s.length(); i++) {
            boolean w = i < s.length() && Character.isLetterOrDigit(s.charAt(i));
            if (w && start < 0) {
                start = i;
            } else if (!w && start >= 0) {
                out.add(s.substring(start, i).toLowerCase(Locale.ROOT));
                start = -1;
            }
        }
        return out;
    }

    static int wordCount(String s) {
        int n = 0;
        boolean in = false;
        for (int i = 0; i < s.length(); i++) {
            boolean w = letterOrDigit(s.charAt(i));
            if (w && !in) {
                n++;
            }
            in = w;
        }
        return n;
    }
}
