package io.parley.classification.stance;

import java.util.List;

/**
 * One comment to score in a batch.
 *
 * @param comment     the comment text (required)
 * @param articleText the article it sits under, or null
 * @param parentText  the comment it replies to, or null
 * @param targets     site targets, possibly empty
 */
public record StanceInput(String comment, String articleText, String parentText, List<String> targets) {
    public StanceInput {
        if (comment == null) {
            throw new IllegalArgumentException("comment text is required");
        }
        targets = targets == null ? List.of() : List.copyOf(targets);
    }
}
