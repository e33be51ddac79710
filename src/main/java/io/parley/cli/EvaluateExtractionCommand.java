package io.parley.cli;

import picocli.CommandLine.Command;

import java.util.concurrent.Callable;

@Command(name = "extraction", mixinStandardHelpOptions = true, description = "Evaluate the extraction model.")
final class EvaluateExtractionCommand implements Callable<Integer> {
    @Override
    public Integer call() {
        throw new CommandNotAvailable("evaluate extraction");
    }
}
