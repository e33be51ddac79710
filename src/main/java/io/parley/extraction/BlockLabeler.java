package io.parley.extraction;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * Training labels for blocks from Dragnet's gold text, which has no markup: a block is article (or
 * comment) text when most of its word n-grams occur in that part of the gold. Trigrams keep common
 * words in navigation from matching by chance; blocks of one or two words use shorter n-grams.
 */
final class BlockLabeler {
    private final Set<String>[] article;
    private final Set<String>[] comments;

    @SuppressWarnings("unchecked")
    BlockLabeler(String articleGold, String commentGold) {
        article = new Set[4];
        comments = new Set[4];
        List<String> a = Texts.words(articleGold);
        List<String> c = Texts.words(commentGold);
        for (int n = 1; n <= 3; n++) {
            article[n] = grams(a, n);
            comments[n] = grams(c, n);
        }
    }

    private static Set<String> grams(List<String> words, int n) {
        Set<String> out = new HashSet<>();
        for (int i = 0; i + n <= words.size(); i++) {
            out.add(String.join(" ", words.subList(i, i + n)));
        }
        return out;
    }

    String label(HtmlBlocks.Block b) {
        List<String> w = Texts.words(b.text);
        if (w.isEmpty()) {
            return BlockFeatures.BOILERPLATE;
        }
        int n = Math.min(3, w.size());
        List<String> g = new ArrayList<>(grams(w, n));
        if (g.isEmpty()) {
            return BlockFeatures.BOILERPLATE;
        }
        int inA = 0, inC = 0;
        for (String x : g) {
            if (article[n].contains(x)) {
                inA++;
            }
            if (comments[n].contains(x)) {
                inC++;
            }
        }
        double fa = inA / (double) g.size(), fc = inC / (double) g.size();
        if (fa >= 0.5 && fa >= fc) {
            return BlockFeatures.ARTICLE;
        }
        if (fc >= 0.5) {
            return BlockFeatures.COMMENT;
        }
        return BlockFeatures.BOILERPLATE;
    }
}
