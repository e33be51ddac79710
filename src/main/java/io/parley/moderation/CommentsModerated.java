package io.parley.moderation;

import java.util.List;

/**
 * Published inside the pipeline's transaction, once per batch: these comments just got their first status
 * (published, held or rejected). Listeners that write run in the same transaction (e.g. the webhook outbox).
 */
public record CommentsModerated(List<Moderated> comments) {

    public record Moderated(long siteId, long commentId, String status, List<Reason> reasons) {
    }
}
