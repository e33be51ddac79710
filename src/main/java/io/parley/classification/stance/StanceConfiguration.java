package io.parley.classification.stance;

import io.parley.model.EarlyLoads;
import io.parley.model.ModelRegistry;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * Loads the stance model through the {@link ModelRegistry} when the service starts (or takes it from
 * {@link EarlyLoads} when the service
 * began loading it early), so a missing or corrupt model stops startup ({@code ModelNotFound} /
 * {@code ModelCorrupt}) instead of failing the first classification.
 */
@Configuration(proxyBeanMethods = false)
public class StanceConfiguration {

    @Bean
    public StanceClassifier stanceClassifier(@Value("${" + ModelRegistry.DIR_PROPERTY + ":}") String modelsDir,
                                             ObjectProvider<EarlyLoads> early) {
        return new ModelRegistry(modelsDir).take(early, StanceClassifier.FILE, StanceClassifier.class);
    }
}
