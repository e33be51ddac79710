package io.parley.site;

/** Proposed settings that cannot be saved; names the offending field. */
public final class InvalidSettings extends RuntimeException {
    private final String field;

    public InvalidSettings(String field, String message) {
        super(message);
        this.field = field;
    }

    public String field() {
        return field;
    }
}
