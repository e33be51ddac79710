package io.parley.classification.text;

import opennlp.tools.langdetect.Language;
import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Random;
import java.util.Set;
import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * {@link OpenNlp#language} uses the compiled detector; it must give OpenNLP's language with OpenNLP's
 * confidence, bit for bit, whatever the text: real prose, other scripts, emoji, URLs, odd case mappings.
 */
class CompiledLanguageDetectorTest {

    @Test
    void compiledDetectorIsInUse() {
        assertThat(OpenNlp.languageCompiled()).isTrue();
    }

    @Test
    void tablesWrittenAndReadBackPredictTheSameAndATornFileIsRefused() throws IOException {
        opennlp.tools.langdetect.LanguageDetectorModel model;
        try (var in = getClass().getClassLoader().getResourceAsStream("langdetect-183.bin")) {
            model = new opennlp.tools.langdetect.LanguageDetectorModel(in);
        }
        CompiledLanguageDetector compiled = CompiledLanguageDetector.of(model);
        Path file = Path.of("target/test-cache/langdetect-test.bin");
        compiled.write(file);
        CompiledLanguageDetector read = CompiledLanguageDetector.read(file);
        for (String t : List.of("The council voted on Tuesday to fund a new bridge.", "Der Rat stimmte am Dienstag zu.",
                "Совет проголосовал во вторник.", "x", "\ud83d\ude00 http://example.com #tag 12345")) {
            Language a = compiled.predict(t);
            Language b = read.predict(t);
            assertThat(b.getLang()).isEqualTo(a.getLang());
            assertThat(b.getConfidence()).isEqualTo(a.getConfidence());
        }
        byte[] bytes = Files.readAllBytes(file);
        Files.write(file, java.util.Arrays.copyOf(bytes, bytes.length - 100));
        assertThat(CompiledLanguageDetector.read(file)).isNull();
        bytes[bytes.length / 2] ^= 1;
        Files.write(file, bytes);
        assertThat(CompiledLanguageDetector.read(file)).isNull();
    }

    @Test
    void sameLanguageAndConfidenceAsOpenNlpOnSeedText() throws IOException {
        List<String> texts = new ArrayList<>();
        try (Stream<Path> seeds = Files.list(Path.of("training-data/seeds"))) {
            for (Path seed : seeds.sorted().toList()) {
                String s = Files.readString(seed);
                // Windows of the sizes extraction uses (up to 600 characters), from every part of the page.
                for (int start = 0; start < s.length(); start += 53) {
                    texts.add(s.substring(start, Math.min(s.length(), start + 20 + start % 581)));
                }
            }
        }
        assertThat(texts).hasSizeGreaterThan(300);
        assertSameAsOpenNlp(texts);
    }

    @Test
    void sameLanguageAndConfidenceAsOpenNlpOnMixedScriptsAndOddCharacters() {
        List<String> texts = new ArrayList<>(List.of("", " ", "a", "12345", "İstanbul'da BÜYÜK İŞ", "ΟΔΥΣΣΕΥΣ και ο Σίσυφος",
                "Straße GROSSE", "Москва — столица России", "東京は日本の首都です", "مرحبا بالعالم",
                "visit https://example.com/a?b=1 or mail me@example.org #tag @user rt: lol :-) hahaha jajaja",
                "so goooood!!!   spaces", "emoji \ud83d\ude00\ud83d\ude00 end", "lone \ud800 surrogate \udc00 here",
                "\ud801\udc00\ud801\udc01 Deseret capitals", "ǅungla ǈ ǋ ẞ Ω K Å"));
        String alphabet = "abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ äöüßéèêçñøåæœ İıŞşĞğ ΑαΣσς БбЖж ひらがな 漢字 \ud83d\ude00 0123456789 .,;:!?'\"-";
        int[] cps = alphabet.codePoints().toArray();
        Random random = new Random(11);
        for (int t = 0; t < 400; t++) {
            StringBuilder b = new StringBuilder();
            for (int i = 0, n = random.nextInt(300); i < n; i++) {
                b.appendCodePoint(cps[random.nextInt(cps.length)]);
            }
            texts.add(b.toString());
        }
        assertSameAsOpenNlp(texts);
    }

    /**
     * The int tables sum in the hash maps' order without the maps; a text whose n-grams crowd one bin goes through the
     * maps. Both ways give OpenNLP's figures, and the maps are the exception.
     */
    @Test
    void summingInTheMapsOrderWithoutTheMapsGivesTheSameFiguresAndTheMapsAreRare() throws IOException {
        CompiledLanguageDetector compiled = OpenNlp.compiledLanguageDetector();
        List<String> texts = new ArrayList<>();
        try (Stream<Path> seeds = Files.list(Path.of("training-data/seeds"))) {
            for (Path seed : seeds.sorted().toList()) {
                String s = Files.readString(seed);
                for (int start = 0; start < s.length(); start += 211) {
                    texts.add(s.substring(start, Math.min(s.length(), start + 40 + start % 2000)));
                }
            }
        }
        // one short n-gram repeated: a few distinct grams, in few bins
        texts.add("aaaa aaaa aaaa aaaa");
        long before = compiled.summedThroughHashMaps();
        for (String text : texts) {
            Language fast = compiled.predict(text);
            Language maps = compiled.predict(text, true);
            assertThat(fast.getLang()).as("language of %s", text).isEqualTo(maps.getLang());
            assertThat(fast.getConfidence()).as("confidence for %s", text).isEqualTo(maps.getConfidence());
        }
        long viaMaps = compiled.summedThroughHashMaps() - before - texts.size();
        assertThat(viaMaps).as("texts the tables could not order, of %d", texts.size()).isLessThan(texts.size() / 20 + 1);
    }

    static void assertSameAsOpenNlp(List<String> texts) {
        Set<String> languages = new HashSet<>();
        for (String text : texts) {
            Language fast = OpenNlp.language(text);
            Language reference = OpenNlp.languageByOpenNlp(text);
            assertThat(fast.getLang()).as("language of %s", text).isEqualTo(reference.getLang());
            assertThat(fast.getConfidence()).as("confidence for %s", text).isEqualTo(reference.getConfidence());
            languages.add(fast.getLang());
        }
        assertThat(languages).hasSizeGreaterThan(1);
    }
}
