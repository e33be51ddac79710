package io.parley.web;

import io.parley.site.InvalidSettings;
import io.parley.site.Permission;
import io.parley.site.Site;
import io.parley.site.SiteAccess;
import io.parley.webhook.NewSecret;
import io.parley.webhook.Webhooks;
import jakarta.servlet.http.HttpServletResponse;
import org.springframework.http.HttpStatus;
import org.springframework.security.core.Authentication;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** Site owner: webhook endpoints (register, rotate, enable, remove), disabled-endpoint notices, the delivery log. */
@Controller
class WebhookPages {

    private final SiteAccess access;
    private final Webhooks webhooks;

    WebhookPages(SiteAccess access, Webhooks webhooks) {
        this.access = access;
        this.webhooks = webhooks;
    }

    @GetMapping("/sites/{site}/webhooks")
    String page(@PathVariable String site, Authentication auth, Model model) {
        Site s = access.require(auth, site, Permission.CONFIGURE);
        return page(s, auth, model);
    }

    private String page(Site s, Authentication auth, Model model) {
        HomePages.common(model, s, auth);
        var endpoints = webhooks.list(s);
        model.addAttribute("endpoints", endpoints);
        model.addAttribute("disabled", endpoints.stream().filter(e -> !e.enabled()).toList());
        model.addAttribute("deliveries", webhooks.deliveries(s, null, 50));
        return "webhooks";
    }

    @PostMapping("/sites/{site}/webhooks")
    String register(@PathVariable String site, @RequestParam String url, @RequestParam(required = false) String description,
                    Authentication auth, RedirectAttributes flash, Model model, HttpServletResponse response) {
        Site s = access.require(auth, site, Permission.CONFIGURE);
        try {
            secret(flash, webhooks.register(s, url, description, SiteAccess.caller(auth).name()), "Registered");
        } catch (InvalidSettings e) {
            // in the form, beside the field, with what was typed (the form came back empty); the page is the answer to
            // the post, with 422 as the settings save and the API answer a refusal (a redirect ended in a 200, so a
            // script or monitor saw a refused endpoint as registered)
            response.setStatus(HttpStatus.UNPROCESSABLE_ENTITY.value());
            model.addAttribute("formError", new FormError("webhook", e.field(), e.field() + ": " + e.getMessage(),
                    java.util.Map.of("url", url, "description", description == null ? "" : description)));
            return page(s, auth, model);
        }
        return back(s);
    }

    @PostMapping("/sites/{site}/webhooks/{id}/rotate")
    String rotate(@PathVariable String site, @PathVariable long id, Authentication auth, RedirectAttributes flash) {
        Site s = access.require(auth, site, Permission.CONFIGURE);
        secret(flash, webhooks.rotate(s, id, SiteAccess.caller(auth).name()), "Rotated the secret of");
        return back(s);
    }

    @PostMapping("/sites/{site}/webhooks/{id}/enable")
    String enable(@PathVariable String site, @PathVariable long id, Authentication auth, RedirectAttributes flash) {
        Site s = access.require(auth, site, Permission.CONFIGURE);
        webhooks.enable(s, id, SiteAccess.caller(auth).name());
        flash.addFlashAttribute("message", "Enabled endpoint " + id + "; events that waited are being delivered");
        return back(s);
    }

    @PostMapping("/sites/{site}/webhooks/{id}/remove")
    String remove(@PathVariable String site, @PathVariable long id, Authentication auth, RedirectAttributes flash) {
        Site s = access.require(auth, site, Permission.CONFIGURE);
        webhooks.remove(s, id, SiteAccess.caller(auth).name());
        flash.addFlashAttribute("message", "Removed endpoint " + id);
        return back(s);
    }

    private static void secret(RedirectAttributes flash, NewSecret secret, String what) {
        flash.addFlashAttribute("message", what + " " + secret.url());
        flash.addFlashAttribute("newSecret", secret.secret());
    }

    private static String back(Site s) {
        return "redirect:/sites/" + s.slug() + "/webhooks";
    }
}
