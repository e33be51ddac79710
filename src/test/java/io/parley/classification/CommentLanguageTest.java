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
        assertThat(language).isEqualTo("eng");
        assertThat(ModelCommentClassifier.supported(language)).isTrue();
    }

    @Test
    void aShortTextWithNoEnglishWordsAndNoArticleLanguageIsUndeterminedAndStillScored() {
        String language = ModelCommentClassifier.language("Danke schön, Herr Müller!", null);
        assertThat(language).isEqualTo(ModelCommentClassifier.UNDETERMINED);
        assertThat(ModelCommentClassifier.supported(language)).isTrue();
    }

    @Test
    void englishTheDetectorCallsAnotherLanguageIsEnglishByItsFunctionWords() {
        // a real case: a civil comment the detector reads as Latin, which a new site would hold unread
        String text = "This administration is incompetent and the numbers prove it.";
        assertThat(io.parley.classification.text.OpenNlp.language(text).getLang()).isNotEqualTo("eng");
        assertThat(ModelCommentClassifier.language(text, null)).isEqualTo("eng");
        assertThat(ModelCommentClassifier.language("It\u2019s not what they said, and you know it.", null)).isEqualTo("eng");
    }

    @Test
    void aLinkIsNoLanguage() {
        String language = ModelCommentClassifier.language(
                "http://i1095.photobucket.com/albums/i475/westexas/GNE-CNI_total-debt_PS1.png", null);
        assertThat(language).isEqualTo(ModelCommentClassifier.UNDETERMINED);
        assertThat(ModelCommentClassifier.language("Racja, przyjemnej podróży i do zobaczenia wkrótce w Krakowie – "
                + "http://oryginalnezegarki.pl", null)).isEqualTo("pol");
    }

    @Test
    void otherLanguagesAreNotTakenForEnglish() {
        String french = "Les négociations de Genève ont montré que les deux parties sont encore très éloignées "
                + "et qu'un accord sur les garanties de sécurité prendra du temps.";
        String spanish = "Las negociaciones en Ginebra mostraron que las dos partes están muy lejos y que un acuerdo "
                + "sobre las garantías de seguridad en Europa tardará mucho.";
        String dutch = "De onderhandelingen in Genève hebben laten zien dat beide partijen het nog lang niet eens zijn "
                + "en dat een akkoord over veiligheid in Europa nog lang zal duren.";
        assertThat(io.parley.classification.text.OpenNlp.plainlyEnglish(french)).isFalse();
        assertThat(io.parley.classification.text.OpenNlp.plainlyEnglish(spanish)).isFalse();
        assertThat(io.parley.classification.text.OpenNlp.plainlyEnglish(dutch)).isFalse();
        assertThat(ModelCommentClassifier.language(french, null)).isEqualTo("fra");
        assertThat(ModelCommentClassifier.language(spanish, null)).isEqualTo("spa");
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
