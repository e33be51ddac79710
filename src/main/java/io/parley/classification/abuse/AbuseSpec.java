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
 * @param dim                embedding width
 * @param plattA             per head: calibrated p = sigmoid(plattA * logit + plattB), fitted on validation
 * @param plattB             see plattA
 * @param spanTokenThresholds per head: a token joins the head's spans when its mean feature logit
 *                           contribution reaches this (toxicity tuned for span F1 on the toxic-spans
 *                           validation set; other heads at the same quantile of their own token scores)
 * @param spanQuantile       that quantile
 * @param spanMinScore       spans are produced for a label only when the comment scores at least this
 * @param thresholds         per head, the decision threshold chosen on validation (F1 reports, OLID, Davidson)
 */
record AbuseSpec(int formatVersion, HashedNgrams.Config features, List<String> heads, int dim,
                 double[] plattA, double[] plattB, double[] spanTokenThresholds, double spanQuantile, double spanMinScore,
                 Map<String, Double> thresholds) {

    static final int FORMAT = 1;

    double threshold(String head) {
        Double t = thresholds.get(head);
        return t == null ? 0.5 : t;
    }
}
