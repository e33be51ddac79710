package io.parley.extraction;

import org.jsoup.nodes.Element;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;

/**
 * Line-shaped records the record miner does not take: three or more sibling elements of one classed shape, each a
 * single line of inline parts that opens with a one-token name, holds a stretch of plain (unlinked) text and ends
 * with a date and clock ("推 tomatoboy: text  1.160.7.13 11/25 15:08", a BBS's push lines; a chat log's lines). A
 * thread, whatever became of it: a page holding one must not come back as a page without comments. A list of
 * dated headlines is no such group: its text is the link, and its first part is no one-token name.
 */
final class LineRecords {

    private static final Pattern CLOCK = Pattern.compile("(?<![\\d:])\\d{1,2}:\\d{2}(?::\\d{2})?(?![\\d:])");
    /** "11/25", "25.11.", "2026-11-25": a numeric day beside the clock. */
    private static final Pattern NUMERIC_DAY = Pattern.compile("(?<![\\d.])\\d{1,4}[/.-]\\d{1,2}(?:[/.-]\\d{1,4})?\\.?(?![\\d])");
    private static final int MIN_RECORDS = 3;

    private LineRecords() {
    }

    /** How many line records the largest such group holds (0 without one), and its shape in {@code where[0]}. */
    static int count(Element root, String[] where) {
        int best = 0;
        for (Element parent : root.getAllElements()) {
            if (!CommentRecords.elementChildren(parent, MIN_RECORDS)) {
                continue;
            }
            Map<String, List<Element>> groups = new LinkedHashMap<>();
            for (Element c : parent.children()) {
                if (!c.className().isBlank()) {
                    groups.computeIfAbsent(c.normalName() + "." + c.className().strip(), k -> new ArrayList<>()).add(c);
                }
            }
            for (Map.Entry<String, List<Element>> g : groups.entrySet()) {
                if (g.getValue().size() < MIN_RECORDS || g.getValue().size() <= best) {
                    continue;
                }
                int n = 0;
                for (Element e : g.getValue()) {
                    if (lineRecord(e)) {
                        n++;
                    }
                }
                if (n >= MIN_RECORDS && n * 3 >= g.getValue().size() * 2 && n > best) {
                    best = n;
                    where[0] = g.getKey();
                }
            }
        }
        return best;
    }

    /** One line of inline leaves: a one-token name part, a part of plain text, and a date with a clock in the last part. */
    static boolean lineRecord(Element e) {
        List<Element> parts = e.children();
        if (parts.size() < 3 || parts.size() > 8 || e.text().length() > 600) {
            return false;
        }
        int name = -1;
        int body = -1;
        for (int i = 0; i < parts.size(); i++) {
            Element p = parts.get(i);
            if (CommentRecords.elementChildren(p, 2) || !inline(p.normalName())) {
                return false;
            }
            String t = p.text().strip();
            if (name < 0 && body < 0 && t.length() >= 2 && t.length() <= 30 && t.indexOf(' ') < 0 && Character.isLetterOrDigit(t.charAt(0))
                    && i < parts.size() - 2) {
                name = i;
            } else if (name >= 0 && body < 0 && t.length() >= 12 && !p.normalName().equals("a") && p.getElementsByTag("a").isEmpty()) {
                body = i;
            }
        }
        String last = parts.get(parts.size() - 1).text();
        return name >= 0 && body > name && body < parts.size() - 1 && CLOCK.matcher(last).find()
                && (NUMERIC_DAY.matcher(last).find() || Dates.find(last) != null);
    }

    private static boolean inline(String tag) {
        return switch (tag) {
            case "span", "a", "b", "strong", "em", "i", "time", "small", "abbr", "font", "bdi" -> true;
            default -> false;
        };
    }
}
