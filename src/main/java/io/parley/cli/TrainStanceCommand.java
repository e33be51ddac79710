package io.parley.cli;

import picocli.CommandLine.Command;

import java.util.concurrent.Callable;

@Command(name = "stance", mixinStandardHelpOptions = true, description = "Train the stance model.")
final class TrainStanceCommand implements Callable<Integer> {
    @Override
    public Integer call() {
        throw new CommandNotAvailable("train stance");
    }
}
