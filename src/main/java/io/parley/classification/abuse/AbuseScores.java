package io.parley.classification.abuse;

import java.util.List;
import java.util.Map;

/**
 * Calibrated probabilities of the model's labels for one comment, plus the spans that raised them.
 *
 * @param scores label name to probability in [0,1], one per label the model serves, in its order
 *               ({@link AbuseClassifier#labels}; the committed model's: toxicity, severe_toxicity, insult, threat,
 *               obscene, identity_attack)
 * @param spans  character spans per label, present only for labels whose score reached the model's
 *               span floor (the site threshold is applied later by moderation)
 */
public record AbuseScores(Map<String, Double> scores, List<ScoredSpan> spans) {

    public AbuseScores {
        scores = java.util.Collections.unmodifiableMap(new java.util.LinkedHashMap<>(scores));
        spans = List.copyOf(spans);
    }

    public double score(String label) {
        Double v = scores.get(label);
        if (v == null) {
            throw new IllegalArgumentException("unknown label " + label + "; labels are " + scores.keySet());
        }
        return v;
    }

    /** The toxicity score; the model must serve that label (every model trained here does). */
    public double toxicity() {
        return score("toxicity");
    }

    /** The insult score; the model must serve that label (every model trained here does). */
    public double insult() {
        return score("insult");
    }
}
