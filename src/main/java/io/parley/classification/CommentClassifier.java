package io.parley.classification;

import java.util.List;

/** The one entry the moderation pipeline calls: all models over a batch of comments. */
public interface CommentClassifier {

    /** Stored with every classification, so a model upgrade re-classifies and nothing runs twice per version. */
    String modelName();

    String modelVersion();

    /** The abuse labels every classification scores, in the model's order. */
    List<AbuseLabel> labels();

    List<CommentClassification> classify(List<CommentContext> batch);
}
