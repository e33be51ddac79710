package io.parley.ingest;

/** @param created false when the article was already stored (idempotent replay) */
public record ArticleRef(long id, String externalId, boolean created) {
}
