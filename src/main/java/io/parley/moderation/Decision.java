package io.parley.moderation;

import java.time.OffsetDateTime;

/** @param reasonCode one of the site's reasons, or null; {@code reason} is the free text beside it */
public record Decision(long id, long itemId, long commentId, String moderator, Action action, String reason,
                       OffsetDateTime decidedAt, String reasonCode) {
}
