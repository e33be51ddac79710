package io.parley.classification.stance;

import java.util.Map;

/**
 * Where a comment stands.
 *
 * @param article  toward the article: agree / disagree / discuss / unrelated; null when no article was given
 * @param parent   toward the parent comment: support / deny / query / comment; null when the comment is no reply
 * @param targets  per site target (in the order given): favor / against / none; empty when no targets
 */
public record StanceResult(StanceLabel article, StanceLabel parent, Map<String, StanceLabel> targets) {
}
