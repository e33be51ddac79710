package io.parley.extraction;

import org.jsoup.nodes.Element;
import org.jsoup.nodes.Node;
import org.jsoup.nodes.TextNode;
import org.jsoup.select.NodeVisitor;

import java.util.ArrayList;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;

/**
 * One walk over a page's tree that the record finder's many subtree walks read from instead: each element's place in
 * document order, where its subtree ends, and the page's text as {@link CommentRecords#boundedText} joins it (every
 * text node normalised on its own, a space after each), so that the text of any subtree is a slice of one string.
 * The record finder asked the leading text of a subtree, and walked up to 400 of its elements for cues, once per
 * candidate record and per nesting level: on deep pages the same nodes many times over.
 *
 * <p>Valid only while the tree is not changed: built after the finder's one edit ({@code dl} wrapping) and dropped
 * when it returns. Elements it does not hold (clones, other trees) are not answered ({@link #position} gives -1).
 */
final class TreeIndex {

    private final Map<Element, Integer> position;
    private final List<Element> elements;
    /** Per element: the position after the last element of its subtree. */
    private final int[] end;
    /** Per element: where its subtree's text starts and ends in {@link #text}. */
    private final int[] textStart;
    private final int[] textEnd;
    private final String text;
    /** Per element: which of its record cues are known, and which of those hold ({@link CommentRecords#cue}). */
    private final byte[] cuesKnown;
    private final byte[] cuesHeld;

    private TreeIndex(Map<Element, Integer> position, List<Element> elements, int[] end, int[] textStart, int[] textEnd,
                      String text) {
        this.position = position;
        this.elements = elements;
        this.end = end;
        this.textStart = textStart;
        this.textEnd = textEnd;
        this.text = text;
        this.cuesKnown = new byte[elements.size()];
        this.cuesHeld = new byte[elements.size()];
    }

    static TreeIndex of(Element root) {
        Map<Element, Integer> position = new IdentityHashMap<>();
        List<Element> elements = new ArrayList<>();
        StringBuilder text = new StringBuilder();
        int[][] spans = {new int[256], new int[256], new int[256]}; // end, text start, text end; grown as needed
        int[][] open = {new int[64]}; // positions of the elements whose subtree is being walked, by depth
        root.traverse(new NodeVisitor() {
            @Override
            public void head(Node node, int depth) {
                if (node instanceof Element e) {
                    int p = elements.size();
                    position.put(e, p);
                    elements.add(e);
                    if (p == spans[0].length) {
                        for (int k = 0; k < 3; k++) {
                            spans[k] = java.util.Arrays.copyOf(spans[k], 2 * p);
                        }
                    }
                    spans[1][p] = text.length();
                    if (depth >= open[0].length) {
                        open[0] = java.util.Arrays.copyOf(open[0], 2 * depth + 2);
                    }
                    open[0][depth] = p;
                } else if (node instanceof TextNode t) {
                    CommentRecords.appendText(text, t.getWholeText(), Integer.MAX_VALUE);
                    text.append(' ');
                }
            }

            @Override
            public void tail(Node node, int depth) {
                if (node instanceof Element) {
                    int p = open[0][depth];
                    spans[0][p] = elements.size();
                    spans[2][p] = text.length();
                }
            }
        });
        return new TreeIndex(position, elements, spans[0], spans[1], spans[2], text.toString());
    }

    /** The element's place in document order, or -1 when this index does not hold it. */
    int position(Element e) {
        Integer p = position.get(e);
        return p == null ? -1 : p;
    }

    Element element(int position) {
        return elements.get(position);
    }

    /** The elements of the subtree at {@code position}, in document order: what getAllElements() lists. */
    List<Element> subtree(int position) {
        return java.util.Collections.unmodifiableList(elements.subList(position, end[position]));
    }

    /** Every element of the tree with this (normal) tag name, in document order: getElementsByTag's list. */
    List<Element> named(String tag) {
        List<Element> out = new ArrayList<>();
        for (Element e : elements) {
            if (e.normalName().equals(tag)) {
                out.add(e);
            }
        }
        return out;
    }

    /** The position after the last element of the subtree at {@code position}. */
    int end(int position) {
        return end[position];
    }

    /** {@code CommentRecords.boundedText(e, max)} of the element at {@code position}: a slice of the page's text. */
    String boundedText(int position, int max) {
        int from = textStart[position];
        return text.substring(from, from + Math.min(textEnd[position] - from, max));
    }

    /** Per element: {@link CommentRecords#leafKey}, {@link #NONE} for null; filled as asked. */
    private String[] leafKeys;

    /** {@code CommentRecords.leafKey} of the element at {@code position}, computed once while the index lives. */
    String leafKey(int position) {
        if (leafKeys == null) {
            leafKeys = new String[elements.size()];
        }
        String known = leafKeys[position];
        if (known == null) {
            String key = CommentRecords.leafKey(elements.get(position));
            known = key == null ? NONE : key;
            leafKeys[position] = known;
        }
        return known == NONE ? null : known;
    }

    private final Map<String, String> dates = new java.util.HashMap<>();

    /** {@code Dates.find(text)}, read once per distinct text while the index lives. */
    String datesFind(String text) {
        String known = dates.get(text);
        if (known == null) {
            String found = Dates.find(text);
            known = found == null ? NONE : found;
            dates.put(text, known);
        }
        return known == NONE ? null : known;
    }

    /** Per evaluator asked: the positions of the elements it matches, in document order. */
    private final Map<org.jsoup.select.Evaluator, int[]> matches = new IdentityHashMap<>();

    /**
     * The first element of the subtree at {@code position} (itself included) that {@code ev} matches, as
     * {@code selectFirst} finds it; null when none. Only for evaluators of the element alone (tag, class, attribute),
     * which answer alike whatever root they are asked under: the page is read once per evaluator, and each subtree
     * by a binary search.
     */
    Element first(int position, org.jsoup.select.Evaluator ev) {
        int[] hits = hits(ev);
        int k = from(hits, position);
        return k < hits.length && hits[k] < end[position] ? elements.get(hits[k]) : null;
    }

    /** Every element of the subtree at {@code position} that {@code ev} matches, in document order ({@link #first}'s evaluators). */
    List<Element> all(int position, org.jsoup.select.Evaluator ev) {
        int[] hits = hits(ev);
        List<Element> out = new ArrayList<>();
        for (int k = from(hits, position); k < hits.length && hits[k] < end[position]; k++) {
            out.add(elements.get(hits[k]));
        }
        return out;
    }

    /** The index of the first of these positions at or after {@code position}. */
    private static int from(int[] hits, int position) {
        int k = java.util.Arrays.binarySearch(hits, position);
        return k < 0 ? -k - 1 : k;
    }

    private int[] hits(org.jsoup.select.Evaluator ev) {
        int[] hits = matches.get(ev);
        if (hits == null) {
            int[] found = new int[16];
            int n = 0;
            Element root = elements.get(0);
            for (int i = 0; i < elements.size(); i++) {
                if (ev.matches(root, elements.get(i))) {
                    if (n == found.length) {
                        found = java.util.Arrays.copyOf(found, 2 * n);
                    }
                    found[n++] = i;
                }
            }
            hits = java.util.Arrays.copyOf(found, n);
            matches.put(ev, hits);
        }
        return hits;
    }

    /** No date (a string no date form produces: "yyyy-MM-dd..." always starts with a digit). */
    private static final String NONE = new String("none");

    /**
     * Which of the cues in {@code wanted} (bit k: {@code CommentRecords.cue(e, k)}) the element at {@code position}
     * has; each asked once per element, only when wanted, as the walk it replaces asked only the cues still missing.
     */
    int cues(int position, int wanted) {
        int known = cuesKnown[position];
        int held = cuesHeld[position];
        int ask = wanted & ~known;
        if (ask != 0) {
            Element e = elements.get(position);
            for (int k = 0; k < 5; k++) {
                if ((ask & 1 << k) != 0 && CommentRecords.cue(e, k)) {
                    held |= 1 << k;
                }
            }
            cuesKnown[position] = (byte) (known | ask);
            cuesHeld[position] = (byte) held;
        }
        return held & wanted;
    }
}
