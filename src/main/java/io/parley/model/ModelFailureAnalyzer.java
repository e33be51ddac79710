package io.parley.model;

import org.springframework.boot.diagnostics.AbstractFailureAnalyzer;
import org.springframework.boot.diagnostics.FailureAnalysis;

/** Startup with a missing or unusable model ends with one clear message and what to do, not a trace. */
class ModelFailureAnalyzer extends AbstractFailureAnalyzer<RuntimeException> {

    @Override
    protected FailureAnalysis analyze(Throwable root, RuntimeException cause) {
        for (Throwable t = root; t != null; t = t.getCause()) {
            if (t instanceof ModelNotFound || t instanceof ModelCorrupt) {
                return new FailureAnalysis("Parley cannot start: " + t.getMessage(),
                        "Use the models that ship in the jar (leave parley.models.dir / PARLEY_MODELS_DIR empty), "
                                + "point parley.models.dir at a directory with <task>/<name>.zip files, or retrain with "
                                + "'parley train <task>'.", t);
            }
        }
        return null;
    }
}
