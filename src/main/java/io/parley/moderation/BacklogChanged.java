package io.parley.moderation;

/** The waiting comments changed between the owner's confirmation and the apply. HTTP 409 at the edge. */
public final class BacklogChanged extends RuntimeException {
    public BacklogChanged(int confirmed, int now) {
        super("the waiting comments changed since you looked: " + now + " would move now, not " + confirmed
                + "; nothing was changed, look again");
    }
}
