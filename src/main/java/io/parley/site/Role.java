package io.parley.site;

/** What a person or machine may do on a site. {@code MACHINE} is an API key: ingest and classify only. */
public enum Role {
    MODERATOR, OWNER, ADMIN, MACHINE;

    public static Role parse(String s) {
        try {
            return Role.valueOf(s.trim().toUpperCase(java.util.Locale.ROOT));
        } catch (RuntimeException e) {
            throw new InvalidSettings("role", "must be moderator, owner or admin");
        }
    }
}
