package io.parley.ingest;

/**
 * @param created     false when this external id was already stored: nothing was written for it
 * @param textChanged the id was stored with another text (an edit on the site): the stored text was kept
 */
public record CommentRef(long id, String externalId, boolean created, boolean textChanged) {
}
