package io.parley.site;

import java.util.Map;
import java.util.Set;

/**
 * Who is calling: a person (roles per site slug, or admin of all) or an API key (MACHINE on one site).
 */
public record Caller(String name, boolean admin, Map<String, Set<Role>> roles) implements java.io.Serializable {

    public Caller {
        roles = Map.copyOf(roles);
    }

    public Set<Role> rolesOn(String slug) {
        if (admin) {
            return Set.of(Role.ADMIN);
        }
        return roles.getOrDefault(slug, Set.of());
    }

    public boolean can(String slug, Permission p) {
        return p.grantedTo(rolesOn(slug));
    }
}
