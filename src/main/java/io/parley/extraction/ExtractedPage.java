package io.parley.extraction;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonPropertyOrder;

import java.util.List;

/**
 * One page split into article, comment tree (flat list with parent ids) and dropped boilerplate, with what the
 * extractor concluded about the comment section (never null from an extractor: a miss is always said).
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
@JsonPropertyOrder({"article", "commentSection", "comments", "boilerplate"})
public record ExtractedPage(ExtractedArticle article, List<ExtractedComment> comments, List<String> boilerplate,
                            CommentSection commentSection) {

    /** The same page without the dropped blocks (what API and CLI print unless asked for them). */
    public ExtractedPage withoutBoilerplate() {
        return new ExtractedPage(article, comments, null, commentSection);
    }
}
