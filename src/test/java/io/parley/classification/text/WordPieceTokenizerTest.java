package io.parley.classification.text;

import ai.djl.huggingface.tokenizers.HuggingFaceTokenizer;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Parley's WordPiece tokenizer gives the HuggingFace (Rust) tokenizer's ids for e5-small-v2's tokenizer.json, run
 * through DJL as the reference: on hard cases (accents, CJK, emoji, zero-width and no-break spaces, long words,
 * punctuation runs, Greek final sigma, Turkish dotted I) and on every line of the seed pages; with {@code -Peval} on
 * every line of the shared abuse and stance data.
 */
class WordPieceTokenizerTest {

    private static WordPieceTokenizer ours;
    private static HuggingFaceTokenizer reference;

    @BeforeAll
    static void load() throws IOException {
        try (InputStream in = resource()) {
            ours = WordPieceTokenizer.fromTokenizerJson(in);
        }
        try (InputStream in = resource()) {
            reference = HuggingFaceTokenizer.newInstance(in, Map.of("addSpecialTokens", "false", "truncation", "false",
                    "padding", "false"));
        }
    }

    private static InputStream resource() {
        return WordPieceTokenizerTest.class.getClassLoader().getResourceAsStream(EncoderSpec.E5_SMALL_V2_Q.tokenizer());
    }

    @AfterAll
    static void close() {
        reference.close();
    }

    @Test
    void sameIdsAsHuggingFaceOnHardCases() {
        List<String> texts = List.of("", "   ", "Hello, World!", "You are an IDIOT!!!1!", "naïve café résumé Ærøskøbing",
                "Straße ΣΊΣΥΦΟΣ σοφός İstanbul", "日本語のテキストと中文", "emoji 😡🤬👍🏽 and ❤️ hearts", "zero\u200Bwidth\u200Djoin",
                "no\u00A0break\u202Fspaces\u3000ideographic", "tab\tnew\nline\r\ncarriage", "control\u0007bell\u0000nul\uFFFD",
                "a".repeat(99), "b".repeat(100), "c".repeat(101), "supercalifragilisticexpialidocious antidisestablishmentarianism",
                "$100 <b>bold</b> a+b=c ~tilde~ `code` |pipe| ^caret^ @user #hashtag", "l33t sp34k f*ck sh!t a$$hole",
                "«quotes» „German“ ‘single’ — dash – en … ellipsis", "query: https://t.co/AbC123?x=1&y=2",
                "Ｆｕｌｌｗｉｄｔｈ ｌｅｔｔｅｒｓ", "ﬁ ligature ① circled ™ trade", "Здравствуйте, как дела?", "مرحبا بالعالم");
        for (String t : texts) {
            assertThat(ours.tokenize(t)).as(t).containsExactly(expected(t));
        }
    }

    @Test
    void sameIdsAsHuggingFaceOnEverySeedLine() throws IOException {
        assertSameOnLinesOf(Path.of("training-data/seeds"));
    }

    @Test
    @Tag("eval")
    void sameIdsAsHuggingFaceOnEveryLineOfTheSharedData() throws IOException {
        int lines = assertSameOnLinesOf(Path.of("../shared/data/abuse")) + assertSameOnLinesOf(Path.of("../shared/data/stance"));
        assertThat(lines).isGreaterThan(100_000);
    }

    private static int assertSameOnLinesOf(Path dir) throws IOException {
        List<Path> files;
        try (Stream<Path> s = Files.walk(dir)) {
            files = s.filter(Files::isRegularFile).sorted().toList();
        }
        int n = 0;
        List<String> mismatches = new ArrayList<>();
        for (Path f : files) {
            for (String line : new String(Files.readAllBytes(f), StandardCharsets.UTF_8).split("\n")) {
                n++;
                if (!Arrays.equals(ours.tokenize(line), expected(line)) && mismatches.size() < 5) {
                    mismatches.add(f.getFileName() + ": " + line);
                }
            }
        }
        assertThat(mismatches).as("lines tokenized differently, of " + n).isEmpty();
        return n;
    }

    private static int[] expected(String text) {
        return Arrays.stream(reference.encode(text, false, false).getIds()).mapToInt(Math::toIntExact).toArray();
    }
}
