package io.parley.site;

import io.parley.classification.AbuseLabel;

import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

final class SettingsValidation {

    private static final Set<String> ACTIONS = Set.of("publish", "hold", "reject");
    private static final Set<String> STANCE_KEYS = Set.of("article.agree", "article.disagree", "article.discuss",
            "article.unrelated", "parent.support", "parent.deny", "parent.query", "parent.comment", "target.favor",
            "target.against", "target.none");

    private SettingsValidation() {
    }

    /**
     * What a version to save needs beyond {@link #check}: thresholds for at least one label. Without any,
     * the policy holds or rejects nothing for abuse, so a missing or empty field (an empty form, a null)
     * would quietly switch moderation off; neither the README nor the form offers that as a setting (the
     * form turns a label off with 1 and 1). A preview may still show it: it stores nothing, and the current
     * version it compares against may be one saved before this rule.
     */
    static void checkSavable(List<AbuseLabel> labels, SiteSettings s) {
        check(labels, s);
        if (s.thresholds().isEmpty()) {
            throw new InvalidSettings("thresholds", "required: hold and reject for at least one label; without any,"
                    + " no abuse would be held or rejected");
        }
    }

    /**
     * @param labels the served model's labels: thresholds may name these only (a label the model does not score
     *               would never hold anything). Empty when no model is loaded: nothing is scored then, and any
     *               well-formed label name is kept for the model to come.
     */
    static void check(List<AbuseLabel> labels, SiteSettings s) {
        Set<String> known = labels.stream().map(AbuseLabel::name).collect(Collectors.toSet());
        for (Map.Entry<String, Thresholds> e : s.thresholds().entrySet()) {
            String f = "thresholds." + e.getKey();
            if (e.getKey() == null || !e.getKey().matches("[a-z][a-z0-9_]{0,63}")) {
                throw new InvalidSettings(f, "a label name is lower-case letters, digits and '_'");
            }
            if (!labels.isEmpty() && !known.contains(e.getKey())) {
                throw new InvalidSettings(f, "the served model does not score '" + e.getKey() + "'; its labels: "
                        + labels.stream().map(AbuseLabel::name).collect(Collectors.joining(", ")));
            }
            Thresholds t = e.getValue();
            if (t == null) {
                throw new InvalidSettings(f, "hold and reject are required");
            }
            if (!(t.hold() >= 0 && t.hold() <= 1)) {
                throw new InvalidSettings(f + ".hold", "must be between 0 and 1");
            }
            if (!(t.reject() >= 0 && t.reject() <= 1)) {
                throw new InvalidSettings(f + ".reject", "must be between 0 and 1");
            }
            if (t.reject() < t.hold()) {
                throw new InvalidSettings(f + ".reject", "must be at least the hold threshold (" + t.hold() + ")");
            }
        }
        for (Map.Entry<String, String> e : s.stanceActions().entrySet()) {
            if (!STANCE_KEYS.contains(e.getKey())) {
                throw new InvalidSettings("stanceActions." + e.getKey(), "unknown stance outcome; known: " + STANCE_KEYS);
            }
            String[] rule = e.getValue() == null ? new String[]{""} : e.getValue().split("@", 2);
            if (!ACTIONS.contains(rule[0])) {
                throw new InvalidSettings("stanceActions." + e.getKey(), "must be publish, hold or reject, "
                        + "optionally with a minimum probability (hold@0.8)");
            }
            if (rule.length == 2) {
                double p;
                try {
                    p = Double.parseDouble(rule[1]);
                } catch (NumberFormatException x) {
                    p = Double.NaN;
                }
                if (!(p > 0 && p <= 1)) {
                    throw new InvalidSettings("stanceActions." + e.getKey(), "the minimum probability after @ must be in (0, 1]");
                }
            }
        }
        TargetSidesCheck.checkTargets(s.targets());
        checkSides(s);
        if (!ACTIONS.contains(s.unsupportedLanguageAction())) {
            throw new InvalidSettings("unsupportedLanguageAction", "must be publish, hold or reject");
        }
        if (!Set.of("score", "oldest").contains(s.queueOrder())) {
            throw new InvalidSettings("queueOrder", "must be score or oldest");
        }
        AuthorRules a = s.authorRules();
        count("authorRules.newAuthorHolds", a.newAuthorHolds());
        count("authorRules.rejectionsToHold", a.rejectionsToHold());
        count("authorRules.trustAfter", a.trustAfter());
        if (a.days() < 1 || a.days() > 365) {
            throw new InvalidSettings("authorRules.days", "the window of recent rejections is 1 to 365 days");
        }
    }

    /** Each target's side sentences ({@link TargetSidesCheck}, shared with the classify body). */
    private static void checkSides(SiteSettings s) {
        TargetSidesCheck.check(s.targets(), s.targetSides());
    }

    private static void count(String field, int n) {
        if (n < 0 || n > 1000) {
            throw new InvalidSettings(field, "a number of comments from 0 (off) to 1000");
        }
    }
}
