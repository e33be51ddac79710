package io.parley.classification.stance.training;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/** Readers for the three shared formats (FNC-1, SemEval-2016 task 6, RumourEval 2017 replies). */
final class StanceDatasets {

    private StanceDatasets() {
    }

    /** FNC-1: the headline plays the comment and the body the article, as the issue prescribes. */
    static List<Example> fnc1(Path bodies, Path stances) {
        Map<String, String> bodyById = new HashMap<>();
        for (Map<String, String> r : CsvRecords.records(bodies, "Body ID", "articleBody")) {
            bodyById.put(r.get("Body ID").trim(), r.get("articleBody"));
        }
        List<Example> out = new ArrayList<>();
        int line = 1;
        for (Map<String, String> r : CsvRecords.records(stances, "Headline", "Body ID")) {
            line++;
            String id = r.get("Body ID").trim();
            String body = bodyById.get(id);
            if (body == null) {
                throw new StanceDataException(stances + " row " + line + ": Body ID " + id + " is not in " + bodies);
            }
            String label = r.getOrDefault("Stance", "").trim().toLowerCase(Locale.ROOT);
            out.add(new Example(r.get("Headline"), body, null, label.isEmpty() ? null : label, id));
        }
        return out;
    }

    /** SemEval-2016 task 6: tab-separated, no quoting; label FAVOR/AGAINST/NONE lower-cased. */
    static List<Example> semeval(Path file) {
        String[] lines = CsvRecords.readText(file).split("\r?\n");
        if (lines.length == 0 || !lines[0].contains("\t")) {
            throw new StanceDataException(file + " is not SemEval-2016 TSV (expected a header ID<TAB>Target<TAB>Tweet<TAB>Stance)");
        }
        String[] header = lines[0].replace("\uFEFF", "").split("\t");
        int target = indexOf(header, "Target", file);
        int tweet = indexOf(header, "Tweet", file);
        int stance = indexOf(header, "Stance", file);
        List<Example> out = new ArrayList<>();
        for (int i = 1; i < lines.length; i++) {
            if (lines[i].isBlank()) {
                continue;
            }
            String[] f = lines[i].split("\t", -1);
            if (f.length <= Math.max(target, Math.max(tweet, stance))) {
                throw new StanceDataException(file + " line " + (i + 1) + ": expected " + header.length + " tab-separated fields");
            }
            String label = f[stance].trim().toLowerCase(Locale.ROOT);
            out.add(new Example(f[tweet], f[target].trim(), null, label.isEmpty() ? null : label, f[target].trim()));
        }
        return out;
    }

    /**
     * RumourEval replies: the label is stance toward the thread's source post, so the source is the
     * main context and the direct parent the extra one. A source tweet is its own context.
     */
    static List<Example> replies(Path file) {
        List<Example> out = new ArrayList<>();
        for (Map<String, String> r : CsvRecords.records(file, "reply_text", "parent_text", "source_text", "label")) {
            String reply = r.get("reply_text");
            String source = r.getOrDefault("source_text", "");
            String parent = r.getOrDefault("parent_text", "");
            boolean isSource = "true".equalsIgnoreCase(r.getOrDefault("is_source", "").trim()) || parent.isBlank();
            String label = r.get("label").trim().toLowerCase(Locale.ROOT);
            out.add(new Example(reply, source.isBlank() ? parent : source, isSource ? null : parent,
                    label.isEmpty() ? null : label, r.getOrDefault("event", "")));
        }
        return out;
    }

    private static int indexOf(String[] header, String name, Path file) {
        for (int i = 0; i < header.length; i++) {
            if (header[i].trim().equalsIgnoreCase(name)) {
                return i;
            }
        }
        throw new StanceDataException(file + " has no column '" + name + "'");
    }
}
