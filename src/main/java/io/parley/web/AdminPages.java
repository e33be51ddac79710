package io.parley.web;

import io.parley.moderation.ImpactPreview;
import io.parley.site.Accounts;
import io.parley.site.InvalidSettings;
import io.parley.site.Permission;
import io.parley.site.Role;
import io.parley.site.Site;
import io.parley.site.SiteAccess;
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

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** Site owner: people and API keys, and the per-day statistics. */
@Controller
class AdminPages {

    private final SiteAccess access;
    private final Accounts accounts;
    private final ImpactPreview preview;
    private final io.parley.stats.ModerationCharts charts;
    private final io.parley.site.SiteDirectory sites;

    AdminPages(SiteAccess access, Accounts accounts, ImpactPreview preview, io.parley.stats.ModerationCharts charts,
               io.parley.site.SiteDirectory sites) {
        this.sites = sites;
        this.charts = charts;
        this.access = access;
        this.accounts = accounts;
        this.preview = preview;
    }

    @GetMapping("/sites/{site}/people")
    String people(@PathVariable String site, Authentication auth, Model model) {
        Site s = access.require(auth, site, Permission.CONFIGURE);
        return peoplePage(s, auth, model);
    }

    private String peoplePage(Site s, Authentication auth, Model model) {
        HomePages.common(model, s, auth);
        model.addAttribute("users", accounts.users(s.id()));
        model.addAttribute("keys", accounts.apiKeys(s));
        return "people";
    }

    @PostMapping("/sites/{site}/people")
    String addUser(@PathVariable String site, @RequestParam String username, @RequestParam(required = false) String password,
                   @RequestParam String role, Authentication auth, RedirectAttributes flash, Model model,
                   HttpServletResponse response) {
        Site s = access.require(auth, site, Permission.CONFIGURE);
        Role r;
        try {
            // a role the select does not offer (a script, an edited page) was a 400 error page that lost the form
            r = Role.parse(role);
            if (r != Role.MODERATOR && r != Role.OWNER) {
                throw new InvalidSettings("role", "a site owner grants moderator or owner");
            }
            accounts.addUser(username.strip(), password, r, s.slug(), SiteAccess.caller(auth).name());
        } catch (InvalidSettings e) {
            // what was typed stays (never the password), so one wrong field costs one fix
            return refused(s, e, auth, model, response, "person", Map.of("username", username,
                    "role", role.strip().toLowerCase(java.util.Locale.ROOT)));
        }
        flash.addFlashAttribute("message", "Granted " + r.name().toLowerCase(java.util.Locale.ROOT) + " to " + username.strip());
        return "redirect:/sites/" + s.slug() + "/people";
    }

    @PostMapping("/sites/{site}/people/{username}/{role}/remove")
    String removeRole(@PathVariable String site, @PathVariable String username, @PathVariable String role,
                      Authentication auth, RedirectAttributes flash, Model model, HttpServletResponse response) {
        Site s = access.require(auth, site, Permission.CONFIGURE);
        Role r = Role.parse(role);
        boolean done;
        try {
            done = accounts.revokeRole(s, username, r, SiteAccess.caller(auth).name());
        } catch (InvalidSettings e) {
            // the last owner's own Remove button: said on the page it was pressed on, not on an error page; 409 as the
            // site's state (its only owner) refuses it, so a script sees the refusal (the redirect ended in a 200)
            response.setStatus(HttpStatus.CONFLICT.value());
            model.addAttribute("error", "Not removed: " + e.getMessage() + ".");
            return peoplePage(s, auth, model);
        }
        String what = r.name().toLowerCase(java.util.Locale.ROOT);
        flash.addFlashAttribute("message", done ? "Removed " + what + " from " + username
                : username + " was not " + what + " here");
        return "redirect:/sites/" + s.slug() + "/people";
    }

    @PostMapping("/sites/{site}/keys")
    String issueKey(@PathVariable String site, @RequestParam(required = false) String label, Authentication auth,
                    RedirectAttributes flash, Model model, HttpServletResponse response) {
        Site s = access.require(auth, site, Permission.CONFIGURE);
        String key;
        try {
            key = accounts.issueApiKey(s, label == null ? "" : label.strip(), SiteAccess.caller(auth).name());
        } catch (InvalidSettings e) {
            return refused(s, e, auth, model, response, "key", Map.of("label", label == null ? "" : label));
        }
        flash.addFlashAttribute("newKey", key);
        return "redirect:/sites/" + s.slug() + "/people";
    }

    /**
     * The page the form is on, with the reason in that form beside the field it names and what was typed still in it
     * (the form came back empty, the reason at the top of the page), instead of an error page that loses the form.
     * Shown as the answer to the post with 422, as the settings save and the API answer the same refusal: it was a
     * redirect to the page, so a script or monitor saw a refused form as a 200.
     */
    private String refused(Site s, InvalidSettings e, Authentication auth, Model model, HttpServletResponse response,
                           String form, Map<String, String> typed) {
        response.setStatus(HttpStatus.UNPROCESSABLE_ENTITY.value());
        model.addAttribute("formError", new FormError(form, e.field(), e.field() + ": " + e.getMessage(), typed));
        return peoplePage(s, auth, model);
    }

    @PostMapping("/sites/{site}/keys/{prefix}/revoke")
    String revokeKey(@PathVariable String site, @PathVariable String prefix, Authentication auth, RedirectAttributes flash) {
        Site s = access.require(auth, site, Permission.CONFIGURE);
        boolean done = accounts.revokeApiKey(s, prefix, SiteAccess.caller(auth).name());
        flash.addFlashAttribute("message", done ? "Revoked key " + prefix : "Key " + prefix + " was already revoked");
        return "redirect:/sites/" + s.slug() + "/people";
    }

    @GetMapping("/sites/{site}/stats")
    String stats(@PathVariable String site, @RequestParam(defaultValue = "30") int days, Authentication auth, Model model) {
        Site s = access.require(auth, site, Permission.CONFIGURE);
        // -1 or 1000 was quietly shown as 1 or 365 days, a page headed with a period nobody asked for, where the API
        // refuses it: the same range, refused the way the pages refuse their other bad filters
        if (days < 1 || days > 366) {
            throw new io.parley.moderation.InvalidModerationInput("days", "a number of days between 1 and 366, not " + days);
        }
        int d = days;
        Map<String, Object> stats = preview.stats(s, d);
        HomePages.common(model, s, auth);
        @SuppressWarnings("unchecked")
        List<Map<String, Object>> perDay = (List<Map<String, Object>>) stats.get("perDay");
        List<Map<String, Object>> rows = new ArrayList<>();
        for (Map<String, Object> r : perDay) {
            Map<String, Object> row = new LinkedHashMap<>();
            row.put("day", String.valueOf(r.get("day")));
            for (String k : List.of("comments", "held", "rejected", "decisions", "agreed")) {
                row.put(k, ((Number) r.get(k)).longValue());
            }
            long decisions = (Long) row.get("decisions");
            row.put("agreement", decisions == 0 ? null : Math.round(100.0 * (Long) row.get("agreed") / decisions));
            rows.add(row);
        }
        model.addAttribute("days", d);
        model.addAttribute("perDay", rows);
        // no comment in the period: one sentence instead of empty charts and a table of zeros; none ever: how to send some
        HomePages.commentsYet(model, sites, s);
        model.addAttribute("periodEmpty", rows.stream().allMatch(r -> (Long) r.get("comments") == 0
                && (Long) r.get("decisions") == 0));
        model.addAttribute("perStatus", stats.get("perStatus"));
        model.addAttribute("perLabel", stats.get("perLabel"));
        model.addAttribute("chartFlagged", SvgCharts.flaggedRate(charts.flaggedRate(s, d)));
        model.addAttribute("chartModerators", SvgCharts.decisionsPerModerator(charts.decisionsPerModerator(s, d)));
        var time = charts.timeToDecision(s, d);
        model.addAttribute("chartTime", SvgCharts.timeToDecision(time));
        model.addAttribute("timeSummary", time.total() == 0 ? "no decisions yet" : time.total() + " decisions, median "
                + SvgCharts.duration(time.medianSeconds()) + ", 90 % within " + SvgCharts.duration(time.p90Seconds()));
        return "stats";
    }
}
