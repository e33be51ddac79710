package io.parley.extraction;

import org.jsoup.nodes.Element;
import org.jsoup.nodes.Node;
import org.jsoup.nodes.TextNode;
import org.jsoup.select.NodeFilter;
import org.jsoup.select.NodeTraversor;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.List;
import java.util.Set;

/**
 * Cuts a DOM into text blocks: the text between two block-level boundaries, owned by the innermost
 * block element open at the time. Walks iteratively (jsoup's traversor), so deep nesting cannot
 * overflow the stack, and checks the page's deadline as it goes.
 */
final class HtmlBlocks {

    static final Set<String> BLOCK_TAGS = Set.of("p", "div", "section", "article", "main", "aside", "header", "footer",
            "nav", "li", "ul", "ol", "dl", "dt", "dd", "table", "tr", "td", "th", "tbody", "thead", "tfoot", "h1", "h2",
            "h3", "h4", "h5", "h6", "blockquote", "pre", "form", "figure", "figcaption", "address", "center", "hr",
            "body", "html", "fieldset", "details", "summary", "caption", "br", "noframes");
    static final Set<String> SKIP_TAGS = Set.of("script", "style", "noscript", "iframe", "svg", "head", "template",
            "select", "option", "button", "input", "textarea", "canvas", "video", "audio", "object", "embed", "map",
            "link", "meta");

    /** One text block. */
    static final class Block {
        final Element owner;
        final String text;
        final int words;
        final int linkWords;
        final int index;

        Block(Element owner, String text, int words, int linkWords, int index) {
            this.owner = owner;
            this.text = text;
            this.words = words;
            this.linkWords = linkWords;
            this.index = index;
        }

        double linkDensity() {
            return words == 0 ? 0 : Math.min(1.0, linkWords / (double) words);
        }
    }

    private HtmlBlocks() {
    }

    static List<Block> of(Element root, Deadline deadline) {
        List<Block> blocks = new ArrayList<>();
        Deque<Element> owners = new ArrayDeque<>();
        owners.push(root);
        StringBuilder text = new StringBuilder();
        Texts.Squasher squasher = new Texts.Squasher(1024);
        int[] linkWords = {0};
        int[] linkDepth = {0};
        NodeTraversor.filter(new NodeFilter() {
            @Override
            public FilterResult head(Node node, int depth) {
                deadline.check();
                if (node instanceof Element e) {
                    String tag = e.normalName();
                    if (SKIP_TAGS.contains(tag) || hidden(e)) {
                        return FilterResult.SKIP_ENTIRELY;
                    }
                    if (BLOCK_TAGS.contains(tag)) {
                        flush();
                        if (!tag.equals("br") && !tag.equals("hr")) {
                            owners.push(e);
                        }
                    } else if (tag.equals("a")) {
                        linkDepth[0]++;
                    } else if (tag.equals("img") && text.length() > 0) {
                        text.append(' ');
                    }
                } else if (node instanceof TextNode t) {
                    String s = t.getWholeText();
                    if (linkDepth[0] > 0) {
                        linkWords[0] += Texts.wordCount(s);
                    }
                    text.append(s);
                }
                return FilterResult.CONTINUE;
            }

            @Override
            public FilterResult tail(Node node, int depth) {
                if (node instanceof Element e) {
                    String tag = e.normalName();
                    if (BLOCK_TAGS.contains(tag) && !tag.equals("br") && !tag.equals("hr")) {
                        flush();
                        if (owners.size() > 1 && owners.peek() == e) {
                            owners.pop();
                        }
                    } else if (tag.equals("a")) {
                        linkDepth[0] = Math.max(0, linkDepth[0] - 1);
                    }
                }
                return FilterResult.CONTINUE;
            }

            private void flush() {
                if (text.length() > 0) {
                    String s = squasher.squash(text);
                    if (!s.isEmpty()) {
                        int words = squasher.words();
                        blocks.add(new Block(owners.peek(), s, words, Math.min(words, linkWords[0]), blocks.size()));
                    }
                    text.setLength(0);
                }
                linkWords[0] = 0;
            }
        }, root);
        if (text.length() > 0) {
            String s = squasher.squash(text);
            if (!s.isEmpty()) {
                int words = squasher.words();
                blocks.add(new Block(owners.peek(), s, words, Math.min(words, linkWords[0]), blocks.size()));
            }
        }
        return blocks;
    }

    private static boolean hidden(Element e) {
        if (e.attributesSize() == 0) {
            return false;
        }
        if (e.hasAttr("hidden") || "true".equals(e.attr("aria-hidden"))) {
            return true;
        }
        String style = e.attr("style");
        return !style.isEmpty() && style.replace(" ", "").toLowerCase(java.util.Locale.ROOT).contains("display:none");
    }
}
