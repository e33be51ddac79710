package io.parley.ingest;

import com.fasterxml.jackson.annotation.JsonInclude;

import java.util.List;

/**
 * The result of a comment batch; every listed comment is committed. {@code edited} counts the duplicates sent with
 * another text than the stored one, which were not stored (first write wins) and are named in {@code warnings}.
 */
public record CommentsAccepted(String article, int received, int created, int duplicates, int edited,
                               List<CommentRef> comments,
                               @JsonInclude(JsonInclude.Include.NON_EMPTY) List<String> warnings) {
}
