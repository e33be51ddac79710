package io.parley.classification.stance;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * Loads the stance model when the service starts, so a missing or corrupt model stops startup
 * ({@code ModelNotFound} / {@code ModelCorrupt}) instead of failing the first classification.
 */
@Configuration(proxyBeanMethods = false)
public class StanceConfiguration {

    @Bean
    public StanceClassifier stanceClassifier(@Value("${parley.models.dir:}") String modelsDir) {
        return StanceClassifier.load(modelsDir);
    }
}
