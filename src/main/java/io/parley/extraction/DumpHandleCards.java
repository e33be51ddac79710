package io.parley.extraction;

import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A federated user card as w3m prints it: the display name with the account's handle glued after it,
 * "Halima Oseihalimaosei@tube.example", "Gusgus@video.example" (PeerTube, Mastodon-likes, Lemmy). The handle is the
 * display name's letters again, so the split is where the part before the '@' ends with the name before it.
 */
final class DumpHandleCards {

    private DumpHandleCards() {
    }

    private static final Pattern CARD = Pattern.compile("^(\\S.*?)@[\\p{L}\\p{N}-]+(?:\\.[\\p{L}\\p{N}-]+)+$");

    /** The display name before a glued handle of the same letters, or null when the line is no such card. */
    static String displayName(String line) {
        Matcher m = CARD.matcher(line.strip());
        if (!m.matches()) {
            return null;
        }
        String before = m.group(1);
        for (int k = 2; k <= before.length() - 2; k++) {
            String shown = before.substring(0, k);
            String handle = before.substring(k);
            if (handle.indexOf(' ') < 0 && Character.isLetterOrDigit(handle.charAt(0)) && key(shown).equals(key(handle)) && !key(shown).isEmpty()) {
                return shown.strip();
            }
        }
        return null;
    }

    /** Letters and digits only, in lower case: "Halima Osei" and "halima_osei" are one name. */
    private static String key(String s) {
        return s.toLowerCase(Locale.ROOT).replaceAll("[^\\p{L}\\p{N}]", "");
    }
}
