package io.parley.extraction;

import org.jsoup.nodes.Element;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * Turns blocks into maxent context strings. Every setting comes from the {@link Spec} stored in the model
 * file, so serving computes exactly the features the model was trained on.
 */
final class BlockFeatures {

    /**
     * The feature configuration saved as the model's {@code spec.json}.
     *
     * @param version        bumped when the meaning of a feature string changes
     * @param ancestorLevels how many ancestors contribute tag and class/id tokens
     * @param window         neighbouring blocks on each side that contribute their shape
     * @param labels         outcome names in model order
     * @param stages         1 = block features only; 2 = a second model also sees the first's neighbour labels
     */
    record Spec(int version, int ancestorLevels, int window, List<String> labels, int stages) {
        static Spec defaults() {
            return new Spec(1, 6, 2, List.of(ARTICLE, COMMENT, BOILERPLATE), 2);
        }
    }

    static final String ARTICLE = "article";
    static final String COMMENT = "comment";
    static final String BOILERPLATE = "boilerplate";

    // The look-aheads only name the first character every match starts with: the same matches, but the
    // regex engine rejects most positions with one class test instead of trying every alternative.
    static final Pattern DATE_LIKE = Pattern.compile(
            "(?i)(?=[0-9jfmasond])\\b(\\d{1,2}:\\d{2}|\\d{4}-\\d{2}-\\d{2}|(jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)[a-z]*\\.? \\d{1,2}|\\d+ (minutes?|hours?|days?|weeks?|months?|years?) ago)\\b");
    static final Pattern COMMENT_META = Pattern.compile("(?i)^(reply|report|flag|like|permalink|quote|says:?|said:?|wrote:?)$|(?=[sw])\\b(says|wrote):?$");

    private final Spec spec;
    private final Map<Element, List<String>> tokenCache = new IdentityHashMap<>();
    private final Map<Element, List<String>> elementTokens = new IdentityHashMap<>();
    private static final Set<String> ANCESTOR_TAGS = Set.of("article", "nav", "footer", "header", "aside", "form", "li",
            "blockquote", "table", "ul", "ol", "h1", "h2", "h3", "main");

    BlockFeatures(Spec spec) {
        this.spec = spec;
    }

    /**
     * What stage one knows of each block of a page, before it is spelled: as feature strings for training
     * ({@link #contexts}) or as feature ids for serving ({@link BlockIds}). Both spell from these facts with the
     * same spelling methods below, so the two cannot drift apart.
     */
    static final class Facts {
        static final int DUP = 1;
        static final int DATE = 2;
        static final int CMETA = 4;
        static final int SENTENCE = 8;

        final int n;
        final Element[] owner;
        final String[] tag;
        final int[] words;
        final int[] linkDensity;
        final int[] pos;
        final int[] flags;
        final int[] win;
        final int[] before;
        final int[] after;

        private Facts(int n) {
            this.n = n;
            owner = new Element[n];
            tag = new String[n];
            words = new int[n];
            linkDensity = new int[n];
            pos = new int[n];
            flags = new int[n];
            win = new int[n];
            before = new int[n];
            after = new int[n];
        }
    }

    /** Stage-one facts for every block of one page. */
    Facts facts(List<HtmlBlocks.Block> blocks) {
        Map<String, Integer> textCounts = new HashMap<>();
        for (HtmlBlocks.Block b : blocks) {
            textCounts.merge(b.text, 1, Integer::sum);
        }
        int n = blocks.size();
        Facts p = new Facts(n);
        int[] prefixWords = new int[n + 1];
        for (int i = 0; i < n; i++) {
            HtmlBlocks.Block b = blocks.get(i);
            prefixWords[i + 1] = prefixWords[i] + (b.words - b.linkWords);
            p.owner[i] = b.owner;
            p.tag[i] = b.owner.normalName();
            p.words[i] = bucket(b.words);
            p.linkDensity[i] = (int) Math.round(b.linkDensity() * 4);
            p.pos[i] = n <= 1 ? 0 : (10 * i) / n;
            int flags = 0;
            if (textCounts.get(b.text) > 1) {
                flags |= Facts.DUP;
            }
            if (hasDigit(b.text, 200) && DATE_LIKE.matcher(b.text.length() > 200 ? b.text.substring(0, 200) : b.text).find()) {
                flags |= Facts.DATE;
            }
            if (b.words <= 6 && COMMENT_META.matcher(b.text).find()) {
                flags |= Facts.CMETA;
            }
            if (Character.isUpperCase(b.text.charAt(0)) && ".!?\"\u201d".indexOf(b.text.charAt(b.text.length() - 1)) >= 0) {
                flags |= Facts.SENTENCE;
            }
            p.flags[i] = flags;
        }
        for (int i = 0; i < n; i++) {
            // Dense text around a block (content) versus sparse, link-heavy surroundings (navigation).
            int lo = Math.max(0, i - 3), hi = Math.min(n, i + 4);
            p.win[i] = bucket(prefixWords[hi] - prefixWords[lo]);
            p.before[i] = bucket(prefixWords[i]);
            p.after[i] = bucket(prefixWords[n] - prefixWords[i + 1]);
        }
        return p;
    }

    /** Stage-one contexts for every block of one page. */
    List<String[]> contexts(List<HtmlBlocks.Block> blocks) {
        Facts p = facts(blocks);
        int n = p.n;
        List<String[]> out = new ArrayList<>(n);
        int w = spec.window();
        for (int i = 0; i < n; i++) {
            List<String> f = new ArrayList<>(32);
            shapeOf(p, i, f, 0);
            f.add(BIAS);
            f.addAll(tokenCache.computeIfAbsent(p.owner[i], this::computeTokens));
            f.add(pos(p.pos[i]));
            for (int k = 0; k < FLAGS.length; k++) {
                if ((p.flags[i] & (1 << k)) != 0) {
                    f.add(FLAGS[k]);
                }
            }
            for (int d = 1; d <= w; d++) {
                if (i - d >= 0) {
                    shapeOf(p, i - d, f, -d);
                } else {
                    f.add(neighbour(-d, NONE));
                }
                if (i + d < n) {
                    shapeOf(p, i + d, f, d);
                } else {
                    f.add(neighbour(d, NONE));
                }
            }
            f.add(win(p.win[i]));
            f.add(before(p.before[i]));
            f.add(after(p.after[i]));
            out.add(f.toArray(String[]::new));
        }
        return out;
    }

    /** Stage-two contexts: stage one's plus the labels stage one gave the neighbours. */
    List<String[]> stageTwo(List<String[]> stageOne, List<String> firstLabels) {
        List<String[]> out = new ArrayList<>(stageOne.size());
        int n = firstLabels.size();
        int w = spec.window() + 1;
        // Where the page's article and comments lie relative to this block: comments follow the story.
        int[] articleBefore = new int[n + 1];
        int[] commentBefore = new int[n + 1];
        for (int i = 0; i < n; i++) {
            articleBefore[i + 1] = articleBefore[i] + (ARTICLE.equals(firstLabels.get(i)) ? 1 : 0);
            commentBefore[i + 1] = commentBefore[i] + (COMMENT.equals(firstLabels.get(i)) ? 1 : 0);
        }
        for (int i = 0; i < n; i++) {
            List<String> f = new ArrayList<>(List.of(stageOne.get(i)));
            f.add(firstLabel(firstLabels.get(i)));
            for (int d = 1; d <= w; d++) {
                f.add(firstLabel(-d, i - d >= 0 ? firstLabels.get(i - d) : NONE));
                f.add(firstLabel(d, i + d < n ? firstLabels.get(i + d) : NONE));
            }
            int[] count = new int[3];
            for (int j = Math.max(0, i - 8); j < Math.min(n, i + 9); j++) {
                if (j != i) {
                    count[spec.labels().indexOf(firstLabels.get(j))]++;
                }
            }
            for (int k = 0; k < 3; k++) {
                f.add(firstLabelCount(spec.labels().get(k), Math.min(count[k], MAX_LABEL_COUNT)));
            }
            f.add(firstLabelsAround("ab", bucket(articleBefore[i])));
            f.add(firstLabelsAround("aa", bucket(articleBefore[n] - articleBefore[i + 1])));
            f.add(firstLabelsAround("cb", bucket(commentBefore[i])));
            f.add(firstLabelsAround("ca", bucket(commentBefore[n] - commentBefore[i + 1])));
            out.add(f.toArray(String[]::new));
        }
        return out;
    }

    // The spelling of every feature, shared by the string and the id path.

    static final String BIAS = "bias";
    static final String NONE = "none";
    /** Flag features in the bit order of {@link Facts#flags}. */
    static final String[] FLAGS = {"dup", "date", "cmeta", "sentence"};
    /** The largest value {@link #bucket} gives. */
    static final int MAX_BUCKET = 12;
    /** The largest value of a link-density feature (density 1.0 times 4). */
    static final int MAX_LINK_DENSITY = 4;
    static final int MAX_POS = 9;
    static final int MAX_LABEL_COUNT = 6;

    static String tag(String name) {
        return "tag=" + name;
    }

    static String words(int bucket) {
        return "w=" + bucket;
    }

    static String linkDensity(int quarters) {
        return "ld=" + quarters;
    }

    static String pos(int tenth) {
        return "pos=" + tenth;
    }

    static String win(int bucket) {
        return "win=" + bucket;
    }

    static String before(int bucket) {
        return "before=" + bucket;
    }

    static String after(int bucket) {
        return "after=" + bucket;
    }

    /** A neighbour's shape feature: offset -2 is "p2:", +1 is "n1:". */
    static String neighbour(int offset, String shape) {
        return (offset < 0 ? "p" + -offset : "n" + offset) + ":" + shape;
    }

    static String firstLabel(String label) {
        return "s1=" + label;
    }

    static String firstLabel(int offset, String label) {
        return (offset < 0 ? "s1p" + -offset : "s1n" + offset) + "=" + label;
    }

    static String firstLabelCount(String label, int count) {
        return "s1win" + label + "=" + count;
    }

    static String firstLabelsAround(String which, int bucket) {
        return "s1" + which + "=" + bucket;
    }

    /** Block i's shape (tag, length, link density), as its own features (offset 0) or a neighbour's. */
    private static void shapeOf(Facts p, int i, List<String> f, int offset) {
        String[] shape = {tag(p.tag[i]), words(p.words[i]), linkDensity(p.linkDensity[i])};
        for (String s : shape) {
            f.add(offset == 0 ? s : neighbour(offset, s));
        }
    }

    /** Every date form the pattern knows has a digit: a cheap test that spares most blocks the regex. */
    private static boolean hasDigit(String s, int limit) {
        for (int i = 0, n = Math.min(limit, s.length()); i < n; i++) {
            char c = s.charAt(i);
            if (c >= '0' && c <= '9') {
                return true;
            }
        }
        return false;
    }

    static int bucket(int words) {
        return words <= 0 ? 0 : Math.min(MAX_BUCKET, 1 + (int) (Math.log(words) / Math.log(2)));
    }

    /** The kinds of owner token, each spelled with its prefix. */
    enum Token {
        /** The parent's tag. */
        PTAG("ptag="),
        /** A landmark tag (article, nav, footer...) among the ancestors. */
        ANC("anc="),
        /** A class/id word of the owner itself. */
        C0("c0="),
        /** A class/id word of the owner or its two nearest ancestors. */
        CN("cn="),
        /** A class/id word of a farther ancestor. */
        CA("ca=");

        final String prefix;

        Token(String prefix) {
            this.prefix = prefix;
        }

        String spell(String value) {
            return prefix + value;
        }
    }

    /** Receives an owner's tokens in feature order (repeats included: the receiver keeps the first). */
    interface TokenSink {
        void add(Token kind, String value);
    }

    /** The owner's context tokens: its parent's tag, landmark ancestors, and class/id words near and far. */
    void ownerTokens(Element owner, TokenSink sink) {
        Element parent = owner.parent();
        sink.add(Token.PTAG, parent == null ? NONE : parent.normalName());
        Element e = owner;
        for (int level = 0; e != null && level <= spec.ancestorLevels(); level++, e = e.parent()) {
            String tag = e.normalName();
            if (level > 0 && ANCESTOR_TAGS.contains(tag)) {
                sink.add(Token.ANC, tag);
            }
            for (String t : elementTokens.computeIfAbsent(e, BlockFeatures::classTokens)) {
                if (level == 0) {
                    sink.add(Token.C0, t);
                }
                sink.add(level <= 2 ? Token.CN : Token.CA, t);
            }
        }
    }

    private List<String> computeTokens(Element owner) {
        List<String> out = new ArrayList<>(24);
        ownerTokens(owner, (kind, value) -> addOnce(out, kind.spell(value)));
        return List.copyOf(out);
    }

    private static void addOnce(List<String> out, String s) {
        if (!out.contains(s)) {
            out.add(s);
        }
    }

    /** Lower-case word pieces of class, id and itemprop ("commentBody-2" gives comment, body). */
    static List<String> classTokens(Element e) {
        String cls = e.className();
        String id = e.id();
        String prop = e.hasAttr("itemprop") ? e.attr("itemprop") : "";
        if (cls.isEmpty() && id.isEmpty() && prop.isEmpty()) {
            return List.of();
        }
        List<String> out = new ArrayList<>(4);
        split(cls, out);
        split(id, out);
        split(prop, out);
        return out;
    }

    /** Splits on non-letters and on lower-to-upper case changes; keeps pieces of 2 to 20 letters, once each. */
    private static void split(String raw, List<String> out) {
        int start = -1;
        for (int i = 0; i <= raw.length(); i++) {
            char c = i < raw.length() ? raw.charAt(i) : ' ';
            boolean letter = c < 128 ? (c >= 'a' && c <= 'z' || c >= 'A' && c <= 'Z') : Character.isLetter(c);
            boolean camel = letter && start >= 0 && Character.isUpperCase(c) && Character.isLowerCase(raw.charAt(i - 1));
            if (start >= 0 && (!letter || camel)) {
                int len = i - start;
                if (len >= 2 && len <= 20) {
                    String t = raw.substring(start, i).toLowerCase(Locale.ROOT);
                    if (!out.contains(t)) {
                        out.add(t);
                    }
                }
                start = -1;
            }
            if (letter && start < 0) {
                start = i;
            }
        }
    }
}
