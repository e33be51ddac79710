package io.parley.classification.abuse;

import io.parley.classification.text.HashedNgrams;

import java.util.List;
import java.util.Map;

/**
 * Everything serving needs besides the weights, stored as spec.json inside the model file so that
 * serving never re-derives a setting from code defaults.
 *
 * @param formatVersion      bumped when this record changes incompatibly
 * @param features           tokeniser/n-gram/hash settings
 * @param heads              network outputs in order
 * @param dim                width of the stored embedding table (one column per head)
 * @param plattA             per head: calibrated p = sigmoid(plattA * logit + plattB), fitted on validation
 * @param plattB             see plattA
 * @param spanTokenThresholds per head: a token joins the head's spans when its mean feature logit
 *                           contribution reaches this (toxicity tuned for span F1 on the toxic-spans
 *                           validation set; other heads at the same quantile of their own token scores)
 * @param spanQuantile       that quantile
 * @param spanMinScore       spans are produced for a label only when the comment scores at least this
 * @param thresholds         per head, the decision threshold chosen on validation (F1 reports, OLID, Davidson)
 * @param idf                per bucket, the idf learnt on the training split; the input is the sublinear-tf x idf
 *                           vector, L2-normalised ({@link TfIdf}), and the network is one linear layer over it
 * @param spanTagger         settings of the toxicity span tagger (weights in {@link SpanTagger#ENTRY}); null in
 *                           models written before it existed, which keep the toxicity head's own spans
 * @param vectorHeads        settings of the network over pretrained word vectors whose logits are added to the
 *                           n-gram heads' ({@link VectorHeads}); null in models without one
 */
record AbuseSpec(int formatVersion, HashedNgrams.Config features, List<String> heads, int dim,
                 double[] plattA, double[] plattB, double[] spanTokenThresholds, double spanQuantile, double spanMinScore,
                 Map<String, Double> thresholds, float[] idf, SpanTagger.Settings spanTagger,
                 VectorHeads.Settings vectorHeads) {

    /**
     * Linear layer over TF-IDF weighted hashed n-grams. (Format 1, the mean-pooled embedding bag, was retired: see
     * bench/abuse/experiments.md.)
     */
    static final int FORMAT = 2;

    AbuseSpec withSpanTagger(SpanTagger.Settings tagger) {
        return new AbuseSpec(formatVersion, features, heads, dim, plattA, plattB, spanTokenThresholds, spanQuantile,
                spanMinScore, thresholds, idf, tagger, vectorHeads);
    }

    AbuseSpec withVectorHeads(VectorHeads.Settings v) {
        return new AbuseSpec(formatVersion, features, heads, dim, plattA, plattB, spanTokenThresholds, spanQuantile,
                spanMinScore, thresholds, idf, spanTagger, v);
    }

    double threshold(String head) {
        Double t = thresholds.get(head);
        return t == null ? 0.5 : t;
    }
}
