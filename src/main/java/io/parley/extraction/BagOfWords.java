package io.parley.extraction;

import java.util.HashMap;
import java.util.List;
import java.util.Map;

/** Token-level precision/recall/F1 of one text against a gold text, as multisets of lower-cased words. */
record BagOfWords(double precision, double recall, double f1, int predicted, int gold) {

    static BagOfWords score(String predicted, String gold) {
        List<String> p = Texts.words(predicted);
        List<String> g = Texts.words(gold);
        if (p.isEmpty() && g.isEmpty()) {
            return new BagOfWords(1, 1, 1, 0, 0);
        }
        Map<String, Integer> counts = new HashMap<>();
        for (String w : g) {
            counts.merge(w, 1, Integer::sum);
        }
        int common = 0;
        for (String w : p) {
            Integer c = counts.get(w);
            if (c != null && c > 0) {
                common++;
                counts.put(w, c - 1);
            }
        }
        double precision = p.isEmpty() ? 0 : common / (double) p.size();
        double recall = g.isEmpty() ? 0 : common / (double) g.size();
        double f1 = precision + recall == 0 ? 0 : 2 * precision * recall / (precision + recall);
        return new BagOfWords(precision, recall, f1, p.size(), g.size());
    }
}
