package io.parley.ingest;

/** @param created false when this external id was already stored: nothing was written for it */
public record CommentRef(long id, String externalId, boolean created) {
}
