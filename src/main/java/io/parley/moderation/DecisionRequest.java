package io.parley.moderation;

import java.util.Map;

/**
 * @param action           approve, reject or escalate (null when the request named none, or an unknown one)
 * @param reason           free text, optional
 * @param reasonCode       one of the site's reasons ({@link ReasonList}), optional; on reject and escalate only
 * @param labelCorrections the moderator's labels where the model was wrong, e.g. {"insult": 1}; exported as training data
 */
public record DecisionRequest(long itemId, Action action, String reason, Map<String, Double> labelCorrections,
                              String reasonCode) {

    public DecisionRequest(long itemId, Action action, String reason, Map<String, Double> labelCorrections) {
        this(itemId, action, reason, labelCorrections, null);
    }
}
