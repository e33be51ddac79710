package io.parley.moderation;

/** HTTP 404 at the edge: no decision with this number on this site. */
public final class DecisionNotFound extends RuntimeException {
    public DecisionNotFound(long id) {
        super("no such decision on this site (" + id + ")");
    }
}
