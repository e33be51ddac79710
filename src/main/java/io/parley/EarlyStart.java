package io.parley;

import io.parley.classification.abuse.AbuseClassifier;
import io.parley.classification.stance.StanceClassifier;
import io.parley.extraction.PageExtractors;
import io.parley.model.EarlyLoads;
import io.parley.model.ModelRegistry;
import org.springframework.boot.context.event.ApplicationFailedEvent;
import org.springframework.context.ApplicationContextInitializer;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.context.event.ContextRefreshedEvent;
import org.springframework.core.env.ConfigurableEnvironment;

/**
 * Begins the slow parts of startup the moment the configuration is known, before Spring parses a single
 * bean definition: the embedded PostgreSQL (when no database URL is set) and the abuse, stance and
 * extraction models, each on a thread of its own. Spring's bootstrap is single-threaded; on two cores
 * this work runs beside it instead of after it. The beans take the results (see {@link EarlyLoads}), so
 * every model is still loaded and validated before the service is ready, and a bad one still stops it.
 */
final class EarlyStart implements ApplicationContextInitializer<ConfigurableApplicationContext> {

    @Override
    public void initialize(ConfigurableApplicationContext context) {
        ConfigurableEnvironment env = context.getEnvironment();
        EarlyLoads loads = new EarlyLoads();
        if (DatabaseConfig.embedded(env)) {
            String dir = env.getRequiredProperty(DatabaseConfig.DIR);
            int port = env.getProperty(DatabaseConfig.PORT, Integer.class, 0);
            loads.begin(DatabaseConfig.key(dir, port), () -> DatabaseConfig.start(dir, port));
        }
        String models = env.getProperty(ModelRegistry.DIR_PROPERTY, "");
        long timeLimit = env.getProperty(PageExtractors.TIME_LIMIT_PROPERTY, Long.class, PageExtractors.DEFAULT_TIME_LIMIT_MILLIS);
        ModelRegistry registry = new ModelRegistry(models);
        registry.begin(loads, AbuseClassifier.FILE);
        registry.begin(loads, StanceClassifier.FILE);
        loads.begin(EarlyLoads.key("extraction", models, timeLimit), () -> PageExtractors.locate(models, timeLimit));
        context.getBeanFactory().registerSingleton(EarlyLoads.BEAN, loads);
        // Whatever no bean took by the end of startup, successful or not, is let go (and closed).
        context.addApplicationListener(event -> {
            if (event instanceof ContextRefreshedEvent || event instanceof ApplicationFailedEvent) {
                loads.abandon();
            }
        });
    }
}
