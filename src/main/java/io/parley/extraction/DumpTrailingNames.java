package io.parley.extraction;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A name at the end of a text dump's header line, after its date, a separator and the comment's own number
 * ("Thu, 08/09/2012 - 14:32 | 2691789 Ann Lee", Drupal 6 themes print the permalink number between them). Only
 * with the separator: a date followed by bare words is as often the first words of the text.
 */
final class DumpTrailingNames {

    private DumpTrailingNames() {
    }

    private static final Pattern TAIL = Pattern.compile("^\\s*[|\\u2022\\u00b7]\\s*(?:#?\\d{1,10}\\s+)?(\\p{L}[\\p{L}\\p{N}_.' -]{0,38}[\\p{L}\\p{N}_])\\s*$");

    /** The name after the date ({@code after}: the header line's rest), or null. */
    static String of(String after) {
        Matcher m = TAIL.matcher(after);
        if (!m.matches()) {
            return null;
        }
        // ("| Unregistered CommenterAnn Lee": the commenter's kind glued before the name is no part of it)
        String name = DumpThreads.COMMENTER_KIND.matcher(m.group(1).strip()).replaceFirst("");
        int words = name.split("\\s+").length;
        String lower = name.toLowerCase(java.util.Locale.ROOT);
        if (words > 4 || DumpThreads.action(name) != null || lower.matches("(?:reply|permalink|link|report|quote|edit|flag)\\b.*")) {
            return null;
        }
        return name;
    }

    private static final Pattern AVATAR_ALT = Pattern.compile("(?i)^\\p{L}[\\p{L}\\p{N}_.' -]{0,38}['\u2019]s\\s+(?:user\\s+)?(?:picture|avatar|photo|profile picture)$");

    /** An avatar's alt text alone on its line ("Ann Lee's picture"): no words of the comment. */
    static boolean avatarAlt(String t) {
        return t.length() <= 60 && AVATAR_ALT.matcher(t).matches();
    }

    private static final Pattern SITE_TAIL = Pattern.compile("(?i)(?<=\\p{L})\\s+(?:https?://|www\\.)[^\\s|]+\\s*(?=$|[|\\u2022\\u00b7])");

    /** A header fragment without the website printed after the name ("Ann Lee http://annlee.net |" is "Ann Lee |"). */
    static String withoutSite(String s) {
        return s.indexOf("http") < 0 && s.indexOf("www.") < 0 ? s : SITE_TAIL.matcher(s).replaceFirst(" ");
    }

    /** Blog identity providers whose icon's alt text a comment's byline prints before the name. */
    private static final Pattern PROVIDER = Pattern.compile("^(\\s*(?:(?:posted|written|comment(?:ed)?)\\s+)?(?:by:?\\s+)?)(?:Blogger|OpenID|TypeKey|TypePad)\\s+(?=\\p{L})");

    /** A byline fragment without the provider's icon text before the name ("by Blogger Ann Lee" is "by Ann Lee"). */
    static String withoutProvider(String s) {
        return PROVIDER.matcher(s).replaceFirst("$1");
    }
}
