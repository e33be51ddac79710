package io.parley.site;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;

/**
 * When the service starts with a model whose file states defaults, sites still on defaults (the old constants, or an
 * earlier model's that no person changed) move to them ({@link SiteDirectory#moveToModelDefaults}); the others keep
 * theirs and see the model's on the settings page.
 */
@Component
class ModelDefaultsOnStart {

    private static final Logger LOG = LoggerFactory.getLogger(ModelDefaultsOnStart.class);

    private final SiteDirectory sites;

    ModelDefaultsOnStart(SiteDirectory sites) {
        this.sites = sites;
    }

    @EventListener(ApplicationReadyEvent.class)
    void moveSitesOnOldDefaults() {
        int moved = sites.moveToModelDefaults();
        if (moved > 0) {
            LOG.info("{} site(s) on earlier defaults moved to the served abuse model's defaults", moved);
        }
    }
}
