package io.parley.api;

final class BadRequest extends RuntimeException {
    private final String field;

    BadRequest(String field, String message) {
        super(message);
        this.field = field;
    }

    String field() {
        return field;
    }
}
