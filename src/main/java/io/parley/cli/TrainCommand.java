package io.parley.cli;

import picocli.CommandLine.Command;
import picocli.CommandLine;

@Command(name = "train", mixinStandardHelpOptions = true, description = "Train a model: extraction, abuse or stance.",
        subcommands = {TrainExtractionCommand.class, TrainAbuseCommand.class, TrainStanceCommand.class})
final class TrainCommand implements Runnable {
    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    @Override
    public void run() {
        throw new CommandLine.ParameterException(spec.commandLine(), "name a task: extraction, abuse or stance");
    }
}
