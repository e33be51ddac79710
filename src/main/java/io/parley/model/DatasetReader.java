package io.parley.model;

import java.nio.file.Path;
import java.util.List;

/**
 * The first step of every task's lifecycle: reads one data format (one reader per shared format, e.g. OLID's TSV,
 * FNC-1's two CSVs) into labelled rows that a {@link Trainer} trains on and an {@link Evaluator} measures with.
 *
 * @param <R> a labelled row of the task
 */
public interface DatasetReader<R> {

    /** The format's name on the command line ({@code --format}). */
    String format();

    /**
     * Reads {@code input}; {@code companion} is the format's second file where it has one (labels of a test file,
     * FNC-1's bodies), else null. A file that is not of the format is an {@link IllegalArgumentException} naming the
     * file and, where it can, the line.
     */
    List<R> read(Path input, Path companion);
}
