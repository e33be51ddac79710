package io.parley.moderation;

/** HTTP 409 at the edge. */
public final class UndoExpired extends RuntimeException {
    public UndoExpired(long id) {
        super("too late to undo this decision (" + id + ")");
    }

    private UndoExpired(String message) {
        super(message);
    }

    /** Someone decided the item again since (a reversal, an escalation's answer): that decision stands over this one. */
    public static UndoExpired superseded(long id, String since) {
        return new UndoExpired("decision " + id + " cannot be undone: the comment was " + since
                + " since; undo that one, or reverse the comment on Outcomes");
    }

    /** The decision was taken back already: there is nothing left to undo. */
    public static UndoExpired alreadyUndone(long id) {
        return new UndoExpired("this decision was already undone (" + id + ")");
    }
}
