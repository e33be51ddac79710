package io.parley.classification;

import io.parley.classification.abuse.AbuseClassifier;
import io.parley.classification.stance.StanceClassifier;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

@Configuration(proxyBeanMethods = false)
class ClassificationConfiguration {

    /** Built in the background with the models it wraps; callers resolve it when they first need it. */
    @Bean(bootstrap = Bean.Bootstrap.BACKGROUND)
    CommentClassifier commentClassifier(AbuseClassifier abuse, StanceClassifier stance) {
        return new ModelCommentClassifier(abuse, stance);
    }
}
