package io.parley.web;

import io.parley.site.AccessDenied;
import io.parley.site.Accounts;
import io.parley.site.Caller;
import io.parley.site.InvalidSettings;
import io.parley.site.Role;
import io.parley.site.Site;
import io.parley.site.SiteAccess;
import io.parley.site.SiteAlreadyExists;
import io.parley.site.SiteDirectory;
import jakarta.servlet.http.HttpServletResponse;
import org.springframework.http.HttpStatus;
import org.springframework.security.core.Authentication;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * The administrator's page: every site (create one, with its first API key shown once) and every person with
 * their roles (grant any role on any site). A site's keys and people are on its People &amp; keys page.
 */
@Controller
class AdministrationPages {

    private final SiteDirectory sites;
    private final Accounts accounts;

    AdministrationPages(SiteDirectory sites, Accounts accounts) {
        this.sites = sites;
        this.accounts = accounts;
    }

    private static Caller admin(Authentication auth) {
        Caller c = SiteAccess.caller(auth);
        if (!c.admin()) {
            throw new AccessDenied("the administration page is for administrators");
        }
        return c;
    }

    @GetMapping("/admin")
    String page(Authentication auth, Model model) {
        return page(admin(auth), model);
    }

    private String page(Caller me, Model model) {
        model.addAttribute("me", me.name());
        model.addAttribute("isAdmin", true);
        model.addAttribute("site", null);
        model.addAttribute("sites", sites.all());
        model.addAttribute("users", accounts.allUsers());
        return "admin";
    }

    @PostMapping("/admin/sites")
    String createSite(@RequestParam String slug, @RequestParam(required = false) String name, Authentication auth,
                      RedirectAttributes flash, Model model, HttpServletResponse response) {
        Caller me = admin(auth);
        try {
            Site s = sites.create(slug.strip(), name == null ? null : name.strip(), me.name());
            flash.addFlashAttribute("newKey", accounts.issueApiKey(s, "first key", me.name()));
            flash.addFlashAttribute("message", "Created site " + s.slug());
        } catch (InvalidSettings e) {
            return refused(me, model, response, HttpStatus.UNPROCESSABLE_ENTITY, e.field() + ": " + e.getMessage());
        } catch (SiteAlreadyExists e) {
            return refused(me, model, response, HttpStatus.CONFLICT, e.getMessage());
        }
        return "redirect:/admin";
    }

    @PostMapping("/admin/users")
    String grant(@RequestParam String username, @RequestParam(required = false) String password, @RequestParam String role,
                 @RequestParam(required = false) String site, Authentication auth, RedirectAttributes flash,
                 Model model, HttpServletResponse response) {
        Caller me = admin(auth);
        try {
            Role r = Role.parse(role);
            accounts.addUser(username.strip(), password, r, r == Role.ADMIN || site == null || site.isBlank() ? null : site,
                    me.name());
            flash.addFlashAttribute("message", "Granted " + r.name().toLowerCase(java.util.Locale.ROOT) + " to " + username.strip()
                    + (r == Role.ADMIN || site == null || site.isBlank() ? "" : " on " + site));
        } catch (InvalidSettings e) {
            return refused(me, model, response, HttpStatus.UNPROCESSABLE_ENTITY, e.field() + ": " + e.getMessage());
        } catch (io.parley.site.SiteNotFound e) {
            return refused(me, model, response, HttpStatus.UNPROCESSABLE_ENTITY, "site: " + e.getMessage());
        }
        return "redirect:/admin";
    }

    /**
     * The page with the reason is the answer to the refused post, with 422 (409 for a slug taken), as the settings save
     * and the API answer: it was a redirect ending in a 200, so a script or monitor saw a refusal as done.
     */
    private String refused(Caller me, Model model, HttpServletResponse response, HttpStatus status, String error) {
        response.setStatus(status.value());
        model.addAttribute("error", error);
        return page(me, model);
    }
}
