package io.parley.moderation;

/**
 * Why a comment got its status: which rule fired, with the score and threshold where there is one.
 *
 * @param rule      label | stance | language | first-comment | score-unavailable
 * @param label     abuse label, or the stance key such as {@code article.unrelated}
 * @param action    hold or reject (publish reasons are not recorded)
 */
public record Reason(String rule, String label, Double score, Double threshold, String action, int settingsVersion) {
}
