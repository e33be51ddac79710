package io.parley.classification;

import com.fasterxml.jackson.annotation.JsonIgnore;
import com.fasterxml.jackson.annotation.JsonPropertyOrder;

import java.time.OffsetDateTime;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * A comment's classification as stored: what the models said, by which model version, when. The one shape every
 * reader gets (API, pages, queue, impact preview, decision export), read and written by {@code ingest.ClassificationStore}.
 *
 * @param scores            probability per abuse label, in the served model's label order; null for a score the model
 *                          could not produce
 * @param languageSupported whether the models were trained for {@code language} (not shown in the API)
 * @param at                when it was stored
 */
@JsonPropertyOrder({"model", "version", "scores", "stance", "spans", "language", "at"})
public record StoredClassification(String model, String version, Map<String, Double> scores, StanceOutcome stance,
                                   List<LabelSpan> spans, String language,
                                   @JsonIgnore boolean languageSupported, OffsetDateTime at) {

    public StoredClassification {
        scores = scores == null ? Map.of() : java.util.Collections.unmodifiableMap(new LinkedHashMap<>(scores));
        spans = spans == null ? List.of() : List.copyOf(spans);
    }

    /** As the moderation policy reads it: a score that could not be produced is NaN again. */
    public CommentClassification classification() {
        Map<String, Double> s = new LinkedHashMap<>();
        scores.forEach((label, v) -> s.put(label, v == null ? Double.NaN : v));
        return new CommentClassification(s, spans, stance, language, languageSupported);
    }

    @JsonIgnore
    public boolean languageSupported() {
        return languageSupported;
    }
}
