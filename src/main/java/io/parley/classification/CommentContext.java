package io.parley.classification;

import java.util.List;

/**
 * A comment with what it answers: the article it sits under, the comment it replies to, and the
 * targets its site asks about. Null article or parent text means there is none.
 *
 * @param ownQuotes text the commenter wrote elsewhere and pasted in (e.g. their replies copied from
 *                  another site): their words too, so they are scored for abuse, unlike what they quote
 *                  of others
 */
public record CommentContext(String text, String articleText, String articleLanguage, String parentText,
                             List<String> targets, List<String> ownQuotes) {

    public CommentContext {
        targets = targets == null ? List.of() : List.copyOf(targets);
        ownQuotes = ownQuotes == null ? List.of() : List.copyOf(ownQuotes);
    }

    public CommentContext(String text, String articleText, String articleLanguage, String parentText, List<String> targets) {
        this(text, articleText, articleLanguage, parentText, targets, List.of());
    }
}
