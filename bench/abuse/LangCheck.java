package io.parley.classification;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.file.*;
import java.util.*;

/**
 * Bench tool (not part of the product): how many comments of a JSONL file ({"text": ...} per line) the pipeline would
 * treat as a language the models were not trained on when the article states no language (a new site's default then
 * holds them, whatever their scores), with the languages guessed and a few examples. Compile against the classes in
 * target/parley.jar as bench/abuse/logits does; usage: LangCheck FILE.jsonl...
 */
public final class LangCheck {
    public static void main(String[] a) throws Exception {
        ObjectMapper om = new ObjectMapper();
        for (String f : a) {
            int n = 0, unsup = 0; Map<String,Integer> langs = new TreeMap<>(); List<String> ex = new ArrayList<>();
            for (String l : Files.readAllLines(Path.of(f))) {
                if (l.isBlank()) continue;
                String t = om.readTree(l).get("text").asText();
                String lang = ModelCommentClassifier.language(t, null);
                n++;
                if (!ModelCommentClassifier.supported(lang)) { unsup++; langs.merge(lang, 1, Integer::sum); if (ex.size() < 8) ex.add(lang + ": " + t.substring(0, Math.min(100, t.length())).replace('\n',' ')); }
            }
            System.out.printf("%s: %d of %d unsupported (%.2f %%) %s%n", f, unsup, n, 100.0 * unsup / n, langs);
            ex.forEach(e -> System.out.println("   " + e));
        }
    }
}
