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

    /** Columns from which a dump line was likelier wrapped by w3m (80 wide) than broken in the page. */
    static final int WRAP_WIDTH = 70;

    /** The line's width in columns: CJK characters and full-width forms take two. */
    static int width(String t) {
        int w = 0;
        for (int i = 0; i < t.length(); i++) {
            char c = t.charAt(i);
            w += cjk(c) || c >= '\u3000' && c <= '\u303f' || c >= '\uff00' && c <= '\uffef' ? 2 : 1;
        }
        return w;
    }

    /**
     * Whether a line break between these two characters fell inside CJK text (no space stood there), a number in it
     * included.
     */
    static boolean wrapped(char before, char after) {
        if (cjk(before) && after >= '0' && after <= '9' || before >= '0' && before <= '9' && cjk(after)) {
            return true; // (a number inside CJK text stands without spaces: "2008年から14番区画" broken before "14")
        }
        return (cjk(before) || before >= '\u3000' && before <= '\u303f' || before >= '\uff00' && before <= '\uffef')
                && (cjk(after) || after >= '\u3000' && after <= '\u303f' || after >= '\uff00' && after <= '\uffef');
    }

    private static boolean cjk(char c) {
        return c >= '\u4e00' && c <= '\u9fff' || c >= '\u3040' && c <= '\u30ff' || c >= '\uac00' && c <= '\ud7af';
    }
}
