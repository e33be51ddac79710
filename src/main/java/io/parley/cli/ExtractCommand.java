package io.parley.cli;

import picocli.CommandLine.Command;

import java.util.concurrent.Callable;

@Command(name = "extract", mixinStandardHelpOptions = true, description = "Split pages into article, comments and boilerplate (JSON).")
final class ExtractCommand implements Callable<Integer> {
    @Override
    public Integer call() {
        throw new CommandNotAvailable("extract");
    }
}
