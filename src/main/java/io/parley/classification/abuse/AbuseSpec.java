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
 * @param spanTokenThreshold a token joins a label's spans when the token alone scores at least this
 * @param spanMinScore       spans are produced for a label only when the comment scores at least this
 * @param thresholds         per head, the decision threshold chosen on validation (F1 reports, OLID, Davidson)
 */
record AbuseSpec(int formatVersion, HashedNgrams.Config features, List<String> heads, int dim,
                 double[] plattA, double[] plattB, double spanTokenThreshold, double spanMinScore,
                 Map<String, Double> thresholds) {

    static final int FORMAT = 1;

    double threshold(String head) {
        Double t = thresholds.get(head);
        return t == null ? 0.5 : t;
    }
}
