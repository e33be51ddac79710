package io.parley.moderation;

import java.time.OffsetDateTime;

/**
 * Published inside the transaction that took a decision back (undo within the window): the comment is held again
 * and its item back in the moderator's claim, or, for an undone reversal, the comment has the status it had before
 * the reversal ({@code status}). Whoever acted on the {@link DecisionRecorded} should know.
 */
public record DecisionUndone(long siteId, long decisionId, long itemId, long commentId, String moderator,
                             OffsetDateTime undoneAt, String status) {
}
