package io.parley.cli;

import picocli.CommandLine.Command;

import java.util.concurrent.Callable;

@Command(name = "abuse", mixinStandardHelpOptions = true, description = "Evaluate the abuse model.")
final class EvaluateAbuseCommand implements Callable<Integer> {
    @Override
    public Integer call() {
        throw new CommandNotAvailable("evaluate abuse");
    }
}
