package io.parley.classification;

import io.parley.classification.stance.TargetSides;

import java.util.List;
import java.util.Map;

/**
 * A comment with what it answers: the article it sits under, the comment it replies to, and the
 * targets its site asks about. Null article or parent text means there is none.
 *
 * @param ownQuotes text the commenter wrote elsewhere and pasted in (e.g. their replies copied from
 *                  another site): their words too, so they are scored for abuse, unlike what they quote
 *                  of others
 * @param targetSides per target the site owner's sentences for each side ({@link TargetSides}), possibly empty
 */
public record CommentContext(String text, String articleText, String articleLanguage, String parentText,
                             List<String> targets, List<String> ownQuotes, Map<String, TargetSides> targetSides) {

    public CommentContext {
        targets = targets == null ? List.of() : List.copyOf(targets);
        ownQuotes = ownQuotes == null ? List.of() : List.copyOf(ownQuotes);
        targetSides = targetSides == null ? Map.of() : Map.copyOf(targetSides);
    }

    public CommentContext(String text, String articleText, String articleLanguage, String parentText,
                          List<String> targets, List<String> ownQuotes) {
        this(text, articleText, articleLanguage, parentText, targets, ownQuotes, Map.of());
    }

    public CommentContext(String text, String articleText, String articleLanguage, String parentText, List<String> targets) {
        this(text, articleText, articleLanguage, parentText, targets, List.of());
    }
}
