package io.parley.web;

import io.parley.moderation.InvalidModerationInput;
import io.parley.moderation.ReasonList;
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

/** The site owner's list of reasons moderators pick from when they reject or escalate. */
@Controller
class ReasonPages {

    private final ReasonList reasons;
    private final SiteAccess access;

    ReasonPages(ReasonList reasons, SiteAccess access) {
        this.reasons = reasons;
        this.access = access;
    }

    @GetMapping("/sites/{site}/reasons")
    String page(@PathVariable String site, Authentication auth, Model model) {
        Site s = access.require(auth, site, Permission.CONFIGURE);
        HomePages.common(model, s, auth);
        model.addAttribute("reasons", reasons.active(s));
        return "reasons";
    }

    @PostMapping("/sites/{site}/reasons")
    String add(@PathVariable String site, @RequestParam(required = false) String label, Authentication auth,
               RedirectAttributes flash, Model model, jakarta.servlet.http.HttpServletResponse response) {
        Site s = access.require(auth, site, Permission.CONFIGURE);
        try {
            ReasonList.Choice c = reasons.add(s, SiteAccess.caller(auth).name(), label);
            flash.addFlashAttribute("message", "Added the reason \u201c" + c.label() + "\u201d.");
        } catch (InvalidModerationInput e) {
            // the page with the reason and the draft is the answer to the post, 422 as the settings save answers a
            // refusal: it was a redirect ending in a 200, so a script or monitor saw a refused reason as added
            response.setStatus(org.springframework.http.HttpStatus.UNPROCESSABLE_ENTITY.value());
            model.addAttribute("error", "Not added: " + e.getMessage() + ".");
            model.addAttribute("draft", label);
            return page(site, auth, model);
        }
        return "redirect:/sites/" + s.slug() + "/reasons";
    }

    @PostMapping("/sites/{site}/reasons/{code}/retire")
    String retire(@PathVariable String site, @PathVariable String code, Authentication auth, RedirectAttributes flash) {
        Site s = access.require(auth, site, Permission.CONFIGURE);
        boolean now = reasons.retire(s, SiteAccess.caller(auth).name(), code);
        flash.addFlashAttribute("message", now ? "Retired the reason; decisions that used it keep it."
                : "The reason was already retired.");
        return "redirect:/sites/" + s.slug() + "/reasons";
    }
}
