package io.parley.classification.stance;

import java.util.List;

/**
 * What a site owner says each side of a target says: a few short sentences its supporters would write ({@code favor})
 * and a few its opponents would write ({@code against}). For a target no training set has, they set the favour /
 * against direction of the unseen-target head in place of the name-only prototype sentences (nested
 * leave-one-target-out F_avg 0.420 -> 0.521, bench/stance/experiments.md, seventh pass); a target with a head of its
 * own ignores them. Used only when both sides have at least one sentence.
 */
public record TargetSides(List<String> favor, List<String> against) {

    /** At most this many sentences a side: three were steadier than one, and more is a paragraph, not a side. */
    public static final int MAX_SENTENCES = 5;
    /** Characters of one sentence. */
    public static final int MAX_LENGTH = 200;

    public TargetSides {
        // not List.copyOf: a null sentence from a client is for validation to name, not a bare NullPointerException
        favor = favor == null ? List.of() : java.util.Collections.unmodifiableList(new java.util.ArrayList<>(favor));
        against = against == null ? List.of() : java.util.Collections.unmodifiableList(new java.util.ArrayList<>(against));
    }

    /** Whether both sides are written (one side alone gives no direction). */
    public boolean present() {
        return !favor.isEmpty() && !against.isEmpty();
    }
}
