package io.parley.extraction;

import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.Locale;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The one-pass word scans of {@link CommentSections} never say no where the lower-cased copy they replace holds a
 * word (they may say yes more often: the full checks follow).
 */
class CommentSectionsWordsTest {

    private static final List<String> CUES = List.of("comment", "respons", "repl", "discussion", "post", "thought");

    private static boolean byLowerCasedCopy(String text) {
        String lower = Texts.squash(new org.jsoup.nodes.TextNode(text).text()).toLowerCase(Locale.ROOT);
        return CUES.stream().anyMatch(lower::contains);
    }

    @Test
    void cueWordsAreFoundWhereverTheLowerCasedTextHoldsThem() {
        List<String> texts = List.of("12 Comments", "COMMENTS (4)", "Leave a Reply", "No responses yet", "Join the DISCUSSION",
                "3 thoughts on \u201cBridge\u201d", "Posted in News", "Com\u00adments (5)", "Dis\u200bcussion", "Share this story",
                "About us", "Kontakt", "\u0130nceleme", "com ment", "", "Read more");
        for (String t : texts) {
            if (byLowerCasedCopy(t)) {
                assertThat(CommentSections.mayHoldCueWord(t)).as(t).isTrue();
            }
        }
        assertThat(CommentSections.mayHoldCueWord("Share this story")).isFalse();
        assertThat(CommentSections.mayHoldCueWord("com ment")).isFalse();
        assertThat(CommentSections.mayHoldCueWord("Com\u00adments (5)")).isTrue();
        assertThat(CommentSections.mayHoldCueWord("12 COMMENTS")).isTrue();
    }

    @Test
    void asciiWordsIgnoreAsciiCaseAndLetNonAsciiLowerCasingThrough() {
        CommentSections.AsciiWords words = new CommentSections.AsciiWords("comment", "talkback", "post");
        assertThat(words.anyIn("comment-list")).isTrue();
        assertThat(words.anyIn("TalkBack")).isTrue();
        assertThat(words.anyIn("entry-POSTS")).isTrue();
        assertThat(words.anyIn("sidebar widget")).isFalse();
        assertThat(words.anyIn("commen")).isFalse();
        // the Kelvin sign lower-cases to 'k': "talkbac\u212a".toLowerCase(ROOT) holds "talkback"
        assertThat("talbac\u212a talkbac\u212a".toLowerCase(Locale.ROOT)).contains("talkback");
        assertThat(words.anyIn("talkbac\u212a")).isTrue();
        assertThat(words.anyIn("r\u00e9ponse")).isFalse();
    }
}
