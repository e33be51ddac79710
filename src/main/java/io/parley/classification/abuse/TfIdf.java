package io.parley.classification.abuse;

import io.parley.model.TrainerView;

import java.util.Arrays;

/**
 * The TF-IDF weighting of hashed n-gram ids, shared by training and serving so the two cannot
 * drift: sublinear term frequency (1 + ln tf) times the idf learnt on the training split (stored in
 * the model spec), L2-normalised over the comment. This is the weighting of the TF-IDF + logistic
 * regression baseline; a linear head over it keeps what averaging a narrow embedding threw away.
 */
@TrainerView
public final class TfIdf {

    /**
     * @param ids     distinct ids, ascending
     * @param weights their normalised weights
     * @param counts  how often each id occurs in the comment (a token's share of an id is weight / count)
     */
    public record Weighted(int[] ids, float[] weights, int[] counts) {
        /** Weight of one occurrence of {@code id}: its share of the id's weight. */
        public float occurrence(int id) {
            int i = Arrays.binarySearch(ids, id);
            return i < 0 ? 0f : weights[i] / counts[i];
        }
    }

    private TfIdf() {
    }

    public static Weighted weigh(int[] occurrences, float[] idf) {
        if (occurrences.length == 0) {
            return new Weighted(new int[0], new float[0], new int[0]);
        }
        int[] sorted = occurrences.clone();
        Arrays.sort(sorted);
        int[] ids = new int[sorted.length];
        int[] counts = new int[sorted.length];
        int n = 0;
        for (int i = 0; i < sorted.length; i++) {
            if (n > 0 && ids[n - 1] == sorted[i]) {
                counts[n - 1]++;
            } else {
                ids[n] = sorted[i];
                counts[n] = 1;
                n++;
            }
        }
        float[] w = new float[n];
        double norm = 0;
        for (int i = 0; i < n; i++) {
            double v = (1 + Math.log(counts[i])) * idf[ids[i]];
            w[i] = (float) v;
            norm += v * v;
        }
        float inv = norm > 0 ? (float) (1 / Math.sqrt(norm)) : 0f;
        for (int i = 0; i < n; i++) {
            w[i] *= inv;
        }
        return new Weighted(Arrays.copyOf(ids, n), w, Arrays.copyOf(counts, n));
    }

    /** Smoothed idf as in scikit-learn: ln((1 + n) / (1 + df)) + 1. */
    public static float[] idf(int[][] docs, int buckets) {
        int[] df = new int[buckets];
        for (int[] doc : docs) {
            int[] u = Arrays.stream(doc).distinct().toArray();
            for (int id : u) {
                df[id]++;
            }
        }
        float[] idf = new float[buckets];
        for (int i = 0; i < buckets; i++) {
            idf[i] = (float) (Math.log((1.0 + docs.length) / (1.0 + df[i])) + 1);
        }
        return idf;
    }
}
