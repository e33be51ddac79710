package io.parley.ingest;

import com.fasterxml.jackson.databind.JsonNode;

import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/** Which paragraph of an article a comment is about: the one the moderator's page and the API's queue item show. */
public final class ArticleParagraphs {

    private ArticleParagraphs() {
    }

    /**
     * The article paragraph a comment quotes (by index or by its text), else the one sharing the most
     * words with it; -1 when nothing relates.
     */
    public static int related(List<String> paragraphs, JsonNode quotes, String text) {
        if (paragraphs == null || paragraphs.isEmpty()) {
            return -1;
        }
        if (quotes != null && quotes.isArray()) {
            for (JsonNode q : quotes) {
                if (q.has("articleParagraph") && q.get("articleParagraph").canConvertToInt()) {
                    int i = q.get("articleParagraph").asInt();
                    if (i >= 0 && i < paragraphs.size()) {
                        return i;
                    }
                }
                String qt = q.path("text").asText("").strip();
                if (qt.length() >= 12) {
                    for (int i = 0; i < paragraphs.size(); i++) {
                        if (paragraphs.get(i).contains(qt) || qt.contains(paragraphs.get(i).strip())) {
                            return i;
                        }
                    }
                }
            }
        }
        Set<String> words = words(text);
        int best = -1;
        double bestScore = 0;
        for (int i = 0; i < paragraphs.size(); i++) {
            Set<String> p = words(paragraphs.get(i));
            if (p.isEmpty()) {
                continue;
            }
            Set<String> shared = new HashSet<>(p);
            shared.retainAll(words);
            double score = shared.size() / Math.sqrt(p.size());
            if (shared.size() >= 3 && score > bestScore) {
                bestScore = score;
                best = i;
            }
        }
        return best;
    }

    private static Set<String> words(String s) {
        Set<String> out = new HashSet<>();
        if (s == null) {
            return out;
        }
        for (String w : s.toLowerCase(Locale.ROOT).split("[^\\p{L}\\p{N}]+")) {
            if (w.length() > 3) {
                out.add(w);
            }
        }
        return out;
    }

}
