package io.parley.moderation;

/**
 * What the trust rules know of a comment's author on its site when the comment arrives, read for a whole batch in one
 * query ({@link Authors#standings}).
 *
 * @param anonymous      no author at all
 * @param verified       the site sent its own author id (not only a display name)
 * @param earlier        the author's comments on the site before this one
 * @param published      of those, published
 * @param recentRejected of those, rejected within the site's window of recent rejections
 * @param markedTrusted  the owner marked the author trusted
 * @param suspension     hold or reject when the owner suspended the author, else null
 */
public record AuthorStanding(boolean anonymous, boolean verified, int earlier, int published, int recentRejected,
                             boolean markedTrusted, String suspension) {

    /** Only whether it is the author's first comment, as callers without the author's history know it. */
    public static AuthorStanding first(boolean first) {
        return new AuthorStanding(false, false, first ? 0 : 1, 0, 0, false, null);
    }
}
