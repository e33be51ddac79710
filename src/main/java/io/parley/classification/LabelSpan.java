package io.parley.classification;

/**
 * Characters {@code [start, end)} that raised {@code label}, with their weight.
 *
 * @param part null for the comment's own text, else {@code quote:N}, the N-th of its own quotes
 */
public record LabelSpan(String label, int start, int end, double weight, String part) {
}
