package io.parley.moderation;

/**
 * Published inside the transaction that wrote a moderator's or owner's decision. {@code status}: the comment's
 * status after it (published, rejected, or held while escalated).
 */
public record DecisionRecorded(long siteId, Decision decision, String status, int settingsVersion) {
}
