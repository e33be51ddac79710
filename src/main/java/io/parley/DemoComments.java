package io.parley;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.parley.ingest.CommentInput;
import io.parley.ingest.IngestService;
import io.parley.site.Site;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The demo's reader discussion: hand-written comments and threads (training-data/demo/comments.jsonl, civil and
 * abusive, several authors) on the five seed articles, so the first moderator login has a queue to work. Each
 * line names its article, its parent and how many hours before the first load it was posted, so the stats have
 * days to show. Ingested through the same path as any site's comments, idempotent by external id.
 */
final class DemoComments {

    static final String RESOURCE = "/demo/comments.jsonl";

    private DemoComments() {
    }

    /** @return comments newly stored */
    static int load(IngestService ingest, Site demo, ObjectMapper json) {
        Map<String, List<CommentInput>> byArticle = read(json, OffsetDateTime.now(ZoneOffset.UTC));
        int created = 0;
        for (Map.Entry<String, List<CommentInput>> e : byArticle.entrySet()) {
            created += ingest.addComments(demo, e.getKey(), e.getValue()).created();
        }
        return created;
    }

    static Map<String, List<CommentInput>> read(ObjectMapper json, OffsetDateTime now) {
        Map<String, List<CommentInput>> byArticle = new LinkedHashMap<>();
        try (InputStream in = DemoComments.class.getResourceAsStream(RESOURCE)) {
            if (in == null) {
                return byArticle;
            }
            for (String line : new String(in.readAllBytes(), StandardCharsets.UTF_8).split("\n")) {
                if (line.isBlank()) {
                    continue;
                }
                JsonNode c = json.readTree(line);
                byArticle.computeIfAbsent(c.get("article").asText(), a -> new ArrayList<>()).add(new CommentInput(
                        c.get("externalId").asText(), c.hasNonNull("parentId") ? c.get("parentId").asText() : null,
                        c.get("author").asText(), now.minusMinutes(Math.round(c.get("hoursAgo").asDouble() * 60)),
                        c.get("likes").asInt(), c.get("text").asText(), List.of()));
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return byArticle;
    }
}
