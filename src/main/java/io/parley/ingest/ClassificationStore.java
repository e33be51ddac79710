package io.parley.ingest;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.parley.classification.AbuseLabel;
import io.parley.classification.CommentClassification;
import io.parley.classification.CommentClassifier;
import io.parley.classification.LabelSpan;
import io.parley.classification.StanceOutcome;
import io.parley.classification.StoredClassification;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Repository;

import java.time.OffsetDateTime;
import java.util.Collection;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The one owner of the {@code classifications} table: writes a batch of classifications in one statement and reads
 * the latest one per comment as a {@link StoredClassification}. Scores are one jsonb object keyed by label (the
 * served model's labels, whatever they are), stored at {@code real} precision.
 */
@Repository
public class ClassificationStore {

    private static final TypeReference<LinkedHashMap<String, Double>> SCORES = new TypeReference<>() {
    };
    private static final TypeReference<List<LabelSpan>> SPANS = new TypeReference<>() {
    };

    private final JdbcTemplate jdbc;
    private final ObjectMapper json;
    private final ObjectProvider<CommentClassifier> models;

    ClassificationStore(JdbcTemplate jdbc, ObjectMapper json, ObjectProvider<CommentClassifier> models) {
        this.jdbc = jdbc;
        this.json = json;
        this.models = models;
    }

    /**
     * Stores {@code classifications.get(i)} for {@code commentIds.get(i)}, one round trip for the batch; a comment that
     * already has a classification by this model version keeps it (re-running a step is a no-op).
     */
    public void saveAll(String modelName, String modelVersion, List<Long> commentIds,
                        List<CommentClassification> classifications) {
        int n = commentIds.size();
        if (n == 0) {
            return;
        }
        Long[] ids = commentIds.toArray(Long[]::new);
        String[] scores = new String[n], stance = new String[n], spans = new String[n], language = new String[n];
        Boolean[] supported = new Boolean[n];
        for (int i = 0; i < n; i++) {
            CommentClassification c = classifications.get(i);
            scores[i] = write(stored(c.scores()));
            stance[i] = c.stance() == null ? null : write(c.stance());
            spans[i] = write(c.spans() == null ? List.of() : c.spans());
            language[i] = c.language();
            supported[i] = c.languageSupported();
        }
        // A comment this model scored once, then a newer one (and the operator rolled back to this model): its row of
        // this version is older than the newer model's, and every page reads the newest, so keeping it kept the
        // rolled-back scores on show for good. Such a row is stored again (same model, same scores), as the newest.
        jdbc.update(UnnestBatch.of("""
                DELETE FROM classifications k
                WHERE k.model_name = ? AND k.model_version = ? AND k.comment_id = ANY(?::bigint[])
                  AND EXISTS (SELECT 1 FROM classifications n WHERE n.comment_id = k.comment_id AND n.id > k.id)""")
                .scalar(modelName).scalar(modelVersion).column("bigint", ids).statement());
        jdbc.update(UnnestBatch.of("""
                INSERT INTO classifications (comment_id, model_name, model_version, scores, stance, spans, language,
                                             language_supported)
                SELECT t.id, ?, ?, t.scores::jsonb, t.stance::jsonb, t.spans::jsonb, t.language, t.supported
                FROM unnest(?::bigint[], ?::text[], ?::text[], ?::text[], ?::text[], ?::boolean[])
                     AS t(id, scores, stance, spans, language, supported)
                ON CONFLICT (comment_id, model_name, model_version) DO NOTHING""")
                .scalar(modelName).scalar(modelVersion).column("bigint", ids).column("text", scores)
                .column("text", stance).column("text", spans).column("text", language).column("boolean", supported)
                .statement());
    }

    /** The latest classification of each given comment that has one, by comment id, in one query. */
    public Map<Long, StoredClassification> latest(Collection<Long> commentIds) {
        Map<Long, StoredClassification> out = new HashMap<>();
        if (commentIds == null || commentIds.isEmpty()) {
            return out;
        }
        List<String> order = models.getIfAvailable() == null ? List.of()
                : models.getObject().labels().stream().map(AbuseLabel::name).toList();
        jdbc.query("""
                SELECT DISTINCT ON (comment_id) comment_id, model_name, model_version, scores::text AS scores,
                       stance::text AS stance, spans::text AS spans, language, language_supported, created_at
                FROM classifications WHERE comment_id = ANY(?::bigint[]) ORDER BY comment_id, id DESC""", rs -> {
            out.put(rs.getLong("comment_id"), new StoredClassification(rs.getString("model_name"),
                    rs.getString("model_version"), ordered(read(rs.getString("scores"), SCORES), order),
                    rs.getString("stance") == null ? null : read(rs.getString("stance"), StanceOutcome.class),
                    read(rs.getString("spans"), SPANS), rs.getString("language"), rs.getBoolean("language_supported"),
                    rs.getObject("created_at", OffsetDateTime.class)));
        }, (Object) commentIds.toArray(Long[]::new));
        return out;
    }

    public Optional<StoredClassification> latest(long commentId) {
        return Optional.ofNullable(latest(List.of(commentId)).get(commentId));
    }

    /**
     * SQL condition, one parameter (the stance value): a classification of the comment whose id is {@code commentId}
     * has that stance toward {@code scope} (article, parent, or any configured target).
     */
    public static String stanceIs(String scope, String commentId) {
        return switch (scope) {
            case "target" -> "EXISTS (SELECT 1 FROM classifications k, jsonb_each_text(coalesce(k.stance->'targets',"
                    + " '{}'::jsonb)) t WHERE k.comment_id = " + commentId + " AND t.value = ?)";
            case "article", "parent" -> "EXISTS (SELECT 1 FROM classifications k WHERE k.comment_id = " + commentId
                    + " AND k.stance->>'" + scope + "' = ?)";
            default -> throw new IllegalArgumentException("stance scope: " + scope);
        };
    }

    /** jsonb keeps keys in its own order: readers get the served model's order, labels it no longer has last. */
    private static Map<String, Double> ordered(Map<String, Double> scores, List<String> order) {
        if (order.isEmpty()) {
            return scores;
        }
        Map<String, Double> out = new LinkedHashMap<>();
        for (String label : order) {
            if (scores.containsKey(label)) {
                out.put(label, scores.get(label));
            }
        }
        scores.forEach(out::putIfAbsent);
        return out;
    }

    /** {@code real} precision, as the scores were always stored; NaN (no score) as JSON null. */
    private static Map<String, Float> stored(Map<String, Double> scores) {
        Map<String, Float> out = new LinkedHashMap<>();
        if (scores != null) {
            scores.forEach((label, v) -> out.put(label, v == null || v.isNaN() ? null : v.floatValue()));
        }
        return out;
    }

    private String write(Object o) {
        try {
            return json.writeValueAsString(o);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
    }

    private <T> T read(String raw, TypeReference<T> type) {
        return read(raw, json.getTypeFactory().constructType(type));
    }

    private <T> T read(String raw, Class<T> type) {
        return read(raw, json.getTypeFactory().constructType(type));
    }

    private <T> T read(String raw, com.fasterxml.jackson.databind.JavaType type) {
        try {
            return json.readValue(raw, type);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("stored classification is unreadable", e);
        }
    }
}
