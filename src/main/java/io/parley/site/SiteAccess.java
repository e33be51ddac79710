package io.parley.site;

import org.springframework.security.core.Authentication;
import org.springframework.stereotype.Component;

/**
 * The one place tenant isolation is decided: a caller with no role on a site is told the site does
 * not exist (404, so site names do not leak); a caller with the wrong role gets 403.
 */
@Component
public class SiteAccess {

    private final SiteDirectory sites;
    private final Accounts accounts;

    SiteAccess(SiteDirectory sites, Accounts accounts) {
        this.sites = sites;
        this.accounts = accounts;
    }

    public static Caller caller(Authentication auth) {
        if (auth != null && auth.getPrincipal() instanceof ParleyUser user) {
            return user.caller();
        }
        if (auth != null && auth.getPrincipal() instanceof Caller c) {
            return c;
        }
        return new Caller("anonymous", false, java.util.Map.of());
    }

    /**
     * The caller's site, if they hold the permission on it now. A logged-in person's roles are read
     * again here rather than taken from the session, so a role taken away counts at the next request.
     */
    public Site require(Authentication auth, String slug, Permission permission) {
        Caller caller = auth != null && auth.getPrincipal() instanceof ParleyUser user
                ? accounts.caller(user.getUsername()) : caller(auth);
        if (caller.rolesOn(slug).isEmpty()) {
            throw new SiteNotFound(slug);
        }
        Site site = sites.require(slug);
        if (!caller.can(slug, permission)) {
            throw new AccessDenied(slug, permission);
        }
        return site;
    }
}
