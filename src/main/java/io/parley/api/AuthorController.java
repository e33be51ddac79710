package io.parley.api;

import io.parley.moderation.Authors;
import io.parley.site.Permission;
import io.parley.site.Site;
import io.parley.site.SiteAccess;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import org.springframework.security.core.Authentication;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

/** An author on a site ({@code id:<authorId>}, {@code name:<display name>}, or a bare name): record, suspension, trust. */
@RestController
@RequestMapping("/api/v1/sites/{site}/authors/{author}")
@Tag(name = "Authors", description = "Per-author history, suspension and the owner's trust mark")
class AuthorController {

    private final Authors authors;
    private final SiteAccess access;

    AuthorController(Authors authors, SiteAccess access) {
        this.authors = authors;
        this.access = access;
    }

    /** @param verified the site names the author by its own id (a display name alone is unverified) */
    record AuthorRecord(String key, String author, boolean verified, java.util.Map<String, Long> counts,
                        Authors.Suspension suspension, Authors.Trust trust, java.util.List<Authors.AuthorComment> comments) {
    }

    record SuspensionBody(String action) {
    }

    @Operation(summary = "The author's comments (latest 200) with outcomes, counts per status, suspension and trust")
    @GetMapping
    AuthorRecord get(@PathVariable String site, @PathVariable String author, Authentication auth) {
        Site s = access.require(auth, site, Permission.MODERATE);
        Authors.History h = authors.history(s, author, 200);
        return new AuthorRecord(h.key(), h.author(), h.verified(), h.counts(), authors.suspension(s, author).orElse(null),
                authors.trust(s, author).orElse(null), h.comments());
    }

    @Operation(summary = "Suspend the author: each new comment held or rejected ({action: hold|reject}), reason author-suspended")
    @PutMapping("/suspension")
    AuthorRecord suspend(@PathVariable String site, @PathVariable String author, @RequestBody SuspensionBody body,
                         Authentication auth) {
        Site s = access.require(auth, site, Permission.CONFIGURE);
        if (body == null) {
            throw new BadRequest("body", "{\"action\": \"hold\" or \"reject\"} is required");
        }
        authors.suspend(s, SiteAccess.caller(auth).name(), author, body.action());
        return get(site, author, auth);
    }

    @Operation(summary = "Lift the author's suspension")
    @DeleteMapping("/suspension")
    AuthorRecord lift(@PathVariable String site, @PathVariable String author, Authentication auth) {
        Site s = access.require(auth, site, Permission.CONFIGURE);
        authors.lift(s, SiteAccess.caller(auth).name(), author);
        return get(site, author, auth);
    }

    @Operation(summary = "Mark an author with a site id trusted: their comments skip the hold band (422 for a display name)")
    @PutMapping("/trust")
    AuthorRecord trust(@PathVariable String site, @PathVariable String author, Authentication auth) {
        Site s = access.require(auth, site, Permission.CONFIGURE);
        authors.setTrusted(s, SiteAccess.caller(auth).name(), author, true);
        return get(site, author, auth);
    }

    @Operation(summary = "Take the owner's trust mark back")
    @DeleteMapping("/trust")
    AuthorRecord distrust(@PathVariable String site, @PathVariable String author, Authentication auth) {
        Site s = access.require(auth, site, Permission.CONFIGURE);
        authors.setTrusted(s, SiteAccess.caller(auth).name(), author, false);
        return get(site, author, auth);
    }
}
