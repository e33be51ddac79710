package io.parley.extraction;

import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Random;
import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;

/** The one-pass squasher and the ASCII short cuts must agree with the plain definitions they replace. */
class TextsTest {

    @Test
    void shortCutsAgreeWithTheJdkOnEveryChar() {
        for (int i = 0; i <= Character.MAX_VALUE; i++) {
            char c = (char) i;
            boolean space = c == ' ' || c == '\n' || c == '\t' || c == '\r' || c == '\u00a0' || c == '\u2007' || c == '\u202f'
                    || c == '\u200b' || c == '\f' || c > 127 && Character.isWhitespace(c);
            assertThat(Texts.space(c)).as("space U+%04X", i).isEqualTo(space);
            assertThat(Texts.letterOrDigit(c)).as("letter or digit U+%04X", i).isEqualTo(Character.isLetterOrDigit(c));
        }
    }

    @Test
    void squasherGivesTheSquashedTextAndItsWordCount() throws IOException {
        Texts.Squasher squasher = new Texts.Squasher(4);
        Random random = new Random(3);
        String pieces = "ab Z9 \n\t\r\f\u00a0\u2007\u202f\u200b\u3000\u2028\u1680\u0085 é ß Ω ж 漢 \ud83d\ude00 .,-";
        for (int t = 0; t < 3000; t++) {
            StringBuilder b = new StringBuilder();
            for (int i = 0, n = random.nextInt(t < 100 ? 8 : 400); i < n; i++) {
                b.append(pieces.charAt(random.nextInt(pieces.length())));
            }
            assertSquashed(squasher, b.toString());
            assertSquashed(squasher, b);
        }
        try (Stream<Path> seeds = Files.list(Path.of("training-data/seeds"))) {
            for (Path seed : seeds.toList()) {
                assertSquashed(squasher, Files.readString(seed));
            }
        }
    }

    @Test
    void decodeKeepsValidUtf8AndSendsAnythingElseDownTheStrictPath() {
        Random random = new Random(5);
        for (int t = 0; t < 500; t++) {
            StringBuilder b = new StringBuilder();
            for (int i = 0, n = random.nextInt(200); i < n; i++) {
                int cp = random.nextInt(4) == 0 ? random.nextInt(0x10FFFF) : random.nextInt(0x3000);
                if (!Character.isSurrogate((char) cp) || cp > 0xFFFF) {
                    b.appendCodePoint(cp);
                }
            }
            String s = b.toString();
            assertThat(PageExtractors.decode(s.getBytes(java.nio.charset.StandardCharsets.UTF_8))).isEqualTo(s);
        }
        // A real U+FFFD in valid UTF-8 stays; malformed UTF-8 falls back to the declared charset, else windows-1252.
        assertThat(PageExtractors.decode(new byte[]{'a', (byte) 0xEF, (byte) 0xBF, (byte) 0xBD})).isEqualTo("a\ufffd");
        assertThat(PageExtractors.decode(new byte[]{'c', 'a', 'f', (byte) 0xE9, ' ', (byte) 0x80})).isEqualTo("caf\u00e9 \u20ac");
        byte[] koi8 = "<meta charset=koi8-r>\u043f\u0440\u0438".getBytes(java.nio.charset.Charset.forName("KOI8-R"));
        assertThat(PageExtractors.decode(koi8)).isEqualTo("<meta charset=koi8-r>\u043f\u0440\u0438");
    }

    private static void assertSquashed(Texts.Squasher squasher, CharSequence s) {
        String expected = reference(s.toString());
        assertThat(squasher.squash(s)).isEqualTo(expected);
        assertThat(squasher.words()).isEqualTo(Texts.wordCount(expected));
        assertThat(Texts.squash(s.toString())).isEqualTo(expected);
    }

    /** Squash as first written: a StringBuilder over String.charAt. */
    private static String reference(String s) {
        StringBuilder b = new StringBuilder(s.length());
        boolean space = false;
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            if (c == ' ' || c == '\n' || c == '\t' || c == '\r' || c == '\u00a0' || c == '\u2007' || c == '\u202f'
                    || c == '\u200b' || c == '\f' || c > 127 && Character.isWhitespace(c)) {
                space = b.length() > 0;
            } else {
                if (space) {
                    b.append(' ');
                    space = false;
                }
                b.append(c);
            }
        }
        return b.toString();
    }
}
