package io.parley.classification.text;

import opennlp.tools.util.Span;
import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * {@link OpenNlp#tokenSpans} memoises the maximum-entropy tokenizer's cuts per whitespace-separated word; it must give
 * OpenNLP's own spans, span for span, whatever the text, and the same again when every word is already in the memo.
 */
class MemoisedTokenizerTest {

    @Test
    void sameSpansAsOpenNlpOnSeedText() throws IOException {
        List<String> texts = new ArrayList<>();
        try (Stream<Path> seeds = Files.list(Path.of("training-data/seeds"))) {
            for (Path seed : seeds.sorted().toList()) {
                String s = Files.readString(seed);
                for (int start = 0; start < s.length(); start += 97) {
                    texts.add(s.substring(start, Math.min(s.length(), start + 20 + start % 700)));
                }
            }
        }
        assertThat(texts).hasSizeGreaterThan(200);
        assertSameAsOpenNlp(texts);
    }

    @Test
    void sameSpansAsOpenNlpOnPunctuationContractionsAndOddWhitespace() {
        List<String> texts = new ArrayList<>(List.of("", " ", "a", "I", "don't you're it's", "U.S. Mr. Smith's e.g. etc.",
                "(quoted) \"so-called\" -- 'yes'...", "line one\nline two\r\n\ttabbed\u00a0nbsp\u2009thin\u3000wide",
                "visit https://example.com/a?b=1 or mail me@example.org #tag @user :-) !!!??",
                "emoji \ud83d\ude00\ud83d\ude00end", "$100,000.50 3:45pm 1990s 2nd", "can'tcan't'nt ''''"));
        String alphabet = "abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ äöüéç ΑαΣσ Бб 0123456789 .,;:!?'\"-()$%@#/\u2019\n\t\u00a0";
        int[] cps = alphabet.codePoints().toArray();
        Random random = new Random(7);
        for (int t = 0; t < 500; t++) {
            StringBuilder b = new StringBuilder();
            for (int i = 0, n = random.nextInt(200); i < n; i++) {
                b.appendCodePoint(cps[random.nextInt(cps.length)]);
            }
            texts.add(b.toString());
        }
        assertSameAsOpenNlp(texts);
    }

    static void assertSameAsOpenNlp(List<String> texts) {
        int cut = 0;
        for (int pass = 0; pass < 2; pass++) { // the second pass reads every word from the memo
            for (String text : texts) {
                Span[] reference = OpenNlp.tokenSpansByOpenNlp(text);
                assertThat(OpenNlp.tokenSpans(text)).as("spans of %s", text).containsExactly(reference);
                assertThat(OpenNlp.tokens(text)).as("tokens of %s", text).containsExactly(Span.spansToStrings(reference, text));
                for (Span s : reference) {
                    if (s.getStart() > 0 && !Character.isWhitespace(text.charAt(s.getStart() - 1))) {
                        cut++;
                    }
                }
            }
        }
        assertThat(cut).as("words the model cut inside").isGreaterThan(100);
    }
}
