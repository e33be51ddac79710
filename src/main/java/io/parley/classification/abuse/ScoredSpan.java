package io.parley.classification.abuse;

/**
 * A stretch of the comment that raised a label.
 *
 * @param label  one of the six served labels
 * @param start  first character (Java {@code String} index, UTF-16 units) into the scored text
 * @param end    end, exclusive
 * @param weight how strongly the stretch alone points to the label, a probability in [0,1]
 */
public record ScoredSpan(String label, int start, int end, double weight) {
}
