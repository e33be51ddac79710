package io.parley.model;

import org.springframework.beans.factory.ObjectProvider;

import java.nio.file.Files;
import java.nio.file.Path;

/**
 * Where every model comes from, by one rule for start-up, the service and the CLI: a {@link ModelFile} is read from
 * the models directory ({@code parley.models.dir}, env {@code PARLEY_MODELS_DIR}) when that is set, else from the copy
 * inside the jar ({@code models/<path>}), and loaded by its loader. A missing file is {@link ModelNotFound}, one that
 * does not fit is {@link ModelCorrupt}; either stops start-up with its message.
 *
 * <p>Start-up begins each model's load on a thread of its own ({@link #begin}) and the bean takes it ({@link #take});
 * both key the work by the task and the directory, so the bean never receives a model read from elsewhere.
 */
public final class ModelRegistry {

    /** The setting naming the models directory (blank: the models inside the jar). */
    public static final String DIR_PROPERTY = "parley.models.dir";

    private final String modelsDir;

    /** The registry of {@code modelsDir}; null or blank means the models inside the jar. */
    public ModelRegistry(String modelsDir) {
        this.modelsDir = modelsDir == null ? "" : modelsDir.trim();
    }

    public String modelsDir() {
        return modelsDir;
    }

    /** The model file as read, not yet loaded (provenance, spec, entries). */
    public ModelArchive archive(ModelFile<?> file) {
        return ModelArchive.locate(modelsDir, file.path());
    }

    /** Reads and loads the model. */
    public <T> T load(ModelFile<T> file) {
        return file.load(archive(file));
    }

    /** A model file named by hand (the CLI's {@code --model}); {@link ModelNotFound} when there is none. */
    public static <T> T load(ModelFile<T> file, Path explicit) {
        if (!Files.isRegularFile(explicit)) {
            throw new ModelNotFound(explicit.toString());
        }
        return file.load(ModelArchive.read(explicit));
    }

    /** Where the model is read from, for messages: the file under the models directory, or the jar's copy. */
    public String location(ModelFile<?> file) {
        return modelsDir.isEmpty() ? "classpath:models/" + file.path() : Path.of(modelsDir).resolve(file.path()).toString();
    }

    /** Begins loading the model on a thread of its own (start-up; see {@link EarlyLoads}). */
    public void begin(EarlyLoads loads, ModelFile<?> file) {
        begin(loads, file, () -> { });
    }

    /** As {@link #begin(EarlyLoads, ModelFile)}, running {@code first} on the load's thread before it reads the model. */
    public void begin(EarlyLoads loads, ModelFile<?> file, Runnable first) {
        loads.begin(key(file), () -> {
            first.run();
            return load(file);
        });
    }

    /** The model begun by {@link #begin}, or, when none was, loaded now on the caller's thread. */
    public <T> T take(ObjectProvider<EarlyLoads> early, ModelFile<T> file, Class<T> type) {
        return EarlyLoads.take(early, key(file), type, () -> load(file));
    }

    private String key(ModelFile<?> file) {
        return EarlyLoads.key(file.task(), modelsDir);
    }
}
