package io.parley.classification;

import java.util.List;

/**
 * A comment with what it answers: the article it sits under, the comment it replies to, and the
 * targets its site asks about. Null article or parent text means there is none.
 */
public record CommentContext(String text, String articleText, String articleLanguage, String parentText,
                             List<String> targets) {
}
