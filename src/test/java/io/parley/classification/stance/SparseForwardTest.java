package io.parley.classification.stance;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

/**
 * Serving computes each view's network over the non-zero inputs only; it must be the same function as
 * DL4J's own forward pass over the dense rows, on every view of the committed model.
 */
class SparseForwardTest {

    static StanceClassifier model;
    static List<String> paragraphs;

    @BeforeAll
    static void load() throws Exception {
        model = StanceClassifier.load("");
        try (InputStream in = SparseForwardTest.class.getClassLoader().getResourceAsStream("seeds/004_72e78a6f65c98bb3.txt")) {
            assertThat(in).isNotNull();
            paragraphs = new String(in.readAllBytes(), StandardCharsets.UTF_8).lines()
                    .filter(l -> l.strip().length() > 20).toList();
        }
        assertThat(paragraphs.size()).isGreaterThan(20);
    }

    @Test
    void sparsePassEqualsTheNetworkOnEveryView() {
        String article = String.join("\n", paragraphs.subList(0, 15));
        for (StanceView v : StanceView.values()) {
            PairModel m = model.view(v);
            assertThat(m.sparseForward()).as(v.key()).isTrue();
            List<Featurizer.Stats> t = new ArrayList<>();
            List<Featurizer.Stats> c = new ArrayList<>();
            List<Featurizer.Stats> x = new ArrayList<>();
            for (int i = 0; i < paragraphs.size(); i++) {
                t.add(m.featurizer().stats(paragraphs.get(i)));
                String ctx = switch (v) {
                    case ARTICLE -> article;
                    case PARENT -> paragraphs.get(Math.max(0, i - 1));
                    case TARGET -> i % 2 == 0 ? "Russia's demands on NATO" : "Climate Change is a Real Concern";
                };
                c.add(m.featurizer().stats(ctx));
                x.add(v == StanceView.PARENT ? c.get(i) : null);
            }
            float[][] sparse = m.predict(t, c, x);
            float[][] dense = m.predictDense(t, c, x);
            for (int i = 0; i < dense.length; i++) {
                for (int k = 0; k < dense[i].length; k++) {
                    assertThat(sparse[i][k]).as(v.key() + " row " + i + " class " + k).isCloseTo(dense[i][k], within(1e-4f));
                }
            }
        }
    }
}
