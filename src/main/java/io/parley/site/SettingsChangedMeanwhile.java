package io.parley.site;

/**
 * Settings saved on top of a version that is no longer the current one: another owner (or tab) saved in between,
 * and saving the stale form would quietly undo their change.
 */
public final class SettingsChangedMeanwhile extends RuntimeException {
    private final int basedOn;
    private final VersionedSettings current;

    public SettingsChangedMeanwhile(int basedOn, VersionedSettings current) {
        super("the settings were changed since version " + basedOn + ": version " + current.version() + " was saved by "
                + current.changedBy() + " at " + current.changedAt() + "; nothing was saved, so their change stands."
                + " Review it and save again (based on version " + current.version() + ")");
        this.basedOn = basedOn;
        this.current = current;
    }

    public int basedOn() {
        return basedOn;
    }

    public VersionedSettings current() {
        return current;
    }
}
