package io.parley.classification;

import java.util.List;
import java.util.Map;

/**
 * Everything the models say about one comment.
 *
 * @param scores            probability per abuse label
 * @param spans             spans that raised a label
 * @param stance            stance outcome, null when no stance model is loaded or it is not computed yet (the pipeline
 *                          adds it after the decision when the site's rules do not need it)
 * @param language          ISO 639-3 code
 * @param languageSupported whether the models were trained for that language
 */
public record CommentClassification(Map<String, Double> scores, List<LabelSpan> spans, StanceOutcome stance,
                                    String language, boolean languageSupported) {
}
