package io.parley.webhook;

import java.time.OffsetDateTime;

/** A secret shown once: at registration or rotation. {@code previousValidUntil}: the old one's overlap, or null. */
public record NewSecret(long endpointId, String url, String secret, OffsetDateTime previousValidUntil) {
}
