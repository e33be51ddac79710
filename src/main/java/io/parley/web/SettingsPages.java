package io.parley.web;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.parley.moderation.Backlog;
import io.parley.moderation.BacklogChanged;
import io.parley.moderation.ImpactPreview;
import io.parley.classification.stance.TargetSides;
import io.parley.site.AuthorRules;
import io.parley.site.InvalidSettings;
import io.parley.site.Permission;
import io.parley.site.Site;
import io.parley.site.SiteAccess;
import io.parley.site.SiteDirectory;
import io.parley.classification.AbuseLabel;
import io.parley.site.SiteSettings;
import io.parley.site.Thresholds;
import io.parley.site.VersionedSettings;
import org.springframework.security.core.Authentication;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.util.MultiValueMap;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeSet;

/** Site owner: thresholds with histogram and live impact preview, stance actions and targets, versions with diff. */
@Controller
class SettingsPages {

    /** How many recent comments the preview replays: enough for a stable picture, fast on every keystroke. */
    static final int PREVIEW_LAST = 1000;
    static final List<String> STANCE_KEYS = List.of("article.disagree", "article.unrelated", "article.discuss",
            "parent.deny", "parent.query", "target.against", "target.favor");

    private final SiteAccess access;
    private final SiteDirectory sites;
    private final ImpactPreview preview;
    private final ObjectMapper json;
    private final Backlog backlog;
    private final io.parley.moderation.Reclassification reclassification;
    private final org.springframework.beans.factory.ObjectProvider<io.parley.classification.CommentClassifier> models;

    SettingsPages(SiteAccess access, SiteDirectory sites, ImpactPreview preview, ObjectMapper json, Backlog backlog,
                  io.parley.moderation.Reclassification reclassification,
                  org.springframework.beans.factory.ObjectProvider<io.parley.classification.CommentClassifier> models) {
        this.backlog = backlog;
        this.reclassification = reclassification;
        this.models = models;
        this.access = access;
        this.sites = sites;
        this.preview = preview;
        this.json = json;
    }

    /** One bar of a histogram, in SVG user units (the viewBox is 200 x 60). */
    record Bar(double x, double y, double w, double h, int count, String range) {
    }

    record Chart(String label, String name, List<Bar> bars, double currentHold, double currentReject, double proposedHold,
                 double proposedReject, int total) {
        public double x(double v) {
            return Math.round(v * 2000) / 10.0;
        }
    }

    record Change(String key, String from, String to) {
    }

    record Version(VersionedSettings v, List<Change> changes) {
    }

    @GetMapping("/sites/{site}/settings")
    String page(@PathVariable String site, @RequestParam(required = false) Integer saved,
                @RequestParam(required = false) Integer unchanged, Authentication auth, Model model) {
        Site s = access.require(auth, site, Permission.CONFIGURE);
        VersionedSettings current = sites.settings(s.id());
        HomePages.common(model, s, auth);
        HomePages.commentsYet(model, sites, s);
        formModel(model, current.settings());
        model.addAttribute("current", current);
        model.addAttribute("saved", saved);
        model.addAttribute("unchanged", unchanged);
        modelChange(model, s);
        previewModel(model, preview.preview(s, served(current.settings()), PREVIEW_LAST));
        List<VersionedSettings> history = sites.history(s.id());
        model.addAttribute("versions", versions(history));
        model.addAttribute("targetsLater", saved != null && sites.hasComments(s.id()) && targetsChangedIn(history, saved));
        return "settings";
    }

    /**
     * Targets and their sides are read when a comment is classified: a save that changes them scores the comments
     * classified from then on, not the stored ones, so a target filter on the queue came up empty with nothing said.
     */
    private static boolean targetsChangedIn(List<VersionedSettings> history, int version) {
        SiteSettings now = null;
        SiteSettings before = null;
        for (VersionedSettings v : history) {
            if (v.version() == version) {
                now = v.settings();
            } else if (v.version() == version - 1) {
                before = v.settings();
            }
        }
        return now != null && before != null && (!now.targets().equals(before.targets())
                || !now.targetSides().equals(before.targetSides()));
    }

    /**
     * When the served models replaced earlier ones on this site's comments, the page says so and whether the preview
     * reads the new scores yet: an owner otherwise could not tell an upgrade from nothing (issue 19: nothing silent).
     */
    private void modelChange(Model model, Site s) {
        var served = models.getIfAvailable();
        if (served != null) {
            reclassification.latestChange(s, served.modelName() + "@" + served.modelVersion()).ifPresent(c -> {
                model.addAttribute("modelChange", c);
                model.addAttribute("rescoringPending", reclassification.pending(s));
            });
        }
    }

    /** The "apply to the N waiting comments" panel, loaded after the page (htmx): it replays the whole backlog. */
    @GetMapping("/sites/{site}/settings/backlog")
    String backlogPanel(@PathVariable String site, Authentication auth, Model model) {
        Site s = access.require(auth, site, Permission.CONFIGURE);
        model.addAttribute("site", s);
        Backlog.Replay replay = backlog.replay(s);
        model.addAttribute("replay", replay.moving() > 0 ? replay : null);
        return "settings :: backlog";
    }

    /** After a change: the waiting comments the saved settings no longer hold are published or rejected, as confirmed. */
    @PostMapping("/sites/{site}/settings/apply-backlog")
    String applyBacklog(@PathVariable String site, @RequestParam int expected, Authentication auth,
                        RedirectAttributes flash, Model model, jakarta.servlet.http.HttpServletResponse response) {
        Site s = access.require(auth, site, Permission.CONFIGURE);
        try {
            Backlog.Replay r = backlog.apply(s, SiteAccess.caller(auth).name(), expected);
            flash.addFlashAttribute("message", "Applied version " + r.settingsVersion() + " to the waiting comments: "
                    + r.publish() + " published, " + r.reject() + " rejected, " + (r.waiting() - r.moving())
                    + " still held.");
        } catch (BacklogChanged e) {
            // the page (with the backlog panel as it is now) is the answer, 409 as a save over a newer version: it was a
            // redirect ending in a 200, so a script saw "nothing applied" as done
            response.setStatus(HttpStatus.CONFLICT.value());
            model.addAttribute("message", "Nothing applied: " + e.getMessage() + ".");
            return page(site, null, null, auth, model);
        }
        return "redirect:/sites/" + s.slug() + "/settings";
    }

    @PostMapping("/sites/{site}/settings/preview")
    String previewFragment(@PathVariable String site, @RequestParam MultiValueMap<String, String> form,
                           Authentication auth, Model model) {
        Site s = access.require(auth, site, Permission.CONFIGURE);
        try {
            previewModel(model, preview.preview(s, parse(form, sites.labels()), PREVIEW_LAST));
        } catch (InvalidSettings e) {
            model.addAttribute("previewError", e.field() + ": " + e.getMessage());
        }
        return "settings :: preview";
    }

    @PostMapping("/sites/{site}/settings")
    String save(@PathVariable String site, @RequestParam MultiValueMap<String, String> form, Authentication auth,
                Model model, jakarta.servlet.http.HttpServletResponse response) {
        Site s = access.require(auth, site, Permission.CONFIGURE);
        SiteSettings proposed;
        try {
            proposed = parse(form, sites.labels());
            int before = sites.settings(s.id()).version();
            VersionedSettings v = sites.save(s.id(), proposed, SiteAccess.caller(auth).name(), basedOn(form));
            return "redirect:/sites/" + s.slug() + "/settings?" + (v.version() == before ? "unchanged=" : "saved=")
                    + v.version();
        } catch (io.parley.site.SettingsChangedMeanwhile e) {
            // two owners (or two tabs) on the page: the later save would have undone the earlier one unseen. The save
            // is a plain form post (htmx posts only the preview), so the browser shows the page whatever the status,
            // and a script or monitor sees the refusal as one (it was a 200)
            response.setStatus(HttpStatus.CONFLICT.value());
            VersionedSettings current = e.current();
            HomePages.common(model, s, auth);
            formModel(model, current.settings());
            model.addAttribute("v", formValues(form, labelNames()));
            model.addAttribute("current", current);
            model.addAttribute("error", "Not saved: " + current.changedBy() + " saved version " + current.version()
                    + " since you opened this page (based on version " + e.basedOn() + "), and saving would undo their"
                    + " change. Your edits are kept below; compare with the history and save again.");
            previewModel(model, preview.preview(s, served(current.settings()), PREVIEW_LAST));
            model.addAttribute("versions", versions(sites.history(s.id())));
            return "settings";
        } catch (InvalidSettings e) {
            // The owner's edits stay in the form (as typed, the bad value too) so one wrong field costs one fix; 422 as
            // the API answers the same refusal (the preview fragment, swapped by htmx, keeps 200: htmx swaps no 4xx)
            response.setStatus(HttpStatus.UNPROCESSABLE_ENTITY.value());
            VersionedSettings current = sites.settings(s.id());
            HomePages.common(model, s, auth);
            formModel(model, current.settings());
            model.addAttribute("v", formValues(form, labelNames()));
            model.addAttribute("current", current);
            model.addAttribute("error", "Not saved: " + e.field() + ": " + e.getMessage() + ". Your edits are kept below.");
            model.addAttribute("errorInput", input(e.field()));
            previewModel(model, preview.preview(s, served(current.settings()), PREVIEW_LAST));
            model.addAttribute("versions", versions(sites.history(s.id())));
            return "settings";
        }
    }

    /** The version the form was opened on (a hidden field); a form without one (an older page) is not checked. */
    private static Integer basedOn(MultiValueMap<String, String> form) {
        String v = form.getFirst("basedOn");
        return v != null && v.matches("[0-9]{1,9}") ? Integer.valueOf(v) : null;
    }

    /**
     * The stored settings as the served model can apply them: thresholds for labels it no longer scores (the page
     * says which) are left out of the preview, which would otherwise refuse them.
     */
    private SiteSettings served(SiteSettings s) {
        List<String> unserved = sites.unservedLabels(s);
        return unserved.isEmpty() ? s : s.withThresholdsFor(sites.labels().stream().map(AbuseLabel::name).toList());
    }

    private void formModel(Model model, SiteSettings s) {
        model.addAttribute("settings", s);
        model.addAttribute("v", formValues(s, labelNames()));
        model.addAttribute("labels", sites.labels());
        model.addAttribute("unserved", sites.unservedLabels(s));
        model.addAttribute("modelDefaults", sites.modelDefaultsDiffer(s));
        model.addAttribute("stanceKeys", STANCE_KEYS);
        model.addAttribute("targetsText", String.join("\n", s.targets()));
    }

    private void previewModel(Model model, ImpactPreview.Result r) {
        model.addAttribute("result", r);
        List<Chart> charts = new ArrayList<>();
        Display.LabelNames names = Display.LabelNames.of(sites.labels());
        r.histograms().forEach((label, h) -> charts.add(chart(label, names.name(label), h)));
        model.addAttribute("charts", charts);
        model.addAttribute("statuses", List.of("published", "held", "rejected"));
    }

    static Chart chart(String label, String name, ImpactPreview.Histogram h) {
        int max = Arrays.stream(h.counts()).max().orElse(0);
        int total = Arrays.stream(h.counts()).sum();
        List<Bar> bars = new ArrayList<>();
        double w = 200.0 / h.counts().length;
        for (int i = 0; i < h.counts().length; i++) {
            int n = h.counts()[i];
            // square-root scale: the many near-zero scores would otherwise flatten the tail that matters
            double height = max == 0 ? 0 : 56 * Math.sqrt(n) / Math.sqrt(max);
            bars.add(new Bar(i * w + 0.5, 60 - height, w - 1, height, n, String.format(Locale.ROOT, "%.2f-%.2f",
                    i / (double) h.counts().length, (i + 1) / (double) h.counts().length)));
        }
        return new Chart(label, name, bars, h.currentHold(), h.currentReject(), h.proposedHold(), h.proposedReject(), total);
    }

    private List<String> labelNames() {
        return sites.labels().stream().map(AbuseLabel::name).toList();
    }

    /** The form's fields as the page shows them, from saved settings. */
    static Map<String, String> formValues(SiteSettings s, List<String> labels) {
        Map<String, String> v = new LinkedHashMap<>();
        for (String label : labels) {
            Thresholds t = s.thresholds().get(label);
            v.put("hold_" + label, t == null ? "1" : number(t.hold()));
            v.put("reject_" + label, t == null ? "1" : number(t.reject()));
        }
        for (String key : STANCE_KEYS) {
            v.put("stance_" + key, s.stanceActions().getOrDefault(key, "publish"));
        }
        v.put("targets", String.join("\n", s.targets()));
        v.put("targetSides", sidesText(s));
        v.put("holdFirstComments", s.holdFirstComments() ? "on" : "");
        v.put("authorRules.newAuthorHolds", String.valueOf(s.authorRules().newAuthorHolds()));
        v.put("authorRules.rejectionsToHold", String.valueOf(s.authorRules().rejectionsToHold()));
        v.put("authorRules.trustAfter", String.valueOf(s.authorRules().trustAfter()));
        v.put("authorRules.days", String.valueOf(s.authorRules().days()));
        v.put("unsupportedLanguageAction", s.unsupportedLanguageAction());
        v.put("queueOrder", s.queueOrder());
        return v;
    }

    /** The form's fields as the owner sent them, for a save that was refused. */
    static Map<String, String> formValues(MultiValueMap<String, String> form, List<String> labels) {
        Map<String, String> v = new LinkedHashMap<>();
        for (String label : labels) {
            v.put("hold_" + label, form.getFirst("hold_" + label) == null ? "" : form.getFirst("hold_" + label));
            v.put("reject_" + label, form.getFirst("reject_" + label) == null ? "" : form.getFirst("reject_" + label));
        }
        for (String key : STANCE_KEYS) {
            String a = form.getFirst("stance_" + key);
            v.put("stance_" + key, a == null || a.isBlank() ? "publish" : a);
        }
        v.put("targets", form.getFirst("targets") == null ? "" : form.getFirst("targets"));
        v.put("targetSides", form.getFirst("targetSides") == null ? "" : form.getFirst("targetSides"));
        v.put("holdFirstComments", form.containsKey("holdFirstComments") ? "on" : "");
        for (String k : AUTHOR_RULE_FIELDS) {
            v.put(k, form.getFirst(k) == null ? "" : form.getFirst(k));
        }
        v.put("unsupportedLanguageAction", String.valueOf(form.getFirst("unsupportedLanguageAction")));
        v.put("queueOrder", String.valueOf(form.getFirst("queueOrder")));
        return v;
    }

    /** The input a refused field names: {@code thresholds.insult.hold} is {@code hold_insult}. */
    static String input(String field) {
        if (field.startsWith("targetSides")) {
            return "targetSides"; // a target's name may hold dots: the one textarea is marked
        }
        String[] p = field.split("\\.");
        if (p.length == 3 && p[0].equals("thresholds")) {
            return p[2] + "_" + p[1];
        }
        if (p.length == 2 && p[0].equals("thresholds")) {
            return "pair_" + p[1]; // the pair as a whole: both inputs are marked
        }
        return p.length > 1 && p[0].equals("stanceActions") ? "stance_" + field.substring("stanceActions.".length()) : field;
    }

    private static String number(double d) {
        return d == Math.rint(d) ? String.valueOf((long) d) : String.valueOf(d);
    }

    /** Reads the settings form; fields the form does not show keep their defaults (none today). */
    static SiteSettings parse(MultiValueMap<String, String> form, List<AbuseLabel> labels) {
        Map<String, Thresholds> thresholds = new LinkedHashMap<>();
        List<String> cleared = new ArrayList<>();
        for (String label : labels.stream().map(AbuseLabel::name).toList()) {
            Double hold = number(form.getFirst("hold_" + label), "thresholds." + label + ".hold");
            Double reject = number(form.getFirst("reject_" + label), "thresholds." + label + ".reject");
            if (hold != null || reject != null) {
                if (hold == null || reject == null) {
                    throw new InvalidSettings("thresholds." + label, "hold and reject are both required");
                }
                thresholds.put(label, new Thresholds(hold, reject));
            } else if (form.containsKey("hold_" + label) || form.containsKey("reject_" + label)) {
                cleared.add(label);
            }
        }
        // Both boxes of a label cleared saved it without thresholds, i.e. off, without a word (it came back as 1 and
        // 1); the API refuses a label left out of a PUT, so the page refuses cleared boxes the same way and says how
        // a label is turned off. A form with every box empty is left to the save's own "thresholds: required".
        if (!cleared.isEmpty() && !thresholds.isEmpty()) {
            throw new InvalidSettings("thresholds." + cleared.get(0), "hold and reject are empty for "
                    + String.join(", ", cleared) + ": every label needs both; to turn a label off,"
                    + " set both to 1");
        }
        Map<String, String> stance = new LinkedHashMap<>();
        for (String key : STANCE_KEYS) {
            String v = form.getFirst("stance_" + key);
            if (v != null && !v.isBlank() && !v.equals("publish")) {
                String min = form.getFirst("stance_p_" + key);
                stance.put(key, min == null || min.isBlank() ? v : v + "@" + min.strip());
            }
        }
        List<String> targets = new ArrayList<>();
        String t = form.getFirst("targets");
        if (t != null) {
            t.lines().map(String::strip).filter(x -> !x.isEmpty()).distinct().forEach(targets::add);
        }
        AuthorRules rules = new AuthorRules(whole(form, "authorRules.newAuthorHolds", 0),
                whole(form, "authorRules.rejectionsToHold", 0), whole(form, "authorRules.trustAfter", 0),
                whole(form, "authorRules.days", AuthorRules.OFF.days()));
        return new SiteSettings(thresholds, stance, targets, checkbox(form.get("holdFirstComments"), "holdFirstComments"),
                form.getFirst("unsupportedLanguageAction"), form.getFirst("queueOrder"), rules,
                sides(form.getFirst("targetSides"), targets));
    }

    /**
     * The side sentences' textarea: a line names a target, and the lines under it that start with {@code +} are what
     * its supporters would write, those with {@code -} what its opponents would write. Empty lines are skipped.
     */
    static Map<String, TargetSides> sides(String text, List<String> targets) {
        Map<String, List<List<String>>> bySide = new LinkedHashMap<>();
        String target = null;
        if (text != null) {
            for (String raw : text.lines().toList()) {
                String line = raw.strip();
                if (line.isEmpty()) {
                    continue;
                }
                boolean favor = line.startsWith("+");
                if (!favor && !line.startsWith("-")) {
                    target = line;
                    bySide.computeIfAbsent(target, k -> List.of(new ArrayList<>(), new ArrayList<>()));
                    continue;
                }
                if (target == null) {
                    throw new InvalidSettings("targetSides", "a line starting with + or - needs the target's name on a"
                            + " line above it");
                }
                bySide.get(target).get(favor ? 0 : 1).add(line.substring(1).strip());
            }
        }
        Map<String, TargetSides> out = new LinkedHashMap<>();
        // a name with no sentence under it is a target read by its name: nothing to store; a line that names no target
        // (a typo, "NATO:", a sentence without its + or -) was dropped with the save answering "Nothing changed"
        bySide.forEach((t, two) -> {
            if (two.get(0).isEmpty() && two.get(1).isEmpty() && !targets.contains(t)) {
                throw new InvalidSettings("targetSides", "'" + (t.length() > 60 ? t.substring(0, 60) + "…" : t)
                        + "' is not one of the site's targets: a line names a target from Targets, and the lines under it"
                        + " start with + (what its supporters would write) or - (what its opponents would write)");
            }
            if (!two.get(0).isEmpty() || !two.get(1).isEmpty()) {
                out.put(t, new TargetSides(two.get(0), two.get(1)));
            }
        });
        return out;
    }

    /** The textarea's text of saved side sentences ({@link #sides} reads it back to the same settings). */
    static String sidesText(SiteSettings s) {
        StringBuilder b = new StringBuilder();
        s.targetSides().forEach((t, sides) -> {
            b.append(b.length() == 0 ? "" : "\n").append(t);
            sides.favor().forEach(x -> b.append("\n+ ").append(x));
            sides.against().forEach(x -> b.append("\n- ").append(x));
        });
        return b.toString();
    }

    static final List<String> AUTHOR_RULE_FIELDS = List.of("authorRules.newAuthorHolds", "authorRules.rejectionsToHold",
            "authorRules.trustAfter", "authorRules.days");

    /** A whole number field; absent or blank (a form from before the field existed) is {@code absent}. */
    private static int whole(MultiValueMap<String, String> form, String field, int absent) {
        String raw = form.getFirst(field);
        if (raw == null || raw.isBlank()) {
            return absent;
        }
        try {
            return Integer.parseInt(raw.strip());
        } catch (NumberFormatException e) {
            throw new InvalidSettings(field, "a whole number");
        }
    }

    /** A checkbox sends "on" when ticked and nothing otherwise; any other value is not a yes to store as one. */
    private static boolean checkbox(List<String> values, String field) {
        boolean on = false;
        for (String v : values == null ? List.<String>of() : values) {
            switch (v.strip().toLowerCase(Locale.ROOT)) {
                case "on", "true" -> on = true;
                case "off", "false" -> {
                }
                default -> throw new InvalidSettings(field, "must be on or off");
            }
        }
        return on;
    }

    private static Double number(String raw, String field) {
        if (raw == null || raw.isBlank()) {
            return null;
        }
        try {
            return Double.parseDouble(raw.strip());
        } catch (NumberFormatException e) {
            throw new InvalidSettings(field, "a number between 0 and 1");
        }
    }

    private List<Version> versions(List<VersionedSettings> history) {
        List<Version> out = new ArrayList<>();
        for (int i = 0; i < history.size(); i++) {
            VersionedSettings v = history.get(i);
            Map<String, String> now = flatten(v.settings());
            Map<String, String> before = i + 1 < history.size() ? flatten(history.get(i + 1).settings()) : Map.of();
            List<Change> changes = new ArrayList<>();
            TreeSet<String> keys = new TreeSet<>(now.keySet());
            keys.addAll(before.keySet());
            if (i + 1 < history.size()) {
                for (String k : keys) {
                    String a = before.get(k);
                    String b = now.get(k);
                    if (a == null ? b != null : !a.equals(b)) {
                        changes.add(new Change(k, a == null || a.isEmpty() ? "—" : a, b == null || b.isEmpty() ? "—" : b));
                    }
                }
            }
            out.add(new Version(v, changes));
        }
        return out;
    }

    private Map<String, String> flatten(SiteSettings s) {
        Map<String, String> out = new LinkedHashMap<>();
        flatten("", json.valueToTree(s), out);
        // "publish" is what a stance with no action does: an explicit one (the defaults carry one) and an absent
        // one are the same setting, and a diff must not show a change the owner did not make
        out.entrySet().removeIf(e -> e.getKey().startsWith("stanceActions.") && e.getValue().equals("publish"));
        return out;
    }

    private static void flatten(String prefix, JsonNode n, Map<String, String> out) {
        if (n.isObject()) {
            n.fields().forEachRemaining(e -> flatten(prefix.isEmpty() ? e.getKey() : prefix + "." + e.getKey(), e.getValue(), out));
        } else if (n.isArray()) {
            List<String> items = new ArrayList<>();
            n.forEach(x -> items.add(x.asText()));
            out.put(prefix, String.join(", ", items));
        } else {
            out.put(prefix, n.asText());
        }
    }
}
