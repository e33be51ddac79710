package io.parley.moderation;

/** HTTP 404 at the edge. */
public final class ItemNotFound extends RuntimeException {
    public ItemNotFound(long id) {
        super("no such review item on this site (" + id + ")");
    }
}
