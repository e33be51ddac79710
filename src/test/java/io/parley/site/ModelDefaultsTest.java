package io.parley.site;

import io.parley.classification.AbuseLabel;
import io.parley.support.IntegrationTest;
import org.junit.jupiter.api.Test;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The defaults a site gets come from the served model's file (issue 19), and a model whose scores changed meaning
 * moves the sites still on the old constant thresholds, never the ones an owner chose.
 */
class ModelDefaultsTest extends IntegrationTest {

    private Site site(String prefix) {
        return sites.create(prefix + "-" + UUID.randomUUID().toString().substring(0, 8), prefix, "owner");
    }

    @Test
    void aNewSiteGetsTheThresholdsItsModelStates() {
        Map<String, Thresholds> t = sites.settings(site("new").id()).settings().thresholds();
        assertThat(sites.labels()).isNotEmpty().allMatch(AbuseLabel::hasDefaults);
        for (AbuseLabel l : sites.labels()) {
            assertThat(t.get(l.name())).isEqualTo(new Thresholds(l.defaultHold(), l.defaultReject()));
        }
        assertThat(t).isNotEqualTo(SiteSettings.LEGACY_DEFAULTS);
    }

    @Test
    void sitesOnTheOldConstantsMoveAndOwnersChoicesStay() {
        Site legacy = site("legacy");
        VersionedSettings start = sites.settings(legacy.id());
        sites.save(legacy.id(), start.settings().withThresholds(SiteSettings.LEGACY_DEFAULTS), "owner");
        Site chosen = site("chosen");
        Map<String, Thresholds> own = new LinkedHashMap<>(SiteSettings.LEGACY_DEFAULTS);
        own.put("toxicity", new Thresholds(0.7, 0.99));
        sites.save(chosen.id(), sites.settings(chosen.id()).settings().withThresholds(own), "owner");

        assertThat(sites.moveToModelDefaults()).isGreaterThanOrEqualTo(1);

        VersionedSettings moved = sites.settings(legacy.id());
        assertThat(moved.version()).isEqualTo(start.version() + 2);
        assertThat(moved.changedBy()).isEqualTo(SiteDirectory.DEFAULTS_ACTOR);
        assertThat(moved.settings().thresholds()).isEqualTo(SiteSettings.defaultThresholds(sites.labels()));
        assertThat(sites.modelDefaultsDiffer(moved.settings())).isEmpty();

        VersionedSettings kept = sites.settings(chosen.id());
        assertThat(kept.changedBy()).isEqualTo("owner");
        assertThat(kept.settings().thresholds()).isEqualTo(own);
        // the settings page shows this owner the model's defaults for every label that differs
        assertThat(sites.modelDefaultsDiffer(kept.settings())).containsKeys("toxicity", "threat");
        // moving again changes nothing
        int before = sites.settings(legacy.id()).version();
        sites.moveToModelDefaults();
        assertThat(sites.settings(legacy.id()).version()).isEqualTo(before);
    }
}
