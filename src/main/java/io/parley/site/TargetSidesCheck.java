package io.parley.site;

import io.parley.classification.stance.TargetSides;

import java.util.List;
import java.util.Map;

/**
 * The one rule for targets and their side sentences, wherever they come from: a site's settings and a
 * {@code POST /classify} body take the same targets and sentences, so they are refused for the same reasons with the
 * same field names (a 422 naming e.g. {@code targets[1]} or {@code targetSides.Atheism.favor[5]}).
 */
public final class TargetSidesCheck {

    /** Longest target a site may name; a longer one is a pasted sentence, not a target. */
    public static final int MAX_TARGET_LENGTH = 200;
    public static final int MAX_TARGETS = 50;

    private TargetSidesCheck() {
    }

    /**
     * At most {@link #MAX_TARGETS} targets, each 1-{@link #MAX_TARGET_LENGTH} characters, storable, none twice.
     *
     * @throws InvalidSettings naming the first field that breaks it ({@code targets} or {@code targets[i]})
     */
    public static void checkTargets(List<String> targets) {
        if (targets.size() > MAX_TARGETS) {
            throw new InvalidSettings("targets", "at most " + MAX_TARGETS + " targets");
        }
        for (int i = 0; i < targets.size(); i++) {
            String t = targets.get(i);
            if (t == null || t.isBlank() || t.length() > MAX_TARGET_LENGTH) {
                throw new InvalidSettings("targets[" + i + "]", "a target is 1-" + MAX_TARGET_LENGTH + " characters"
                        + (t != null && t.length() > MAX_TARGET_LENGTH ? ", got " + t.length() : ""));
            }
            StorableText.require("targets[" + i + "]", t);
            // a target is scored once per comment and stored by its text: a second copy is a slip, not a choice
            for (int j = 0; j < i; j++) {
                if (targets.get(j).strip().equalsIgnoreCase(t.strip())) {
                    throw new InvalidSettings("targets[" + i + "]", "the same target as targets[" + j + "]");
                }
            }
        }
    }

    /**
     * Each entry: a target of {@code targets}, both sides written (one side gives no direction), at most
     * {@link TargetSides#MAX_SENTENCES} a side, each 1-{@link TargetSides#MAX_LENGTH} characters and not blank.
     *
     * @throws InvalidSettings naming the first field that breaks it
     */
    public static void check(List<String> targets, Map<String, TargetSides> sides) {
        if (sides == null) {
            return;
        }
        for (Map.Entry<String, TargetSides> e : sides.entrySet()) {
            String f = "targetSides." + e.getKey();
            TargetSides s = e.getValue();
            if (s == null) {
                throw new InvalidSettings(f, "favor and against sentences are required");
            }
            if (!targets.contains(e.getKey())) {
                throw new InvalidSettings(f, "not one of the targets; sentences belong to a target in targets");
            }
            if (s.favor().isEmpty() != s.against().isEmpty()) {
                throw new InvalidSettings(f + (s.favor().isEmpty() ? ".favor" : ".against"),
                        "both sides are needed: what supporters would write and what opponents would write");
            }
            side(f + ".favor", s.favor());
            side(f + ".against", s.against());
        }
    }

    private static void side(String field, List<String> sentences) {
        if (sentences.size() > TargetSides.MAX_SENTENCES) {
            throw new InvalidSettings(field, "at most " + TargetSides.MAX_SENTENCES + " sentences a side");
        }
        for (int i = 0; i < sentences.size(); i++) {
            String x = sentences.get(i);
            if (x == null || x.isBlank() || x.length() > TargetSides.MAX_LENGTH) {
                throw new InvalidSettings(field + "[" + i + "]", "a sentence is 1-" + TargetSides.MAX_LENGTH
                        + " characters, not blank");
            }
            StorableText.require(field + "[" + i + "]", x);
        }
    }
}
