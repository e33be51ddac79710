package io.parley.ingest;

import java.time.OffsetDateTime;
import java.util.List;

public record ArticleView(long id, String externalId, String url, String title, String byline, OffsetDateTime published,
                          List<String> paragraphs, String language, int comments, OffsetDateTime createdAt,
                          @com.fasterxml.jackson.annotation.JsonInclude(com.fasterxml.jackson.annotation.JsonInclude.Include.NON_NULL)
                          io.parley.extraction.CommentSection commentSection) {
}
