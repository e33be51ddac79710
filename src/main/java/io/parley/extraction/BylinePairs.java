package io.parley.extraction;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Pattern;
import org.jsoup.nodes.Element;

/**
 * Comments with no element around each one: a body element, then its byline as the next sibling, again and again
 * under one parent (Movable Type's old templates: {@code <div id="c115775">…</div><p class="posted">Posted by: X at
 * October 28, 2012 02:30 PM</p>}). The record miner looks for repeated subtrees and finds none here; the pairs are
 * the records. Bodies must share one shape (tag, id with its digits blanked, class), so the story's own body and
 * byline before them are not taken for a comment. TypePad's older template has no body element either: an empty
 * anchor named for the comment, bare paragraphs, the byline; the anchors then are the shape.
 */
final class BylinePairs {

    private BylinePairs() {
    }

    private static final Pattern DIGITS = Pattern.compile("\\d+");
    private static final int MIN_PAIRS = 3;

    /** One comment: the element that names it (its body, or the empty anchor opening it), its words, its byline. */
    private record Pair(Element key, List<Element> body, Element line) {
    }

    static List<ExtractedComment> find(Element root) {
        List<Pair> best = List.of();
        for (Element parent : root.getAllElements()) {
            if (!CommentRecords.elementChildren(parent, 2 * MIN_PAIRS)) {
                continue;
            }
            Map<String, List<Pair>> byShape = new LinkedHashMap<>();
            List<Element> kids = parent.children();
            for (int i = 0; i + 1 < kids.size(); i++) {
                Element body = kids.get(i);
                Element line = kids.get(i + 1);
                // (the body an element of its own, named by an id or a class: a bare paragraph before a byline may be the
                // last of several the comment has, TypePad's unwrapped comments)
                if ((!body.id().isEmpty() || !body.className().isEmpty()) && byline(line) != null && byline(body) == null
                        && Texts.wordCount(body.text()) > 0) {
                    byShape.computeIfAbsent(shape(body), k -> new ArrayList<>()).add(new Pair(body, List.of(body), line));
                }
            }
            for (int i = 0; i < kids.size(); i++) {
                // TypePad's older template: an empty anchor named for the comment ({@code <a id="c64002784"></a>}), its
                // bare paragraphs, then the "Posted by: X | date" line; the anchor opens the comment, the byline closes it
                Element anchor = kids.get(i);
                if (!emptyAnchor(anchor)) {
                    continue;
                }
                List<Element> body = new ArrayList<>();
                Element line = null;
                for (int j = i + 1; j < kids.size() && !emptyAnchor(kids.get(j)); j++) {
                    if (byline(kids.get(j)) != null) {
                        line = kids.get(j);
                        break;
                    }
                    body.add(kids.get(j));
                }
                if (line != null && body.stream().mapToInt(b -> Texts.wordCount(b.text())).sum() > 0) {
                    byShape.computeIfAbsent("anchor " + shape(anchor), k -> new ArrayList<>()).add(new Pair(anchor, body, line));
                }
            }
            for (List<Pair> pairs : byShape.values()) {
                if (pairs.size() >= MIN_PAIRS && pairs.size() > best.size()) {
                    best = pairs;
                }
            }
        }
        List<ExtractedComment> out = new ArrayList<>();
        for (Pair pair : best) {
            Bylines.Byline b = byline(pair.line());
            String id = pair.key().id().isEmpty() ? "c" + (out.size() + 1) : pair.key().id();
            out.add(new ExtractedComment(id, null, b.author(), b.time(), null, text(pair.body()), List.of(), 0, b.line()));
        }
        return out;
    }

    /** An anchor with an id or name and nothing in it: a comment's place mark. */
    private static boolean emptyAnchor(Element e) {
        return e.normalName().equals("a") && (!e.id().isEmpty() || !e.attr("name").isEmpty()) && !CommentRecords.elementChildren(e, 1)
                && e.text().isBlank() && !e.hasAttr("href");
    }

    private static Bylines.Byline byline(Element e) {
        if (!(e.normalName().equals("p") || e.normalName().equals("div") || e.normalName().equals("span")
                || e.normalName().equals("small"))) {
            return null;
        }
        String own = e.ownText();
        if (own.length() > 160 || !own.toLowerCase(Locale.ROOT).contains("posted by")) {
            return null; // (the cheap test first: a page's every element passes here)
        }
        String t = Texts.squash(e.text());
        return t.length() > 160 ? null : Bylines.posted(t);
    }

    private static String shape(Element e) {
        return e.normalName() + "#" + DIGITS.matcher(e.id()).replaceAll("#") + "." + e.className();
    }

    /** The body's paragraphs, one per block, else its text (a run of bare paragraphs: one each). */
    private static String text(List<Element> body) {
        List<String> paras = new ArrayList<>();
        for (Element e : body) {
            String t = text(e);
            if (!t.isEmpty()) {
                paras.add(t);
            }
        }
        return String.join("\n\n", paras);
    }

    private static String text(Element body) {
        List<String> paras = new ArrayList<>();
        for (Element c : body.children()) {
            String t = Texts.squash(c.text());
            if (!t.isEmpty()) {
                paras.add(t);
            }
        }
        String own = Texts.squash(body.ownText());
        return paras.isEmpty() || !own.isEmpty() ? Texts.squash(body.text()) : String.join("\n\n", paras);
    }
}
