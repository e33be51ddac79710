package io.parley.ingest;

import java.time.OffsetDateTime;
import java.util.List;
import java.util.Map;

/**
 * A comment as a site sends it.
 *
 * @param externalId the site's id for the comment; unique per site, the key for idempotent ingest
 * @param parentId   the external id of the comment it replies to (in this batch or stored before), or null
 * @param quotes     quoted spans (free-form objects: text, articleParagraph, commentId, author…)
 */
public record CommentInput(String externalId, String parentId, String author, OffsetDateTime postedAt, Integer likes,
                           String text, List<Map<String, Object>> quotes) {
}
