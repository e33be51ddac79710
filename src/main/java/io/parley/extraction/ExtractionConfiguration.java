package io.parley.extraction;

import io.parley.model.EarlyLoads;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * The service's {@link PageExtractor}: the committed model (or one under {@code parley.models.dir}), loaded at
 * startup, or taken from {@link EarlyLoads} when the service began loading it early.
 */
@Configuration(proxyBeanMethods = false)
class ExtractionConfiguration {

    /** Fails startup with ModelNotFound / ModelCorrupt when the model is missing or unreadable. */
    @Bean
    PageExtractor pageExtractor(@Value("${parley.models.dir:}") String modelsDir,
                                @Value("${" + PageExtractors.TIME_LIMIT_PROPERTY + ":" + PageExtractors.DEFAULT_TIME_LIMIT_MILLIS + "}") long timeLimit,
                                ObjectProvider<EarlyLoads> early) {
        return EarlyLoads.take(early, EarlyLoads.key("extraction", modelsDir, timeLimit), PageExtractor.class,
                () -> PageExtractors.locate(modelsDir, timeLimit));
    }
}
