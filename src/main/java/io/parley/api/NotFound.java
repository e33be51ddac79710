package io.parley.api;

final class NotFound extends RuntimeException {
    NotFound(String message) {
        super(message);
    }
}
