package io.parley.classification.stance;

import java.util.Map;

/**
 * One stance decision: the most probable label and every label's probability (in the view's label
 * order), so callers can apply their own thresholds.
 */
public record StanceLabel(String label, Map<String, Double> probabilities) {

    public double probability(String name) {
        return probabilities.getOrDefault(name, 0.0);
    }
}
