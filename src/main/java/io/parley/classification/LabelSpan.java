package io.parley.classification;

/** Characters {@code [start, end)} of the comment that raised {@code label}, with their weight. */
public record LabelSpan(String label, int start, int end, double weight) {
}
