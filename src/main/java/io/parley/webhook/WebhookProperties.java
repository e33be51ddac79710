package io.parley.webhook;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

import java.time.Duration;

/**
 * @param allowPrivateTargets deliver to loopback, private, link-local and other internal addresses too (off:
 *                            a site owner must not be able to make the service call into its own network)
 * @param backoff             wait after an endpoint's first failure; doubles with each further one, up to maxBackoff
 * @param disableAfter        consecutive failed attempts after which an endpoint is disabled (with a notice)
 * @param rotationOverlap     how long the previous secret still signs after a rotation
 * @param timeout             per delivery attempt (connect and response)
 * @param batchSize           events taken per poll
 * @param retention           how long a delivered event (and its delivery log) is kept, and the events of a
 *                            deleted endpoint; waiting events of live endpoints are kept until delivered
 */
@ConfigurationProperties("parley.webhooks")
public record WebhookProperties(@DefaultValue("false") boolean allowPrivateTargets,
                                @DefaultValue("PT10S") Duration backoff,
                                @DefaultValue("PT1H") Duration maxBackoff,
                                @DefaultValue("10") int disableAfter,
                                @DefaultValue("P1D") Duration rotationOverlap,
                                @DefaultValue("PT10S") Duration timeout,
                                @DefaultValue("50") int batchSize,
                                @DefaultValue("P30D") Duration retention) {

    Duration backoffAfter(int consecutiveFailures) {
        long factor = 1L << Math.min(Math.max(consecutiveFailures - 1, 0), 20);
        Duration d = backoff.multipliedBy(factor);
        return d.compareTo(maxBackoff) > 0 ? maxBackoff : d;
    }
}
