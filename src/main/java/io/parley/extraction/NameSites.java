package io.parley.extraction;

import java.util.regex.Pattern;

/**
 * A commenter's web address printed as text beside the name ("http://twitter.com/jyarmis Jonathan L. Yarmis" in
 * Disqus's server-side {@code cite}, "http://www.bohnetlaw.com rightappeal" over a dump's list item): the address is
 * where the name links, not part of it.
 */
final class NameSites {

    private NameSites() {
    }

    private static final Pattern SITE = Pattern.compile("(?i)(?:^|\\s)(?:https?://|www\\.)\\S+(?=\\s|$)");

    /** The name without the addresses printed beside it; the text as it was when nothing else is left. */
    static String without(String name) {
        if (name == null || name.indexOf("http") < 0 && name.indexOf("www.") < 0) {
            return name;
        }
        String n = SITE.matcher(name).replaceAll(" ").strip().replaceAll("\\s{2,}", " ");
        return n.isEmpty() ? name : n;
    }
}
