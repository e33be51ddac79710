package io.parley.model;

/** A model file that should exist does not; startup stops with this message. */
public final class ModelNotFound extends RuntimeException {
    public ModelNotFound(String location) {
        super("model not found: " + location + " (train it with 'parley train <task>' or set parley.models.dir)");
    }
}
