package io.parley.site;

/** For one abuse label: at or above {@code hold} a comment waits for a moderator, at or above {@code reject} it is rejected. */
public record Thresholds(double hold, double reject) {
}
