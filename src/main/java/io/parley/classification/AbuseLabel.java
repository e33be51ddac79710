package io.parley.classification;

/**
 * One abuse label the served model scores, as the model file names it, with the defaults a new site gets for it.
 * Settings, storage, the pages and the queue take the labels from here, never from a list in code, so a model with
 * another label set needs no code change to be served; and the defaults come from the same file as the scores they
 * are thresholds of, so serving cannot drift from training (issue 19).
 *
 * @param name          the key in scores, settings and stored classifications (e.g. {@code identity_attack})
 * @param displayName   what people read (e.g. "identity attack")
 * @param severity      harm of publishing an abusive comment of this label, relative to a merely rude one (toxicity
 *                      1, threat 10): the queue orders held comments by the largest severity x score; 0 in model
 *                      files written before the model stated it (read as 1)
 * @param defaultHold   the hold threshold a new site gets (a calibrated probability of this model); 0 when the model
 *                      file states none (files before 2026-12-06)
 * @param defaultReject the reject threshold a new site gets; 0 when the model file states none
 */
public record AbuseLabel(String name, String displayName, double severity, double defaultHold, double defaultReject) {

    /** A label whose defaults the model does not state. */
    public AbuseLabel(String name, String displayName) {
        this(name, displayName, 0, 0, 0);
    }

    /** Whether the model file states this label's default hold and reject thresholds. */
    public boolean hasDefaults() {
        return defaultHold > 0 && defaultReject > 0;
    }

    /** The severity the queue weighs a score of this label by (1 when the model states none). */
    public double weight() {
        return severity > 0 ? severity : 1;
    }

    /** The same label with these defaults. */
    public AbuseLabel withDefaults(double severity, double defaultHold, double defaultReject) {
        return new AbuseLabel(name, displayName, severity, defaultHold, defaultReject);
    }
}
