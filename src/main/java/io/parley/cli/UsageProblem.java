package io.parley.cli;

/** Arguments that parse but make no sense together (a missing file, a wrong format); exits with code 2. */
public final class UsageProblem extends RuntimeException {
    public UsageProblem(String message) {
        super(message);
    }
}
