package io.parley.site;

import io.parley.classification.stance.TargetSides;

import java.util.List;
import java.util.Map;

/**
 * The one rule for a target's side sentences, wherever they come from: a site's settings and a {@code POST /classify}
 * body take the same sentences, so they are refused for the same reasons with the same field names (a 422 naming
 * e.g. {@code targetSides.Atheism.favor[5]}).
 */
public final class TargetSidesCheck {

    private TargetSidesCheck() {
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
