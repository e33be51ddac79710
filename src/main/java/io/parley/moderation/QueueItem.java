package io.parley.moderation;

import com.fasterxml.jackson.databind.JsonNode;
import io.parley.classification.StoredClassification;

import java.time.OffsetDateTime;

/**
 * A held comment waiting for (or claimed by) a moderator, with what is needed to decide it.
 *
 * @param classification latest scores, spans and stance, or null
 */
public record QueueItem(long id, long commentId, String commentExternalId, String article, String articleTitle,
                        String author, String text, Integer likes, OffsetDateTime postedAt, double priority,
                        JsonNode reason, int settingsVersion, ItemState state, String claimedBy,
                        OffsetDateTime leaseUntil, OffsetDateTime queuedAt, StoredClassification classification) {

    QueueItem withClassification(StoredClassification c) {
        return new QueueItem(id, commentId, commentExternalId, article, articleTitle, author, text, likes, postedAt,
                priority, reason, settingsVersion, state, claimedBy, leaseUntil, queuedAt, c);
    }
}
