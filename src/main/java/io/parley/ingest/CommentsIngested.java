package io.parley.ingest;

import java.util.List;

/** Published after commit: new comments are in the outbox, waiting for classification. */
public record CommentsIngested(long siteId, List<Long> commentIds) {
}
