package io.parley.ingest;

public final class ArticleNotFound extends RuntimeException {
    public ArticleNotFound(String externalId) {
        super("no article '" + externalId + "' on this site");
    }
}
