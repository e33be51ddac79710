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
        StringBuilder b = new StringBuilder(s.length());
        boolean space = false;
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            if (c == ' ' || c == '\n' || c == '\t' || c == '\r' || c == '\u00a0' || c == '\u2007' || c == '\u202f'
                    || c == '\u200b' || c == '\f' || c > 127 && Character.isWhitespace(c)) {
                space = b.length() > 0;
            } else {
                if (space) {
                    b.append(' ');
                    space = false;
                }
                b.append(c);
            }
        }
        return b.toString();
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
            boolean w = Character.isLetterOrDigit(s.charAt(i));
            if (w && !in) {
                n++;
            }
            in = w;
        }
        return n;
    }
}
