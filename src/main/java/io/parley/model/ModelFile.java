package io.parley.model;

import java.nio.file.Path;
import java.util.Objects;
import java.util.function.Function;

/**
 * One kind of model file, as the {@link ModelRegistry} knows it: the task it serves, where it lives under the models
 * directory (and under {@code models/} inside the jar), the name of its provenance file beside it, and how a read
 * file becomes the served model. Each feature declares its own (e.g. {@code AbuseClassifier.FILE}).
 *
 * @param task           extraction, abuse, stance, ...: the key of start-up's early load and of log lines
 * @param path           relative to the models directory, e.g. {@code abuse/abuse.zip}
 * @param provenanceName the provenance file written beside it ({@link ModelArchive#PROVENANCE} for a folder's main
 *                       model)
 * @param loader         the served model from a read file; throws {@link ModelCorrupt} when the file does not fit
 */
public record ModelFile<T>(String task, String path, String provenanceName, Function<ModelArchive, T> loader) {

    public ModelFile {
        Objects.requireNonNull(task);
        Objects.requireNonNull(path);
        Objects.requireNonNull(provenanceName);
        Objects.requireNonNull(loader);
    }

    /** A folder's main model: its provenance is {@code provenance.json}. */
    public ModelFile(String task, String path, Function<ModelArchive, T> loader) {
        this(task, path, ModelArchive.PROVENANCE, loader);
    }

    public T load(ModelArchive archive) {
        return loader.apply(archive);
    }

    /** Where the provenance of {@code modelFile} (a file of this kind) goes. */
    public Path provenanceBeside(Path modelFile) {
        return modelFile.resolveSibling(provenanceName);
    }
}
