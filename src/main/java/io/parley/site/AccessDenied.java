package io.parley.site;

/** The caller can see the site but lacks the role for this action. */
public final class AccessDenied extends RuntimeException {
    public AccessDenied(String slug, Permission needed) {
        super("your role on '" + slug + "' does not allow " + needed.name().toLowerCase(java.util.Locale.ROOT));
    }
}
