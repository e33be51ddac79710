package io.parley;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.task.SimpleAsyncTaskExecutor;
import org.springframework.core.task.TaskExecutor;

/**
 * Beans marked {@code @Bean(bootstrap = BACKGROUND)} (the models: native library start-up and
 * network deserialisation take seconds) initialise on these threads while the rest of the context,
 * the database and the web server start; anything that needs a model still waits for it, so a
 * broken model still stops startup.
 */
@Configuration(proxyBeanMethods = false)
class StartupConfig {

    @Bean(name = "bootstrapExecutor")
    TaskExecutor bootstrapExecutor() {
        SimpleAsyncTaskExecutor executor = new SimpleAsyncTaskExecutor("model-load-");
        executor.setConcurrencyLimit(3);
        return executor;
    }
}
