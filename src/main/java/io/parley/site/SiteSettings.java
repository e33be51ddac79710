package io.parley.site;

import io.parley.classification.AbuseLabel;
import io.parley.classification.stance.TargetSides;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * What a site owner configures. Stored as JSON, versioned: every save is a new version.
 *
 * @param thresholds                per abuse label, by the label's name in the served model's file
 * @param stanceActions             action per stance outcome: keys {@code article.unrelated}, {@code article.disagree},
 *                                  {@code parent.deny}, {@code target.against}, {@code target.favor}…; values publish|hold|reject
 * @param targets                   subjects the site cares about, scored favor/against/none
 * @param holdFirstComments         hold the first comment of an author new to the site
 * @param unsupportedLanguageAction hold|publish|reject for comments in a language the models were not trained on
 * @param queueOrder                score (highest severity-weighted risk first: largest severity x score)|oldest
 * @param authorRules               trust rules by author (new authors held, recent rejections, trusted authors); a
 *                                  version saved before they existed reads as all off
 * @param targetSides               per target (its text as in {@code targets}) what its supporters and its opponents
 *                                  would write, a few sentences a side ({@link TargetSides}): a target no training set
 *                                  has then takes its favor / against direction from them instead of from its name; a
 *                                  version saved before they existed reads as none (every target by its name)
 */
public record SiteSettings(Map<String, Thresholds> thresholds, Map<String, String> stanceActions, List<String> targets,
                           boolean holdFirstComments, String unsupportedLanguageAction, String queueOrder,
                           AuthorRules authorRules, Map<String, TargetSides> targetSides) {

    /** Settings whose targets are known by their names only. */
    public SiteSettings(Map<String, Thresholds> thresholds, Map<String, String> stanceActions, List<String> targets,
                        boolean holdFirstComments, String unsupportedLanguageAction, String queueOrder,
                        AuthorRules authorRules) {
        this(thresholds, stanceActions, targets, holdFirstComments, unsupportedLanguageAction, queueOrder, authorRules,
                Map.of());
    }

    /** Settings with no author rules. */
    public SiteSettings(Map<String, Thresholds> thresholds, Map<String, String> stanceActions, List<String> targets,
                        boolean holdFirstComments, String unsupportedLanguageAction, String queueOrder) {
        this(thresholds, stanceActions, targets, holdFirstComments, unsupportedLanguageAction, queueOrder, AuthorRules.OFF);
    }

    @com.fasterxml.jackson.annotation.JsonCreator
    public SiteSettings {
        // Map.copyOf and List.copyOf refuse nulls with a bare NullPointerException: name the entry instead
        if (thresholds != null) {
            thresholds.forEach((label, t) -> {
                if (t == null) {
                    throw new InvalidSettings("thresholds." + label, "hold and reject are required");
                }
            });
        }
        if (stanceActions != null) {
            stanceActions.forEach((key, action) -> {
                if (action == null) {
                    throw new InvalidSettings("stanceActions." + key, "an action is required");
                }
            });
        }
        if (targets != null) {
            for (int i = 0; i < targets.size(); i++) {
                if (targets.get(i) == null) {
                    throw new InvalidSettings("targets[" + i + "]", "a target is 1-200 characters");
                }
            }
        }
        if (targetSides != null) {
            targetSides.forEach((target, sides) -> {
                if (sides == null) {
                    throw new InvalidSettings("targetSides." + target, "favor and against sentences are required");
                }
            });
        }
        authorRules = authorRules == null ? AuthorRules.OFF : authorRules;
        // sorted, so that a version's JSON (and its diff) does not depend on the order a form or a client sent them in
        targetSides = targetSides == null ? Map.of() : java.util.Collections.unmodifiableMap(new java.util.TreeMap<>(targetSides));
        thresholds = thresholds == null ? Map.of() : Map.copyOf(thresholds);
        stanceActions = stanceActions == null ? Map.of() : Map.copyOf(stanceActions);
        targets = targets == null ? List.of() : List.copyOf(targets);
        unsupportedLanguageAction = unsupportedLanguageAction == null ? "hold" : unsupportedLanguageAction;
        queueOrder = queueOrder == null ? "score" : queueOrder;
    }

    /** The same settings with thresholds for the given labels only (the others left out). */
    public SiteSettings withThresholdsFor(java.util.Collection<String> labels) {
        Map<String, Thresholds> kept = new LinkedHashMap<>();
        thresholds.forEach((label, t) -> {
            if (labels.contains(label)) {
                kept.put(label, t);
            }
        });
        return new SiteSettings(kept, stanceActions, targets, holdFirstComments, unsupportedLanguageAction, queueOrder,
                authorRules, targetSides);
    }

    /**
     * The thresholds every new site got before model files stated their own (2026-12-06): constants, whatever the
     * model's scores meant. A site still on them moves to the served model's defaults ({@code ModelDefaults}).
     */
    public static final Map<String, Thresholds> LEGACY_DEFAULTS = legacy();

    private static Map<String, Thresholds> legacy() {
        Map<String, Thresholds> t = new LinkedHashMap<>();
        t.put("toxicity", new Thresholds(0.5, 0.95));
        t.put("severe_toxicity", new Thresholds(0.4, 0.9));
        t.put("insult", new Thresholds(0.5, 0.95));
        t.put("threat", new Thresholds(0.4, 0.9));
        t.put("obscene", new Thresholds(0.6, 0.97));
        t.put("identity_attack", new Thresholds(0.4, 0.9));
        return java.util.Collections.unmodifiableMap(t);
    }

    /** What a new site started with before model files stated defaults (no model loaded: the same). */
    public static SiteSettings defaults() {
        return defaults(List.of());
    }

    /**
     * What a new site starts with: per label of the served model, the hold and reject thresholds its file states (the
     * holds derive from the label's severity and one cost of holding a civil comment, the rejects only for
     * near-certain abuse; see the README); a label whose model states none keeps {@link #LEGACY_DEFAULTS}. Queue
     * order by severity-weighted risk.
     */
    public static SiteSettings defaults(List<AbuseLabel> labels) {
        return new SiteSettings(defaultThresholds(labels), Map.of("article.unrelated", "publish"), List.of(), false,
                "hold", "score");
    }

    /** The thresholds of {@link #defaults(List)}. */
    public static Map<String, Thresholds> defaultThresholds(List<AbuseLabel> labels) {
        if (labels.isEmpty()) {
            return LEGACY_DEFAULTS;
        }
        Map<String, Thresholds> t = new LinkedHashMap<>();
        for (AbuseLabel l : labels) {
            if (l.hasDefaults()) {
                t.put(l.name(), new Thresholds(l.defaultHold(), l.defaultReject()));
            } else {
                t.put(l.name(), LEGACY_DEFAULTS.getOrDefault(l.name(), new Thresholds(0.5, 0.95)));
            }
        }
        return t;
    }

    /**
     * Whether these settings moderate as {@code other} does. A stance outcome set to publish acts as one not named
     * (no stance outcome holds or rejects unless told to), so {@code stanceActions: null} and the defaults'
     * {@code {"article.unrelated": "publish"}} are the same settings: saving one over the other was a new version.
     */
    public boolean sameMeaningAs(SiteSettings other) {
        return other != null && withoutPublishStances().equals(other.withoutPublishStances());
    }

    private SiteSettings withoutPublishStances() {
        Map<String, String> acting = new LinkedHashMap<>();
        stanceActions.forEach((key, rule) -> {
            if (!"publish".equals(stanceAction(rule))) {
                acting.put(key, rule);
            }
        });
        return new SiteSettings(thresholds, acting, targets, holdFirstComments, unsupportedLanguageAction, queueOrder,
                authorRules, targetSides);
    }

    /** The action of a stance rule, {@code hold} of {@code hold@0.8} (the probability after '@' is its minimum). */
    public static String stanceAction(String rule) {
        if (rule == null) {
            return null;
        }
        int at = rule.indexOf('@');
        return at < 0 ? rule : rule.substring(0, at);
    }

    /** The same settings with other thresholds. */
    public SiteSettings withThresholds(Map<String, Thresholds> t) {
        return new SiteSettings(t, stanceActions, targets, holdFirstComments, unsupportedLanguageAction, queueOrder, authorRules,
                targetSides);
    }
}
