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

    /** Native (ND4J, OpenMP, OpenBLAS) threads per model call in the service; 0 leaves ND4J's default (one per core). */
    static final String NATIVE_THREADS = "parley.models.native-threads";

    @Override
    public void initialize(ConfigurableApplicationContext context) {
        ConfigurableEnvironment env = context.getEnvironment();
        EarlyLoads loads = new EarlyLoads();
        if (DatabaseConfig.embedded(env)) {
            String dir = env.getRequiredProperty(DatabaseConfig.DIR);
            int port = env.getProperty(DatabaseConfig.PORT, Integer.class, 0);
            loads.beginResource(DatabaseConfig.key(dir, port), () -> DatabaseConfig.start(dir, port));
        }
        String models = env.getProperty(ModelRegistry.DIR_PROPERTY, "");
        long timeLimit = env.getProperty(PageExtractors.TIME_LIMIT_PROPERTY, Long.class, PageExtractors.DEFAULT_TIME_LIMIT_MILLIS);
        ModelRegistry registry = new ModelRegistry(models);
        // ND4J's OpenMP and OpenBLAS threads, one per core by default, spin-wait ~0.1 s after each call for the next
        // one. The service's products are small (a batch of <= 256 comments through a 201 x 256 layer, ~1 ms on one
        // core) and its parallelism comes from its own threads (pipeline workers, encoder, requests): the spinning was
        // 2.7-3.7 CPU-s of a 21,000-comment pipeline window at low load, gone with one thread; the window's total moved
        // less than its spread (bench/pipeline/report.md). Scores move in the last bits, as they already do with a
        // batch's size.
        int nativeThreads = env.getProperty(NATIVE_THREADS, Integer.class, 1);
        Runnable limit = () -> io.parley.model.NativeThreads.limitForServing(nativeThreads, System.err);
        registry.begin(loads, AbuseClassifier.FILE, limit);
        registry.begin(loads, StanceClassifier.FILE, limit);
        loads.begin(EarlyLoads.key("extraction", models, timeLimit), () -> PageExtractors.locate(models, timeLimit));
        context.getBeanFactory().registerSingleton(EarlyLoads.BEAN, loads);
        // Whatever no bean took by the end of startup, successful or not, is let go (and closed).
        context.addApplicationListener(event -> {
            if (event instanceof ContextRefreshedEvent) {
                loads.abandon();
            } else if (event instanceof ApplicationFailedEvent) {
                loads.abandonAfterFailure();
            }
        });
    }
}
