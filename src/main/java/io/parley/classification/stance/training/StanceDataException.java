package io.parley.classification.stance.training;

/** A data file that is missing or not in the expected format; the message names the file and the problem. */
public final class StanceDataException extends RuntimeException {
    public StanceDataException(String message) {
        super(message);
    }
}
