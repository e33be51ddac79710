package io.parley.moderation;

/** HTTP 404 at the edge. */
public final class CommentNotFound extends RuntimeException {
    public CommentNotFound(Object id) {
        super("no such comment on this site (" + id + ")");
    }
}
