package io.parley.classification;

import java.util.Map;

/**
 * The stance labels the moderation policy acts on, plus the full model output for display.
 *
 * @param article agree|disagree|discuss|unrelated toward the article, null without one
 * @param parent  support|deny|query|comment toward the parent comment, null for top-level comments
 * @param targets favor|against|none per configured target
 * @param detail  probabilities and anything else the stance model reports (stored as JSON)
 */
public record StanceOutcome(String article, String parent, Map<String, String> targets, Object detail) {
}
