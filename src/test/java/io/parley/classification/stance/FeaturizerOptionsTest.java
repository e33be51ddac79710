package io.parley.classification.stance;

import org.junit.jupiter.api.Test;

import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/** The spec's optional features: off, a model's features are exactly what older specs produced. */
class FeaturizerOptionsTest {

    private static FeatureSpec spec(int charGrams, boolean splitHashtags) {
        return spec(charGrams, splitHashtags, 0);
    }

    private static FeatureSpec spec(int charGrams, boolean splitHashtags, int crossBuckets) {
        return new FeatureSpec("target", StanceView.TARGET.labels(), List.of("stop", "hillary", "vote"),
                List.of("hillary"), List.of(), new double[0], 60, FeatureSpec.STOPWORDS, FeatureSpec.REFUTING,
                FeatureSpec.NEGATION, FeatureSpec.HEDGING, FeatureSpec.QUESTION_WORDS, false, 0, charGrams,
                splitHashtags, List.of("atheism", "hillary clinton"), crossBuckets);
    }

    private static final String TWEET = "Never again. #StopHillary2016 #SemST";

    @Test
    void camelCaseHashtagsCountTheirWordsOnlyWhenAsked() {
        Featurizer plain = new Featurizer(spec(0, false));
        Featurizer split = new Featurizer(spec(0, true));
        assertThat(plain.terms(TWEET, Featurizer.tokens(TWEET))).doesNotContain("stop", "hillary");
        assertThat(split.terms(TWEET, Featurizer.tokens(TWEET))).contains("stophillary2016", "stop", "hillary", "2016");
        // "stop" and "hillary" are vocabulary words: the split tweet fires them, the plain one does not.
        assertThat(split.stats(TWEET).tfText().idx()).containsExactly(0, 1);
        assertThat(plain.stats(TWEET).tfText().idx()).isEmpty();
    }

    @Test
    void characterGramsFillTheirOwnColumnsAfterTheOthers() {
        FeatureSpec s = spec(64, false);
        Featurizer f = new Featurizer(s);
        Featurizer.Stats text = f.stats(TWEET);
        Featurizer.Stats ctx = f.stats("Hillary Clinton");
        assertThat(text.chars().idx()).isNotEmpty();
        assertThat(java.util.Arrays.stream(text.chars().idx()).boxed().toList()).allSatisfy(i -> assertThat(i).isBetween(0, 63));
        float[] row = new float[s.dimension()];
        f.fill(text, ctx, null, row, 0);
        int first = s.dimension() - 64;
        double norm = 0;
        for (int i = first; i < row.length; i++) {
            norm += row[i] * row[i];
        }
        assertThat(norm).isCloseTo(1.0, org.assertj.core.data.Offset.offset(1e-4));
        assertThat(new Featurizer(spec(0, false)).stats(TWEET).chars().idx()).isEmpty();
        assertThat(spec(0, false).dimension()).isEqualTo(s.dimension() - 64);
    }

    /** The grams are hashed in place; a trained model's columns are floorMod(gram.hashCode(), buckets). */
    @Test
    void characterGramColumnsAreTheHashesOfTheGrams() {
        int buckets = 1000;
        Featurizer f = new Featurizer(spec(buckets, false));
        assertSameAsSubstrings(f.stats("Fake!  NATO @someone http://x.y/z Ünïcode?").chars(),
                " fake! nato atuser httpurl ünïcode? ", buckets);
        assertSameAsSubstrings(f.stats("a").chars(), " a ", buckets);
    }

    private static void assertSameAsSubstrings(Featurizer.Sparse g, String t, int buckets) {
        java.util.TreeMap<Integer, Integer> counts = new java.util.TreeMap<>();
        for (int n = 2; n <= 5; n++) {
            for (int i = 0; i + n <= t.length(); i++) {
                counts.merge(Math.floorMod(t.substring(i, i + n).hashCode(), buckets), 1, Integer::sum);
            }
        }
        assertThat(java.util.Arrays.stream(g.idx()).boxed().toList()).containsExactlyElementsOf(counts.keySet());
        double norm = Math.sqrt(counts.values().stream().mapToDouble(c -> c * c).sum());
        int k = 0;
        for (int c : counts.values()) {
            assertThat(g.val()[k++]).isCloseTo((float) (c / norm), org.assertj.core.data.Offset.offset(1e-6f));
        }
    }

    /**
     * A training target (matched whatever its case and spacing) gets its own copy of the comment's terms
     * and grams in the crossed block; another target gets none, so its row is the shared features only.
     */
    @Test
    void crossedColumnsFireOnlyForTrainingTargets() {
        FeatureSpec s = spec(64, false, 256);
        Featurizer f = new Featurizer(s);
        Featurizer.Stats text = f.stats(TWEET);
        int first = s.dimension() - 256;
        float[] seen = new float[s.dimension()];
        f.fill(text, f.stats("  Hillary   CLINTON "), null, seen, 0);
        float[] other = new float[s.dimension()];
        f.fill(text, f.stats("Atheism"), null, other, 0);
        float[] unseen = new float[s.dimension()];
        f.fill(text, f.stats("Donald Trump"), null, unseen, 0);
        Featurizer uncrossed = new Featurizer(spec(64, false));
        float[] plainUnseen = new float[first];
        uncrossed.fill(text, uncrossed.stats("Donald Trump"), null, plainUnseen, 0);
        float[] plainSeen = new float[first];
        uncrossed.fill(text, uncrossed.stats("Hillary Clinton"), null, plainSeen, 0);
        double seenNorm = 0;
        for (int i = first; i < seen.length; i++) {
            seenNorm += seen[i] * seen[i];
            assertThat(unseen[i]).isZero();
        }
        assertThat(seenNorm).isGreaterThan(1.0);
        assertThat(java.util.Arrays.copyOfRange(seen, first, seen.length))
                .isNotEqualTo(java.util.Arrays.copyOfRange(other, first, other.length));
        assertThat(java.util.Arrays.copyOfRange(unseen, 0, first)).isEqualTo(plainUnseen);
        assertThat(java.util.Arrays.copyOfRange(seen, 0, first)).isEqualTo(plainSeen);
    }
}
