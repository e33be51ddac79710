package io.parley.classification.stance.training;

import io.parley.classification.stance.StanceClassifier;
import io.parley.classification.text.SentenceEncoder;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * {@code evaluate stance --speed} times scoring, not cache lookups: both of its passes (file order, by article) encode
 * every comment again. Before, the second pass found the first pass's comment vectors in the encoder's cache and
 * reported 1,165 comments/s where the first measured 39 on the same RumourEval replies.
 */
class StanceThroughputTest {

    static StanceClassifier model;

    @TempDir
    static Path dir;

    @BeforeAll
    static void load() {
        model = StanceClassifier.load("");
    }

    @Test
    void everyPassEncodesEveryCommentAndCountsItsCpu() throws Exception {
        int n = 80;
        StringBuilder csv = new StringBuilder("reply_text,parent_text,source_text,label,is_source,event\n");
        for (int i = 0; i < n; i++) {
            csv.append("\"Reply ").append(i).append(": I doubt the report, source number ").append(i % 7)
                    .append(" has been wrong before.\",\"The plane came down near Digne.\",")
                    .append("\"Source ").append(i % 4).append(": the plane came down near Digne.\",comment,false,e\n");
        }
        Path file = dir.resolve("replies.csv");
        Files.writeString(file, csv, StandardCharsets.UTF_8);
        SentenceEncoder encoder = model.encoder();
        long missesBefore = encoder.cacheStats().misses();

        Map<String, Object> t = StanceEvaluation.throughput(model, "replies", file, null);

        assertThat(t.get("comments")).isEqualTo(n);
        // the warm-up's 64 comments, then all n comments in each of the two passes (articles and the target are
        // warmed outside the clock, and the one parent text is encoded once per pass)
        assertThat(encoder.cacheStats().misses() - missesBefore).isGreaterThanOrEqualTo(64 + 2L * n);
        assertThat((Double) t.get("cpu_seconds")).isPositive();
        assertThat((Long) t.get("comments_per_cpu_second")).isPositive();
        assertThat((Long) t.get("comments_per_cpu_second_by_article")).isPositive();
    }
}
