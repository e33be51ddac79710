package io.parley.ingest;

import java.util.List;

/** The result of a comment batch; every listed comment is committed. */
public record CommentsAccepted(String article, int received, int created, int duplicates, List<CommentRef> comments) {
}
