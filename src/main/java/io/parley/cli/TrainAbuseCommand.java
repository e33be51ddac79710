package io.parley.cli;

import picocli.CommandLine.Command;

import java.util.concurrent.Callable;

@Command(name = "abuse", mixinStandardHelpOptions = true, description = "Train the abuse model.")
final class TrainAbuseCommand implements Callable<Integer> {
    @Override
    public Integer call() {
        throw new CommandNotAvailable("train abuse");
    }
}
