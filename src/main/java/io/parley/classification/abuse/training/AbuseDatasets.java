package io.parley.classification.abuse.training;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.parley.classification.text.Csv;
import io.parley.model.DatasetReader;
import org.jsoup.parser.Parser;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * Readers for the shared data formats, each mapping its labels onto the network heads (the label
 * map documented in training-data/abuse/label-map.md). A label a data set does not define stays NaN
 * and is masked out of the loss.
 */
public final class AbuseDatasets {

    /**
     * One labelled text, the abuse task's row.
     *
     * @param labels per head of the run's {@link Heads}: 0, 1, or NaN where the source does not say (masked)
     * @param spans  gold character ranges (Java char offsets), or null
     * @param clazz  Davidson's three-way class, -1 elsewhere
     */
    public record Example(String id, AbuseFormat source, String text, float[] labels, List<int[]> spans, int clazz) {
    }

    /**
     * The {@link DatasetReader} of one format over a run's heads ({@code companion}: Jigsaw's or OLID's separate labels
     * file). {@code shareLabels} maps other sets' labels onto the served labels as training does (label-map.md);
     * evaluation reads each set's own labels only.
     */
    public record Reader(AbuseFormat source, boolean shareLabels, Heads heads) implements DatasetReader<Example> {
        @Override
        public String format() {
            return source.cliName();
        }

        @Override
        public List<Example> read(Path input, Path companion) {
            return AbuseDatasets.read(source, input, companion, shareLabels, heads);
        }
    }

    private static final ObjectMapper JSON = new ObjectMapper();

    private AbuseDatasets() {
    }

    /** Reads a file of one format with the standard heads. */
    static List<Example> read(AbuseFormat format, Path input, Path labels, boolean shareLabels) {
        return read(format, input, labels, shareLabels, Heads.STANDARD_HEADS);
    }

    /**
     * Reads a file of one format; each row's labels are a vector over {@code heads} (the shared sets fill the
     * standard heads, our own JSONL files any head they name; a label this run has no head for is left out).
     */
    static List<Example> read(AbuseFormat format, Path input, Path labels, boolean shareLabels, Heads heads) {
        String content = readUtf8(input);
        return switch (format) {
            case JIGSAW -> jigsaw(content, labels == null ? null : readUtf8(labels), input, heads);
            case TOXIC_SPANS -> toxicSpans(content, input, heads);
            case INSULTS -> insults(content, input, shareLabels, heads);
            case OLID -> olid(content, labels == null ? null : readUtf8(labels), input, shareLabels, heads);
            case DAVIDSON -> davidson(content, input, shareLabels, heads);
            case ETHOS -> ethos(content, input, null, shareLabels, heads);
            case SEED -> seed(content, input, heads);
            case SPLIT -> split(content, input, heads);
            case DECISIONS -> decisions(content, input, heads);
        };
    }

    /** ETHOS for training: the binary file, enriched with the multi-label file's violence/target columns. */
    static List<Example> ethosWithTargets(Path binary, Path multi, boolean shareLabels, Heads heads) {
        return ethos(readUtf8(binary), binary, multi == null ? null : readUtf8(multi), shareLabels, heads);
    }

    /** The label names a seed-format (JSONL) file uses, in the order they first appear. */
    static List<String> labelNames(Path file) {
        java.util.LinkedHashSet<String> names = new java.util.LinkedHashSet<>();
        jsonLines(readUtf8(file), file, "a labelled object", (n, line) -> {
            n.path("labels").fieldNames().forEachRemaining(names::add);
            return null;
        });
        return List.copyOf(names);
    }

    static String readUtf8(Path file) {
        if (!Files.isRegularFile(file)) {
            throw new IllegalArgumentException("no such file: " + file);
        }
        try {
            byte[] bytes = Files.readAllBytes(file);
            return StandardCharsets.UTF_8.newDecoder().onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT).decode(ByteBuffer.wrap(bytes)).toString();
        } catch (CharacterCodingException e) {
            throw new IllegalArgumentException(file + " is not valid UTF-8");
        } catch (IOException e) {
            throw new IllegalArgumentException("cannot read " + file + ": " + e.getMessage());
        }
    }

    private static Map<String, Integer> header(String[] row, char delimiter, Path file, String... required) {
        Map<String, Integer> cols = new HashMap<>();
        for (int i = 0; i < row.length; i++) {
            cols.put(row[i].trim().toLowerCase(Locale.ROOT), i);
        }
        for (String r : required) {
            if (!cols.containsKey(r)) {
                throw missingColumn(row, delimiter, file, r, required);
            }
        }
        return cols;
    }

    private static final char[] DELIMITERS = {',', '\t', ';'};

    /**
     * Says what is wrong with a header. A file with another delimiter reads as one column that holds the whole
     * line, so "missing column 'id'" next to a header showing "id,..." would contradict itself.
     */
    private static IllegalArgumentException missingColumn(String[] row, char delimiter, Path file, String missing,
                                                          String... required) {
        String line = String.join(String.valueOf(delimiter), row);
        if (Csv.looksBinary(line)) {
            return new IllegalArgumentException(file + " is not a text file (its first line holds binary data)");
        }
        String needs = String.join(", ", required);
        if (row.length == 1) {
            for (char other : DELIMITERS) {
                if (other != delimiter && row[0].indexOf(other) >= 0) {
                    return new IllegalArgumentException(file + ": expected " + delimiterName(delimiter)
                            + "-separated columns " + needs + ", but the header has no " + delimiterName(delimiter)
                            + " and looks " + delimiterName(other) + "-separated (header: " + Csv.printable(line) + ")");
                }
            }
        }
        return new IllegalArgumentException(file + ": missing column '" + missing + "' (needs " + needs + "; header: "
                + Csv.printable(line) + ")");
    }

    private static String delimiterName(char delimiter) {
        return switch (delimiter) {
            case ',' -> "comma";
            case '\t' -> "tab";
            case ';' -> "semicolon";
            default -> "'" + delimiter + "'";
        };
    }

    private static String cell(String[] row, int i) {
        return i < row.length ? row[i] : "";
    }

    private static List<String[]> rows(String content, char delimiter, Path file) {
        List<String[]> rows = Csv.parse(content, delimiter);
        if (rows.isEmpty()) {
            throw new IllegalArgumentException(file + " is empty");
        }
        return rows;
    }

    static final String[] JIGSAW_COLUMNS = {"toxic", "severe_toxic", "insult", "threat", "obscene", "identity_hate"};

    private static List<Example> jigsaw(String content, String labelContent, Path file, Heads heads) {
        List<String[]> rows = rows(content, ',', file);
        Map<String, Integer> cols = header(rows.get(0), ',', file, "id", "comment_text");
        Map<String, float[]> external = null;
        boolean inline = cols.containsKey("toxic");
        if (!inline) {
            if (labelContent == null) {
                throw new IllegalArgumentException(file + " has no label columns; pass --labels (id + six labels)");
            }
            List<String[]> lrows = Csv.parse(labelContent, ',');
            Map<String, Integer> lcols = header(lrows.get(0), ',', file, "id", "toxic");
            external = new HashMap<>();
            int row = 1;
            for (String[] r : lrows.subList(1, lrows.size())) {
                row++;
                external.put(cell(r, lcols.get("id")), jigsawLabels(r, lcols, heads, "the --labels file, row " + row));
            }
        }
        List<Example> out = new ArrayList<>();
        int row = 1;
        for (String[] r : rows.subList(1, rows.size())) {
            row++;
            String id = cell(r, cols.get("id"));
            float[] y = inline ? jigsawLabels(r, cols, heads, file + " row " + row) : external.get(id);
            if (y == null || Float.isNaN(y[Heads.TOXICITY])) {
                continue; // Kaggle's test_labels mark unscored rows with -1
            }
            out.add(new Example(id, AbuseFormat.JIGSAW, cell(r, cols.get("comment_text")), y, null, -1));
        }
        return out;
    }

    /** {@code where}: the file and row, for a message that lets the user find the cell ("For input string" did not). */
    private static float[] jigsawLabels(String[] r, Map<String, Integer> cols, Heads heads, String where) {
        float[] y = heads.unknown();
        for (int k = 0; k < JIGSAW_COLUMNS.length; k++) {
            Integer c = cols.get(JIGSAW_COLUMNS[k]);
            if (c == null) {
                throw new IllegalArgumentException(where.replaceFirst(",? row \\d+$", "") + ": missing column '"
                        + JIGSAW_COLUMNS[k] + "' (needs " + String.join(", ", JIGSAW_COLUMNS) + ")");
            }
            String v = cell(r, c).trim();
            y[k] = v.equals("-1") || v.isEmpty() ? Float.NaN : (number(v, where, JIGSAW_COLUMNS[k]) >= 0.5f ? 1f : 0f);
        }
        return y;
    }

    private static float number(String v, String where, String column) {
        try {
            float f = Float.parseFloat(v);
            if (!Float.isNaN(f)) {
                return f;
            }
        } catch (NumberFormatException e) {
            // named below
        }
        throw new IllegalArgumentException(where + ": column '" + column + "' is not a number: '"
                + (v.length() > 40 ? v.substring(0, 40) + "…" : v) + "'");
    }

    private static List<Example> toxicSpans(String content, Path file, Heads heads) {
        List<String[]> rows = rows(content, ',', file);
        Map<String, Integer> cols = header(rows.get(0), ',', file, "spans", "text");
        List<Example> out = new ArrayList<>();
        int line = 1;
        for (String[] r : rows.subList(1, rows.size())) {
            line++;
            String text = cell(r, cols.get("text"));
            List<int[]> spans;
            try {
                spans = codePointOffsetsToRanges(text, JSON.readValue(cell(r, cols.get("spans")), int[].class));
            } catch (IOException e) {
                throw new IllegalArgumentException(file + " row " + line + ": spans is not a list of integers");
            }
            float[] y = heads.unknown();
            y[Heads.TOXICITY] = 1f; // every post of the set was rated toxic
            out.add(new Example("tsd-" + (line - 1), AbuseFormat.TOXIC_SPANS, text, y, spans, -1));
        }
        return out;
    }

    /** Python code-point offsets (one per character) to Java char ranges, consecutive offsets merged. */
    static List<int[]> codePointOffsetsToRanges(String text, int[] offsets) {
        int[] cpToChar = new int[text.codePointCount(0, text.length()) + 1];
        int cp = 0;
        for (int i = 0; i < text.length(); cp++) {
            cpToChar[cp] = i;
            i += Character.charCount(text.codePointAt(i));
        }
        cpToChar[cp] = text.length();
        int[] sorted = Arrays.stream(offsets).filter(o -> o >= 0 && o < cpToChar.length - 1).sorted().distinct().toArray();
        List<int[]> ranges = new ArrayList<>();
        int i = 0;
        while (i < sorted.length) {
            int j = i;
            while (j + 1 < sorted.length && sorted[j + 1] == sorted[j] + 1) {
                j++;
            }
            ranges.add(new int[]{cpToChar[sorted[i]], cpToChar[sorted[j] + 1]});
            i = j + 1;
        }
        return ranges;
    }

    private static List<Example> insults(String content, Path file, boolean share, Heads heads) {
        List<String[]> rows = rows(content, ',', file);
        Map<String, Integer> cols = header(rows.get(0), ',', file, "insult", "comment");
        List<Example> out = new ArrayList<>();
        int line = 1;
        for (String[] r : rows.subList(1, rows.size())) {
            line++;
            String raw = cell(r, cols.get("comment"));
            String v = cell(r, cols.get("insult")).trim();
            float[] y = heads.unknown();
            if (!v.isEmpty()) {
                y[Heads.IMPERMIUM] = Float.parseFloat(v) >= 0.5f ? 1f : 0f;
                if (share && y[Heads.IMPERMIUM] == 1f) {
                    // an insult to a participant is an insult; a 0 may still insult a third party: unknown
                    y[Heads.INSULT] = 1f;
                    y[Heads.TOXICITY] = 1f;
                }
            }
            out.add(new Example("insults-" + (line - 1), AbuseFormat.INSULTS, unescapeInsult(raw), y, null, -1));
        }
        return out;
    }

    /**
     * The insults set stores Python-2 repr-like text inside an extra pair of quotes, often escaped
     * twice ({@code \\xc2\\xa0}). Strip the quotes, then undo escapes until none are left (at most
     * twice); {@code \xHH} runs are bytes, decoded as UTF-8 when valid, else Latin-1.
     */
    static String unescapeInsult(String raw) {
        String s = raw;
        if (s.length() >= 2 && s.startsWith("\"") && s.endsWith("\"")) {
            s = s.substring(1, s.length() - 1);
        }
        for (int pass = 0; pass < 2 && s.indexOf('\\') >= 0; pass++) {
            s = unescapeOnce(s);
        }
        return s;
    }

    private static String unescapeOnce(String s) {
        StringBuilder out = new StringBuilder(s.length());
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        int i = 0;
        while (i < s.length()) {
            char c = s.charAt(i);
            if (c == '\\' && i + 3 < s.length() && s.charAt(i + 1) == 'x' && isHex(s.charAt(i + 2)) && isHex(s.charAt(i + 3))) {
                bytes.write(Integer.parseInt(s.substring(i + 2, i + 4), 16));
                i += 4;
                continue;
            }
            flushBytes(bytes, out);
            if (c == '\\' && i + 1 < s.length()) {
                char d = s.charAt(i + 1);
                switch (d) {
                    case 'n' -> out.append('\n');
                    case 't' -> out.append('\t');
                    case 'r' -> out.append('\r');
                    case '\\' -> out.append('\\');
                    case '\'' -> out.append('\'');
                    case '"' -> out.append('"');
                    case 'u' -> {
                        if (i + 5 < s.length() && s.substring(i + 2, i + 6).chars().allMatch(AbuseDatasets::isHex)) {
                            out.append((char) Integer.parseInt(s.substring(i + 2, i + 6), 16));
                            i += 6;
                            continue;
                        }
                        out.append("\\u");
                    }
                    default -> out.append(c).append(d);
                }
                i += 2;
            } else {
                out.append(c);
                i++;
            }
        }
        flushBytes(bytes, out);
        return out.toString();
    }

    private static boolean isHex(int c) {
        return (c >= '0' && c <= '9') || (c >= 'a' && c <= 'f') || (c >= 'A' && c <= 'F');
    }

    private static void flushBytes(ByteArrayOutputStream bytes, StringBuilder out) {
        if (bytes.size() == 0) {
            return;
        }
        byte[] b = bytes.toByteArray();
        bytes.reset();
        try {
            out.append(StandardCharsets.UTF_8.newDecoder().onMalformedInput(CodingErrorAction.REPORT)
                    .decode(ByteBuffer.wrap(b)));
        } catch (CharacterCodingException e) {
            out.append(new String(b, StandardCharsets.ISO_8859_1));
        }
    }

    private static List<Example> olid(String content, String labelContent, Path file, boolean share, Heads heads) {
        // tab-separated without quoting: tweets contain '"' that are not CSV quotes
        String[] lines = content.split("\r?\n");
        if (lines.length == 0 || lines[0].isBlank()) {
            throw new IllegalArgumentException(file + " is empty");
        }
        Map<String, Integer> cols = header(lines[0].split("\t", -1), '\t', file, "id", "tweet");
        Map<String, String> external = new HashMap<>();
        if (labelContent != null) {
            for (String l : labelContent.split("\r?\n")) {
                String[] p = l.split(",", -1);
                if (p.length >= 2 && !p[0].trim().equalsIgnoreCase("id")) {
                    external.put(p[0].trim(), p[1].trim());
                }
            }
        } else if (!cols.containsKey("subtask_a")) {
            throw new IllegalArgumentException(file + " has no subtask_a column; pass --labels (id,label CSV)");
        }
        List<Example> out = new ArrayList<>();
        for (int i = 1; i < lines.length; i++) {
            if (lines[i].isBlank()) {
                continue;
            }
            String[] r = lines[i].split("\t", -1);
            String id = cell(r, cols.get("id")).trim();
            String label = labelContent != null ? external.get(id) : cell(r, cols.get("subtask_a")).trim();
            if (label == null) {
                throw new IllegalArgumentException("no label for OLID id " + id);
            }
            float[] y = heads.unknown();
            y[Heads.OLID] = label.equalsIgnoreCase("OFF") ? 1f : 0f;
            if (share) {
                y[Heads.TOXICITY] = y[Heads.OLID];
                if (y[Heads.OLID] == 0f) {
                    notAbusive(y); // not offensive at all: none of the served labels applies
                }
            }
            out.add(new Example(id, AbuseFormat.OLID, cell(r, cols.get("tweet")), y, null, -1));
        }
        return out;
    }

    private static List<Example> davidson(String content, Path file, boolean share, Heads heads) {
        List<String[]> rows = rows(content, ',', file);
        Map<String, Integer> cols = header(rows.get(0), ',', file, "class", "tweet");
        List<Example> out = new ArrayList<>();
        int line = 1;
        for (String[] r : rows.subList(1, rows.size())) {
            line++;
            String c = cell(r, cols.get("class")).trim();
            if (!c.matches("[0-2]")) {
                throw new IllegalArgumentException(file + " row " + line + ": column 'class' must be 0, 1 or 2, not '"
                        + (c.length() > 40 ? c.substring(0, 40) + "…" : c) + "'");
            }
            int clazz = Integer.parseInt(c);
            float[] y = heads.unknown();
            y[Heads.DAVIDSON_ABUSIVE] = clazz == 2 ? 0f : 1f;
            y[Heads.DAVIDSON_HATE] = clazz == 0 ? 1f : 0f;
            if (share) {
                y[Heads.TOXICITY] = y[Heads.DAVIDSON_ABUSIVE];
                if (clazz == 2) {
                    notAbusive(y);
                }
                if (clazz == 0) {
                    y[Heads.IDENTITY] = 1f;
                }
            }
            // tweets keep HTML entities (&amp;); served text arrives decoded, so decode here too
            String text = Parser.unescapeEntities(cell(r, cols.get("tweet")), false);
            out.add(new Example("davidson-" + cell(r, 0), AbuseFormat.DAVIDSON, text, y, null, clazz));
        }
        return out;
    }

    /**
     * Without this, features seen only in a set that labels toxicity alone (tweets: "@USER", "#MAGA")
     * get arbitrary weights on the other served heads, since those heads are masked there.
     */
    private static void notAbusive(float[] y) {
        for (int k = 0; k < Heads.PUBLIC.size(); k++) { // the standard served labels (an extra one: unknown)
            y[k] = 0f;
        }
    }

    private static final String[] ETHOS_TARGETS = {"gender", "race", "national_origin", "disability", "religion",
            "sexual_orientation"};

    private static List<Example> ethos(String content, Path file, String multiContent, boolean share, Heads heads) {
        List<String[]> rows = rows(content, ';', file);
        Map<String, Integer> cols = header(rows.get(0), ';', file, "comment");
        if (!cols.containsKey("ishate")) {
            throw new IllegalArgumentException(file + ": expected the ETHOS binary file (comment;isHate)");
        }
        Map<String, String[]> multi = new HashMap<>();
        Map<String, Integer> mcols = null;
        if (multiContent != null) {
            List<String[]> mrows = Csv.parse(multiContent, ';');
            mcols = header(mrows.get(0), ';', file, "comment", "violence");
            for (String[] r : mrows.subList(1, mrows.size())) {
                multi.put(cell(r, mcols.get("comment")).trim(), r);
            }
        }
        List<Example> out = new ArrayList<>();
        int line = 1;
        for (String[] r : rows.subList(1, rows.size())) {
            line++;
            String text = cell(r, cols.get("comment"));
            float hate = Float.parseFloat(cell(r, cols.get("ishate")).trim());
            float[] y = heads.unknown();
            y[Heads.ETHOS] = hate >= 0.5f ? 1f : 0f;
            if (share) {
                if (hate >= 0.5f) {
                    y[Heads.TOXICITY] = 1f;
                    String[] m = multi.get(text.trim());
                    if (m != null) {
                        y[Heads.THREAT] = Float.parseFloat(cell(m, mcols.get("violence")).trim()) >= 0.5f ? 1f : 0f;
                        boolean group = false;
                        for (String t : ETHOS_TARGETS) {
                            Integer c = mcols.get(t);
                            group |= c != null && Float.parseFloat(cell(m, c).trim()) >= 0.5f;
                        }
                        y[Heads.IDENTITY] = group ? 1f : Float.NaN;
                    }
                } else if (hate == 0f) {
                    y[Heads.IDENTITY] = 0f;
                    y[Heads.THREAT] = 0f;
                }
            }
            out.add(new Example("ethos-" + (line - 1), AbuseFormat.ETHOS, text, y, null, -1));
        }
        return out;
    }

    /** Rows exported by the trainer: {id, source, text, labels:{head:0|1|null}, class, spans}. */
    private static List<Example> split(String content, Path file, Heads heads) {
        return jsonLines(content, file, "a split row", (n, line) -> {
            float[] y = labels(n.path("labels"), heads);
            List<int[]> spans = n.path("spans").isArray() ? spans(n.path("spans")) : null;
            return new Example(n.path("id").asText(), AbuseFormat.of(n.path("source").asText()),
                    n.path("text").asText(), y, spans, n.path("class").asInt(-1));
        });
    }

    /** Our hand labels: one JSON object per line, {id, text, labels:{label:0|1}, spans:[[start,end],...]}. */
    private static List<Example> seed(String content, Path file, Heads heads) {
        return jsonLines(content, file, "a seed label object", (n, line) -> new Example(n.path("id").asText("seed-" + line),
                AbuseFormat.SEED, n.path("text").asText(), labels(n.path("labels"), heads), spans(n.path("spans")), -1));
    }

    /**
     * Moderators' decisions ({@code parley export decisions}): each line's labels are what the moderator said (their
     * corrections, else an approval's zeros or a rejection's toxicity 1); labels this run has no head for are left out.
     */
    private static List<Example> decisions(String content, Path file, Heads heads) {
        return jsonLines(content, file, "a decision object {id, text, labels, action}", (n, line) -> {
            if (!n.path("text").isTextual() || !n.path("labels").isObject()) {
                throw new IllegalArgumentException("needs a string 'text' and an object 'labels'");
            }
            float[] y = labels(n.path("labels"), heads);
            return new Example(n.path("id").asText("decision-" + line), AbuseFormat.DECISIONS, n.path("text").asText(),
                    y, null, -1);
        });
    }

    /** One example per non-blank JSON line; a bad line names the file, the line and what was expected. */
    private static List<Example> jsonLines(String content, Path file, String what,
                                           java.util.function.BiFunction<JsonNode, Integer, Example> row) {
        List<Example> out = new ArrayList<>();
        int line = 0;
        for (String l : content.split("\r?\n")) {
            line++;
            if (l.isBlank()) {
                continue;
            }
            try {
                out.add(row.apply(JSON.readTree(l), line));
            } catch (IOException | RuntimeException e) {
                throw new IllegalArgumentException(file + " line " + line + ": not " + what + " (" + e.getMessage() + ")");
            }
        }
        return out;
    }

    /** Each head the object names takes its number (0 or 1); the rest stay unknown. */
    private static float[] labels(JsonNode labels, Heads heads) {
        float[] y = heads.unknown();
        labels.fields().forEachRemaining(e -> {
            int h = heads.index(e.getKey());
            if (h >= 0 && e.getValue().isNumber()) {
                y[h] = e.getValue().floatValue();
            }
        });
        return y;
    }

    private static List<int[]> spans(JsonNode array) {
        List<int[]> spans = new ArrayList<>();
        for (JsonNode s : array) {
            spans.add(new int[]{s.get(0).asInt(), s.get(1).asInt()});
        }
        return spans;
    }
}
