package io.parley.ingest;

import java.time.OffsetDateTime;
import java.util.List;

/**
 * An article as a site sends it. Either {@code paragraphs} or {@code body} (split on blank lines) gives the text.
 */
public record ArticleInput(String externalId, String url, String title, String byline, OffsetDateTime published,
                           String body, List<String> paragraphs, String language) {
}
