package io.parley.classification.stance;

import io.parley.model.TrainerView;

import java.util.Map;

/** The {@code spec.json} of a stance model zip: one feature spec per view, keyed by {@link StanceView#key()}. */
@TrainerView
public record StanceSpec(int format, Map<String, FeatureSpec> views) {
    public static final int FORMAT = 1;
}
