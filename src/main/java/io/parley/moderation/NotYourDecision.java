package io.parley.moderation;

/** HTTP 403 at the edge: only the moderator who made a decision may take it back (owners answer escalations). */
public final class NotYourDecision extends RuntimeException {
    public NotYourDecision(long id, String moderator) {
        super("only " + moderator + ", who made decision " + id + ", can undo it");
    }
}
