package io.parley.moderation;

/** A queue or decision request that cannot be carried out as given; names the offending field. HTTP 422 at the edge. */
public final class InvalidModerationInput extends RuntimeException {
    private final String field;

    public InvalidModerationInput(String field, String message) {
        super(message);
        this.field = field;
    }

    public String field() {
        return field;
    }
}
