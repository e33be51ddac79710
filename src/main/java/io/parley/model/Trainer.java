package io.parley.model;

import java.io.PrintStream;

/**
 * The middle of every task's lifecycle, {@link DatasetReader} → trainer → model file → {@link Evaluator}: trains one
 * task's model from its options (data, seed, output, ...), reads the data through the task's readers, and writes one
 * model file (network, feature spec and provenance inside, {@code provenance.json} and {@code metrics.json} beside,
 * the metrics from the task's evaluator). Seeds are fixed and shuffles seeded, so the same options train the same
 * model. Each task's trainer satisfies it with a static method ({@code AbuseTrainer::train}, {@code StanceTrainer::train}).
 *
 * @param <O> the task's options
 */
@FunctionalInterface
public interface Trainer<O> {

    /** Trains and writes the model; progress goes to {@code progress} (stderr on the CLI). */
    TrainedModel train(O options, PrintStream progress);
}
