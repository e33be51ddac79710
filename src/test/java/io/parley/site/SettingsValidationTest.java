package io.parley.site;

import io.parley.classification.AbuseLabel;
import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThatCode;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class SettingsValidationTest {

    /** What the committed model serves; validation takes the labels from the model, never from a list in code. */
    static final List<AbuseLabel> LABELS = List.of(new AbuseLabel("toxicity", "toxicity"),
            new AbuseLabel("severe_toxicity", "severe toxicity"), new AbuseLabel("insult", "insult"),
            new AbuseLabel("threat", "threat"), new AbuseLabel("obscene", "obscene"),
            new AbuseLabel("identity_attack", "identity attack"));

    static SiteSettings with(Map<String, Thresholds> t, Map<String, String> stance) {
        return new SiteSettings(t, stance, List.of(), false, "hold", "score");
    }

    @Test
    void defaultsAreValid() {
        assertThatCode(() -> SettingsValidation.check(LABELS, SiteSettings.defaults())).doesNotThrowAnyException();
    }

    @Test
    void rejectBelowHoldIsRefusedNamingTheField() {
        assertThatThrownBy(() -> SettingsValidation.check(LABELS, with(Map.of("insult", new Thresholds(0.8, 0.5)), Map.of())))
                .isInstanceOf(InvalidSettings.class).extracting("field").isEqualTo("thresholds.insult.reject");
    }

    @Test
    void rejectEqualToHoldIsAllowed() {
        assertThatCode(() -> SettingsValidation.check(LABELS, with(Map.of("insult", new Thresholds(0.5, 0.5)), Map.of())))
                .doesNotThrowAnyException();
    }

    @Test
    void outOfRangeNaNAndUnknownLabelsAreRefused() {
        assertThatThrownBy(() -> SettingsValidation.check(LABELS, with(Map.of("insult", new Thresholds(-0.1, 0.5)), Map.of())))
                .extracting("field").isEqualTo("thresholds.insult.hold");
        assertThatThrownBy(() -> SettingsValidation.check(LABELS, with(Map.of("insult", new Thresholds(Double.NaN, 0.5)), Map.of())))
                .extracting("field").isEqualTo("thresholds.insult.hold");
        assertThatThrownBy(() -> SettingsValidation.check(LABELS, with(Map.of("rudeness", new Thresholds(0.1, 0.5)), Map.of())))
                .extracting("field").isEqualTo("thresholds.rudeness");
        assertThatThrownBy(() -> SettingsValidation.check(LABELS, with(Map.of(), Map.of("article.unrelated", "delete"))))
                .extracting("field").isEqualTo("stanceActions.article.unrelated");
    }

    @Test
    void aStanceActionMayNameAMinimumProbabilityBetweenZeroAndOne() {
        assertThatCode(() -> SettingsValidation.check(LABELS, with(Map.of(), Map.of("article.disagree", "hold@0.8"))))
                .doesNotThrowAnyException();
        for (String bad : new String[]{"hold@", "hold@1.5", "hold@0", "hold@x", "delete@0.5"}) {
            assertThatThrownBy(() -> SettingsValidation.check(LABELS, with(Map.of(), Map.of("article.disagree", bad))))
                    .as(bad).extracting("field").isEqualTo("stanceActions.article.disagree");
        }
    }

    @Test
    void aLabelTheServedModelDoesNotScoreIsRefusedNamingTheLabelsItDoes() {
        SiteSettings spam = with(Map.of("spam", new Thresholds(0.5, 0.9)), Map.of());
        assertThatThrownBy(() -> SettingsValidation.check(LABELS, spam)).isInstanceOf(InvalidSettings.class)
                .hasMessageContaining("does not score 'spam'").hasMessageContaining("identity_attack")
                .extracting("field").isEqualTo("thresholds.spam");
        List<AbuseLabel> withSpam = new java.util.ArrayList<>(LABELS);
        withSpam.add(new AbuseLabel("spam", "spam"));
        assertThatCode(() -> SettingsValidation.check(withSpam, spam)).doesNotThrowAnyException();
        // no model loaded: nothing is scored, a well-formed label is kept for the model to come
        assertThatCode(() -> SettingsValidation.check(List.of(), spam)).doesNotThrowAnyException();
        assertThatThrownBy(() -> SettingsValidation.check(List.of(), with(Map.of("Spam!", new Thresholds(0.5, 0.9)),
                Map.of()))).extracting("field").isEqualTo("thresholds.Spam!");
    }

    @Test
    void aVersionToSaveNeedsThresholdsForSomeLabelButAPreviewDoesNot() {
        SiteSettings none = with(Map.of(), Map.of());
        assertThatCode(() -> SettingsValidation.check(LABELS, none)).doesNotThrowAnyException();
        assertThatThrownBy(() -> SettingsValidation.checkSavable(LABELS, none)).extracting("field").isEqualTo("thresholds");
        assertThatThrownBy(() -> SettingsValidation.checkSavable(LABELS, with(null, Map.of()))).extracting("field")
                .isEqualTo("thresholds");
        assertThatCode(() -> SettingsValidation.checkSavable(LABELS, with(Map.of("insult", new Thresholds(0.5, 0.9)), Map.of())))
                .doesNotThrowAnyException();
    }

    @Test
    void aTargetGivenTwiceIsRefusedNamingTheSecond() {
        SiteSettings twice = new SiteSettings(SiteSettings.defaults().thresholds(), Map.of(),
                List.of("NATO expansion", "sanctions on Russia", " nato EXPANSION"), false, "hold", "score");
        assertThatThrownBy(() -> SettingsValidation.check(LABELS, twice)).isInstanceOf(InvalidSettings.class)
                .extracting("field").isEqualTo("targets[2]");
    }

    static SiteSettings sides(Map<String, io.parley.classification.stance.TargetSides> sides) {
        return new SiteSettings(SiteSettings.defaults().thresholds(), Map.of(), List.of("Atheism", "NATO"), false, "hold",
                "score", AuthorRules.OFF, sides);
    }

    @Test
    void sideSentencesAreCheckedTooManyTooLongBlankOneSidedOrForNoTarget() {
        var ok = new io.parley.classification.stance.TargetSides(List.of("There is no God."),
                List.of("God is real and I believe in Him.", "Pray and trust the Lord."));
        assertThatCode(() -> SettingsValidation.check(LABELS, sides(Map.of("Atheism", ok)))).doesNotThrowAnyException();
        List<String> six = List.of("a", "b", "c", "d", "e", "f");
        Map<String, io.parley.classification.stance.TargetSides> bad = new java.util.LinkedHashMap<>();
        bad.put("targetSides.Atheism.favor", new io.parley.classification.stance.TargetSides(six, List.of("x")));
        bad.put("targetSides.Atheism.against[0]", new io.parley.classification.stance.TargetSides(List.of("y"),
                List.of("z".repeat(201))));
        bad.put("targetSides.Atheism.favor[1]", new io.parley.classification.stance.TargetSides(List.of("y", "  "),
                List.of("z")));
        bad.put("targetSides.Atheism.against", new io.parley.classification.stance.TargetSides(List.of("y"), List.of()));
        bad.put("targetSides.Atheism.favor[0]", new io.parley.classification.stance.TargetSides(java.util.Arrays.asList(
                (String) null), List.of("z")));
        bad.forEach((field, s) -> assertThatThrownBy(() -> SettingsValidation.check(LABELS, sides(Map.of("Atheism", s))))
                .as(field).isInstanceOf(InvalidSettings.class).extracting("field").isEqualTo(field));
        assertThatThrownBy(() -> SettingsValidation.check(LABELS, sides(Map.of("Feminism", ok))))
                .extracting("field").isEqualTo("targetSides.Feminism");
    }
}
