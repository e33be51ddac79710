package io.parley.model;

import java.util.List;

/**
 * The last step of every task's lifecycle, {@link DatasetReader} → {@link Trainer} → model file → evaluator: measures
 * a loaded model on labelled rows of one format and says what it found ({@link Evaluation}). The CLI's
 * {@code evaluate}, a trainer's metrics.json and the retrain gate all read models through one.
 *
 * @param <M> the served model (e.g. {@code AbuseClassifier})
 * @param <R> a labelled row, as the task's {@link DatasetReader}s read it
 */
@FunctionalInterface
public interface Evaluator<M, R> {

    /** Measures {@code model} on {@code rows} of {@code format}; no rows, or rows the model cannot judge, is an error. */
    Evaluation evaluate(M model, String format, List<R> rows);
}
