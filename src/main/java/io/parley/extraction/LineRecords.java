package io.parley.extraction;

import org.jsoup.nodes.Element;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
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
        int n = 0;
        for (Element e : group(root, where)) {
            if (lineRecord(e)) {
                n++;
            }
        }
        return n;
    }

    /**
     * The largest group's records as comments, top-level and in page order: the name part is the writer, the parts
     * between it and the last its words (the ": " w3m and the page print after the name is no word of them), the
     * last part's date its time ("11/25 15:08" without a year: the year of {@code clock}, the fetch's or the page's
     * own date, whichever is nearest). Empty without such a group.
     */
    static List<ExtractedComment> read(Element root, String clock) {
        List<ExtractedComment> out = new ArrayList<>();
        List<Element> group = group(root, new String[1]);
        if (!group.isEmpty() && clock == null) {
            clock = newestDate(root);
        }
        for (Element e : group) {
            if (!lineRecord(e)) {
                continue;
            }
            List<Element> parts = e.children();
            int name = -1;
            StringBuilder words = new StringBuilder();
            for (int i = 0; i < parts.size() - 1; i++) {
                String t = parts.get(i).text().strip();
                if (name < 0) {
                    if (t.length() >= 2 && t.length() <= 30 && t.indexOf(' ') < 0 && Character.isLetterOrDigit(t.charAt(0))) {
                        name = i;
                    }
                    continue;
                }
                words.append(words.isEmpty() ? "" : " ").append(t);
            }
            String text = LEAD.matcher(words).replaceFirst("").strip();
            if (name < 0 || text.isEmpty()) {
                continue;
            }
            String author = parts.get(name).text().strip();
            String id = e.id().isEmpty() ? "c" + (out.size() + 1) : e.id();
            out.add(new ExtractedComment(id, null, author, time(parts.get(parts.size() - 1).text(), clock), null, text, List.of(), 0,
                    parts.get(parts.size() - 1).text().strip()));
        }
        return out;
    }

    /** A meta field's label that names the writer of a BBS article ("作者 gardenfox (種菜的)"). */
    private static final Pattern AUTHOR_LABEL = Pattern.compile("(?iu)^(?:\u4f5c\u8005|author|\uc791\uc131\uc790|\uae00\uc4f4\uc774|\u6295\u7a3f\u8005|\u767c\u4fe1\u4eba|\u53d1\u4fe1\u4eba|from)\\s*[:\uff1a]?$");
    /** A meta field's label that gives the article's time ("時間 Wed Nov 25 12:01:00 2026"). */
    private static final Pattern TIME_LABEL = Pattern.compile("(?iu)^(?:\u6642\u9593|\u65f6\u95f4|\u65e5\u671f|date|time|\uc791\uc131\uc77c|\u6295\u7a3f\u65e5\u6642?)\\s*[:\uff1a]?$");

    /**
     * The thread's opening post where the records' container holds it before them, as a BBS prints its article: meta
     * fields (a label part and a value part: "作者" "gardenfox (種菜的)", "時間" "Wed Nov 25 12:01:00 2026") and the
     * article's words as the container's own text, up to its "--" signature line. Null unless a field names the writer
     * and the words are there: a page of line records alone (a chat log) has no opening post.
     */
    static ExtractedComment opening(Element root) {
        List<Element> group = group(root, new String[1]);
        if (group.isEmpty() || group.get(0).parent() == null) {
            return null;
        }
        Element box = group.get(0).parent();
        String author = null;
        String time = null;
        StringBuilder words = new StringBuilder();
        for (org.jsoup.nodes.Node n : box.childNodes()) {
            if (n == group.get(0)) {
                break;
            }
            if (n instanceof org.jsoup.nodes.TextNode t) {
                words.append(t.getWholeText());
            } else if (n instanceof Element e && e.childrenSize() == 2) {
                String label = e.child(0).text().strip();
                String value = e.child(1).text().strip();
                if (author == null && AUTHOR_LABEL.matcher(label).matches() && !value.isEmpty()) {
                    author = value.split("[\\s(（]", 2)[0]; // (the nickname in brackets after the id is no part of it)
                } else if (time == null && TIME_LABEL.matcher(label).matches()) {
                    time = Dates.find(value);
                }
            }
        }
        List<String> paragraphs = new ArrayList<>();
        for (String line : words.toString().split("\n\\s*\n")) {
            String p = line.strip();
            int sig = p.indexOf("\n--");
            if (p.startsWith("--")) {
                break; // the signature and the BBS's "※ 發信站" lines after it are no words of the post
            }
            if (sig >= 0) {
                paragraphs.add(p.substring(0, sig).strip());
                break;
            }
            if (!p.isEmpty()) {
                paragraphs.add(Texts.squash(p));
            }
        }
        if (author == null || paragraphs.isEmpty() || !TextExtractor.hasSentence(
                new ExtractedComment("c0", null, author, time, null, String.join("\n\n", paragraphs), List.of(), 0))) {
            return null;
        }
        return new ExtractedComment("c0", null, author, time, null, String.join("\n\n", paragraphs), List.of(), 0);
    }

    /** The colon (or dash) between the name and the words. */
    private static final Pattern LEAD = Pattern.compile("^[:\\uff1a\\u2013\\u2014-]\\s*");
    /** "11/25 15:08" (month first, as BBS push lines print it; day first where the first cannot be a month). */
    private static final Pattern SLASHED_DAY_CLOCK = Pattern.compile("(?<![\\d./])(\\d{1,2})/(\\d{1,2})\\s+(\\d{1,2}):(\\d{2})(?![\\d/])");

    /** The time of a record's last part: a full date, or a year-less "MM/DD HH:MM" in the clock's nearest year. */
    static String time(String last, String clock) {
        String full = Dates.find(last);
        if (full != null) {
            return full;
        }
        Matcher m = SLASHED_DAY_CLOCK.matcher(last);
        if (!m.find() || clock == null) {
            return null;
        }
        int a = Integer.parseInt(m.group(1));
        int b = Integer.parseInt(m.group(2));
        boolean dayFirst = a > 12;
        return Dates.yearlessNear((dayFirst ? b : a) + "-" + (dayFirst ? a : b) + " " + m.group(3) + ":" + m.group(4), clock);
    }

    /** The newest full date the page prints outside its records (the thread's own date), or null. */
    private static String newestDate(Element root) {
        String[] newest = {null};
        root.traverse((node, depth) -> {
            if (node instanceof org.jsoup.nodes.TextNode t) {
                String w = t.getWholeText();
                if (w.length() >= 8 && w.length() <= 200) {
                    String d = Dates.find(w);
                    if (d != null && (newest[0] == null || d.compareTo(newest[0]) > 0)) {
                        newest[0] = d;
                    }
                }
            }
        });
        return newest[0];
    }

    /** The largest group of line records (empty without one), its shape in {@code where[0]}. */
    private static List<Element> group(Element root, String[] where) {
        int best = 0;
        List<Element> bestGroup = List.of();
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
                    bestGroup = g.getValue();
                    where[0] = g.getKey();
                }
            }
        }
        return bestGroup;
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
