package io.parley;

import org.springframework.boot.diagnostics.FailureAnalysis;
import org.springframework.boot.diagnostics.FailureAnalyzer;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;

/**
 * A start stopped by the configuration (see {@link StartupFailure}) ends with Spring's short report naming the setting,
 * instead of "Application run failed" and a hundred stack frames. First in order: Spring's own analyzer for an invalid
 * value shows the placeholder ('${PARLEY_PORT:8080}'), not the value that was wrong.
 */
@Order(Ordered.HIGHEST_PRECEDENCE)
class StartupFailureAnalyzer implements FailureAnalyzer {

    @Override
    public FailureAnalysis analyze(Throwable failure) {
        return StartupFailure.describe(failure).map(what -> new FailureAnalysis("Parley cannot start: " + what,
                "Fix the setting named above (environment variable or --name=value argument) and start again.", failure))
                .orElse(null);
    }
}
