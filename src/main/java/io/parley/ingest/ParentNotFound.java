package io.parley.ingest;

/** A comment names a parent that is neither in its batch nor stored under the same article. */
public final class ParentNotFound extends InvalidInput {
    public ParentNotFound(String field, String parentId) {
        super(field, "parent comment '" + parentId + "' does not exist under this article");
    }
}
