package io.parley.web;

import io.parley.site.Caller;
import io.parley.site.Permission;
import io.parley.site.Site;
import io.parley.site.SiteAccess;
import io.parley.site.SiteDirectory;
import org.springframework.security.core.Authentication;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;

import java.util.List;

/** Login, the site list, and the model attributes every page's header needs. */
@Controller
class HomePages {

    private final SiteDirectory sites;
    private final SiteAccess access;

    HomePages(SiteDirectory sites, SiteAccess access) {
        this.sites = sites;
        this.access = access;
    }

    /** A site's own address (/sites/demo, typed or trimmed from a page's URL) was a 404: it is the site's first page. */
    @GetMapping({"/sites/{site}", "/sites/{site}/"})
    String site(@org.springframework.web.bind.annotation.PathVariable String site, Authentication auth) {
        return "redirect:/sites/" + access.require(auth, site, Permission.MODERATE).slug() + "/queue";
    }

    /**
     * {@code noComments}: true while no comment has reached the site, when its pages (queue, outcomes, stats, stance,
     * the settings preview) say how to send some (fragments :: noComments) rather than show empty tables and charts.
     */
    static void commentsYet(Model model, SiteDirectory sites, Site site) {
        model.addAttribute("noComments", !sites.hasComments(site.id()));
    }

    static void common(Model model, Site site, Authentication auth) {
        Caller caller = SiteAccess.caller(auth);
        model.addAttribute("site", site);
        model.addAttribute("me", caller.name());
        model.addAttribute("canConfigure", caller.can(site.slug(), Permission.CONFIGURE));
        model.addAttribute("canModerate", caller.can(site.slug(), Permission.MODERATE));
        model.addAttribute("isAdmin", caller.admin());
    }

    @GetMapping("/login")
    String login(@org.springframework.web.bind.annotation.RequestParam(required = false) String throttled, Model model) {
        // minutes until a throttled name may try again (FailedLogins); only a plain number is shown
        if (throttled != null && throttled.matches("[1-9][0-9]{0,3}")) {
            model.addAttribute("throttledMinutes", Integer.parseInt(throttled));
        }
        return "login";
    }

    /** The sites the caller has a role on; one site goes straight to its queue (or settings for owners). */
    @GetMapping("/")
    String home(Authentication auth, Model model) {
        Caller caller = SiteAccess.caller(auth);
        List<Site> mine = caller.admin() ? sites.all()
                : sites.all().stream().filter(s -> !caller.rolesOn(s.slug()).isEmpty()).toList();
        if (mine.size() == 1) {
            Site s = mine.get(0);
            return "redirect:/sites/" + s.slug() + (caller.can(s.slug(), Permission.MODERATE) ? "/queue" : "/settings");
        }
        model.addAttribute("sites", mine);
        model.addAttribute("me", caller.name());
        model.addAttribute("isAdmin", caller.admin());
        return "home";
    }
}
