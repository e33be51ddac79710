package io.parley.moderation;

/** Only a published or rejected comment can be reversed; a held one is decided in the queue. HTTP 409 at the edge. */
public final class NotReversible extends RuntimeException {
    public NotReversible(String externalId, String status) {
        super("comment '" + externalId + "' is " + status + ": only a published or rejected comment can be reversed"
                + (status.equals("held") ? "; decide it in the queue" : ""));
    }
}
