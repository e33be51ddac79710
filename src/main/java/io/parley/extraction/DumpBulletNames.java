package io.parley.extraction;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A dump's comment list printed as list items that each hold a name alone on the bullet's line and the words indented
 * under it, replies as items of a list nested one bullet deeper, and no date anywhere (Disqus's server-side list as
 * w3m prints it: "• h4rm0ny", the words under it, "□ Joel Hruska" for a reply, "☆ …" for a reply to that). The
 * header reader finds no dated line there, and the paragraph reader cut such a list into its paragraphs (133 comments
 * for 5 on one page); here each item is one comment, its author the bullet's line, its parent the nearest item before
 * it with a shallower bullet. Taken only for a run of at least three such items, most with a sentence, never from a
 * menu's bullets (those carry no indented words under them).
 */
final class DumpBulletNames {

    private DumpBulletNames() {
    }

    /** w3m's list bullets, per nesting level ("•", "□", "☆", "◦", "■", …), then the item's line. */
    private static final Pattern BULLET = Pattern.compile("^[\\u2022\\u25e6\\u25aa\\u2023\\u25cf\\u25cb\\u25a1\\u2606\\u25a0\\u25c6]\\s+(\\S.*)$");
    private static final Pattern NOT_A_NAME = Pattern.compile("(?i).*(?:[!?:,;\"\\u201c\\u201d]|\\breply\\b|\\bcomments?\\b|\\blog ?in\\b|\\bsign ?in\\b).*");
    /** A full stop other than an initial's ("Amy D.", "J. R. Smith") ends a sentence, not a name. */
    private static final Pattern SENTENCE_STOP = Pattern.compile("(?:^|.*\\s)\\S{2,}\\.(?:\\s.*|$)");
    private static final Pattern CLOCK = Pattern.compile("(?<![\\d:])\\d{1,2}:\\d{2}(?![\\d])");
    private static final int MIN = 3;

    private record Item(int line, int bullet, String name, List<String> paragraphs, int end) {
    }

    /** The list's comments with the lines they span, or null when the dump holds no such run. */
    static DumpThreads.Result read(List<String> dump) {
        List<Item> best = List.of();
        int i = 0;
        while (i < dump.size()) {
            List<Item> run = new ArrayList<>();
            int j = i;
            Item it;
            while ((it = item(dump, j)) != null) {
                run.add(it);
                j = it.end;
            }
            if (run.size() > best.size()) {
                best = run;
            }
            i = run.isEmpty() ? i + 1 : j;
        }
        if (best.size() < MIN) {
            return null;
        }
        int withSentence = 0;
        int dated = 0;
        for (Item it : best) {
            withSentence += Texts.wordCount(String.join(" ", it.paragraphs)) >= 4 ? 1 : 0;
            dated += it.paragraphs.stream().anyMatch(p -> Texts.wordCount(p) <= 6 && (DumpThreads.DATE.matcher(p).find() || CLOCK.matcher(p).find())) ? 1 : 0;
        }
        if (withSentence * 4 < best.size() * 3 || dated * 2 >= best.size()) {
            // (items with a date line of their own are a board's posts with their footers, DCInside's gallery: the
            // header reader's, not this list's)
            return null;
        }
        int top = best.stream().mapToInt(Item::bullet).min().orElse(0);
        List<ExtractedComment> out = new ArrayList<>(best.size());
        for (int k = 0; k < best.size(); k++) {
            Item it = best.get(k);
            String parent = null;
            int depth = 0;
            if (it.bullet > top) {
                for (int p = k - 1; p >= 0; p--) {
                    if (best.get(p).bullet < it.bullet) {
                        parent = out.get(p).id();
                        depth = out.get(p).depth() + 1;
                        break;
                    }
                }
            }
            out.add(new ExtractedComment("c" + (k + 1), parent, it.name, null, null, String.join("\n\n", it.paragraphs),
                    List.of(), depth, it.name));
        }
        return new DumpThreads.Result(best.get(0).line, best.get(best.size() - 1).end, out, true);
    }

    /** The item opening at line i (a bullet, a name, words indented under it), or null. */
    private static Item item(List<String> dump, int i) {
        if (i >= dump.size()) {
            return null;
        }
        String raw = dump.get(i);
        int bullet = indent(raw);
        Matcher m = BULLET.matcher(raw.strip());
        if (!m.matches()) {
            return null;
        }
        String name = name(m.group(1));
        if (name == null) {
            return null;
        }
        List<String> paragraphs = new ArrayList<>();
        StringBuilder cur = new StringBuilder();
        int j = i + 1;
        for (; j < dump.size(); j++) {
            String l = dump.get(j);
            if (l.isBlank()) {
                if (!cur.isEmpty()) {
                    paragraphs.add(cur.toString());
                    cur.setLength(0);
                }
                continue;
            }
            if (indent(l) <= bullet || BULLET.matcher(l.strip()).matches() && indent(l) > bullet && indent(l) < bullet + 4 + 2) {
                break; // the next item (a sibling, a reply nested one level deeper) or the end of the list
            }
            if (!cur.isEmpty()) {
                cur.append(' ');
            }
            cur.append(l.strip());
        }
        if (!cur.isEmpty()) {
            paragraphs.add(cur.toString());
        }
        if (paragraphs.isEmpty()) {
            return null; // a menu's or a tag list's bullet: no words under it
        }
        while (j > i + 1 && dump.get(j - 1).isBlank()) {
            j--;
        }
        int next = j;
        while (next < dump.size() && dump.get(next).isBlank()) {
            next++;
        }
        return new Item(i, bullet, name, paragraphs, next);
    }

    /** The bullet line as a name: a site address before it dropped, up to four words, no sentence, or null. */
    static String name(String line) {
        String n = NameSites.without(line).strip();
        if (n.startsWith("http") || n.startsWith("www.")) {
            return null; // an address alone names nobody
        }
        // (one letter is an avatar's initial over the name line, NodeBB's "• P" over "Pradeep": no name)
        if (n.codePointCount(0, n.length()) < 2 || n.length() > 40 || Texts.wordCount(n) > 4 || NOT_A_NAME.matcher(n).matches()
                || SENTENCE_STOP.matcher(n).matches() || Dates.find(n) != null || !Character.isLetterOrDigit(n.codePointAt(0))) {
            return null;
        }
        return n;
    }

    private static int indent(String l) {
        int k = 0;
        while (k < l.length() && l.charAt(k) == ' ') {
            k++;
        }
        return k;
    }
}
