package io.parley.classification.stance;

import io.parley.model.EarlyLoads;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * Loads the stance model when the service starts (or takes it from {@link EarlyLoads} when the service
 * began loading it early), so a missing or corrupt model stops startup ({@code ModelNotFound} /
 * {@code ModelCorrupt}) instead of failing the first classification.
 */
@Configuration(proxyBeanMethods = false)
public class StanceConfiguration {

    @Bean
    public StanceClassifier stanceClassifier(@Value("${parley.models.dir:}") String modelsDir, ObjectProvider<EarlyLoads> early) {
        return EarlyLoads.take(early, EarlyLoads.key("stance", modelsDir), StanceClassifier.class,
                () -> StanceClassifier.load(modelsDir));
    }
}
