package io.parley.site;

/** No user of that name at all (one who exists but holds no such role is no error: the role is simply not there). */
public final class UserNotFound extends RuntimeException {
    public UserNotFound(String username) {
        super("no user '" + (username.length() > 64 ? username.substring(0, 64) + "…" : username) + "'");
    }
}
