package io.parley.web;

import io.parley.moderation.Action;
import io.parley.moderation.CommentStatus;
import io.parley.moderation.Decision;
import io.parley.moderation.Decisions;
import io.parley.moderation.InvalidModerationInput;
import io.parley.moderation.Outcomes;
import io.parley.moderation.ReasonList;
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

import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.format.DateTimeParseException;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Published and rejected comments, by rule or by person, with filters; any of them can be reversed
 * (a wrong automatic rejection published, a published comment taken down), audited.
 */
@Controller
class OutcomePages {

    static final List<String> BANDS = List.of("0-0.3", "0.3-0.5", "0.5-0.7", "0.7-0.9", "0.9-1");

    private final Outcomes outcomes;
    private final Decisions decisions;
    private final ReasonList reasons;
    private final SiteAccess access;
    private final SiteDirectory sites;

    OutcomePages(Outcomes outcomes, Decisions decisions, ReasonList reasons, SiteAccess access, SiteDirectory sites) {
        this.sites = sites;
        this.outcomes = outcomes;
        this.decisions = decisions;
        this.reasons = reasons;
        this.access = access;
    }

    /** One row as shown: the outcome, its chips and highlighted text, and why (rule reasons or the person). */
    record Row(Outcomes.Outcome o, List<Display.Chip> chips, List<Display.Segment> segments, List<Display.HeldReason> why,
               String age) {
    }

    @GetMapping("/sites/{site}/outcomes")
    String page(@PathVariable String site, @RequestParam(required = false) String status,
                @RequestParam(required = false) String by, @RequestParam(required = false) String label,
                @RequestParam(required = false) String band, @RequestParam(required = false) String author,
                @RequestParam(required = false) String article, @RequestParam(required = false) String from,
                @RequestParam(required = false) String to, Authentication auth, Model model) {
        Site s = access.require(auth, site, Permission.MODERATE);
        HomePages.common(model, s, auth);
        HomePages.commentsYet(model, sites, s);
        // An unknown status, by, label or band was dropped here, so a mistyped link showed every outcome as if it
        // were the filtered list asked for, where the queue page and the API refuse it: a 400 page naming the field and
        // what is accepted. The label (a site label, a language code or a stance outcome, as the API takes) and the
        // band (any lo-hi range in [0,1]) are checked by Outcomes, as for the API.
        String st = QueuePages.blank(status);
        if (st != null && !"published".equals(st) && !"rejected".equals(st)) {
            throw new InvalidModerationInput("status", "published or rejected");
        }
        String b = QueuePages.blank(by);
        if (b != null && !"rule".equals(b) && !"person".equals(b)) {
            throw new InvalidModerationInput("by", "rule or person");
        }
        Display.LabelNames names = Display.LabelNames.of(sites.labels());
        String l = QueuePages.blank(label);
        String bd = QueuePages.blank(band);
        Outcomes.Filter f = new Outcomes.Filter(st == null ? null : CommentStatus.of(st),
                b == null ? null : Outcomes.By.valueOf(b.toUpperCase(java.util.Locale.ROOT)), l, bd,
                QueuePages.blank(author), QueuePages.blank(article), date(from, "from"), date(to, "to"));
        String backwards = Outcomes.Filter.backwardsRange(f.from(), f.to());
        if (backwards != null) {
            throw new InvalidModerationInput("from", backwards);
        }
        OffsetDateTime now = OffsetDateTime.now(ZoneOffset.UTC);
        model.addAttribute("rows", outcomes.list(s, f, 0, 100).stream().map(o -> new Row(o,
                Display.chips(o.classification(), 3, names), Display.segments(o.text(), o.classification()),
                Display.reasons(o.statusReason()),
                Display.age(o.at(), now))).toList());
        Map<String, String> form = new LinkedHashMap<>();
        form.put("status", st == null ? "" : st);
        form.put("by", b == null ? "" : b);
        form.put("label", l == null ? "" : l);
        form.put("band", bd == null ? "" : bd);
        form.put("author", author == null ? "" : author.strip());
        form.put("article", article == null ? "" : article.strip());
        form.put("from", f.from() == null ? "" : f.from().toString());
        form.put("to", f.to() == null ? "" : f.to().toString());
        model.addAttribute("f", form);
        StringBuilder back = new StringBuilder();
        form.forEach((k, v) -> {
            if (!v.isEmpty()) {
                back.append(back.length() == 0 ? "" : "&").append(k).append('=')
                        .append(java.net.URLEncoder.encode(v, java.nio.charset.StandardCharsets.UTF_8));
            }
        });
        model.addAttribute("back", back.toString());
        model.addAttribute("labels", sites.labels());
        model.addAttribute("bands", BANDS);
        // a filter the selects do not list (a language code, a band of one's own) is shown as chosen, not as "any"
        model.addAttribute("otherLabel", l != null && sites.labels().stream().noneMatch(x -> x.name().equals(l)) ? l : null);
        model.addAttribute("otherBand", bd != null && !BANDS.contains(bd) ? bd : null);
        model.addAttribute("reasons", reasons.active(s));
        return "outcomes";
    }

    @PostMapping("/sites/{site}/outcomes/{comment}/reverse")
    String reverse(@PathVariable String site, @PathVariable long comment, @RequestParam(required = false) String reason,
                   @RequestParam(required = false) String reasonCode, @RequestParam(required = false) String back,
                   Authentication auth, RedirectAttributes flash) {
        Site s = access.require(auth, site, Permission.MODERATE);
        Outcomes.Outcome before = outcomes.outcome(s, comment);
        Decision d = decisions.reverse(s, SiteAccess.caller(auth).name(), comment, QueuePages.blank(reasonCode),
                QueuePages.blank(reason));
        flash.addFlashAttribute("message", (d.action() == Action.APPROVE ? "Published" : "Rejected") + " the comment by "
                + (before.author() == null ? "an anonymous reader" : before.author()) + " (it had been "
                + before.status().wire() + (before.byRule() ? " by rule" : " by " + before.decidedBy())
                + "). Undo puts it back " + before.status().wire() + " within " + undoMinutes()
                + "; later, reverse it again: it is listed under Outcome: "
                + (d.action() == Action.APPROVE ? "published" : "rejected") + ".");
        // The way back: undo restores the outcome the reversal replaced (Decisions.undo), as the API's undo of the same
        // decision does; it used to send the comment to the queue held, so this page said to reverse again instead.
        flash.addFlashAttribute("undoDecision", d.id());
        return backTo(s, back);
    }

    /** Takes a reversal back (the Undo beside its notice): the comment has the outcome it had before. */
    @PostMapping("/sites/{site}/outcomes/undo")
    String undo(@PathVariable String site, @RequestParam long decision, @RequestParam(required = false) String back,
                Authentication auth, RedirectAttributes flash) {
        Site s = access.require(auth, site, Permission.MODERATE);
        if (decisions.reverses(s, decision) == null) {
            throw new InvalidModerationInput("decision", "decision " + decision + " is no reversal; a queue decision is "
                    + "undone on the queue page (u)");
        }
        io.parley.moderation.QueueItem item = decisions.undo(s, SiteAccess.caller(auth).name(), decision);
        Outcomes.Outcome now = outcomes.outcome(s, item.commentId());
        flash.addFlashAttribute("message", "Undone: the comment by " + (now.author() == null ? "an anonymous reader"
                : now.author()) + " is " + now.status().wire() + " again, as before the reversal.");
        return backTo(s, back);
    }

    private String undoMinutes() {
        long m = Math.max(1, decisions.undoWindow().toMinutes());
        return m == 1 ? "a minute" : m + " minutes";
    }

    /** Back to the same filtered list; only a query string of our own form is accepted. */
    private static String backTo(Site s, String back) {
        String q = back != null && back.matches("[A-Za-z0-9=&%._+-]*") ? back : "";
        return "redirect:/sites/" + s.slug() + "/outcomes" + (q.isEmpty() ? "" : "?" + q);
    }

    private static LocalDate date(String raw, String field) {
        if (raw == null || raw.isBlank()) {
            return null;
        }
        try {
            return LocalDate.parse(raw.strip());
        } catch (DateTimeParseException e) {
            throw new InvalidModerationInput(field, "a date as yyyy-mm-dd");
        }
    }
}
