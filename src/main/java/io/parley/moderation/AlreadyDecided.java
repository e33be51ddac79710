package io.parley.moderation;

/** HTTP 409 at the edge. */
public final class AlreadyDecided extends RuntimeException {
    public AlreadyDecided(long id) {
        super("this item was already decided (" + id + ")");
    }
}
