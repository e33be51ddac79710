package io.parley.ingest;

/** A page extracted and stored: its article and the comment batch. */
public record PageIngested(ArticleRef article, CommentsAccepted comments) {
}
