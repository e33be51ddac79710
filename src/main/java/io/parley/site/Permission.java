package io.parley.site;

import java.util.EnumSet;
import java.util.Set;

public enum Permission {
    INGEST(EnumSet.of(Role.MACHINE, Role.OWNER, Role.ADMIN)),
    READ(EnumSet.of(Role.MACHINE, Role.MODERATOR, Role.OWNER, Role.ADMIN)),
    MODERATE(EnumSet.of(Role.MODERATOR, Role.OWNER, Role.ADMIN)),
    CONFIGURE(EnumSet.of(Role.OWNER, Role.ADMIN));

    private final Set<Role> roles;

    Permission(Set<Role> roles) {
        this.roles = roles;
    }

    public boolean grantedTo(Set<Role> held) {
        return held.stream().anyMatch(roles::contains);
    }
}
