package io.parley.site;

/** The caller can see the site but lacks the role for this action. */
public final class AccessDenied extends RuntimeException {
    public AccessDenied(String slug, Permission needed) {
        super("your role on '" + slug + "' does not allow " + needed.name().toLowerCase(java.util.Locale.ROOT));
    }

    /** A refusal that no single permission names, e.g. granting a role above the caller's own. */
    public AccessDenied(String reason) {
        super(reason);
    }
}
