package io.parley.cli;

import io.parley.model.ModelFile;
import io.parley.model.ModelRegistry;

import java.nio.file.Files;
import java.nio.file.Path;

/** Loads a model for CLI commands through the registry: an explicit file, else the models dir, else the jar's copy. */
final class Models {

    private Models() {
    }

    static <T> T load(ModelFile<T> file, Path model, String modelsDir) {
        if (model != null) {
            if (!Files.isRegularFile(model)) {
                throw new UsageProblem("no model file " + model);
            }
            return ModelRegistry.load(file, model);
        }
        return new ModelRegistry(modelsDir).load(file);
    }
}
