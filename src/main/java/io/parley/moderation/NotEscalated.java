package io.parley.moderation;

/** Only escalated items wait for the site owner's resolution; HTTP 409 at the edge. */
public final class NotEscalated extends RuntimeException {
    public NotEscalated(long id) {
        super("this comment is not waiting as an escalation: it is back in the queue");
    }
}
