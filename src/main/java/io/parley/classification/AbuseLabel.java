package io.parley.classification;

/**
 * One abuse label the served model scores, as the model file names it. Settings, storage, the pages and the
 * queue take the labels from here, never from a list in code, so a model with another label set needs no code
 * change to be served.
 *
 * @param name        the key in scores, settings and stored classifications (e.g. {@code identity_attack})
 * @param displayName what people read (e.g. "identity attack")
 */
public record AbuseLabel(String name, String displayName) {
}
