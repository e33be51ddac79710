package io.parley.site;

import io.parley.classification.AbuseLabel;
import io.parley.support.IntegrationTest;
import org.junit.jupiter.api.Test;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The defaults a site gets come from the served model's file (issue 19), and a model whose scores or defaults changed
 * moves the sites still on defaults (the old constants, or an earlier model's that no person changed), never the ones
 * an owner chose.
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

    @Test
    void sitesOnAnEarlierModelsDefaultsMoveUnlessAPersonChangedTheThresholds() {
        Map<String, Thresholds> target = SiteSettings.defaultThresholds(sites.labels());
        // an earlier model's defaults, as the start-up move wrote them
        Map<String, Thresholds> earlier = new LinkedHashMap<>(target);
        earlier.put("toxicity", new Thresholds(0.3123, 0.995));
        Site followed = site("followed");
        sites.save(followed.id(), sites.settings(followed.id()).settings().withThresholds(earlier),
                SiteDirectory.DEFAULTS_ACTOR);
        // the owner changes something else since: still on the defaults
        SiteSettings s = sites.settings(followed.id()).settings();
        sites.save(followed.id(), new SiteSettings(s.thresholds(), s.stanceActions(), s.targets(),
                !s.holdFirstComments(), s.unsupportedLanguageAction(), s.queueOrder(), s.authorRules()), "owner");
        Site own = site("own");
        sites.save(own.id(), sites.settings(own.id()).settings().withThresholds(earlier), "owner");

        sites.moveToModelDefaults();

        VersionedSettings moved = sites.settings(followed.id());
        assertThat(moved.changedBy()).isEqualTo(SiteDirectory.DEFAULTS_ACTOR);
        assertThat(moved.settings().thresholds()).isEqualTo(target);
        assertThat(moved.settings().holdFirstComments()).isEqualTo(!s.holdFirstComments());
        VersionedSettings kept = sites.settings(own.id());
        assertThat(kept.changedBy()).isEqualTo("owner");
        assertThat(kept.settings().thresholds()).isEqualTo(earlier);
        assertThat(sites.modelDefaultsDiffer(kept.settings())).containsOnlyKeys("toxicity");
    }
}
