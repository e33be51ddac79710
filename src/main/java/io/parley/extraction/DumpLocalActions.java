package io.parley.extraction;

import java.util.Set;
import java.util.regex.Pattern;

/**
 * A comment's row of actions in another language: "Empfehlen (7) Antworten Melden" (German news forums), "20
 * recommandés Répondre Alerter" (French), "返信する" (Japanese blogs), "赞 37 回复", "回复引用" and "支持(37) 反对(0)"
 * (Chinese, where w3m prints the links with no space between them): words the dump reader's own English action words
 * do not cover.
 */
final class DumpLocalActions {

    private DumpLocalActions() {
    }

    static final Set<String> WORDS = Set.of("antworten", "antwort", "empfehlen", "melden", "teilen", "zitieren",
            "r\u00e9pondre", "alerter", "signaler", "recommander", "recommand\u00e9s", "recommand\u00e9", "partager", "citer",
            "responder", "denunciar", "rispondi", "segnala", "reageren", "beantwoorden",
            // (Turkish and Swedish: "\u015fikayet" / "engelle" under an entry, "svara" / "citera" / "anm\u00e4l")
            "\u015fikayet", "engelle", "yan\u0131tla", "svara", "citera", "anm\u00e4l",
            // (Indonesian and Malay news sites: "Balas" / "Laporkan" / "Bagikan" under a comment)
            "balas", "laporkan", "bagikan");

    /** CJK action words, each spaced out so that glued runs ("回复引用") read as separate words. */
    private static final Pattern CJK = Pattern.compile("返信する|返信|編集|通報|いいね！?|回复|引用|举报|支持|反对|赞|顶(?=[\\[(（])|踩|分享|답글|신고|공감|비공감");

    /** The line with its CJK action words spaced apart (unchanged where it has none). */
    static String spaced(String t) {
        return CJK.matcher(t).find() ? CJK.matcher(t).replaceAll(" $0 ").strip() : t;
    }

    /** Whether a word of an action row is one of these (CJK words included). */
    static boolean word(String w) {
        // ("顶", a Chinese portal's up-vote, spaced out only before its bracketed count, "顶[20]": glued to a count, "回复顶40",
        // it is the count's label in a row the dump reader leaves to the section check)
        return WORDS.contains(w) || CJK.matcher(w).matches() || w.equals("\u9876");
    }
}
