package io.parley.ingest;

import com.fasterxml.jackson.databind.JsonNode;
import io.parley.classification.StoredClassification;

import java.time.OffsetDateTime;
import java.util.List;

/**
 * A stored comment with its status and latest classification.
 *
 * @param status         received, classified, published, held or rejected
 * @param statusReason   why (label, score, threshold, settings version), when decided
 * @param classification the latest classification (model, scores, stance, spans), or null
 * @param replies        filled only in thread views
 * @param authorId       the site's id of the author, null when the comment has only a display name (unverified)
 */
public record CommentView(long id, String externalId, String article, String parentId, String author,
                          OffsetDateTime postedAt, Integer likes, String text, JsonNode quotes, int depth, int position,
                          String language, String status, JsonNode statusReason, StoredClassification classification,
                          List<CommentView> replies, String authorId) {

    /** Whether the site vouched for the author with its own id; a display name alone can be anyone's (unverified). */
    @com.fasterxml.jackson.annotation.JsonProperty("authorVerified")
    public boolean authorVerified() {
        return authorId != null;
    }

    CommentView withReplies(List<CommentView> r) {
        return new CommentView(id, externalId, article, parentId, author, postedAt, likes, text, quotes, depth, position,
                language, status, statusReason, classification, r, authorId);
    }

    CommentView withClassification(StoredClassification c) {
        return new CommentView(id, externalId, article, parentId, author, postedAt, likes, text, quotes, depth, position,
                language, status, statusReason, c, replies, authorId);
    }
}
