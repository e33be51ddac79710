package io.parley.moderation;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonValue;

/** What a moderator (or the site owner) does with a held comment; the wire and database name is lower case. */
public enum Action {
    APPROVE, REJECT, ESCALATE;

    @JsonValue
    public String wire() {
        return name().toLowerCase(java.util.Locale.ROOT);
    }

    /**
     * The action with this wire name, or null for anything else: the request is then refused with the
     * field named ({@link InvalidModerationInput}), rather than as unreadable JSON.
     */
    @JsonCreator
    public static Action parse(String wire) {
        if (wire == null) {
            return null;
        }
        for (Action a : values()) {
            if (a.wire().equals(wire)) {
                return a;
            }
        }
        return null;
    }

    /** Where the comment goes: approve publishes, reject rejects, escalate keeps it held for the owner. */
    public CommentStatus commentStatus() {
        return switch (this) {
            case APPROVE -> CommentStatus.PUBLISHED;
            case REJECT -> CommentStatus.REJECTED;
            case ESCALATE -> CommentStatus.HELD;
        };
    }

    /** Where the review item goes. */
    ItemState itemState() {
        return this == ESCALATE ? ItemState.ESCALATED : ItemState.DECIDED;
    }
}
