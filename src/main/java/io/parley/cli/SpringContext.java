package io.parley.cli;

import io.parley.ParleyApplication;
import org.springframework.boot.WebApplicationType;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;

/**
 * For commands that act on the configured database: the application without its web server, pipeline
 * or demo data, logging to stderr.
 */
final class SpringContext {

    private SpringContext() {
    }

    static ConfigurableApplicationContext open() {
        return new SpringApplicationBuilder(ParleyApplication.class)
                .web(WebApplicationType.NONE)
                .profiles("cli")
                .properties("parley.pipeline.enabled=false", "parley.demo.enabled=false",
                        "spring.main.banner-mode=off", "spring.main.log-startup-info=false")
                .run();
    }
}
