package io.parley.cli;

/** A command that this build does not provide yet; exits with code 2. */
final class CommandNotAvailable extends RuntimeException {
    CommandNotAvailable(String command) {
        super(command + ": not available yet");
    }
}
