package io.parley.classification.abuse;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * What the evasion fold undoes and what it leaves alone: evaded spellings of abuse (issue 19's trial and the common
 * evasions of abuse filters) fold to the plain word with a map back to the original chars; ASCII, other scripts,
 * names with accents, CJK punctuation, emoji and math symbols are left as written. Sentences written for this test.
 */
class EvasionFoldTest {

    private static String folded(String text) {
        EvasionFold.Folded f = EvasionFold.fold(text);
        return f == null ? text : f.text();
    }

    @Test
    void fullwidthLettersAndTheirPunctuationFoldToAscii() {
        assertThat(folded("You are a ｓｔｕｐｉｄ ｉｄｉｏｔ．")).isEqualTo("You are a stupid idiot.");
        assertThat(folded("ＳＨＵＴ ＵＰ！")).isEqualTo("SHUT UP!");
    }

    @Test
    void mathematicalAndEnclosedLettersFoldAndSpansMapBackToTheOriginalChars() {
        String text = "you 𝐢𝐝𝐢𝐨𝐭, 𝓶𝓸𝓻𝓸𝓷 and ⓘⓓⓘⓞⓣ";
        EvasionFold.Folded f = EvasionFold.fold(text);
        assertThat(f.text()).isEqualTo("you idiot, moron and idiot");
        int at = f.text().indexOf("idiot");
        int[] r = f.original(at, at + 5);
        // each math letter is a surrogate pair: the folded word of 5 chars is 10 chars of the original
        assertThat(text.substring(r[0], r[1])).isEqualTo("𝐢𝐝𝐢𝐨𝐭");
        int m = f.text().indexOf("moron");
        int[] rm = f.original(m, m + 5);
        assertThat(text.substring(rm[0], rm[1])).isEqualTo("𝓶𝓸𝓻𝓸𝓷");
    }

    @Test
    void invisibleCharactersAndSoftHyphensInsideLatinWordsGo() {
        String text = "what an id\u200Biot, a mo\u00ADron and a stu\u200D\u2060pid man";
        EvasionFold.Folded f = EvasionFold.fold(text);
        assertThat(f.text()).isEqualTo("what an idiot, a moron and a stupid man");
        int at = f.text().indexOf("stupid");
        int[] r = f.original(at, at + 6);
        assertThat(text.substring(r[0], r[1])).isEqualTo("stu\u200D\u2060pid");
    }

    @Test
    void stackedMarksLeaveTheBareLetterAndOneAccentComposes() {
        assertThat(folded("i\u0301\u0308d\u0301\u0308i\u0301\u0308o\u0301\u0308t")).isEqualTo("idiot");
        // a name written decomposed keeps its accent, composed
        assertThat(folded("Jose\u0301 called")).isEqualTo("José called");
    }

    @Test
    void cyrillicAndGreekLookAlikesFoldOnlyInsideOtherwiseLatinWords() {
        // Cyrillic і (U+0456), ѕ (U+0455), о (U+043E); Greek ο (U+03BF)
        assertThat(folded("you \u0456d\u0456ot, \u0455tupid m\u03BFron")).isEqualTo("you idiot, stupid moron");
        String russian = "Москва — столица России, и там сегодня идёт снег.";
        assertThat(EvasionFold.fold(russian)).isNull();
        String greek = "Ο δήμαρχος πρέπει να εξηγήσει τον προϋπολογισμό.";
        assertThat(EvasionFold.fold(greek)).isNull();
        // a Cyrillic name beside its Latin spelling, a Greek letter in maths
        assertThat(EvasionFold.fold("Ivan Petrov (Иван Петров) won; the area is πr², α = 0.05")).isNull();
    }

    @Test
    void asciiAndCivilNonAsciiTextAreLeftAsWritten() {
        assertThat(EvasionFold.fold("You are a stupid idiot. Call me at 555-0100!")).isNull();
        for (String civil : new String[]{
                "José Martínez and Zoë Kravitz spoke at the café on Saturday.",
                "東京の天気は晴れです（とても暖かい）。",
                "这篇文章写得很好，谢谢！",
                "My family 👨\u200D👩\u200D👧 loved it ❤️ 🎉",
                "If x ≥ 3 and y ≤ 2 then x − y ≥ 1; ∑ of n is n(n+1)/2.",
                "میخواهم\u200Cبروم",  // Persian: the zero-width non-joiner is part of the spelling
                "Naïve readers, the résumé, Dvořák and Søren."}) {
            assertThat(EvasionFold.fold(civil)).as(civil).isNull();
        }
    }
}
