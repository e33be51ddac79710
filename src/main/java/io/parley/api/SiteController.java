package io.parley.api;

import io.parley.moderation.ImpactPreview;
import io.parley.site.Accounts;
import io.parley.site.Permission;
import io.parley.site.Role;
import io.parley.site.Site;
import io.parley.site.SiteAccess;
import io.parley.site.SiteDirectory;
import io.parley.site.SiteSettings;
import io.parley.site.VersionedSettings;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import org.springframework.http.HttpStatus;
import org.springframework.security.core.Authentication;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;

import java.util.List;
import java.util.Map;

@RestController
@RequestMapping("/api/v1/sites/{site}")
@Tag(name = "Site", description = "Versioned settings, impact preview, stats, audit, API keys and users")
class SiteController {

    private final SiteDirectory sites;
    private final SiteAccess access;
    private final ImpactPreview preview;
    private final Accounts accounts;
    private final io.parley.moderation.AuditTrail trail;

    SiteController(SiteDirectory sites, SiteAccess access, ImpactPreview preview, Accounts accounts,
                   io.parley.moderation.AuditTrail trail) {
        this.sites = sites;
        this.access = access;
        this.preview = preview;
        this.accounts = accounts;
        this.trail = trail;
    }

    @GetMapping("/settings")
    org.springframework.http.ResponseEntity<VersionedSettings> settings(@PathVariable String site, Authentication auth) {
        VersionedSettings v = sites.settings(access.require(auth, site, Permission.MODERATE).id());
        // the version as an ETag: a PUT with If-Match is refused (412) when someone saved in between
        return org.springframework.http.ResponseEntity.ok().eTag("\"" + v.version() + "\"").body(v);
    }

    @Operation(summary = "Save settings as a new version (reject >= hold per label)", description = "targetSides "
            + "(optional): per target of targets, {favor: [...], against: [...]}, what its supporters and its opponents "
            + "would write, 1 to 5 sentences a side of 1-200 characters, both sides or neither; a target no training set "
            + "has then takes its favor / against direction from them instead of its name. A 422 names the field, e.g. "
            + "targetSides.Atheism.favor[5].")
    @PutMapping("/settings")
    VersionedSettings save(@PathVariable String site, @RequestBody SiteSettings settings,
                           @org.springframework.web.bind.annotation.RequestHeader(value = "If-Match", required = false)
                           String ifMatch, Authentication auth) {
        Site s = access.require(auth, site, Permission.CONFIGURE);
        if (settings == null) {
            throw new BadRequest("body", "a settings object is required");
        }
        sites.validate(settings);
        requireEveryLabel(settings);
        return sites.save(s.id(), settings, SiteAccess.caller(auth).name(), basedOn(ifMatch));
    }

    /**
     * A label left out of a PUT switched it off without a word: {"thresholds": {"insult": …}} written to change insult
     * saved a version that held no threat, toxicity or identity attack any more, with a 200. Settings replace the whole
     * version, so every label the served model scores is named; 1 and 1 is how a label is turned off, as on the page.
     */
    private void requireEveryLabel(SiteSettings settings) {
        if (settings.thresholds().isEmpty()) {
            return; // none at all: the save refuses that itself, naming "thresholds"
        }
        List<String> missing = sites.labels().stream().map(io.parley.classification.AbuseLabel::name)
                .filter(l -> !settings.thresholds().containsKey(l)).toList();
        if (!missing.isEmpty()) {
            throw new io.parley.site.InvalidSettings("thresholds." + missing.get(0), "missing: a PUT replaces the whole"
                    + " settings, and every label the served model scores needs hold and reject (missing: "
                    + String.join(", ", missing) + "); to turn a label off set both to 1. GET /settings"
                    + " gives the current ones to edit");
        }
    }

    @GetMapping("/settings/history")
    List<VersionedSettings> history(@PathVariable String site, Authentication auth) {
        return sites.history(access.require(auth, site, Permission.CONFIGURE).id());
    }

    @Operation(summary = "What proposed settings would do to the last N comments, against the current ones")
    @PostMapping("/settings/preview")
    ImpactPreview.Result preview(@PathVariable String site, @RequestBody SiteSettings proposed,
                                 @RequestParam(defaultValue = "10000") int last, Authentication auth) {
        Site s = access.require(auth, site, Permission.CONFIGURE);
        if (proposed == null) {
            throw new BadRequest("body", "a settings object is required");
        }
        return preview.preview(s, proposed, last);
    }

    @Operation(summary = "Counts per day: comments, held, rejected, moderator decisions")
    @GetMapping("/stats")
    Map<String, Object> stats(@PathVariable String site, @RequestParam(defaultValue = "14") int days, Authentication auth) {
        Site s = access.require(auth, site, Permission.CONFIGURE);
        if (days < 1 || days > 366) {
            throw new BadRequest("days", "must be between 1 and 366");
        }
        return preview.stats(s, days);
    }

    @Operation(summary = "Audit events, newest first; filter by actor, action (decision.reject, or a family such as"
            + " decision.), from/to dates yyyy-mm-dd (inclusive); the next page: before = the last id returned")
    @GetMapping("/audit")
    List<io.parley.site.AuditLog.Entry> audit(@PathVariable String site, @RequestParam(required = false) Long before,
                                              @RequestParam(defaultValue = "100") int limit,
                                              @RequestParam(required = false) String actor,
                                              @RequestParam(required = false) String action,
                                              @RequestParam(required = false) java.time.LocalDate from,
                                              @RequestParam(required = false) java.time.LocalDate to, Authentication auth) {
        Site s = access.require(auth, site, Permission.CONFIGURE);
        if (limit < 1 || limit > 1000) {
            throw new BadRequest("limit", "must be between 1 and 1000");
        }
        return trail.page(s, new io.parley.moderation.AuditTrail.Filter(actor, action, from, to), true, before, limit);
    }

    record KeyRequest(String label) {
    }

    @Operation(summary = "Issue an API key for this site; the key is shown once")
    @PostMapping("/api-keys")
    @ResponseStatus(HttpStatus.CREATED)
    Map<String, String> issueKey(@PathVariable String site, @RequestBody(required = false) KeyRequest body, Authentication auth) {
        Site s = access.require(auth, site, Permission.CONFIGURE);
        return Map.of("apiKey", accounts.issueApiKey(s, body == null ? null : body.label(), SiteAccess.caller(auth).name()));
    }

    @GetMapping("/api-keys")
    List<Map<String, Object>> keys(@PathVariable String site, Authentication auth) {
        return JsonRows.camelCase(accounts.apiKeys(access.require(auth, site, Permission.CONFIGURE)));
    }

    @Operation(summary = "Revoke an API key: {revoked: true}, or false when it already was; 404 for a prefix this site never had")
    @DeleteMapping("/api-keys/{prefix}")
    Map<String, Boolean> revoke(@PathVariable String site, @PathVariable String prefix, Authentication auth) {
        Site s = access.require(auth, site, Permission.CONFIGURE);
        return Map.of("revoked", accounts.revokeApiKey(s, prefix, SiteAccess.caller(auth).name()));
    }

    record UserRequest(String username, String password, String role) {
    }

    @GetMapping("/users")
    List<Map<String, Object>> users(@PathVariable String site, Authentication auth) {
        return JsonRows.camelCase(accounts.users(access.require(auth, site, Permission.CONFIGURE).id()));
    }

    @PostMapping("/users")
    @ResponseStatus(HttpStatus.CREATED)
    Map<String, String> addUser(@PathVariable String site, @RequestBody UserRequest body, Authentication auth) {
        Site s = access.require(auth, site, Permission.CONFIGURE);
        if (body == null) {
            throw new BadRequest("body", "a user object is required");
        }
        Role role = Role.parse(body.role() == null ? "" : body.role());
        if (role == Role.ADMIN && !SiteAccess.caller(auth).admin()) {
            // the owner does have configure on the site: what they lack is the admin role they are trying to grant
            throw new io.parley.site.AccessDenied("only an admin can make someone an admin");
        }
        accounts.addUser(body.username(), body.password(), role, s.slug(), SiteAccess.caller(auth).name());
        return Map.of("username", body.username(), "role", role.name().toLowerCase(java.util.Locale.ROOT));
    }

    @Operation(summary = "Take a site role (moderator or owner) away from a user; the last owner cannot be removed; 404 for no such user")
    @DeleteMapping("/users/{username}/roles/{role}")
    Map<String, Boolean> revokeRole(@PathVariable String site, @PathVariable String username, @PathVariable String role,
                                    Authentication auth) {
        Site s = access.require(auth, site, Permission.CONFIGURE);
        return Map.of("revoked", accounts.revokeRole(s, username, Role.parse(role), SiteAccess.caller(auth).name()));
    }

    /** The version an If-Match names ("3", W/"3" or 3); null without the header. */
    private static Integer basedOn(String ifMatch) {
        if (ifMatch == null || ifMatch.isBlank()) {
            return null;
        }
        String v = ifMatch.strip().replaceFirst("^W/", "").replace("\"", "");
        if (!v.matches("[0-9]{1,9}")) {
            throw new BadRequest("If-Match", "the settings version to save over, as GET /settings gives it in its ETag"
                    + " (e.g. \"3\"), not " + (ifMatch.length() > 40 ? ifMatch.substring(0, 40) + "…" : ifMatch));
        }
        return Integer.parseInt(v);
    }
}
