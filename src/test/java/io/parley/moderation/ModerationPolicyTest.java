package io.parley.moderation;

import io.parley.classification.CommentClassification;
import io.parley.classification.StanceOutcome;
import io.parley.site.SiteSettings;
import io.parley.site.Thresholds;
import io.parley.site.VersionedSettings;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;

class ModerationPolicyTest {

    static VersionedSettings settings(Map<String, String> stanceActions, boolean holdFirst, String language) {
        return new VersionedSettings(7, new SiteSettings(Map.of("insult", new Thresholds(0.5, 0.9),
                "threat", new Thresholds(0.3, 0.3)), stanceActions, List.of("NATO"), holdFirst, language, "score"),
                "owner", null);
    }

    static CommentClassification scores(Double insult, Double threat) {
        Map<String, Double> s = new HashMap<>();
        if (insult != null) {
            s.put("insult", insult);
        }
        if (threat != null) {
            s.put("threat", threat);
        }
        return new CommentClassification(s, List.of(), null, "eng", true);
    }

    static Stream<Arguments> thresholds() {
        return Stream.of(
                Arguments.of("all low", 0.1, 0.1, "published"),
                Arguments.of("just under hold", 0.4999, 0.0, "published"),
                Arguments.of("equal to hold", 0.5, 0.0, "held"),
                Arguments.of("between hold and reject", 0.7, 0.0, "held"),
                Arguments.of("equal to reject", 0.9, 0.0, "rejected"),
                Arguments.of("above reject", 0.99, 0.0, "rejected"),
                Arguments.of("hold == reject: equal rejects", 0.0, 0.3, "rejected"),
                Arguments.of("absent score ignored", null, null, "published"),
                Arguments.of("NaN score held for a human", Double.NaN, 0.0, "held"),
                Arguments.of("reject wins over hold", 0.6, 0.31, "rejected"));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("thresholds")
    void thresholdEdgesDecideStatus(String name, Double insult, Double threat, String status) {
        Verdict v = ModerationPolicy.decide(settings(Map.of(), false, "hold"), scores(insult, threat), false);
        assertThat(v.status().wire()).isEqualTo(status);
        if (!status.equals("published")) {
            assertThat(v.reasons()).isNotEmpty().allSatisfy(r -> assertThat(r.settingsVersion()).isEqualTo(7));
        }
    }

    /**
     * Was held or rejected: a score of exactly 1.0 (seen for toxicity) reached a threshold of 1, so a label set to 1 and 1
     * (how a label is turned off) still acted on it. A threshold of 1 is that action off; the other still applies.
     */
    @Test
    void aThresholdOfOneIsOffEvenForAScoreOfExactlyOne() {
        Map<String, Thresholds> t = Map.of("insult", new Thresholds(1, 1), "threat", new Thresholds(0.5, 1));
        VersionedSettings s = new VersionedSettings(7, new SiteSettings(t, Map.of(), List.of(), false, "hold", "score"),
                "owner", null);
        assertThat(ModerationPolicy.decide(s, scores(1.0, 0.0), false).status().wire()).isEqualTo("published");
        assertThat(ModerationPolicy.decide(s, scores(1.0, 0.0), false).reasons()).isEmpty();
        // reject off, hold still on: a certain threat is held for a person, not rejected
        Verdict threat = ModerationPolicy.decide(s, scores(0.0, 1.0), false);
        assertThat(threat.status().wire()).isEqualTo("held");
        assertThat(threat.reasons()).containsExactly(new Reason("label", "threat", 1.0, 0.5, "hold", 7));
    }

    @Test
    void reasonNamesLabelScoreAndThreshold() {
        Verdict v = ModerationPolicy.decide(settings(Map.of(), false, "hold"), scores(0.95, 0.0), false);
        assertThat(v.reasons()).containsExactly(new Reason("label", "insult", 0.95, 0.9, "reject", 7));
        assertThat(v.priority()).isEqualTo(0.95);
    }

    static Stream<Arguments> stances() {
        return Stream.of(
                Arguments.of(Map.of("article.unrelated", "hold"), new StanceOutcome("unrelated", null, Map.of(), null), "held"),
                Arguments.of(Map.of("article.unrelated", "hold"), new StanceOutcome("agree", null, Map.of(), null), "published"),
                Arguments.of(Map.of("parent.deny", "reject"), new StanceOutcome("discuss", "deny", Map.of(), null), "rejected"),
                Arguments.of(Map.of("target.against", "hold"), new StanceOutcome("discuss", null, Map.of("NATO", "against"), null), "held"),
                Arguments.of(Map.of("target.against", "hold"), new StanceOutcome("discuss", null, Map.of("NATO", "favor"), null), "published"),
                Arguments.of(Map.of("article.unrelated", "publish"), new StanceOutcome("unrelated", null, Map.of(), null), "published"),
                // a minimum probability: the label must be that sure, and an outcome without probabilities is not
                Arguments.of(Map.of("article.disagree", "hold@0.8"), new StanceOutcome("disagree", null, Map.of(),
                        Map.of("article", Map.of("disagree", 0.55, "agree", 0.45))), "published"),
                Arguments.of(Map.of("article.disagree", "hold@0.8"), new StanceOutcome("disagree", null, Map.of(),
                        Map.of("article", Map.of("disagree", 0.85, "agree", 0.15))), "held"),
                Arguments.of(Map.of("article.disagree", "hold@0.8"), new StanceOutcome("disagree", null, Map.of(), null), "published"),
                Arguments.of(Map.of("target.against", "reject@0.6"), new StanceOutcome(null, null, Map.of("NATO", "against"),
                        Map.of("targets", Map.of("NATO", Map.of("against", 0.7, "favor", 0.2, "none", 0.1)))), "rejected"),
                Arguments.of(Map.of("target.against", "reject@0.75"), new StanceOutcome(null, null, Map.of("NATO", "against"),
                        Map.of("targets", Map.of("NATO", Map.of("against", 0.7, "favor", 0.2, "none", 0.1)))), "published"));
    }

    @ParameterizedTest
    @MethodSource("stances")
    void stanceActionsApply(Map<String, String> actions, StanceOutcome stance, String status) {
        CommentClassification c = new CommentClassification(Map.of("insult", 0.1), List.of(), stance, "eng", true);
        assertThat(ModerationPolicy.decide(settings(actions, false, "hold"), c, false).status().wire()).isEqualTo(status);
    }

    @Test
    void aStanceReasonShowsTheProbabilityAgainstItsMinimum() {
        CommentClassification c = new CommentClassification(Map.of("insult", 0.1), List.of(), new StanceOutcome(null, "deny",
                Map.of(), Map.of("parent", Map.of("deny", 0.9))), "eng", true);
        assertThat(ModerationPolicy.decide(settings(Map.of("parent.deny", "hold@0.85"), false, "hold"), c, false).reasons())
                .containsExactly(new Reason("stance", "parent.deny", 0.9, 0.85, "hold", 7));
    }

    @ParameterizedTest
    @MethodSource("languages")
    void unsupportedLanguageFollowsTheSiteSetting(String action, String status) {
        CommentClassification c = new CommentClassification(Map.of("insult", 0.99), List.of(), null, "rus", false);
        Verdict v = ModerationPolicy.decide(settings(Map.of(), false, action), c, false);
        assertThat(v.status().wire()).isEqualTo(status);
        if (!action.equals("publish")) {
            assertThat(v.reasons()).extracting(Reason::rule).containsExactly("language");
        }
    }

    static Stream<Arguments> languages() {
        return Stream.of(Arguments.of("hold", "held"), Arguments.of("publish", "published"), Arguments.of("reject", "rejected"));
    }

    @Test
    void firstCommentOfNewAuthorIsHeldOnlyWhenConfigured() {
        assertThat(ModerationPolicy.decide(settings(Map.of(), true, "hold"), scores(0.1, 0.0), true).status().wire()).isEqualTo("held");
        assertThat(ModerationPolicy.decide(settings(Map.of(), true, "hold"), scores(0.1, 0.0), false).status().wire()).isEqualTo("published");
        assertThat(ModerationPolicy.decide(settings(Map.of(), false, "hold"), scores(0.1, 0.0), true).status().wire()).isEqualTo("published");
    }

    @Test
    void heldItemsAreOrderedBySeverityWeightedRiskNotTheLargestScore() {
        VersionedSettings v = new VersionedSettings(1, new SiteSettings(Map.of("insult", new Thresholds(0.2, 0.99),
                "threat", new Thresholds(0.03, 0.9)), Map.of(), List.of(), false, "hold", "score"), "owner", null);
        Map<String, Double> severity = ModerationPolicy.severities(List.of(
                new io.parley.classification.AbuseLabel("insult", "insult", 1.5, 0.2, 0.99),
                new io.parley.classification.AbuseLabel("threat", "threat", 10, 0.03, 0.9)));
        Verdict rude = ModerationPolicy.decide(v, scores(0.9, 0.01), false, severity);
        Verdict threat = ModerationPolicy.decide(v, scores(0.05, 0.2), false, severity);
        assertThat(rude.status().wire()).isEqualTo("held");
        assertThat(threat.status().wire()).isEqualTo("held");
        // a threat at 0.2 (risk 2.0) comes before an insult at 0.9 (risk 1.35)
        assertThat(threat.priority()).isCloseTo(2.0, org.assertj.core.api.Assertions.within(1e-9));
        assertThat(rude.priority()).isCloseTo(1.35, org.assertj.core.api.Assertions.within(1e-9));
        // without severities (a model that states none) the order is the largest score, as before
        assertThat(ModerationPolicy.decide(v, scores(0.9, 0.2), false).priority()).isEqualTo(0.9);
    }
}
