package io.parley.ingest;

import java.time.OffsetDateTime;
import java.util.List;
import java.util.Map;

/**
 * A comment as a site sends it.
 *
 * @param externalId the site's id for the comment; unique per site, the key for idempotent ingest
 * @param parentId   the external id of the comment it replies to (in this batch or stored before), or null
 * @param author     the display name the comment shows
 * @param quotes     quoted spans (free-form objects: text, articleParagraph, commentId, author…)
 * @param authorId   the site's own id of the author (account, profile): per-author history, trust and suspension go
 *                   by it; without one the comment is by an unverified display name
 */
public record CommentInput(String externalId, String parentId, String author, OffsetDateTime postedAt, Integer likes,
                           String text, List<Map<String, Object>> quotes, String authorId) {

    @com.fasterxml.jackson.annotation.JsonCreator
    public CommentInput {
        // CMS exports write "" (or spaces) for a top-level comment's parent and an anonymous commenter's id, as they
        // write "" for a missing author: both were a 422 "is required" for fields that are optional, which refused the
        // whole batch of up to 1,000 comments over the export's way of writing "none"
        parentId = parentId == null || parentId.isBlank() ? null : parentId;
        authorId = authorId == null || authorId.isBlank() ? null : authorId;
    }

    /** A comment with only a display name (unverified author). */
    public CommentInput(String externalId, String parentId, String author, OffsetDateTime postedAt, Integer likes,
                        String text, List<Map<String, Object>> quotes) {
        this(externalId, parentId, author, postedAt, likes, text, quotes, null);
    }
}
