package io.parley.site;

import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.security.core.userdetails.User;

import java.util.List;

/** A person's account as Spring Security sees it, carrying the per-site roles. */
public final class ParleyUser extends User {
    private final Caller caller;

    ParleyUser(String username, String passwordHash, Caller caller) {
        super(username, passwordHash, List.of(new SimpleGrantedAuthority("ROLE_USER")));
        this.caller = caller;
    }

    public Caller caller() {
        return caller;
    }
}
