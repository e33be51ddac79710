package io.parley.webhook;

/** No endpoint with this id on the site (or it was removed). */
public final class WebhookNotFound extends RuntimeException {
    public WebhookNotFound(long id) {
        super("no webhook endpoint " + id + " on this site");
    }
}
