package io.parley.model;

/** A model file exists but cannot be read, or does not match the code that reads it. */
public final class ModelCorrupt extends RuntimeException {
    public ModelCorrupt(String location, String why) {
        super("model unusable: " + location + ": " + why);
    }

    public ModelCorrupt(String location, Throwable cause) {
        super("model unusable: " + location + ": " + cause.getMessage(), cause);
    }
}
