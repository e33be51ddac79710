package io.parley.model;

import java.nio.file.Path;
import java.util.Map;

/**
 * What a {@link Trainer} wrote.
 *
 * @param model      the model file
 * @param provenance its provenance (also inside it and beside it)
 * @param metrics    the figures written beside it as {@code metrics.json} (validation and test per data set)
 * @param seconds    wall time of training
 */
public record TrainedModel(Path model, Provenance provenance, Map<String, Object> metrics, double seconds) {
}
