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
 */
public record CommentView(long id, String externalId, String article, String parentId, String author,
                          OffsetDateTime postedAt, Integer likes, String text, JsonNode quotes, int depth, int position,
                          String language, String status, JsonNode statusReason, StoredClassification classification,
                          List<CommentView> replies) {

    CommentView withReplies(List<CommentView> r) {
        return new CommentView(id, externalId, article, parentId, author, postedAt, likes, text, quotes, depth, position,
                language, status, statusReason, classification, r);
    }

    CommentView withClassification(StoredClassification c) {
        return new CommentView(id, externalId, article, parentId, author, postedAt, likes, text, quotes, depth, position,
                language, status, statusReason, c, replies);
    }
}
