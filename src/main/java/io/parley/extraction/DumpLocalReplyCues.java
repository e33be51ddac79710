package io.parley.extraction;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A reply cue line in another language, naming the parent's author: "Antwort auf Jutta Brenner" (German news forums),
 * "en réponse au commentaire de Sylvie Marchand le 26/11/2026 à 14:56" (French news sites), "in risposta a X", "en
 * respuesta a X", "als antwoord op X": rewritten as the English "in reply to X" the dump reader knows, the answered
 * post's date dropped.
 */
final class DumpLocalReplyCues {

    private DumpLocalReplyCues() {
    }

    private static final Pattern LOCAL = Pattern.compile("(?iu)^(?:(?:als\\s+)?antwort\\s+auf|en\\s+r\u00e9ponse\\s+(?:(?:au|\u00e0\\s+un)\\s+(?:commentaire|message)\\s+)?(?:de|\u00e0|d')"
            + "|in\\s+risposta\\s+a|en\\s+respuesta\\s+a|em\\s+resposta\\s+a|als\\s+antwoord\\s+op)\\s+@?(\\S.{0,39}?)"
            + "(?:\\s+(?:le|am|vom|del|du|op|on)\\s+\\d.{0,40})?[:.]?$");

    /** The line as "in reply to X" when it is such a cue in another language; else the line. */
    static String english(String line) {
        if (line.length() > 120) {
            return line;
        }
        Matcher m = LOCAL.matcher(line);
        return m.matches() ? "in reply to " + m.group(1) : line;
    }
}
