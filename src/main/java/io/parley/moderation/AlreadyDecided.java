package io.parley.moderation;

/**
 * The item was decided before this request came: by a colleague, an escalation or the owner's re-applied settings.
 * The message names the comment and who decided it, since moderators know comments, not review item numbers.
 * HTTP 409 at the edge.
 */
public final class AlreadyDecided extends RuntimeException {
    AlreadyDecided(String what) {
        super(what);
    }
}
