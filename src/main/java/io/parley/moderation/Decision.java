package io.parley.moderation;

import java.time.OffsetDateTime;

public record Decision(long id, long itemId, long commentId, String moderator, Action action, String reason,
                       OffsetDateTime decidedAt) {
}
