package io.parley.extraction;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;

/**
 * A guest's plain-text name where members' names are links (FanFiction.net reviews, many guestbooks and blog
 * comment lists): every record's head line begins with the poster's name, then the same word ("chapter 3 . Nov 21"),
 * but only the linked names are read as authors. A record without an author whose head line has that word after one to
 * four words of a name takes those words as its author.
 */
final class HeaderNames {

    private static final Pattern NAME = Pattern.compile("\\p{L}[\\p{L}'’.-]*(?: \\p{L}[\\p{L}'’.-]*){0,3}");

    private HeaderNames() {
    }

    static List<ExtractedComment> withGuestNames(List<ExtractedComment> comments) {
        int unnamed = 0;
        Map<String, Integer> nextWord = new HashMap<>();
        int named = 0;
        for (ExtractedComment c : comments) {
            if (c.header() == null) {
                continue;
            }
            if (c.author() == null) {
                unnamed++;
            } else if (c.header().startsWith(c.author() + " ")) {
                String rest = c.header().substring(c.author().length() + 1).strip();
                int sp = rest.indexOf(' ');
                String w = sp < 0 ? rest : rest.substring(0, sp);
                if (!w.isEmpty() && Character.isLetter(w.charAt(0))) {
                    nextWord.merge(w, 1, Integer::sum);
                }
                named++;
            }
        }
        if (unnamed == 0 || named < 3) {
            return comments;
        }
        String word = null;
        for (Map.Entry<String, Integer> e : nextWord.entrySet()) {
            // (the word all named heads share after the name: one label, not the first word of the date)
            if (e.getValue() * 10 >= named * 9 && e.getValue() >= 3) {
                word = e.getKey();
            }
        }
        if (word == null) {
            return comments;
        }
        List<ExtractedComment> out = new ArrayList<>(comments.size());
        for (ExtractedComment c : comments) {
            String name = null;
            if (c.author() == null && c.header() != null) {
                int k = c.header().indexOf(" " + word + " ");
                String lead = k > 0 ? c.header().substring(0, k).strip() : "";
                if (NAME.matcher(lead).matches() && Dates.find(lead) == null) {
                    name = lead;
                }
            }
            out.add(name == null ? c : new ExtractedComment(c.id(), c.parentId(), name, c.postedAt(), c.likes(), c.text(), c.quotes(), c.depth(), c.header()));
        }
        return out;
    }
}
