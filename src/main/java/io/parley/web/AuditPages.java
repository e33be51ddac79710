package io.parley.web;

import com.fasterxml.jackson.databind.JsonNode;
import io.parley.moderation.AuditTrail;
import io.parley.moderation.InvalidModerationInput;
import io.parley.site.AuditLog;
import io.parley.site.Permission;
import io.parley.site.Site;
import io.parley.site.SiteAccess;
import io.parley.site.SiteDirectory;
import jakarta.servlet.http.HttpServletResponse;
import org.springframework.security.core.Authentication;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;

import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The site's audit log as a page: who did what and when, filtered by person, action and date, 50 a page (older pages
 * by the last id shown). Owners read all of it; moderators the moderation part (decisions, reversals, take-overs,
 * author rules, settings). A refused filter is said in the form, with what was typed kept.
 */
@Controller
class AuditPages {

    static final int PAGE = 50;

    private final AuditTrail trail;
    private final SiteAccess access;
    private final SiteDirectory sites;

    AuditPages(AuditTrail trail, SiteAccess access, SiteDirectory sites) {
        this.trail = trail;
        this.access = access;
        this.sites = sites;
    }

    /** One event as shown: when, who, what in words, and the item or comment it concerns (a link), if any. */
    record Line(AuditLog.Entry e, String what, String link) {
    }

    @GetMapping("/sites/{site}/audit")
    String page(@PathVariable String site, @RequestParam(required = false) String actor,
                @RequestParam(required = false) String action, @RequestParam(required = false) String from,
                @RequestParam(required = false) String to, @RequestParam(required = false) String before,
                Authentication auth, Model model, HttpServletResponse response) {
        Site s = access.require(auth, site, Permission.MODERATE);
        boolean owner = SiteAccess.caller(auth).can(s.slug(), Permission.CONFIGURE);
        HomePages.common(model, s, auth);
        Map<String, String> form = new LinkedHashMap<>();
        form.put("actor", actor == null ? "" : actor.strip());
        form.put("action", action == null ? "" : action.strip());
        form.put("from", from == null ? "" : from.strip());
        form.put("to", to == null ? "" : to.strip());
        model.addAttribute("f", form);
        model.addAttribute("owner", owner);
        model.addAttribute("actors", trail.actors(s, owner));
        model.addAttribute("actions", trail.actions(s, owner));
        List<Line> lines = List.of();
        try {
            Long b = before == null || before.isBlank() ? null : number("before", before);
            List<AuditLog.Entry> found = trail.page(s, new AuditTrail.Filter(actor, action, date("from", from),
                    date("to", to)), owner, b, PAGE + 1);
            boolean more = found.size() > PAGE;
            lines = found.stream().limit(PAGE).map(e -> line(s, e)).toList();
            if (more) {
                StringBuilder q = new StringBuilder();
                form.forEach((k, v) -> {
                    if (!v.isEmpty()) {
                        q.append(k).append('=').append(java.net.URLEncoder.encode(v, java.nio.charset.StandardCharsets.UTF_8))
                                .append('&');
                    }
                });
                model.addAttribute("older", "/sites/" + s.slug() + "/audit?" + q + "before=" + lines.get(lines.size() - 1).e().id());
            }
            model.addAttribute("paged", b != null);
        } catch (InvalidModerationInput e) {
            // said in the form, the field marked, what was typed kept: an error page lost the other filters
            response.setStatus(HttpServletResponse.SC_BAD_REQUEST);
            model.addAttribute("formError", new FormError("audit", e.field(), e.field() + ": " + e.getMessage(), form));
        }
        model.addAttribute("lines", lines);
        return "audit";
    }

    private static LocalDate date(String field, String raw) {
        if (raw == null || raw.isBlank()) {
            return null;
        }
        try {
            return LocalDate.parse(raw.strip());
        } catch (DateTimeParseException e) {
            throw new InvalidModerationInput(field, "a date as yyyy-mm-dd, not '" + clip(raw.strip()) + "'");
        }
    }

    private static long number(String field, String raw) {
        try {
            return Long.parseLong(raw.strip());
        } catch (NumberFormatException e) {
            throw new InvalidModerationInput(field, "an event id (a whole number), not '" + clip(raw.strip()) + "'");
        }
    }

    private static String clip(String s) {
        return s.length() > 40 ? s.substring(0, 40) + "…" : s;
    }

    /** An event in words, and where it points: the item's page for a decision or take-over. */
    static Line line(Site s, AuditLog.Entry e) {
        JsonNode d = e.details();
        String item = d.hasNonNull("item") ? d.get("item").asText() : e.subject().startsWith("item:")
                ? e.subject().substring(5) : null;
        return new Line(e, describe(e), item == null ? null : "/sites/" + s.slug() + "/queue/" + item);
    }

    /** "rejected (Spam): note “…”", "undid decision 12: comment published again", … ; other actions by name. */
    static String describe(AuditLog.Entry e) {
        JsonNode d = e.details();
        String subjectId = e.subject().contains(":") ? e.subject().substring(e.subject().indexOf(':') + 1) : e.subject();
        List<String> parts = new ArrayList<>();
        switch (e.action()) {
            case "decision.approve", "decision.reject", "decision.escalate" -> {
                String verb = switch (e.action()) {
                    case "decision.approve" -> "published";
                    case "decision.reject" -> "rejected";
                    default -> "escalated to the site owner";
                };
                parts.add(verb + (d.path("resolvesEscalation").asBoolean(false) ? ", answering the escalation" : "")
                        + " (decision " + subjectId + ")");
                if (d.hasNonNull("reasonLabel") || d.hasNonNull("reasonCode")) {
                    parts.add("reason: " + (d.hasNonNull("reasonLabel") ? d.get("reasonLabel").asText() : d.get("reasonCode").asText()));
                }
                if (d.hasNonNull("reason")) {
                    parts.add("note: “" + d.get("reason").asText() + "”");
                }
                if (d.hasNonNull("labelCorrections")) {
                    parts.add("label corrections: " + d.get("labelCorrections"));
                }
            }
            case "decision.undone" -> parts.add("undid decision " + subjectId + (d.hasNonNull("restored")
                    ? (d.path("reversal").asBoolean(false) ? ": the comment is " + d.get("restored").asText()
                      + " again, as before the reversal" : ": the comment is " + d.get("restored").asText() + " again")
                    : ""));
            case "outcome.reversed" -> parts.add("reversed the outcome: " + d.path("from").asText("?") + " → "
                    + d.path("to").asText("?") + " (had been decided by " + d.path("decidedBy").asText("rule") + ")");
            case "claim.taken-over" -> parts.add("took the item over from " + d.path("from").asText("?"));
            default -> parts.add(e.action() + (d.isObject() && !d.isEmpty() ? " " + d : ""));
        }
        return String.join("; ", parts);
    }
}
