package io.parley.ingest;

/** Input that cannot be stored; names the field (JSON-path-like, e.g. {@code comments[3].parentId}). */
public class InvalidInput extends RuntimeException {
    private final String field;

    public InvalidInput(String field, String message) {
        super(message);
        this.field = field;
    }

    public String field() {
        return field;
    }
}
