package io.parley.moderation;

import com.fasterxml.jackson.annotation.JsonValue;

/** A review item's state: open in the queue, decided, or escalated to the site owner. */
public enum ItemState {
    OPEN, DECIDED, ESCALATED;

    @JsonValue
    public String wire() {
        return name().toLowerCase(java.util.Locale.ROOT);
    }

    public static ItemState of(String wire) {
        return valueOf(wire.toUpperCase(java.util.Locale.ROOT));
    }

    /** The state named in a request, or null when the name is none. */
    public static ItemState parse(String wire) {
        for (ItemState s : values()) {
            if (s.wire().equals(wire)) {
                return s;
            }
        }
        return null;
    }
}
