package io.parley.classification.abuse;

import io.parley.model.EarlyLoads;
import io.parley.model.ModelRegistry;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * Loads the abuse model once at startup through the {@link ModelRegistry} ({@code abuse/abuse.zip} under
 * {@code parley.models.dir}; blank means the copy inside the jar), or takes it from {@link EarlyLoads} when the
 * service began loading it early. A missing or corrupt model throws {@link io.parley.model.ModelNotFound} /
 * {@link io.parley.model.ModelCorrupt} and stops startup either way.
 */
@Configuration(proxyBeanMethods = false)
class AbuseConfiguration {

    private static final Logger LOG = LoggerFactory.getLogger(AbuseConfiguration.class);

    @Bean
    AbuseClassifier abuseClassifier(@Value("${" + ModelRegistry.DIR_PROPERTY + ":}") String modelsDir,
                                    ObjectProvider<EarlyLoads> early) {
        AbuseClassifier classifier = new ModelRegistry(modelsDir).take(early, AbuseClassifier.FILE, AbuseClassifier.class);
        LOG.info("abuse model {} {} loaded", classifier.modelName(), classifier.modelVersion());
        return classifier;
    }
}
