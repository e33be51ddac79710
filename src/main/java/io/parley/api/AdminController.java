package io.parley.api;

import io.parley.site.AccessDenied;
import io.parley.site.Accounts;
import io.parley.site.Caller;
import io.parley.site.Role;
import io.parley.site.Site;
import io.parley.site.SiteAccess;
import io.parley.site.SiteDirectory;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import org.springframework.http.HttpStatus;
import org.springframework.security.core.Authentication;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * What an administrator does across sites: create sites (with their first API key) and administrators. The
 * CLI's {@code sites} and {@code users} commands come here when a running service holds the embedded database.
 */
@RestController
@RequestMapping("/api/v1")
@Tag(name = "Administration", description = "Sites and administrators (admin role)")
class AdminController {

    private final SiteDirectory sites;
    private final Accounts accounts;

    AdminController(SiteDirectory sites, Accounts accounts) {
        this.sites = sites;
        this.accounts = accounts;
    }

    record SiteRequest(String slug, String name) {
    }

    @Operation(summary = "Create a site and its first API key (shown once); admin only")
    @PostMapping("/sites")
    @ResponseStatus(HttpStatus.CREATED)
    Map<String, String> create(@RequestBody(required = false) SiteRequest body, Authentication auth) {
        Caller caller = admin(auth);
        if (body == null || body.slug() == null || body.slug().isBlank()) {
            throw new BadRequest("slug", "a site needs a slug: lower-case letters, digits and '-'");
        }
        Site site = sites.create(body.slug(), body.name(), caller.name());
        Map<String, String> out = new LinkedHashMap<>();
        out.put("site", site.slug());
        out.put("name", site.name());
        out.put("apiKey", accounts.issueApiKey(site, "created by " + caller.name(), caller.name()));
        return out;
    }

    @Operation(summary = "The sites the caller has a role on (every site for an admin)")
    @GetMapping("/sites")
    List<Map<String, String>> list(Authentication auth) {
        Caller caller = SiteAccess.caller(auth);
        return sites.all().stream().filter(s -> !caller.rolesOn(s.slug()).isEmpty())
                .map(s -> Map.of("site", s.slug(), "name", s.name())).toList();
    }

    record AdminRequest(String username, String password) {
    }

    @Operation(summary = "Make a user an administrator of every site (a new user needs a password); admin only")
    @PostMapping("/admins")
    @ResponseStatus(HttpStatus.CREATED)
    Map<String, String> addAdmin(@RequestBody(required = false) AdminRequest body, Authentication auth) {
        Caller caller = admin(auth);
        if (body == null) {
            throw new BadRequest("body", "a user object is required");
        }
        accounts.addUser(body.username(), body.password(), Role.ADMIN, null, caller.name());
        return Map.of("username", body.username(), "role", "admin");
    }

    private static Caller admin(Authentication auth) {
        Caller caller = SiteAccess.caller(auth);
        if (!caller.admin()) {
            throw new AccessDenied("only an administrator can do this");
        }
        return caller;
    }
}
