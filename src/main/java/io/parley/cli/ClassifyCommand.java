package io.parley.cli;

import picocli.CommandLine.Command;

import java.util.concurrent.Callable;

@Command(name = "classify", mixinStandardHelpOptions = true, description = "Score comments (JSONL in, JSONL out).")
final class ClassifyCommand implements Callable<Integer> {
    @Override
    public Integer call() {
        throw new CommandNotAvailable("classify");
    }
}
