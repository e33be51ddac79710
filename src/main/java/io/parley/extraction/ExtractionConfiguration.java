package io.parley.extraction;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** The service's {@link PageExtractor}: the committed model (or one under {@code parley.models.dir}), loaded at startup. */
@Configuration(proxyBeanMethods = false)
class ExtractionConfiguration {

    /** Fails startup with ModelNotFound / ModelCorrupt when the model is missing or unreadable. */
    @Bean
    PageExtractor pageExtractor(@Value("${parley.models.dir:}") String modelsDir,
                                @Value("${parley.extraction.time-limit-ms:" + PageExtractors.DEFAULT_TIME_LIMIT_MILLIS + "}") long timeLimit) {
        return PageExtractors.locate(modelsDir, timeLimit);
    }
}
