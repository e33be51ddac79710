package io.parley.classification;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/** Which language a comment is taken to be in, and so whether its scores count (OpenNLP's real detector). */
class CommentLanguageTest {

    @Test
    void aShortEnglishInsultWithoutAnArticleLanguageIsScoredNotHeldAsAForeignLanguage() {
        String text = "You are an idiot.";
        // the detector's own guess for this text is not English: that is why it must not decide alone
        assertThat(io.parley.classification.text.OpenNlp.language(text).getLang()).isNotEqualTo("eng");
        String language = ModelCommentClassifier.language(text, null);
        assertThat(language).isEqualTo(ModelCommentClassifier.UNDETERMINED);
        assertThat(ModelCommentClassifier.supported(language)).isTrue();
    }

    @Test
    void aShortCommentTakesTheArticlesLanguage() {
        assertThat(ModelCommentClassifier.language("You are an idiot.", "en")).isEqualTo("eng");
        assertThat(ModelCommentClassifier.language("Danke!", "de")).isEqualTo("deu");
        assertThat(ModelCommentClassifier.supported("deu")).isFalse();
    }

    @Test
    void withoutAnArticleLanguageALongCommentKeepsTheDetectorsGuess() {
        String german = "Die Verhandlungen in Genf haben gezeigt, dass beide Seiten weit voneinander entfernt sind "
                + "und dass eine Einigung über die Sicherheitsgarantien in Europa noch lange dauern wird.";
        assertThat(ModelCommentClassifier.language(german, null)).isEqualTo("deu");
        assertThat(ModelCommentClassifier.supported("deu")).isFalse();
        String english = "The talks in Geneva showed that both sides are far apart and that an agreement on security "
                + "guarantees in Europe will take a long time.";
        assertThat(ModelCommentClassifier.language(english, null)).isEqualTo("eng");
        assertThat(ModelCommentClassifier.supported("eng")).isTrue();
    }
}
