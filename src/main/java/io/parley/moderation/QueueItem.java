package io.parley.moderation;

import com.fasterxml.jackson.databind.JsonNode;
import io.parley.classification.StoredClassification;

import java.time.OffsetDateTime;

/**
 * A held comment waiting for (or claimed by) a moderator, with what is needed to decide it.
 *
 * @param classification latest scores, spans and stance, or null
 * @param authorId       the site's id of the author; null when the comment has only a display name (unverified)
 */
public record QueueItem(long id, long commentId, String commentExternalId, String article, String articleTitle,
                        String author, String text, Integer likes, OffsetDateTime postedAt, double priority,
                        JsonNode reason, int settingsVersion, ItemState state, String claimedBy,
                        OffsetDateTime leaseUntil, OffsetDateTime queuedAt, StoredClassification classification,
                        String authorId) {

    /** The author's key on the site (id:… or name:…), the address of their page; null when anonymous. */
    public String authorKey() {
        return Authors.key(authorId, author);
    }

    public boolean authorVerified() {
        return authorId != null;
    }

    QueueItem withClassification(StoredClassification c) {
        return new QueueItem(id, commentId, commentExternalId, article, articleTitle, author, text, likes, postedAt,
                priority, reason, settingsVersion, state, claimedBy, leaseUntil, queuedAt, c, authorId);
    }
}
