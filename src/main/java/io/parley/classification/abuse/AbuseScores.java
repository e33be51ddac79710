package io.parley.classification.abuse;

import java.util.List;
import java.util.Map;

/**
 * Calibrated probabilities of the six labels for one comment, plus the spans that raised them.
 *
 * @param scores label name ({@code toxicity, severe_toxicity, insult, threat, obscene, identity_attack})
 *               to probability in [0,1], in that order
 * @param spans  character spans per label, present only for labels whose score reached the model's
 *               span floor (the site threshold is applied later by moderation)
 */
public record AbuseScores(Map<String, Double> scores, List<ScoredSpan> spans) {

    public static final List<String> LABELS = Heads.PUBLIC;

    public AbuseScores {
        scores = java.util.Collections.unmodifiableMap(new java.util.LinkedHashMap<>(scores));
        spans = List.copyOf(spans);
    }

    public double score(String label) {
        Double v = scores.get(label);
        if (v == null) {
            throw new IllegalArgumentException("unknown label " + label + "; labels are " + LABELS);
        }
        return v;
    }

    public double toxicity() {
        return score("toxicity");
    }

    public double severeToxicity() {
        return score("severe_toxicity");
    }

    public double insult() {
        return score("insult");
    }

    public double threat() {
        return score("threat");
    }

    public double obscene() {
        return score("obscene");
    }

    public double identityAttack() {
        return score("identity_attack");
    }

    public List<ScoredSpan> spans(String label) {
        return spans.stream().filter(s -> s.label().equals(label)).toList();
    }
}
