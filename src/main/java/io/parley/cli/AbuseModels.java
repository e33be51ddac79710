package io.parley.cli;

import io.parley.classification.abuse.AbuseClassifier;
import io.parley.model.ModelArchive;

import java.nio.file.Files;
import java.nio.file.Path;

/** Loads the abuse model for CLI commands: an explicit file, else the models dir, else the jar's copy. */
final class AbuseModels {

    private AbuseModels() {
    }

    static AbuseClassifier load(Path model, String modelsDir) {
        if (model != null) {
            if (!Files.isRegularFile(model)) {
                throw new UsageProblem("no model file " + model);
            }
            return AbuseClassifier.load(ModelArchive.read(model));
        }
        return AbuseClassifier.load(ModelArchive.locate(modelsDir, "abuse/abuse.zip"));
    }
}
