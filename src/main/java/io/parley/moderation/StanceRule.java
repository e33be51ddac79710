package io.parley.moderation;

import io.parley.site.SiteSettings;

import java.util.Map;

/**
 * A site's stance action, {@code hold} or {@code hold@0.8}: the action, and the probability the stance label must
 * reach for it to apply (none: the label deciding is enough). A model's top label can win with 0.4 among four; an
 * owner who rejects "disagree" wants it only when the model is sure.
 */
final class StanceRule {

    private StanceRule() {
    }

    static String action(String rule) {
        return SiteSettings.stanceAction(rule);
    }

    static Double minimum(String rule) {
        if (rule == null || rule.indexOf('@') < 0) {
            return null;
        }
        return Double.parseDouble(rule.substring(rule.indexOf('@') + 1));
    }

    /** Whether the label's probability {@code p} reaches the rule's minimum; a rule with none is always reached. */
    static boolean reached(String rule, Double p) {
        Double min = minimum(rule);
        // a stored classification without probabilities cannot show the minimum is reached
        return min == null || (p != null && p >= min - 1e-9);
    }

    /** The probability a reason shows: only when the rule has a minimum to compare it with. */
    static Double shown(String rule, Double p) {
        return minimum(rule) == null ? null : p;
    }

    /**
     * The probability of {@code label} in a stance outcome's detail ({@code {article: {agree: 0.7, ...}, parent: ...,
     * targets: {name: {favor: ...}}}}), or null.
     */
    static Double probability(Object detail, String view, String target, String label) {
        if (!(detail instanceof Map<?, ?> d)) {
            return null;
        }
        Object v = d.get(view);
        if (target != null) {
            v = v instanceof Map<?, ?> m ? m.get(target) : null;
        }
        Object p = v instanceof Map<?, ?> m ? m.get(label) : null;
        return p instanceof Number n ? n.doubleValue() : null;
    }
}
