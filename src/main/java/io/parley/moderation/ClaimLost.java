package io.parley.moderation;

/** HTTP 409 at the edge. */
public final class ClaimLost extends RuntimeException {
    public ClaimLost(long id) {
        super("the claim on this item expired or belongs to another moderator; claim it again (" + id + ")");
    }
}
