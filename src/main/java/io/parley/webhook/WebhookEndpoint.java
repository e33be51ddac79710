package io.parley.webhook;

import java.time.OffsetDateTime;

/**
 * A registered endpoint as owners see it (never its secret).
 *
 * @param previousSecretUntil when the secret before the last rotation stops signing, or null
 * @param disabledReason      why delivery stopped (repeated failures), or null while enabled
 */
public record WebhookEndpoint(long id, String url, String description, boolean enabled, String disabledReason,
                              OffsetDateTime disabledAt, int consecutiveFailures, OffsetDateTime previousSecretUntil,
                              long pending, long delivered, OffsetDateTime createdAt) {
}
