package io.parley.classification.stance.training;

import io.parley.classification.text.Csv;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/** The stance data sets' CSV files as header-keyed records, with the file named in every error. */
final class CsvRecords {

    private CsvRecords() {
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

    /** Rows as maps keyed by the header; missing required columns fail with the file name. */
    static List<Map<String, String>> records(Path file, String... required) {
        List<String[]> rows = Csv.parse(readText(file), ',');
        if (rows.isEmpty()) {
            throw new StanceDataException(file + " is empty");
        }
        List<String> header = Arrays.stream(rows.get(0)).map(String::trim).toList();
        for (String r : required) {
            if (!header.contains(r)) {
                String line = String.join(",", rows.get(0));
                if (Csv.looksBinary(line)) {
                    throw new StanceDataException(file + " is not a text CSV file (its first line holds binary data)");
                }
                throw new StanceDataException(file + " has no column '" + r + "' (needs " + String.join(", ", required)
                        + "; header: " + Csv.printable(line) + ")");
            }
        }
        List<Map<String, String>> out = new ArrayList<>(rows.size());
        for (int r = 1; r < rows.size(); r++) {
            String[] row = rows.get(r);
            Map<String, String> m = new HashMap<>();
            for (int c = 0; c < header.size(); c++) {
                m.put(header.get(c), c < row.length ? row[c] : "");
            }
            out.add(m);
        }
        return out;
    }
}
