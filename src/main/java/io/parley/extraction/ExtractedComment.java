package io.parley.extraction;

import java.util.List;

/**
 * One reader comment.
 *
 * @param id       the source's id, or a stable generated one (same page, same id)
 * @param parentId id of the comment it replies to, null for top level
 * @param postedAt ISO-8601 if found
 * @param likes    like count if shown
 * @param text     the commenter's own words, without the parts they quote
 * @param quotes   what the comment quotes, linked to an article paragraph or a comment where found
 * @param depth    0 for top level
 * @param header   the comment's meta line as the page shows it ("October 11, 2012 | Eve", "Reply"), kept apart
 *                 from the text; null where the reader found none
 */
public record ExtractedComment(String id, String parentId, String author, String postedAt, Integer likes,
                               String text, List<Quote> quotes, int depth,
                               @com.fasterxml.jackson.annotation.JsonInclude(com.fasterxml.jackson.annotation.JsonInclude.Include.NON_NULL)
                               String header) {

    public ExtractedComment(String id, String parentId, String author, String postedAt, Integer likes, String text,
                            List<Quote> quotes, int depth) {
        this(id, parentId, author, postedAt, likes, text, quotes, depth, null);
    }
}
