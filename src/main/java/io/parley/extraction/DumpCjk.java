package io.parley.extraction;

/**
 * Words in Chinese, Japanese and Korean text, which spaces do not split: "作为本地居民，河边步道本该用港口费来出钱。" is
 * two space-free runs but some dozen words. A dump line's body test counts them as about one word per two characters
 * and takes "。", "！" and "？" as a sentence's end.
 */
final class DumpCjk {

    private DumpCjk() {
    }

    /** The line's words: spaced words plus half its CJK characters (each run already counted once as a word). */
    static int words(String t) {
        int cjk = 0;
        for (int i = 0; i < t.length(); i++) {
            if (cjk(t.charAt(i))) {
                cjk++;
            }
        }
        return Texts.wordCount(t) + cjk / 2;
    }

    /** Whether the line ends as a CJK sentence does. */
    static boolean endsSentence(String t) {
        return t.matches(".*[\u3002\uff01\uff1f][\"\u201d\u300d')\uff09]?$");
    }

    private static final java.util.regex.Pattern SENTENCE = java.util.regex.Pattern.compile(
            "[\\p{IsHan}\\p{IsHiragana}\\p{IsKatakana}\\p{IsHangul}][^\\n\u3002\uff01\uff1f]{6,}[\u3002\uff01\uff1f]");

    /** Whether the text holds a CJK sentence: eight characters or more up to "。", "！" or "？". */
    static boolean hasSentence(CharSequence t) {
        return SENTENCE.matcher(t).find();
    }

    private static boolean cjk(char c) {
        return c >= '\u4e00' && c <= '\u9fff' || c >= '\u3040' && c <= '\u30ff' || c >= '\uac00' && c <= '\ud7af';
    }
}
