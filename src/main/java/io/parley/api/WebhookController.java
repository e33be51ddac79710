package io.parley.api;

import io.parley.site.Permission;
import io.parley.site.Site;
import io.parley.site.SiteAccess;
import io.parley.webhook.DeliveryAttempt;
import io.parley.webhook.NewSecret;
import io.parley.webhook.WebhookEndpoint;
import io.parley.webhook.Webhooks;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import org.springframework.http.HttpStatus;
import org.springframework.security.core.Authentication;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;

import java.util.List;
import java.util.Map;

@RestController
@RequestMapping("/api/v1/sites/{site}/webhooks")
@Tag(name = "Webhooks", description = "Endpoints that receive every comment's status and every decision, signed")
class WebhookController {

    private final Webhooks webhooks;
    private final SiteAccess access;

    WebhookController(Webhooks webhooks, SiteAccess access) {
        this.webhooks = webhooks;
        this.access = access;
    }

    record EndpointRequest(String url, String description) {
    }

    @Operation(summary = "Register an endpoint; the answer carries its signing secret, shown once")
    @PostMapping
    @ResponseStatus(HttpStatus.CREATED)
    NewSecret register(@PathVariable String site, @RequestBody(required = false) EndpointRequest body, Authentication auth) {
        Site s = access.require(auth, site, Permission.CONFIGURE);
        if (body == null) {
            throw new BadRequest("body", "an endpoint object {url, description?} is required");
        }
        return webhooks.register(s, body.url(), body.description(), SiteAccess.caller(auth).name());
    }

    @GetMapping
    List<WebhookEndpoint> list(@PathVariable String site, Authentication auth) {
        return webhooks.list(access.require(auth, site, Permission.CONFIGURE));
    }

    @Operation(summary = "A new secret; the previous one keeps signing beside it for the overlap (default a day)")
    @PostMapping("/{id}/rotate")
    NewSecret rotate(@PathVariable String site, @PathVariable long id, Authentication auth) {
        return webhooks.rotate(access.require(auth, site, Permission.CONFIGURE), id, SiteAccess.caller(auth).name());
    }

    @Operation(summary = "Enable an endpoint again (after it was disabled for failing); waiting events are delivered")
    @PostMapping("/{id}/enable")
    Map<String, Boolean> enable(@PathVariable String site, @PathVariable long id, Authentication auth) {
        webhooks.enable(access.require(auth, site, Permission.CONFIGURE), id, SiteAccess.caller(auth).name());
        return Map.of("enabled", true);
    }

    @DeleteMapping("/{id}")
    Map<String, Boolean> remove(@PathVariable String site, @PathVariable long id, Authentication auth) {
        webhooks.remove(access.require(auth, site, Permission.CONFIGURE), id, SiteAccess.caller(auth).name());
        return Map.of("removed", true);
    }

    @Operation(summary = "Delivery log: the latest attempts, newest first (of one endpoint with ?endpoint=)")
    @GetMapping("/deliveries")
    List<DeliveryAttempt> deliveries(@PathVariable String site, @RequestParam(required = false) Long endpoint,
                                     @RequestParam(defaultValue = "100") int limit, Authentication auth) {
        if (limit < 1 || limit > 1000) {
            throw new BadRequest("limit", "must be between 1 and 1000");
        }
        return webhooks.deliveries(access.require(auth, site, Permission.CONFIGURE), endpoint, limit);
    }
}
