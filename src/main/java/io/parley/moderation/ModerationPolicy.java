package io.parley.moderation;

import io.parley.classification.AbuseLabel;
import io.parley.classification.CommentClassification;
import io.parley.classification.StanceOutcome;
import io.parley.site.AuthorRules;
import io.parley.site.SiteSettings;
import io.parley.site.Thresholds;
import io.parley.site.VersionedSettings;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * Turns model output and a site's settings into publish / hold / reject. Pure: same inputs, same
 * verdict, so the impact preview can replay it over stored scores.
 */
public final class ModerationPolicy {

    private ModerationPolicy() {
    }

    /**
     * The verdict for a comment whose author the owner suspended: held or rejected whatever the scores said,
     * with the reason "author suspended" first; a rejection by the rules stays a rejection.
     */
    static Verdict suspended(Verdict v, String action, int settingsVersion) {
        List<Reason> reasons = new ArrayList<>();
        reasons.add(new Reason("author-suspended", null, null, null, action, settingsVersion));
        reasons.addAll(v.reasons());
        CommentStatus status = action.equals("reject") || v.status() == CommentStatus.REJECTED ? CommentStatus.REJECTED
                : CommentStatus.HELD;
        return new Verdict(status, List.copyOf(reasons), v.priority());
    }

    public static Verdict decide(VersionedSettings versioned, CommentClassification c, boolean firstCommentOfAuthor) {
        return decide(versioned, c, firstCommentOfAuthor, Map.of());
    }

    /**
     * Per label, the weight of its score in the queue order: the severity the served model file states
     * ({@link AbuseLabel#weight}), so a threat at 0.2 (risk 2.0) is reviewed before a rude comment at 0.9.
     */
    public static Map<String, Double> severities(List<AbuseLabel> labels) {
        Map<String, Double> m = new java.util.HashMap<>();
        labels.forEach(l -> m.put(l.name(), l.weight()));
        return m;
    }

    /**
     * As {@link #decide(VersionedSettings, CommentClassification, boolean)}; the verdict's priority (the queue order)
     * is the severity-weighted risk, the largest severity x score over the labels (weight 1 for a label
     * {@code severity} does not name), not the largest raw score.
     */
    public static Verdict decide(VersionedSettings versioned, CommentClassification c, boolean firstCommentOfAuthor,
                                 Map<String, Double> severity) {
        return decide(versioned, c, AuthorStanding.first(firstCommentOfAuthor), severity);
    }

    /**
     * As above, with the author's standing: the site's trust rules ({@link AuthorRules}) and a suspension apply. Each
     * rule that fires is a reason of its own (new-author, recent-rejections, trusted-author, author-suspended), so the
     * automatic outcome says which one decided it.
     */
    public static Verdict decide(VersionedSettings versioned, CommentClassification c, AuthorStanding author,
                                 Map<String, Double> severity) {
        SiteSettings s = versioned.settings();
        int v = versioned.version();
        List<Reason> reasons = new ArrayList<>();
        double priority = 0;
        boolean scored = true;
        if (!c.languageSupported()) {
            String action = s.unsupportedLanguageAction();
            if (!action.equals("publish")) {
                reasons.add(new Reason("language", c.language(), null, null, action, v));
            }
            // The models know nothing of this language: their scores would be noise.
            scored = false;
        }
        if (scored) {
            for (Map.Entry<String, Thresholds> e : s.thresholds().entrySet()) {
                Double score = c.scores() == null ? null : c.scores().get(e.getKey());
                if (score == null) {
                    continue;
                }
                if (score.isNaN()) {
                    reasons.add(new Reason("score-unavailable", e.getKey(), null, null, "hold", v));
                    continue;
                }
                priority = Math.max(priority, severity.getOrDefault(e.getKey(), 1.0) * score);
                Thresholds t = e.getValue();
                // A threshold of 1 is the action switched off (1 and 1 is a label off, as the settings say), not "at
                // certainty": scores of exactly 1.0 occur (toxicity), and a label set off still held or rejected them.
                if (t.reject() < 1 && score >= t.reject()) {
                    reasons.add(new Reason("label", e.getKey(), score, t.reject(), "reject", v));
                } else if (t.hold() < 1 && score >= t.hold()) {
                    reasons.add(new Reason("label", e.getKey(), score, t.hold(), "hold", v));
                }
            }
            StanceOutcome stance = c.stance();
            if (stance != null) {
                stanceAction(s, "article", stance.article(), stance.detail(), reasons, v);
                stanceAction(s, "parent", stance.parent(), stance.detail(), reasons, v);
                if (stance.targets() != null) {
                    stance.targets().forEach((target, label) -> {
                        String rule = s.stanceActions().get("target." + label);
                        String action = StanceRule.action(rule);
                        Double p = StanceRule.probability(stance.detail(), "targets", target, label);
                        if (action != null && !action.equals("publish") && StanceRule.reached(rule, p)) {
                            reasons.add(new Reason("stance", "target." + label + ":" + target, StanceRule.shown(rule, p), StanceRule.minimum(rule),
                                    action, v));
                        }
                    });
                }
            }
        }
        AuthorRules rules = s.authorRules();
        boolean trusted = trusted(rules, author);
        boolean heldAsNew = false;
        if (trusted) {
            // The hold band only: a score at or over a reject threshold still rejects, other holds stay.
            Reason skipped = null;
            for (java.util.Iterator<Reason> it = reasons.iterator(); it.hasNext(); ) {
                Reason r = it.next();
                if (r.rule().equals("label") && r.action().equals("hold")) {
                    if (skipped == null || r.score() - r.threshold() > skipped.score() - skipped.threshold()) {
                        skipped = r;
                    }
                    it.remove();
                }
            }
            if (skipped != null) {
                reasons.add(new Reason("trusted-author", null, skipped.score(), skipped.threshold(), "publish", v));
            }
        } else if (isNew(rules, author)) {
            reasons.add(new Reason("new-author", null, author.anonymous() ? null : (double) author.earlier() + 1,
                    (double) rules.newAuthorHolds(), "hold", v));
            heldAsNew = true;
        }
        if (recentlyRejected(rules, author)) {
            reasons.add(new Reason("recent-rejections", null, (double) author.recentRejected(),
                    (double) rules.rejectionsToHold(), "hold", v));
        }
        if (!author.anonymous() && author.earlier() == 0 && s.holdFirstComments() && !heldAsNew && !trusted) {
            reasons.add(new Reason("first-comment", null, null, null, "hold", v));
        }
        if (author.suspension() != null) {
            return suspended(verdict(reasons, priority), author.suspension(), v);
        }
        return verdict(reasons, priority);
    }

    /** A trusted author (marked by the owner, or by {@link AuthorRules#trustAfter()}) skips the hold band; never by name alone. */
    public static boolean trusted(AuthorRules rules, AuthorStanding a) {
        return a.verified() && (a.markedTrusted() || rules.trustAfter() > 0 && a.published() >= rules.trustAfter()
                && a.recentRejected() == 0);
    }

    /** Within the author's first {@link AuthorRules#newAuthorHolds()} comments (an anonymous comment always is). */
    public static boolean isNew(AuthorRules rules, AuthorStanding a) {
        return rules.newAuthorHolds() > 0 && (a.anonymous() || a.earlier() < rules.newAuthorHolds());
    }

    public static boolean recentlyRejected(AuthorRules rules, AuthorStanding a) {
        return rules.rejectionsToHold() > 0 && a.recentRejected() >= rules.rejectionsToHold();
    }

    /**
     * Whether a verdict under these settings can depend on stance: some stance outcome has an action other than
     * publish. When none has, {@link #decide} gives the same verdict with or without the comment's stance.
     */
    public static boolean usesStance(SiteSettings s) {
        return s.stanceActions().values().stream().map(StanceRule::action)
                .anyMatch(a -> a != null && !a.equals("publish"));
    }

    private static Verdict verdict(List<Reason> reasons, double priority) {
        CommentStatus status = reasons.stream().anyMatch(r -> r.action().equals("reject")) ? CommentStatus.REJECTED
                : reasons.stream().anyMatch(r -> r.action().equals("hold")) ? CommentStatus.HELD : CommentStatus.PUBLISHED;
        return new Verdict(status, List.copyOf(reasons), priority);
    }

    private static void stanceAction(SiteSettings s, String view, String label, Object detail, List<Reason> reasons,
                                     int v) {
        if (label == null) {
            return;
        }
        String key = view + "." + label;
        String rule = s.stanceActions().get(key);
        String action = StanceRule.action(rule);
        Double p = StanceRule.probability(detail, view, null, label);
        if (action != null && !action.equals("publish") && StanceRule.reached(rule, p)) {
            reasons.add(new Reason("stance", key, StanceRule.shown(rule, p), StanceRule.minimum(rule), action, v));
        }
    }
}
