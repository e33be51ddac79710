package io.parley.web;

import io.parley.moderation.Action;
import io.parley.ingest.CommentQueries;
import io.parley.moderation.Decision;
import io.parley.moderation.Decisions;
import io.parley.moderation.ItemState;
import io.parley.moderation.ReasonList;
import io.parley.moderation.QueueItem;
import io.parley.moderation.ReviewQueue;
import io.parley.site.Permission;
import io.parley.site.Site;
import io.parley.site.SiteAccess;
import io.parley.site.SiteDirectory;
import org.springframework.security.core.Authentication;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Map;

/**
 * The site owner's inbox: comments moderators escalated instead of deciding. Without it an escalated
 * comment would stay held for good, since only open items can be claimed and decided.
 */
@Controller
class EscalationPages {

    private final ReviewQueue queue;
    private final Decisions decisions;
    private final SiteAccess access;
    private final ReasonList reasons;
    private final CommentQueries comments;
    private final SiteDirectory sites;

    EscalationPages(ReviewQueue queue, Decisions decisions, SiteAccess access, ReasonList reasons,
                    CommentQueries comments, SiteDirectory sites) {
        this.reasons = reasons;
        this.comments = comments;
        this.queue = queue;
        this.decisions = decisions;
        this.access = access;
        this.sites = sites;
    }

    /** One escalated item with the moderator's escalation (who, when, why) and the whole thread around it. */
    record Escalated(QueuePages.Row row, Decision escalation, String reasonLabel, QueuePages.Thread thread) {
    }

    @GetMapping("/sites/{site}/escalated")
    String page(@PathVariable String site, Authentication auth, Model model) {
        Site s = access.require(auth, site, Permission.CONFIGURE);
        HomePages.common(model, s, auth);
        String me = SiteAccess.caller(auth).name();
        OffsetDateTime now = OffsetDateTime.now(ZoneOffset.UTC);
        Map<String, String> labels = reasons.labels(s);
        Display.LabelNames names = Display.LabelNames.of(sites.labels());
        List<Escalated> items = queue.list(s, new ReviewQueue.Filter(ItemState.ESCALATED, null, null, "oldest"), 0, QueuePages.PAGE)
                .stream().map(i -> {
                    Decision e = queue.escalation(s, i.id()).orElse(null);
                    return new Escalated(QueuePages.Row.of(i, me, now, names), e,
                            e == null || e.reasonCode() == null ? null : labels.getOrDefault(e.reasonCode(), e.reasonCode()),
                            QueuePages.thread(comments, s, i.commentId(), names));
                }).toList();
        model.addAttribute("items", items);
        model.addAttribute("escalatedCount", queue.escalatedCount(s));
        return "escalated";
    }

    @PostMapping("/sites/{site}/escalated/{id}")
    String resolve(@PathVariable String site, @PathVariable long id, @RequestParam String action,
                   @RequestParam(required = false) String reason, Authentication auth, RedirectAttributes flash) {
        Site s = access.require(auth, site, Permission.CONFIGURE);
        QueueItem item = queue.item(s, id);
        Decision d = decisions.resolve(s, SiteAccess.caller(auth).name(), id, Action.parse(action), QueuePages.blank(reason));
        flash.addFlashAttribute("message", (d.action() == Action.APPROVE ? "Published" : "Rejected") + " the comment by "
                + (item.author() == null ? "an anonymous reader" : item.author()) + ".");
        return "redirect:/sites/" + s.slug() + "/escalated";
    }
}
