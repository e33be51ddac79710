package io.parley.extraction;

/**
 * Text a comment quotes.
 *
 * @param text             the quoted text
 * @param articleParagraph index of the article paragraph it quotes, or null
 * @param commentId        id of the comment it quotes, or null
 */
public record Quote(String text, Integer articleParagraph, String commentId) {
}
