package io.parley.extraction;

import com.fasterxml.jackson.annotation.JsonInclude;

import java.util.List;

/** One page split into article, comment tree (flat list with parent ids) and dropped boilerplate. */
@JsonInclude(JsonInclude.Include.NON_NULL)
public record ExtractedPage(ExtractedArticle article, List<ExtractedComment> comments, List<String> boilerplate) {
}
