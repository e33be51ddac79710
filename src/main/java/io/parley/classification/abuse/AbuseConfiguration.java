package io.parley.classification.abuse;

import io.parley.model.EarlyLoads;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * Loads the abuse model once at startup from {@code parley.models.dir} ({@code abuse/abuse.zip};
 * blank means the copy inside the jar), or takes it from {@link EarlyLoads} when the service began loading
 * it early. A missing or corrupt model throws {@link io.parley.model.ModelNotFound} /
 * {@link io.parley.model.ModelCorrupt} and stops startup either way.
 */
@Configuration(proxyBeanMethods = false)
class AbuseConfiguration {

    private static final Logger LOG = LoggerFactory.getLogger(AbuseConfiguration.class);

    @Bean
    AbuseClassifier abuseClassifier(@Value("${parley.models.dir:}") String modelsDir, ObjectProvider<EarlyLoads> early) {
        AbuseClassifier classifier = EarlyLoads.take(early, EarlyLoads.key("abuse", modelsDir), AbuseClassifier.class,
                () -> AbuseClassifier.locate(modelsDir));
        LOG.info("abuse model {} {} loaded", classifier.modelName(), classifier.modelVersion());
        return classifier;
    }
}
