package io.parley.cli;

import picocli.CommandLine.Command;

import java.util.concurrent.Callable;

@Command(name = "stance", mixinStandardHelpOptions = true, description = "Evaluate the stance model.")
final class EvaluateStanceCommand implements Callable<Integer> {
    @Override
    public Integer call() {
        throw new CommandNotAvailable("evaluate stance");
    }
}
