package io.parley.extraction;

import com.fasterxml.jackson.annotation.JsonInclude;

/**
 * Text a comment quotes: a piece of the article, an earlier comment, or a comment copied from elsewhere
 * (an embedded exchange, which keeps its own author and reply links so stance can be judged per voice).
 *
 * @param text             the quoted text
 * @param articleParagraph index of the article paragraph it quotes, or null
 * @param commentId        id of the comment on this page it quotes, or null
 * @param id               id of the quoted piece when it is itself a comment copied from elsewhere, or null
 * @param author           who wrote the quoted piece, where the comment says so, or null
 * @param byCommenter      true when the commenter quotes their own earlier words (e.g. "I replied to X:")
 * @param replyTo          id of the quoted piece this one answers, or null
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
public record Quote(String text, Integer articleParagraph, String commentId, String id, String author,
                    Boolean byCommenter, String replyTo) {

    /** A quote of the article or of a comment on the same page. */
    public Quote(String text, Integer articleParagraph, String commentId) {
        this(text, articleParagraph, commentId, null, null, null, null);
    }
}
