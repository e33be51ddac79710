package io.parley.site;

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
 * @param queueOrder                score|oldest
 */
public record SiteSettings(Map<String, Thresholds> thresholds, Map<String, String> stanceActions, List<String> targets,
                           boolean holdFirstComments, String unsupportedLanguageAction, String queueOrder) {

    public SiteSettings {
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
        return new SiteSettings(kept, stanceActions, targets, holdFirstComments, unsupportedLanguageAction, queueOrder);
    }

    /** What a new site starts with: conservative holds, rejects only for near-certain abuse. */
    public static SiteSettings defaults() {
        Map<String, Thresholds> t = new LinkedHashMap<>();
        t.put("toxicity", new Thresholds(0.5, 0.95));
        t.put("severe_toxicity", new Thresholds(0.4, 0.9));
        t.put("insult", new Thresholds(0.5, 0.95));
        t.put("threat", new Thresholds(0.4, 0.9));
        t.put("obscene", new Thresholds(0.6, 0.97));
        t.put("identity_attack", new Thresholds(0.4, 0.9));
        return new SiteSettings(t, Map.of("article.unrelated", "publish"), List.of(), false, "hold", "score");
    }
}
