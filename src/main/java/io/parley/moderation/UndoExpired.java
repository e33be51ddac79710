package io.parley.moderation;

/** HTTP 409 at the edge. */
public final class UndoExpired extends RuntimeException {
    public UndoExpired(long id) {
        super("too late to undo this decision (" + id + ")");
    }
}
