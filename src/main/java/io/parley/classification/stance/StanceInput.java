package io.parley.classification.stance;

import java.util.List;
import java.util.Map;

/**
 * One comment to score in a batch.
 *
 * @param comment     the comment text (required)
 * @param articleText the article it sits under, or null
 * @param parentText  the comment it replies to, or null
 * @param targets     site targets, possibly empty
 * @param sides       per target (by its text as in {@code targets}) the owner's sentences for each side, possibly empty
 */
public record StanceInput(String comment, String articleText, String parentText, List<String> targets,
                          Map<String, TargetSides> sides) {
    public StanceInput {
        if (comment == null) {
            throw new IllegalArgumentException("comment text is required");
        }
        targets = targets == null ? List.of() : List.copyOf(targets);
        sides = sides == null ? Map.of() : Map.copyOf(sides);
    }

    /** Targets known by their names only. */
    public StanceInput(String comment, String articleText, String parentText, List<String> targets) {
        this(comment, articleText, parentText, targets, Map.of());
    }
}
