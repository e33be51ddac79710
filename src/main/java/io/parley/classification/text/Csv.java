package io.parley.classification.text;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * RFC-4180 reader (quoted fields with doubled quotes, embedded newlines, CRLF or LF) with a chosen
 * delimiter, shared by the abuse and stance data sets: FNC-1 bodies and Jigsaw comments span lines, so a
 * line-based split would silently corrupt them. A quote inside an unquoted field is kept as text, as
 * Python's csv module (which wrote most of these files) reads it. The data sets are small enough to parse
 * from one string.
 */
public final class Csv {

    private Csv() {
    }

    /** The rows, blank lines dropped; a leading byte-order mark is skipped. */
    public static List<String[]> parse(String content, char delimiter) {
        List<String[]> rows = new ArrayList<>();
        List<String> row = new ArrayList<>();
        StringBuilder field = new StringBuilder();
        boolean quoted = false;
        boolean fieldStarted = false;
        int n = content.length();
        int i = content.startsWith("\uFEFF") ? 1 : 0;
        for (; i < n; i++) {
            char c = content.charAt(i);
            if (quoted) {
                if (c == '"') {
                    if (i + 1 < n && content.charAt(i + 1) == '"') {
                        field.append('"');
                        i++;
                    } else {
                        quoted = false;
                    }
                } else {
                    field.append(c);
                }
            } else if (c == '"' && field.isEmpty() && !fieldStarted) {
                quoted = true;
                fieldStarted = true;
            } else if (c == delimiter) {
                row.add(field.toString());
                field.setLength(0);
                fieldStarted = false;
            } else if (c == '\n' || c == '\r') {
                if (c == '\r' && i + 1 < n && content.charAt(i + 1) == '\n') {
                    i++;
                }
                row.add(field.toString());
                field.setLength(0);
                fieldStarted = false;
                rows.add(row.toArray(String[]::new));
                row.clear();
            } else {
                field.append(c);
                fieldStarted = true;
            }
        }
        if (fieldStarted || !field.isEmpty() || !row.isEmpty()) {
            row.add(field.toString());
            rows.add(row.toArray(String[]::new));
        }
        rows.removeIf(r -> r.length == 1 && r[0].isEmpty());
        return rows;
    }

    /** Longest part of a file shown in an error message. */
    static final int SHOWN_CHARS = 100;

    /**
     * A header line as an error message can show it: control characters escaped, since a binary file's bytes
     * would garble the terminal, and cut to {@value #SHOWN_CHARS} characters.
     */
    public static String printable(String line) {
        StringBuilder b = new StringBuilder();
        int i = 0;
        for (; i < line.length() && b.length() < SHOWN_CHARS; i++) {
            char c = line.charAt(i);
            if (c == '\t') {
                b.append("\\t");
            } else if (Character.isISOControl(c) || c == '\ufffd' || Character.getType(c) == Character.FORMAT
                    || Character.isSurrogate(c)) {
                b.append(String.format(Locale.ROOT, "\\u%04x", (int) c));
            } else {
                b.append(c);
            }
        }
        return i < line.length() ? b + "..." : b.toString();
    }

    /** NUL or an undecodable byte (read as U+FFFD) in a header line: the file is not a text CSV. */
    public static boolean looksBinary(String line) {
        return line.indexOf('\u0000') >= 0 || line.indexOf('\ufffd') >= 0;
    }
}
