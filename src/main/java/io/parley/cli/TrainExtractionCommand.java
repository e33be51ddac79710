package io.parley.cli;

import picocli.CommandLine.Command;

import java.util.concurrent.Callable;

@Command(name = "extraction", mixinStandardHelpOptions = true, description = "Train the extraction model.")
final class TrainExtractionCommand implements Callable<Integer> {
    @Override
    public Integer call() {
        throw new CommandNotAvailable("train extraction");
    }
}
