package io.parley.classification.stance;

import java.util.Map;

/** The {@code spec.json} of a stance model zip: one feature spec per view, keyed by {@link StanceView#key()}. */
record StanceSpec(int format, Map<String, FeatureSpec> views) {
    static final int FORMAT = 1;
}
