package io.parley.extraction;

import org.jsoup.nodes.Element;

import java.util.Arrays;
import java.util.HashMap;
import java.util.IdentityHashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Serving's spelling of the block features: ids into the predicates both stages know, taken from tables
 * built once at load with {@link BlockFeatures}' own spelling methods, so a page costs table look-ups
 * instead of thousands of feature strings hashed twice. Ids come out in the order of
 * {@link BlockFeatures#contexts} and {@link BlockFeatures#stageTwo}; a feature no stage knows is left out,
 * as OpenNLP ignores it. Immutable, so one instance serves every thread.
 */
final class BlockIds {

    /** Shape codes: 0 is a missing neighbour, then length buckets, link densities, and known tag names. */
    private static final int SHAPE_NONE = 0;
    private static final int SHAPE_WORDS = 1;
    private static final int SHAPE_LD = SHAPE_WORDS + BlockFeatures.MAX_BUCKET + 1;
    private static final int SHAPE_TAG = SHAPE_LD + BlockFeatures.MAX_LINK_DENSITY + 1;

    private final Map<String, Integer> ids;
    private final int window;
    private final List<String> labels;
    private final Map<String, Integer> tagShape;
    /** Per {@link BlockFeatures.Token} kind: token value to id. */
    private final Map<String, Integer>[] tokens;
    /** [slot][shape code]: slot 0 the block's own shape, 2d-1 the neighbour d before, 2d the one d after. */
    private final int[][] shapeSlot;
    private final int bias;
    private final int[] flags;
    private final int[] pos;
    private final int[] win;
    private final int[] before;
    private final int[] after;
    private final int[] first;
    /** [slot][label index, or labels.size() for none], slots as in {@link #shapeSlot} (without slot 0). */
    private final int[][] firstAt;
    private final int[][] firstCount;
    /** s1ab, s1aa, s1cb, s1ca by bucket. */
    private final int[][] around;

    /**
     * @param predicates every predicate of every stage, each stage's in its own order
     */
    BlockIds(BlockFeatures.Spec spec, List<String[]> predicates) {
        this.window = spec.window();
        this.labels = spec.labels();
        Map<String, Integer> all = new LinkedHashMap<>();
        for (String[] stage : predicates) {
            for (String s : stage) {
                all.putIfAbsent(s, all.size());
            }
        }
        this.ids = all;
        // Tag names are the only open part of a shape: collect the ones some shape predicate names.
        String tagPrefix = BlockFeatures.tag("");
        Map<String, Integer> tags = new HashMap<>();
        for (String s : all.keySet()) {
            int colon = s.indexOf(':');
            String shape = colon > 0 && colon < 4 ? s.substring(colon + 1) : s;
            if (shape.startsWith(tagPrefix)) {
                tags.putIfAbsent(shape.substring(tagPrefix.length()), SHAPE_TAG + tags.size());
            }
        }
        this.tagShape = Map.copyOf(tags);
        @SuppressWarnings("unchecked")
        Map<String, Integer>[] byKind = new Map[BlockFeatures.Token.values().length];
        for (BlockFeatures.Token kind : BlockFeatures.Token.values()) {
            Map<String, Integer> values = new HashMap<>();
            String prefix = kind.spell("");
            for (String s : all.keySet()) {
                if (s.startsWith(prefix)) {
                    String value = s.substring(prefix.length());
                    values.put(value, id(kind.spell(value)));
                }
            }
            byKind[kind.ordinal()] = values;
        }
        this.tokens = byKind;
        String[] shapes = new String[SHAPE_TAG + tags.size()];
        shapes[SHAPE_NONE] = BlockFeatures.NONE;
        for (int b = 0; b <= BlockFeatures.MAX_BUCKET; b++) {
            shapes[SHAPE_WORDS + b] = BlockFeatures.words(b);
        }
        for (int q = 0; q <= BlockFeatures.MAX_LINK_DENSITY; q++) {
            shapes[SHAPE_LD + q] = BlockFeatures.linkDensity(q);
        }
        tags.forEach((name, code) -> shapes[code] = BlockFeatures.tag(name));
        int slots = 2 * window + 1;
        shapeSlot = new int[slots][shapes.length];
        for (int slot = 0; slot < slots; slot++) {
            for (int c = 0; c < shapes.length; c++) {
                shapeSlot[slot][c] = slot == 0 ? (c == SHAPE_NONE ? -1 : id(shapes[c])) : id(BlockFeatures.neighbour(offset(slot), shapes[c]));
            }
        }
        bias = id(BlockFeatures.BIAS);
        flags = new int[BlockFeatures.FLAGS.length];
        for (int k = 0; k < flags.length; k++) {
            flags[k] = id(BlockFeatures.FLAGS[k]);
        }
        pos = new int[BlockFeatures.MAX_POS + 1];
        for (int t = 0; t < pos.length; t++) {
            pos[t] = id(BlockFeatures.pos(t));
        }
        win = new int[BlockFeatures.MAX_BUCKET + 1];
        before = new int[win.length];
        after = new int[win.length];
        for (int b = 0; b < win.length; b++) {
            win[b] = id(BlockFeatures.win(b));
            before[b] = id(BlockFeatures.before(b));
            after[b] = id(BlockFeatures.after(b));
        }
        int l = labels.size();
        first = new int[l];
        firstAt = new int[2 * (window + 1) + 1][l + 1];
        firstCount = new int[l][BlockFeatures.MAX_LABEL_COUNT + 1];
        for (int a = 0; a <= l; a++) {
            String label = a < l ? labels.get(a) : BlockFeatures.NONE;
            if (a < l) {
                first[a] = id(BlockFeatures.firstLabel(label));
                for (int c = 0; c <= BlockFeatures.MAX_LABEL_COUNT; c++) {
                    firstCount[a][c] = id(BlockFeatures.firstLabelCount(label, c));
                }
            }
            for (int slot = 1; slot < firstAt.length; slot++) {
                firstAt[slot][a] = id(BlockFeatures.firstLabel(offset(slot), label));
            }
        }
        String[] which = {"ab", "aa", "cb", "ca"};
        around = new int[which.length][BlockFeatures.MAX_BUCKET + 1];
        for (int k = 0; k < which.length; k++) {
            for (int b = 0; b <= BlockFeatures.MAX_BUCKET; b++) {
                around[k][b] = id(BlockFeatures.firstLabelsAround(which[k], b));
            }
        }
    }

    /** Slot 2d-1 is offset -d, slot 2d is offset +d. */
    private static int offset(int slot) {
        return (slot & 1) == 1 ? -(slot + 1) / 2 : slot / 2;
    }

    private static int slot(int offset) {
        return offset < 0 ? -2 * offset - 1 : 2 * offset;
    }

    private int id(String feature) {
        Integer i = ids.get(feature);
        return i == null ? -1 : i;
    }

    /** Every predicate of every stage with its id (the rows of each stage's {@link CompiledMaxent}). */
    Map<String, Integer> rows() {
        return java.util.Collections.unmodifiableMap(ids);
    }

    /** The id of a feature string, -1 when no stage knows it. */
    int idOf(String feature) {
        return id(feature);
    }

    /** Stage-one ids per block, in the order {@link BlockFeatures#contexts} spells them. */
    int[][] stageOne(BlockFeatures features, BlockFeatures.Facts p) {
        int n = p.n;
        int[][] out = new int[n][];
        Map<Element, int[]> tokenIds = new IdentityHashMap<>();
        TokenCollector collector = new TokenCollector();
        int[] shape = new int[3 * n];
        for (int i = 0; i < n; i++) {
            shape[3 * i] = tagShape.getOrDefault(p.tag[i], -1);
            shape[3 * i + 1] = SHAPE_WORDS + p.words[i];
            shape[3 * i + 2] = SHAPE_LD + p.linkDensity[i];
        }
        int[] buf = new int[64];
        for (int i = 0; i < n; i++) {
            int[] tokens = tokenIds.get(p.owner[i]);
            if (tokens == null) {
                tokens = collector.collect(features, p.owner[i]);
                tokenIds.put(p.owner[i], tokens);
            }
            int need = 3 + 1 + tokens.length + 1 + flags.length + 2 * window * 3 + 3;
            if (buf.length < need) {
                buf = new int[need * 2];
            }
            int c = 0;
            c = shape(buf, c, shape, i, 0);
            c = put(buf, c, bias);
            for (int t : tokens) {
                buf[c++] = t;
            }
            c = put(buf, c, pos[p.pos[i]]);
            for (int k = 0; k < flags.length; k++) {
                if ((p.flags[i] & (1 << k)) != 0) {
                    c = put(buf, c, flags[k]);
                }
            }
            for (int d = 1; d <= window; d++) {
                c = i - d >= 0 ? shape(buf, c, shape, i - d, slot(-d)) : put(buf, c, shapeSlot[slot(-d)][SHAPE_NONE]);
                c = i + d < n ? shape(buf, c, shape, i + d, slot(d)) : put(buf, c, shapeSlot[slot(d)][SHAPE_NONE]);
            }
            c = put(buf, c, win[p.win[i]]);
            c = put(buf, c, before[p.before[i]]);
            c = put(buf, c, after[p.after[i]]);
            out[i] = Arrays.copyOf(buf, c);
        }
        return out;
    }

    private int shape(int[] buf, int c, int[] shape, int block, int slot) {
        int[] table = shapeSlot[slot];
        for (int k = 3 * block; k < 3 * block + 3; k++) {
            int code = shape[k];
            if (code >= 0) {
                c = put(buf, c, table[code]);
            }
        }
        return c;
    }

    private static int put(int[] buf, int c, int id) {
        if (id >= 0) {
            buf[c++] = id;
        }
        return c;
    }

    /**
     * Collects an owner's token ids, first occurrences only, as {@link BlockFeatures#contexts} keeps the
     * first of each string; one per page, with a stamp per id so a repeat is found without a search.
     */
    private final class TokenCollector implements BlockFeatures.TokenSink {
        private final int[] seen = new int[ids.size()];
        private int stamp;
        private int[] buf = new int[32];
        private int count;

        int[] collect(BlockFeatures features, Element owner) {
            stamp++;
            count = 0;
            features.ownerTokens(owner, this);
            return Arrays.copyOf(buf, count);
        }

        @Override
        public void add(BlockFeatures.Token kind, String value) {
            Integer id = tokens[kind.ordinal()].get(value);
            if (id == null || seen[id] == stamp) {
                return;
            }
            seen[id] = stamp;
            if (count == buf.length) {
                buf = Arrays.copyOf(buf, buf.length * 2);
            }
            buf[count++] = id;
        }
    }

    /**
     * Stage-two ids: stage one's plus the labels stage one gave the neighbours, in the order
     * {@link BlockFeatures#stageTwo} spells them. {@code firstLabels} are indices into the spec's labels.
     */
    int[][] stageTwo(int[][] stageOne, int[] firstLabels) {
        int n = firstLabels.length;
        int w = window + 1;
        int l = labels.size();
        int[] articleBefore = new int[n + 1];
        int[] commentBefore = new int[n + 1];
        int article = labels.indexOf(BlockFeatures.ARTICLE);
        int comment = labels.indexOf(BlockFeatures.COMMENT);
        for (int i = 0; i < n; i++) {
            articleBefore[i + 1] = articleBefore[i] + (firstLabels[i] == article ? 1 : 0);
            commentBefore[i + 1] = commentBefore[i] + (firstLabels[i] == comment ? 1 : 0);
        }
        int[][] out = new int[n][];
        int[] count = new int[l];
        for (int i = 0; i < n; i++) {
            int[] one = stageOne[i];
            int[] f = new int[one.length + 1 + 2 * w + l + 4];
            System.arraycopy(one, 0, f, 0, one.length);
            int c = one.length;
            c = put(f, c, first[firstLabels[i]]);
            for (int d = 1; d <= w; d++) {
                c = put(f, c, firstAt[slot(-d)][i - d >= 0 ? firstLabels[i - d] : l]);
                c = put(f, c, firstAt[slot(d)][i + d < n ? firstLabels[i + d] : l]);
            }
            Arrays.fill(count, 0);
            for (int j = Math.max(0, i - 8); j < Math.min(n, i + 9); j++) {
                if (j != i) {
                    count[firstLabels[j]]++;
                }
            }
            for (int k = 0; k < l; k++) {
                c = put(f, c, firstCount[k][Math.min(count[k], BlockFeatures.MAX_LABEL_COUNT)]);
            }
            c = put(f, c, around[0][BlockFeatures.bucket(articleBefore[i])]);
            c = put(f, c, around[1][BlockFeatures.bucket(articleBefore[n] - articleBefore[i + 1])]);
            c = put(f, c, around[2][BlockFeatures.bucket(commentBefore[i])]);
            c = put(f, c, around[3][BlockFeatures.bucket(commentBefore[n] - commentBefore[i + 1])]);
            out[i] = c == f.length ? f : Arrays.copyOf(f, c);
        }
        return out;
    }
}
