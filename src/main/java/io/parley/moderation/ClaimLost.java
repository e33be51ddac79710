package io.parley.moderation;

/** Another moderator holds a live claim on the item. HTTP 409 at the edge. */
public final class ClaimLost extends RuntimeException {
    public ClaimLost(long id) {
        super("the claim on this comment expired or belongs to another moderator; claim it again");
    }

    public ClaimLost(long id, String holder) {
        super(holder + " is working on this comment; it is free again when their claim runs out,"
                + " and the site owner can take it over");
    }
}
