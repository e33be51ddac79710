package io.parley.webhook;

import java.time.OffsetDateTime;
import java.util.UUID;

/** One attempt to deliver one event to one endpoint. {@code statusCode} is null when no response came. */
public record DeliveryAttempt(long id, long endpointId, String url, UUID eventId, String eventType, int attempt,
                              Integer statusCode, String error, int millis, OffsetDateTime at) {

    public boolean succeeded() {
        return statusCode != null && statusCode >= 200 && statusCode < 300;
    }
}
