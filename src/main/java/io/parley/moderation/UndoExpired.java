package io.parley.moderation;

/** HTTP 409 at the edge. */
public final class UndoExpired extends RuntimeException {
    public UndoExpired(long id) {
        super("too late to undo this decision (" + id + ")");
    }

    private UndoExpired(String message) {
        super(message);
    }

    /** The decision was taken back already: there is nothing left to undo. */
    public static UndoExpired alreadyUndone(long id) {
        return new UndoExpired("this decision was already undone (" + id + ")");
    }
}
