package io.parley.web;

import io.parley.moderation.Action;
import io.parley.moderation.AuthorStanding;
import io.parley.moderation.Authors;
import io.parley.moderation.ModerationPolicy;
import io.parley.site.AuthorRules;
import io.parley.site.SiteDirectory;
import io.parley.moderation.Decision;
import io.parley.moderation.DecisionRequest;
import io.parley.moderation.Decisions;
import io.parley.moderation.ReasonList;
import io.parley.site.Caller;
import io.parley.site.Permission;
import io.parley.site.Site;
import io.parley.site.SiteAccess;
import org.springframework.security.core.Authentication;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;
import org.springframework.web.util.UriUtils;

import java.nio.charset.StandardCharsets;
import java.util.List;

/** One author's comments on the site with their outcomes, and one action for all of their waiting comments. */
@Controller
class AuthorPages {

    private final Authors authors;
    private final Decisions decisions;
    private final ReasonList reasons;
    private final SiteAccess access;

    private final SiteDirectory sites;

    AuthorPages(Authors authors, Decisions decisions, ReasonList reasons, SiteAccess access, SiteDirectory sites) {
        this.sites = sites;
        this.authors = authors;
        this.decisions = decisions;
        this.reasons = reasons;
        this.access = access;
    }

    @GetMapping("/sites/{site}/authors/{author}")
    String page(@PathVariable String site, @PathVariable String author, Authentication auth, Model model) {
        Site s = access.require(auth, site, Permission.MODERATE);
        HomePages.common(model, s, auth);
        model.addAttribute("history", authors.history(s, author, 200));
        model.addAttribute("reasons", reasons.active(s));
        model.addAttribute("suspension", authors.suspension(s, author).orElse(null));
        model.addAttribute("trust", authors.trust(s, author).orElse(null));
        model.addAttribute("standing", standing(s, author));
        return "author";
    }

    /** The owner marks an author the site names by its id trusted (their comments skip the hold band), or takes it back. */
    @PostMapping("/sites/{site}/authors/{author}/trust")
    String trust(@PathVariable String site, @PathVariable String author, @RequestParam boolean trusted,
                 Authentication auth, RedirectAttributes flash) {
        Site s = access.require(auth, site, Permission.CONFIGURE);
        authors.setTrusted(s, SiteAccess.caller(auth).name(), author, trusted);
        flash.addFlashAttribute("message", trusted ? "Marked trusted: new comments skip the hold band (a score over a"
                + " reject threshold still rejects)." : "No longer marked trusted.");
        return path(s, author);
    }

    /** What the site's author rules do with this author's next comment, in words, with the figures they went by. */
    private String standing(Site s, String author) {
        AuthorRules rules = sites.settings(s.id()).settings().authorRules();
        AuthorStanding a = authors.next(s, author, rules.days());
        String window = " in the last " + rules.days() + " days";
        List<String> out = new java.util.ArrayList<>();
        if (ModerationPolicy.trusted(rules, a)) {
            out.add(a.markedTrusted() ? "skips the hold band (marked trusted)" : "skips the hold band (trusted: "
                    + a.published() + " published, none rejected" + window + ")");
        } else if (ModerationPolicy.isNew(rules, a)) {
            out.add("is held as new (" + a.earlier() + " of the first " + rules.newAuthorHolds() + " comments seen)");
        }
        if (ModerationPolicy.recentlyRejected(rules, a)) {
            out.add("is held for " + a.recentRejected() + " rejections" + window);
        }
        if (out.isEmpty()) {
            String untrusted = !a.verified() ? " (unverified: never trusted)" : rules.trustAfter() > 0
                    ? " (" + a.published() + " of " + rules.trustAfter() + " published to be trusted, "
                    + a.recentRejected() + " rejected" + window + ")" : "";
            out.add("goes by the scores" + untrusted);
        }
        return "Under the author rules of settings v" + sites.settings(s.id()).version() + ", the next comment "
                + String.join(" and ", out) + ".";
    }

    /** The author as people know them: the display name they last used. */
    private String shown(Site s, String author) {
        return authors.history(s, author, 0).author();
    }

    private static String path(Site s, String author) {
        return "redirect:/sites/" + s.slug() + "/authors/" + UriUtils.encodePathSegment(Authors.key(author), StandardCharsets.UTF_8);
    }

    /** The owner suspends an author (new comments held or rejected, reason "author suspended") or lifts it. */
    @PostMapping("/sites/{site}/authors/{author}/suspension")
    String suspension(@PathVariable String site, @PathVariable String author, @RequestParam String action,
                      Authentication auth, RedirectAttributes flash) {
        Site s = access.require(auth, site, Permission.CONFIGURE);
        String me = SiteAccess.caller(auth).name();
        if ("lift".equals(action)) {
            authors.lift(s, me, author);
            flash.addFlashAttribute("message", shown(s, author) + " is no longer suspended.");
        } else {
            authors.suspend(s, me, author, action);
            flash.addFlashAttribute("message", "Suspended " + shown(s, author) + ": every new comment is "
                    + ("reject".equals(action) ? "rejected" : "held") + " with the reason \u201cauthor suspended\u201d.");
        }
        return path(s, author);
    }

    /** Approves or rejects every waiting comment of the author as one unit (all or nothing, like a bulk decision). */
    @PostMapping("/sites/{site}/authors/{author}/decide")
    String decideAll(@PathVariable String site, @PathVariable String author, @RequestParam String action,
                     @RequestParam(required = false) String reasonCode, @RequestParam(required = false) String reason,
                     Authentication auth, RedirectAttributes flash) {
        Site s = access.require(auth, site, Permission.MODERATE);
        Caller me = SiteAccess.caller(auth);
        Action a = QueuePages.action(action);
        String note = QueuePages.note(reason);
        String code = a == Action.APPROVE ? null : QueuePages.blank(reasonCode);
        if (code != null) {
            reasons.require(s, "reasonCode", code);
        }
        List<Long> waiting = authors.history(s, author, 500).waitingItems();
        String path = path(s, author);
        if (waiting.isEmpty()) {
            flash.addFlashAttribute("message", "Nothing of " + shown(s, author) + "'s is waiting.");
            return path;
        }
        List<Decision> ds = decisions.decideAll(s, me.name(), waiting.stream().map(id -> new DecisionRequest(id, a,
                note, null, code)).toList(),
                me.can(s.slug(), Permission.CONFIGURE));
        flash.addFlashAttribute("message", (a == Action.APPROVE ? "Approved " : a == Action.REJECT ? "Rejected " : "Escalated ")
                + ds.size() + " waiting comment" + (ds.size() == 1 ? "" : "s") + " by " + shown(s, author) + ".");
        return path;
    }
}
