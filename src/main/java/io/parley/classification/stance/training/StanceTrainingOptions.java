package io.parley.classification.stance.training;

import io.parley.classification.stance.StanceView;

import java.nio.file.Path;
import java.util.List;

/**
 * How to train.
 *
 * @param dataDir the shared stance data directory (fnc1/, semeval2016_task6/, rumoureval2017/); unused with quick
 * @param outDir  where stance.zip, provenance.json and metrics.json go
 * @param quick   train on a small generated sample for a few epochs (smoke test; figures meaningless)
 * @param seed    seed of splits, shuffles and initialisation
 * @param epochs  overrides every view's epoch count when not null
 * @param only    when not empty: train and validate only these views and write nothing (for tuning)
 * @param threads native (OpenMP/BLAS) threads for training; small batches on a busy machine train far
 *                faster on one thread than on many that spin against each other
 */
public record StanceTrainingOptions(Path dataDir, Path outDir, boolean quick, long seed, Integer epochs,
                                    List<StanceView> only, int threads) {
    public StanceTrainingOptions {
        only = only == null ? List.of() : List.copyOf(only);
        if (threads < 1) {
            throw new IllegalArgumentException("threads must be at least 1");
        }
    }
}
