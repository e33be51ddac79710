package io.parley.moderation;

import java.time.OffsetDateTime;

/**
 * @param reasonCode one of the site's reasons, or null; {@code reason} is the free text beside it
 * @param reverses   for a reversal (Outcomes), the status it replaced, which its undo restores; null for a queue
 *                   decision (a client listing decisions could not tell the two apart, though their undo differs)
 */
public record Decision(long id, long itemId, long commentId, String moderator, Action action, String reason,
                       OffsetDateTime decidedAt, String reasonCode, String reverses) {
}
