package io.parley.classification.stance;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * RFC 4180 CSV (quoted fields with embedded newlines, doubled quotes): FNC-1 bodies span lines, so a
 * line-based split would silently corrupt them.
 */
final class Csv {

    private Csv() {
    }

    /** Reads the file as UTF-8, replacing malformed bytes instead of failing on one odd character. */
    static String readText(Path file) {
        try {
            return new String(Files.readAllBytes(file), StandardCharsets.UTF_8);
        } catch (NoSuchFileException e) {
            throw new StanceDataException("no such file: " + file);
        } catch (IOException e) {
            throw new StanceDataException("cannot read " + file + ": " + e.getMessage());
        }
    }

    static List<List<String>> parse(String text) {
        List<List<String>> rows = new ArrayList<>();
        List<String> row = new ArrayList<>();
        StringBuilder field = new StringBuilder();
        boolean quoted = false;
        int i = text.startsWith("\uFEFF") ? 1 : 0;
        int n = text.length();
        while (i < n) {
            char c = text.charAt(i);
            if (quoted) {
                if (c == '"') {
                    if (i + 1 < n && text.charAt(i + 1) == '"') {
                        field.append('"');
                        i++;
                    } else {
                        quoted = false;
                    }
                } else {
                    field.append(c);
                }
            } else if (c == '"') {
                quoted = true;
            } else if (c == ',') {
                row.add(field.toString());
                field.setLength(0);
            } else if (c == '\n' || c == '\r') {
                if (c == '\r' && i + 1 < n && text.charAt(i + 1) == '\n') {
                    i++;
                }
                row.add(field.toString());
                field.setLength(0);
                if (!(row.size() == 1 && row.get(0).isEmpty())) {
                    rows.add(row);
                }
                row = new ArrayList<>();
            } else {
                field.append(c);
            }
            i++;
        }
        if (field.length() > 0 || !row.isEmpty()) {
            row.add(field.toString());
            rows.add(row);
        }
        return rows;
    }

    /** Rows as maps keyed by the header; missing required columns fail with the file name. */
    static List<Map<String, String>> records(Path file, String... required) {
        List<List<String>> rows = parse(readText(file));
        if (rows.isEmpty()) {
            throw new StanceDataException(file + " is empty");
        }
        List<String> header = rows.get(0).stream().map(String::trim).toList();
        for (String r : required) {
            if (!header.contains(r)) {
                throw new StanceDataException(file + " has no column '" + r + "' (header: " + header + ")");
            }
        }
        List<Map<String, String>> out = new ArrayList<>(rows.size());
        for (int r = 1; r < rows.size(); r++) {
            List<String> row = rows.get(r);
            Map<String, String> m = new HashMap<>();
            for (int c = 0; c < header.size(); c++) {
                m.put(header.get(c), c < row.size() ? row.get(c) : "");
            }
            out.add(m);
        }
        return out;
    }
}
