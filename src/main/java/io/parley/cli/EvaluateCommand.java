package io.parley.cli;

import picocli.CommandLine.Command;
import picocli.CommandLine;

@Command(name = "evaluate", mixinStandardHelpOptions = true, description = "Evaluate a model: extraction, abuse or stance.",
        subcommands = {EvaluateExtractionCommand.class, EvaluateAbuseCommand.class, EvaluateStanceCommand.class})
final class EvaluateCommand implements Runnable {
    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    @Override
    public void run() {
        throw new CommandLine.ParameterException(spec.commandLine(), "name a task: extraction, abuse or stance");
    }
}
