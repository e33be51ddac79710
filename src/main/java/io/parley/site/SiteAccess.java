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

    SiteAccess(SiteDirectory sites) {
        this.sites = sites;
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

    public Site require(Authentication auth, String slug, Permission permission) {
        Caller caller = caller(auth);
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
