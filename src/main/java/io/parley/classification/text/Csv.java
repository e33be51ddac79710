package io.parley.classification.text;

import java.util.ArrayList;
import java.util.List;

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
}
