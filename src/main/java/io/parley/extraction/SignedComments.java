package io.parley.extraction;

import org.jsoup.nodes.Element;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * Comments signed at their end, as on wiki talk pages ("… Ann (talk) 14:03, 20 November 2026 (UTC)") and mailing-list
 * style threads: no record markup at all, only paragraphs whose last words are a user link and a date. A comment is
 * the signed paragraph and the unsigned paragraphs right before it in the same container; its depth is how deeply
 * it is indented (dl/dd, the wiki's ":" replies, or nested lists), and its parent the nearest comment before it that
 * is indented less.
 */
final class SignedComments {

    private static final Set<String> UNITS = Set.of("p", "dd", "li");
    private static final Set<String> NESTED = Set.of("dl", "ul", "ol", "dd", "p", "li", "table", "div");
    /** A signature's tail: a year, then at most a time zone in brackets or a time of day. */
    private static final Pattern ENDS_DATED = Pattern.compile(
            "(?i)(?:\\d{4}|\\d{1,2}[:.]\\d{2}\\s*(?:[ap]\\.?m\\.?)?)\\s*(?:\\([A-Z]{2,5}\\))?\\s*[.]?$");
    private static final Pattern NOT_A_NAME = Pattern.compile("(?i)talk|contribs|contributions|discussion|reply|edit|\\W*");

    private SignedComments() {
    }

    private static final Set<String> CHROME = Set.of("nav", "footer", "header", "aside", "table");

    /**
     * {@code e.closest("nav, footer, header, aside, table") != null}, without the selector: jsoup parsed that query
     * again for every paragraph of every page (3 % of a batch's page time).
     */
    private static boolean insideChrome(Element e) {
        for (Element a = e; a != null; a = a.parent()) {
            if (CHROME.contains(a.normalName())) {
                return true;
            }
        }
        return false;
    }

    private record Unit(Element el, String text, int depth) {
    }

    private record Signed(Element el, String text, String author, String time, int depth) {
    }

    /** The comments of a page made of signed paragraphs; empty unless three or more are signed. */
    static List<ExtractedComment> find(Element root) {
        List<Unit> units = new ArrayList<>();
        for (Element e : root.getAllElements()) {
            if (UNITS.contains(e.normalName()) && !insideChrome(e)) {
                String own = ownText(e);
                if (!own.isEmpty()) {
                    units.add(new Unit(e, own, depth(e, root)));
                }
            }
        }
        List<List<Unit>> groups = new ArrayList<>();
        List<Signed> signed = new ArrayList<>();
        List<Unit> pending = new ArrayList<>();
        for (Unit u : units) {
            Signed s = signature(u);
            if (s == null) {
                pending.add(u);
                continue;
            }
            List<Unit> group = new ArrayList<>();
            // unsigned paragraphs just before, in the same container, are the comment's first paragraphs
            for (int k = pending.size() - 1; k >= 0; k--) {
                Unit p = pending.get(k);
                if (p.el().parent() != u.el().parent() || p.depth() != u.depth()) {
                    break;
                }
                group.add(0, p);
            }
            pending.clear();
            group.add(u);
            groups.add(group);
            signed.add(s);
        }
        if (signed.size() < 3) {
            return List.of();
        }
        List<ExtractedComment> out = new ArrayList<>();
        Map<Integer, String> ids = new java.util.HashMap<>();
        List<int[]> stack = new ArrayList<>(); // {index, depth}
        for (int i = 0; i < signed.size(); i++) {
            Signed s = signed.get(i);
            List<String> paras = new ArrayList<>();
            for (Unit u : groups.get(i).subList(0, groups.get(i).size() - 1)) {
                paras.add(u.text());
            }
            if (!s.text().isEmpty()) {
                paras.add(s.text());
            }
            while (!stack.isEmpty() && stack.get(stack.size() - 1)[1] >= s.depth()) {
                stack.remove(stack.size() - 1);
            }
            String parent = stack.isEmpty() || s.depth() == 0 ? null : ids.get(stack.get(stack.size() - 1)[0]);
            String id = "s" + (i + 1);
            ids.put(i, id);
            stack.add(new int[]{i, s.depth()});
            int depth = 0;
            for (ExtractedComment c : out) {
                if (c.id().equals(parent)) {
                    depth = c.depth() + 1;
                }
            }
            out.add(new ExtractedComment(id, parent, s.author(), s.time(), null, String.join("\n\n", paras), List.of(), depth,
                    s.author() + " " + (s.time() == null ? "" : s.time())));
        }
        return out;
    }

    /** The paragraph as a signed comment: its words before the signature, the signer and the date; null if unsigned. */
    private static Signed signature(Unit u) {
        String t = u.text();
        if (t.length() < 12 || !Character.isDigit(lastNonSpace(t)) && !t.endsWith(")") && !t.endsWith(".")
                || !ENDS_DATED.matcher(t.substring(Math.max(0, t.length() - 40))).find()) {
            return null;
        }
        String tail = t.substring(Math.max(0, t.length() - 60));
        String time = Dates.find(tail);
        if (time == null) {
            return null;
        }
        // the signer: the last link before the date that names a person (not "talk" or "contribs")
        Element link = null;
        for (Element a : u.el().getElementsByTag("a")) {
            if (insideNested(a, u.el())) {
                continue;
            }
            String name = Texts.squash(a.text());
            if (!NOT_A_NAME.matcher(name).matches() && name.length() <= 40 && Texts.wordCount(name) <= 4
                    && Dates.find(name) == null && CommentRecords.profileLink(a)) {
                link = a;
            }
        }
        if (link == null) {
            return null;
        }
        String name = Texts.squash(link.text());
        int at = t.lastIndexOf(name);
        if (at < 0 || t.length() - at > name.length() + 70) {
            return null; // a link far from the end is part of the comment, not its signature
        }
        String words = t.substring(0, at).strip().replaceFirst("[\\s\\u2014\\u2013-]+$", "").strip();
        if (Texts.wordCount(words) < 3) {
            return null; // a name and a date alone (a byline, a list of posts) is no signed comment
        }
        return new Signed(u.el(), words, name, time, u.depth());
    }

    private static char lastNonSpace(String t) {
        for (int i = t.length() - 1; i >= 0; i--) {
            if (!Character.isWhitespace(t.charAt(i))) {
                return t.charAt(i);
            }
        }
        return ' ';
    }

    /** The unit's own text: its words without nested replies or paragraphs of their own. */
    private static String ownText(Element e) {
        StringBuilder b = new StringBuilder();
        append(e, b, e);
        return Texts.squash(b.toString());
    }

    private static void append(Element e, StringBuilder b, Element top) {
        for (org.jsoup.nodes.Node n : e.childNodes()) {
            if (n instanceof org.jsoup.nodes.TextNode t) {
                b.append(t.getWholeText());
            } else if (n instanceof Element c) {
                if (NESTED.contains(c.normalName()) || c.normalName().equals("script") || c.normalName().equals("style")) {
                    continue;
                }
                if (c.normalName().equals("br")) {
                    b.append(' ');
                    continue;
                }
                append(c, b, top);
            }
        }
    }

    private static boolean insideNested(Element a, Element unit) {
        for (Element p = a.parent(); p != null && p != unit; p = p.parent()) {
            if (NESTED.contains(p.normalName())) {
                return true;
            }
        }
        return false;
    }

    /** Indentation: the dl and list levels around the unit (a wiki's ":" and "*" replies). */
    private static int depth(Element e, Element root) {
        int d = 0;
        for (Element p = e.parent(); p != null && p != root; p = p.parent()) {
            String n = p.normalName();
            if (n.equals("dl") || n.equals("ul") || n.equals("ol")) {
                d++;
            }
        }
        if (e.normalName().equals("li")) {
            d--; // a list item sits in its own list: one level is the item's own
        }
        return Math.max(0, d);
    }

    /** A wiki signature at a paragraph's end in a text dump: "… Ann B (talk) 14:03, 20 November 2026 (UTC)". */
    private static final Pattern DUMP_SIGNATURE = Pattern.compile(
            "^\\s+\\((?:talk|contribs)[^)]{0,40}\\)\\s*"
                    + "(\\d{1,2}:\\d{2},\\s+\\d{1,2}\\s+\\p{L}+\\s+\\d{4})\\s*(?:\\([A-Z]{2,5}\\))?\\s*$");

    /**
     * The same comments in a text dump: paragraphs (runs of lines at one indentation) ending in a wiki signature,
     * with the sentence paragraphs just before them at the same indentation; depth from the indentation.
     */
    static List<ExtractedComment> fromDump(List<String> raw) {
        List<String[]> paras = new ArrayList<>(); // {indent, text}
        StringBuilder cur = null;
        int curIndent = -1;
        for (String line : raw) {
            String t = line.strip();
            int indent = line.length() - line.stripLeading().length();
            if (t.isEmpty() || cur != null && indent != curIndent) {
                if (cur != null) {
                    paras.add(new String[]{String.valueOf(curIndent), cur.toString()});
                }
                cur = null;
                if (t.isEmpty()) {
                    continue;
                }
            }
            if (cur == null) {
                cur = new StringBuilder(t);
                curIndent = indent;
            } else {
                cur.append(' ').append(t);
            }
        }
        if (cur != null) {
            paras.add(new String[]{String.valueOf(curIndent), cur.toString()});
        }
        List<ExtractedComment> out = new ArrayList<>();
        List<int[]> stack = new ArrayList<>(); // {comment index, indent}
        int lastSigned = -1;
        for (int i = 0; i < paras.size(); i++) {
            // only paragraphs with a "(talk)"/"(contribs)" link text are looked at, and only from there on (a long
            // line of spaces or marks costs one scan, not a backtracking match)
            String para = paras.get(i)[1];
            int sig = Math.max(para.lastIndexOf(" (talk"), para.lastIndexOf(" (contribs"));
            if (sig < 0 || para.length() - sig > 120) {
                continue;
            }
            java.util.regex.Matcher m = DUMP_SIGNATURE.matcher(para.substring(sig));
            if (!m.matches()) {
                continue;
            }
            // the signer's name runs from the last sentence end to "(talk)": "... simply wrong. Bram de Vries (talk)"
            String before = para.substring(0, sig).strip();
            int end = Math.max(Math.max(before.lastIndexOf(". "), before.lastIndexOf("! ")), before.lastIndexOf("? "));
            String name = end >= 0 ? before.substring(end + 2).strip() : "";
            if (name.isEmpty() || Texts.wordCount(name) > 4) {
                int sp = before.lastIndexOf(' ');
                name = before.substring(sp + 1);
                end = sp - 1;
            }
            String words = end >= 0 ? before.substring(0, end + 1).strip().replaceFirst("[\\s\\u2014\\u2013-]+$", "") : "";
            if (Texts.wordCount(words) < 3) {
                continue;
            }
            int indent = Integer.parseInt(paras.get(i)[0]);
            List<String> text = new ArrayList<>();
            for (int k = i - 1; k > lastSigned; k--) {
                String p = paras.get(k)[1];
                if (Integer.parseInt(paras.get(k)[0]) != indent || Texts.wordCount(p) < 6 || !p.matches(".*[.!?\"')]$")) {
                    break;
                }
                text.add(0, p);
            }
            text.add(words);
            lastSigned = i;
            while (!stack.isEmpty() && stack.get(stack.size() - 1)[1] >= indent) {
                stack.remove(stack.size() - 1);
            }
            ExtractedComment parent = stack.isEmpty() ? null : out.get(stack.get(stack.size() - 1)[0]);
            String id = "s" + (out.size() + 1);
            out.add(new ExtractedComment(id, parent == null ? null : parent.id(), name, Dates.find(m.group(1)), null,
                    String.join("\n\n", text), List.of(), parent == null ? 0 : parent.depth() + 1, name + " (talk) " + m.group(1)));
            stack.add(new int[]{out.size() - 1, indent});
        }
        return out.size() >= 3 ? out : List.of();
    }
}
