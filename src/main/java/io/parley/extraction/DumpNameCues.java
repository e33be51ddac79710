package io.parley.extraction;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * Whether the names typed at the head of comments on a flat text dump ("@ann Thanks …", "Ann Lee, I agree …",
 * "Ann: …") say who replies to whom. Where a comment system prints the name of the comment replied to (a mention
 * link, Jira, Flarum, Gitalk, Fark-style heads) most replies carry one, a good share of the thread's comments; where
 * readers of a flat list address each other, a few comments among many open with a name and the list stays flat
 * (the markup nests nothing, so no one reads them as replies). A wrong parent costs more than none: under a share of
 * {@value #SHARE} the typed names are left out and the comments stay top level. Names the system prints on a line of
 * their own ("In reply to Ann", "Replying to @ann") are no typed names and count toward the share.
 */
final class DumpNameCues {

    /** The least share of a flat dump's comments that name a comment answered for typed names to count. */
    static final double SHARE = 0.3;

    private DumpNameCues() {
    }

    /**
     * @param cued    comments that name an earlier commenter, typed or printed
     * @param records comments with text
     */
    static boolean trusted(int cued, int records) {
        return cued >= 2 && cued >= SHARE * records;
    }

    /** Earlier commenters' names as a name cue is matched against them. */
    static final class Seen {
        private final Set<String> keys = new HashSet<>();
        private final Set<String> firsts = new HashSet<>();
        private final List<String> printed = new ArrayList<>();

        void add(String author) {
            if (author == null) {
                return;
            }
            keys.add(key(author));
            int sp = author.indexOf(' ');
            if (sp > 0) {
                firsts.add(key(author.substring(0, sp)));
            }
            printed.add(author);
        }

        /** The name (or a run of its first words, or a first name alone) is an earlier commenter's. */
        boolean names(String name) {
            String[] words = name.strip().split(" ");
            for (int k = words.length; k > 0; k--) {
                if (keys.contains(key(String.join(" ", java.util.Arrays.copyOf(words, k))))) {
                    return true;
                }
            }
            return words.length == 1 && words[0].length() >= 3 && firsts.contains(key(words[0]));
        }

        /**
         * The text opens with an earlier commenter's name as printed, not the comment's own author, then a comma, a
         * colon or a capital ("Ann Lee, I agree", "Ann: …", "Ann Lee Thanks").
         */
        boolean opensWith(String text, String author) {
            for (String p : printed) {
                if (p.length() < 3 || text.length() <= p.length() + 1 || !text.startsWith(p)
                        || author != null && key(p).equals(key(author))) {
                    continue;
                }
                char after = text.charAt(p.length());
                if (after == ',' || after == ':'
                        || after == ' ' && Character.isUpperCase(text.charAt(p.length() + 1))) {
                    return true;
                }
            }
            return false;
        }

        private static String key(String name) {
            return name.toLowerCase(Locale.ROOT).replaceAll("[\\s_.]+", "");
        }
    }
}
