package io.parley.classification;

import java.util.List;

/** The one entry the moderation pipeline calls: all models over a batch of comments. */
public interface CommentClassifier {

    /** Stored with every classification, so a model upgrade re-classifies and nothing runs twice per version. */
    String modelName();

    String modelVersion();

    /** The abuse labels every classification scores, in the model's order. */
    List<AbuseLabel> labels();

    /** Every model over the batch, stance included. */
    default List<CommentClassification> classify(List<CommentContext> batch) {
        return classify(batch, true);
    }

    /**
     * As {@link #classify(List)}; without {@code withStance} the stance is left null (abuse, spans and language only):
     * the pipeline decides a comment whose site has no stance action without it and adds it with {@link #stance}.
     */
    List<CommentClassification> classify(List<CommentContext> batch, boolean withStance);

    /** The stance of each comment of the batch alone, as {@link #classify(List)} would have stored it. */
    List<StanceOutcome> stance(List<CommentContext> batch);
}
