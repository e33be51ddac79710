package io.parley.site;

import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThatCode;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class SettingsValidationTest {

    static SiteSettings with(Map<String, Thresholds> t, Map<String, String> stance) {
        return new SiteSettings(t, stance, List.of(), false, "hold", "score");
    }

    @Test
    void defaultsAreValid() {
        assertThatCode(() -> SettingsValidation.check(SiteSettings.defaults())).doesNotThrowAnyException();
    }

    @Test
    void rejectBelowHoldIsRefusedNamingTheField() {
        assertThatThrownBy(() -> SettingsValidation.check(with(Map.of("insult", new Thresholds(0.8, 0.5)), Map.of())))
                .isInstanceOf(InvalidSettings.class).extracting("field").isEqualTo("thresholds.insult.reject");
    }

    @Test
    void rejectEqualToHoldIsAllowed() {
        assertThatCode(() -> SettingsValidation.check(with(Map.of("insult", new Thresholds(0.5, 0.5)), Map.of())))
                .doesNotThrowAnyException();
    }

    @Test
    void outOfRangeNaNAndUnknownLabelsAreRefused() {
        assertThatThrownBy(() -> SettingsValidation.check(with(Map.of("insult", new Thresholds(-0.1, 0.5)), Map.of())))
                .extracting("field").isEqualTo("thresholds.insult.hold");
        assertThatThrownBy(() -> SettingsValidation.check(with(Map.of("insult", new Thresholds(Double.NaN, 0.5)), Map.of())))
                .extracting("field").isEqualTo("thresholds.insult.hold");
        assertThatThrownBy(() -> SettingsValidation.check(with(Map.of("rudeness", new Thresholds(0.1, 0.5)), Map.of())))
                .extracting("field").isEqualTo("thresholds.rudeness");
        assertThatThrownBy(() -> SettingsValidation.check(with(Map.of(), Map.of("article.unrelated", "delete"))))
                .extracting("field").isEqualTo("stanceActions.article.unrelated");
    }

    @Test
    void aStanceActionMayNameAMinimumProbabilityBetweenZeroAndOne() {
        assertThatCode(() -> SettingsValidation.check(with(Map.of(), Map.of("article.disagree", "hold@0.8"))))
                .doesNotThrowAnyException();
        for (String bad : new String[]{"hold@", "hold@1.5", "hold@0", "hold@x", "delete@0.5"}) {
            assertThatThrownBy(() -> SettingsValidation.check(with(Map.of(), Map.of("article.disagree", bad))))
                    .as(bad).extracting("field").isEqualTo("stanceActions.article.disagree");
        }
    }

    @Test
    void aVersionToSaveNeedsThresholdsForSomeLabelButAPreviewDoesNot() {
        SiteSettings none = with(Map.of(), Map.of());
        assertThatCode(() -> SettingsValidation.check(none)).doesNotThrowAnyException();
        assertThatThrownBy(() -> SettingsValidation.checkSavable(none)).extracting("field").isEqualTo("thresholds");
        assertThatThrownBy(() -> SettingsValidation.checkSavable(with(null, Map.of()))).extracting("field")
                .isEqualTo("thresholds");
        assertThatCode(() -> SettingsValidation.checkSavable(with(Map.of("insult", new Thresholds(0.5, 0.9)), Map.of())))
                .doesNotThrowAnyException();
    }

    @Test
    void aTargetGivenTwiceIsRefusedNamingTheSecond() {
        SiteSettings twice = new SiteSettings(SiteSettings.defaults().thresholds(), Map.of(),
                List.of("NATO expansion", "sanctions on Russia", " nato EXPANSION"), false, "hold", "score");
        assertThatThrownBy(() -> SettingsValidation.check(twice)).isInstanceOf(InvalidSettings.class)
                .extracting("field").isEqualTo("targets[2]");
    }
}
