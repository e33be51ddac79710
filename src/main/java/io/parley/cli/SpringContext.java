package io.parley.cli;

import io.parley.ParleyApplication;
import org.springframework.boot.WebApplicationType;
import org.springframework.context.ConfigurableApplicationContext;

/**
 * For commands that act on the configured database: the application without its web server, pipeline
 * or demo data, logging to stderr.
 */
final class SpringContext {

    private SpringContext() {
    }

    static ConfigurableApplicationContext open() {
        return open(false);
    }

    /** @param pipeline run the outbox worker in this process too (for commands that classify) */
    static ConfigurableApplicationContext open(boolean pipeline) {
        // The embedded database opens in one process at a time: say who holds it instead of a stack trace.
        io.parley.LocalService.embeddedDir().flatMap(io.parley.LocalService::inUse).ifPresent(why -> {
            throw new IllegalStateException(why);
        });
        // Logs of the CLI go to stderr (logback-spring.xml, profile cli); results own stdout.
        return ParleyApplication.application()
                .web(WebApplicationType.NONE)
                .profiles("cli")
                .properties("spring.main.banner-mode=off", "spring.main.log-startup-info=false")
                // Arguments, not default properties: they must win over application.yml.
                // A command exits when the outbox is empty: stance is computed with the decision, not after it.
                .run("--parley.pipeline.enabled=" + pipeline, "--parley.pipeline.stance-after-decision=false",
                        "--parley.demo.enabled=false");
    }
}
