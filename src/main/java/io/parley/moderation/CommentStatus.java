package io.parley.moderation;

import com.fasterxml.jackson.annotation.JsonValue;

/** Where a comment stands: received, classified, then published, held for review or rejected. */
public enum CommentStatus {
    RECEIVED, CLASSIFIED, PUBLISHED, HELD, REJECTED;

    @JsonValue
    public String wire() {
        return name().toLowerCase(java.util.Locale.ROOT);
    }

    public static CommentStatus of(String wire) {
        return valueOf(wire.toUpperCase(java.util.Locale.ROOT));
    }
}
