package io.parley.ingest;

import com.fasterxml.jackson.annotation.JsonInclude;
import io.parley.extraction.CommentSection;

import java.util.List;

/**
 * A page extracted and stored: its article, the comment batch, what extraction concluded about the comment
 * section, and warnings the caller should act on (a section seen but not read is one).
 */
public record PageIngested(ArticleRef article, CommentsAccepted comments,
                           @JsonInclude(JsonInclude.Include.NON_NULL) CommentSection commentSection,
                           @JsonInclude(JsonInclude.Include.NON_EMPTY) List<String> warnings) {

    /** Structured ingest: the caller sent the comments, there is nothing to judge. */
    public PageIngested(ArticleRef article, CommentsAccepted comments) {
        this(article, comments, null, List.of());
    }
}
