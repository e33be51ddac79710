package io.parley.classification.text;

import opennlp.tools.langdetect.Language;
import opennlp.tools.langdetect.LanguageDetectorFactory;
import opennlp.tools.langdetect.LanguageDetectorModel;
import opennlp.tools.ml.maxent.GISModel;
import opennlp.tools.ml.model.Context;
import opennlp.tools.util.normalizer.AggregateCharSequenceNormalizer;
import opennlp.tools.util.normalizer.CharSequenceNormalizer;
import opennlp.tools.util.normalizer.EmojiCharSequenceNormalizer;
import opennlp.tools.util.normalizer.NumberCharSequenceNormalizer;
import opennlp.tools.util.normalizer.ShrinkCharSequenceNormalizer;
import opennlp.tools.util.normalizer.TwitterCharSequenceNormalizer;
import opennlp.tools.util.normalizer.UrlCharSequenceNormalizer;

import java.util.HashMap;
import java.util.Map;

/**
 * OpenNLP's {@code LanguageDetectorME.predictLanguage} for a model with the default factory, computed
 * the same way with less work per call: the same normalizers, the same lower-casing and 1-3 character
 * n-grams, collected in hash maps whose keys hash exactly as OpenNLP's CharBuffer keys do (so the n-grams
 * are summed in OpenNLP's order), then looked up in a table built once at load instead of as a fresh
 * String per n-gram, and the maxent sum, exp and normalisation of GISModel. The most likely language
 * and its confidence are bit for bit OpenNLP's. (OpenNLP's own order is only undefined where eight
 * n-grams share a hash bucket, which turns the bucket into a tree ordered by identity hash codes.)
 */
final class CompiledLanguageDetector {

    /** The default factory's normalizers, in its order (LanguageDetectorFactory.getContextGenerator). */
    private static final CharSequenceNormalizer NORMALIZER = new AggregateCharSequenceNormalizer(
            EmojiCharSequenceNormalizer.getInstance(), UrlCharSequenceNormalizer.getInstance(),
            TwitterCharSequenceNormalizer.getInstance(), NumberCharSequenceNormalizer.getInstance(),
            ShrinkCharSequenceNormalizer.getInstance());
    private static final int MIN_GRAM = 1;
    private static final int MAX_GRAM = 3;

    private final String[] outcomes;
    private final double logPrior;
    /** Row r's active outcomes and parameters are at {@code rowStart[r] .. rowStart[r + 1]}, in OpenNLP's order. */
    private final int[] rowStart;
    private final byte[] activeOutcome;
    private final double[] parameter;
    /** Open-addressing table of predicate strings: slot holds row + 1, 0 when empty, and the row's hash. */
    private final int[] slots;
    private final int[] slotHash;
    private final int slotShift;
    private final int[] predicateStart;
    private final char[] pool;

    /** Texts whose n-grams were summed through the hash maps (the rare case the int tables cannot order). */
    private final java.util.concurrent.atomic.LongAdder throughHashMaps = new java.util.concurrent.atomic.LongAdder();

    long summedThroughHashMaps() {
        return throughHashMaps.sum();
    }

    private CompiledLanguageDetector(String[] outcomes, Map<String, Context> pmap) {
        this.outcomes = outcomes;
        this.logPrior = StrictMath.log(1.0 / outcomes.length);
        int rows = pmap.size();
        rowStart = new int[rows + 1];
        predicateStart = new int[rows + 1];
        int active = 0;
        int chars = 0;
        for (Map.Entry<String, Context> e : pmap.entrySet()) {
            active += e.getValue().getOutcomes().length;
            chars += e.getKey().length();
        }
        if (outcomes.length > 128) {
            throw new IllegalArgumentException("more outcomes than a byte holds");
        }
        activeOutcome = new byte[active];
        parameter = new double[active];
        pool = new char[chars];
        slots = new int[Integer.highestOneBit(Math.max(1, rows)) * 4];
        slotHash = new int[slots.length];
        slotShift = 32 - Integer.numberOfTrailingZeros(slots.length);
        int r = 0;
        int a = 0;
        int c = 0;
        for (Map.Entry<String, Context> e : pmap.entrySet()) {
            rowStart[r] = a;
            int[] o = e.getValue().getOutcomes();
            double[] p = e.getValue().getParameters();
            for (int j = 0; j < o.length; j++) {
                activeOutcome[a + j] = (byte) o[j];
            }
            System.arraycopy(p, 0, parameter, a, p.length);
            a += o.length;
            String s = e.getKey();
            predicateStart[r] = c;
            s.getChars(0, s.length(), pool, c);
            c += s.length();
            int hash = Gram.hash(pool, predicateStart[r], s.length());
            int slot = slot(hash);
            while (slots[slot] != 0) {
                slot = (slot + 1) & (slots.length - 1);
            }
            slots[slot] = r + 1;
            slotHash[slot] = hash;
            r++;
        }
        rowStart[rows] = a;
        predicateStart[rows] = c;
    }

    private CompiledLanguageDetector(String[] outcomes, double logPrior, int[] rowStart, byte[] activeOutcome, double[] parameter,
                                     int[] slots, int[] slotHash, int slotShift, int[] predicateStart, char[] pool) {
        this.outcomes = outcomes;
        this.logPrior = logPrior;
        this.rowStart = rowStart;
        this.activeOutcome = activeOutcome;
        this.parameter = parameter;
        this.slots = slots;
        this.slotHash = slotHash;
        this.slotShift = slotShift;
        this.predicateStart = predicateStart;
        this.pool = pool;
    }

    private static final int MAGIC = 0x504c4431; // "PLD1"

    /**
     * The tables as one file, so that a later start reads them instead of parsing OpenNLP's 10 MB model (about
     * a second) and compiling it again; a CRC32 at the end guards against a torn or foreign file.
     */
    void write(java.nio.file.Path file) throws java.io.IOException {
        int size = 4 * 4 + 8 + 4 * 7;
        for (String o : outcomes) {
            size += 4 + 2 * o.length();
        }
        size += 4 * rowStart.length + activeOutcome.length + 8 * parameter.length + 4 * slots.length + 4 * slotHash.length
                + 4 * predicateStart.length + 2 * pool.length + 8;
        java.nio.ByteBuffer b = java.nio.ByteBuffer.allocate(size);
        b.putInt(MAGIC).putInt(outcomes.length);
        for (String o : outcomes) {
            b.putInt(o.length());
            for (int i = 0; i < o.length(); i++) {
                b.putChar(o.charAt(i));
            }
        }
        b.putDouble(logPrior).putInt(slotShift);
        b.putInt(rowStart.length);
        b.asIntBuffer().put(rowStart);
        b.position(b.position() + 4 * rowStart.length);
        b.putInt(activeOutcome.length).put(activeOutcome);
        b.putInt(parameter.length);
        b.asDoubleBuffer().put(parameter);
        b.position(b.position() + 8 * parameter.length);
        for (int[] a : new int[][]{slots, slotHash, predicateStart}) {
            b.putInt(a.length);
            b.asIntBuffer().put(a);
            b.position(b.position() + 4 * a.length);
        }
        b.putInt(pool.length);
        b.asCharBuffer().put(pool);
        b.position(b.position() + 2 * pool.length);
        java.util.zip.CRC32 crc = new java.util.zip.CRC32();
        crc.update(b.array(), 0, b.position());
        b.putLong(crc.getValue());
        java.nio.file.Files.createDirectories(file.toAbsolutePath().getParent());
        java.nio.file.Path tmp = java.nio.file.Files.createTempFile(file.toAbsolutePath().getParent(), "langdetect", ".tmp");
        java.nio.file.Files.write(tmp, java.util.Arrays.copyOf(b.array(), b.position()));
        java.nio.file.Files.move(tmp, file, java.nio.file.StandardCopyOption.REPLACE_EXISTING,
                java.nio.file.StandardCopyOption.ATOMIC_MOVE);
    }

    /** The tables {@link #write} wrote, or null when the file is absent, torn or of another format. */
    static CompiledLanguageDetector read(java.nio.file.Path file) {
        try {
            if (!java.nio.file.Files.isRegularFile(file)) {
                return null;
            }
            byte[] bytes = java.nio.file.Files.readAllBytes(file);
            if (bytes.length < 16) {
                return null;
            }
            java.nio.ByteBuffer b = java.nio.ByteBuffer.wrap(bytes);
            java.util.zip.CRC32 crc = new java.util.zip.CRC32();
            crc.update(bytes, 0, bytes.length - 8);
            if (b.getLong(bytes.length - 8) != crc.getValue() || b.getInt() != MAGIC) {
                return null;
            }
            String[] outcomes = new String[b.getInt()];
            for (int i = 0; i < outcomes.length; i++) {
                char[] c = new char[b.getInt()];
                for (int j = 0; j < c.length; j++) {
                    c[j] = b.getChar();
                }
                outcomes[i] = new String(c);
            }
            double logPrior = b.getDouble();
            int slotShift = b.getInt();
            int[] rowStart = ints(b);
            byte[] active = new byte[b.getInt()];
            b.get(active);
            double[] parameter = new double[b.getInt()];
            b.asDoubleBuffer().get(parameter);
            b.position(b.position() + 8 * parameter.length);
            int[] slots = ints(b);
            int[] slotHash = ints(b);
            int[] predicateStart = ints(b);
            char[] pool = new char[b.getInt()];
            b.asCharBuffer().get(pool);
            return new CompiledLanguageDetector(outcomes, logPrior, rowStart, active, parameter, slots, slotHash, slotShift,
                    predicateStart, pool);
        } catch (java.io.IOException | RuntimeException e) {
            return null;
        }
    }

    private static int[] ints(java.nio.ByteBuffer b) {
        int[] a = new int[b.getInt()];
        b.asIntBuffer().get(a);
        b.position(b.position() + 4 * a.length);
        return a;
    }

    /** The compiled detector, or null when the model is not the default-factory maxent kind it knows. */
    static CompiledLanguageDetector of(LanguageDetectorModel model) {
        if (model.getFactory().getClass() != LanguageDetectorFactory.class || !(model.getMaxentModel() instanceof GISModel gis)) {
            return null;
        }
        Object[] data = gis.getDataStructures();
        @SuppressWarnings("unchecked")
        Map<String, Context> pmap = (Map<String, Context>) data[1];
        String[] outcomes = ((String[]) data[2]).clone();
        if (outcomes.length > 128) {
            return null;
        }
        CompiledLanguageDetector compiled = new CompiledLanguageDetector(outcomes, pmap);
        // The prior is not readable from outside; an empty context shows it. A non-uniform one is refused.
        double[] prior = new double[compiled.outcomes.length];
        java.util.Arrays.fill(prior, compiled.logPrior);
        return java.util.Arrays.equals(gis.eval(new String[0]), normalise(prior)) ? compiled : null;
    }

    /** The most likely language, or null when the text has a case mapping OpenNLP's buffer cannot hold (it fails there). */
    Language predict(CharSequence content) {
        return predict(content, false);
    }

    /** As {@link #predict(CharSequence)}; {@code throughMaps} sums through OpenNLP's hash maps even where not needed. */
    Language predict(CharSequence content, boolean throughMaps) {
        double[] p = distribution(content, throughMaps);
        if (p == null) {
            return null;
        }
        int best = best(p);
        return new Language(outcomes[best], p[best]);
    }

    /**
     * The most likely language and, second, the confidence of {@code other} on the same text (0 when the model has no
     * such language); null as for {@link #predict(CharSequence)}.
     */
    Language[] predictVersus(CharSequence content, String other) {
        double[] p = distribution(content, false);
        if (p == null) {
            return null;
        }
        double o = 0;
        for (int i = 0; i < outcomes.length; i++) {
            if (outcomes[i].equals(other)) {
                o = p[i];
            }
        }
        int best = best(p);
        return new Language[]{new Language(outcomes[best], p[best]), new Language(other, o)};
    }

    private int best(double[] p) {
        // predictLanguages sorts by confidence, stably: the first of equal maxima wins.
        int best = 0;
        for (int o = 1; o < p.length; o++) {
            if (p[best] < p[o]) {
                best = o;
            }
        }
        return best;
    }

    private double[] distribution(CharSequence content, boolean throughMaps) {
        String text = NORMALIZER.normalize(content).toString();
        // StringUtil.toLowerCaseCharBuffer: code point by code point into a buffer of the input's length; the
        // n-grams run over the whole buffer, so a shorter lower case leaves '\0' characters at its end.
        int n = text.length();
        char[] chars = new char[n];
        int len = 0;
        for (int i = 0; i < n; ) {
            int cp = text.codePointAt(i);
            i += Character.charCount(cp);
            int lower = Character.toLowerCase(cp);
            if (len + Character.charCount(lower) > n) {
                return null;
            }
            len += Character.toChars(lower, chars, len);
        }
        int k = outcomes.length;
        double[] p = new double[k];
        java.util.Arrays.fill(p, logPrior);
        if (throughMaps || !sumInHashMapOrder(chars, n, p)) {
            sumThroughHashMaps(chars, n, p);
            throughHashMaps.increment();
        }
        return normalise(p);
    }

    /**
     * OpenNLP's order, through the maps themselves. NGramCharModel.add: a map of the distinct n-grams, shortest first,
     * each in text order; LanguageDetectorME.arrayToCounts re-collects them in a fresh map; predict() sums in that
     * map's order.
     */
    private void sumThroughHashMaps(char[] chars, int n, double[] p) {
        Map<Gram, Gram> model = new HashMap<>();
        for (int size = MIN_GRAM; size <= MAX_GRAM; size++) {
            for (int start = 0; start + size <= n; start++) {
                Gram g = new Gram(chars, start, size);
                model.putIfAbsent(g, g);
            }
        }
        Map<Gram, Gram> counts = new HashMap<>();
        for (Gram g : model.keySet()) {
            counts.put(g, g);
        }
        for (Gram g : counts.keySet()) {
            add(row(g.chars, g.start, g.len, g.hash), p);
        }
    }

    /** Largest bin a HashMap keeps as a list (TREEIFY_THRESHOLD - 1): a bin that reaches more may become a tree. */
    private static final int LIST_BIN = 7;

    /**
     * The same sums in the same order as {@link #sumThroughHashMaps}, without the maps: a HashMap with no tree bins
     * iterates bin by bin (bin = spread hash modulo its capacity, which follows from its size alone) and, inside a bin,
     * in insertion order; the second map is filled in the first one's order, so it iterates in the same order. The
     * distinct n-grams are collected in an int table in first-occurrence order, then sorted stably by bin. Returns
     * false, having summed nothing, when either map could have turned a bin into a tree on its way to its final
     * capacity (more than {@link #LIST_BIN} n-grams in one bin at some capacity): then only the maps know the order.
     */
    private boolean sumInHashMapOrder(char[] chars, int n, double[] p) {
        int most = 3 * n;
        int[] start = new int[most];
        int[] len = new int[most];
        int[] hash = new int[most];
        int tableSize = Integer.highestOneBit(Math.max(8, most * 2 - 1)) << 1;
        int[] table = new int[tableSize];
        int mask = tableSize - 1;
        int shift = 32 - Integer.numberOfTrailingZeros(tableSize);
        int d = 0;
        for (int size = MIN_GRAM; size <= MAX_GRAM; size++) {
            for (int s = 0; s + size <= n; s++) {
                int h = Gram.hash(chars, s, size);
                int slot = (h * 0x9E3779B9) >>> shift;
                while (true) {
                    int g = table[slot] - 1;
                    if (g < 0) {
                        start[d] = s;
                        len[d] = size;
                        hash[d] = h;
                        table[slot] = ++d;
                        break;
                    }
                    if (hash[g] == h && len[g] == size && same(chars, start[g], chars, s, size)) {
                        break;
                    }
                    slot = (slot + 1) & mask;
                }
            }
        }
        int capacity = 16;
        while (d > capacity / 4 * 3) {
            capacity <<= 1;
        }
        int[] spread = new int[d];
        for (int g = 0; g < d; g++) {
            spread[g] = hash[g] ^ (hash[g] >>> 16);
        }
        int[] identity = new int[d];
        for (int g = 0; g < d; g++) {
            identity[g] = g;
        }
        if (mayTreeify(spread, identity, d, capacity)) {
            return false;
        }
        int[] order = byBin(spread, d, capacity);
        if (mayTreeify(spread, order, d, capacity)) {
            return false;
        }
        for (int g : order) {
            add(row(chars, start[g], len[g], hash[g]), p);
        }
        return true;
    }

    /** Whether a map filled with {@code order}'s n-grams could hold a bin longer than a list at any capacity it passes. */
    private static boolean mayTreeify(int[] spread, int[] order, int d, int finalCapacity) {
        int[] bins = new int[finalCapacity];
        for (int capacity = 16; capacity <= finalCapacity; capacity <<= 1) {
            // at this capacity the map holds at most its first threshold + 1 entries (the next one resizes it)
            int held = Math.min(d, capacity / 4 * 3 + 1);
            java.util.Arrays.fill(bins, 0, capacity, 0);
            for (int i = 0; i < held; i++) {
                if (++bins[spread[order[i]] & (capacity - 1)] > LIST_BIN) {
                    return true;
                }
            }
        }
        return false;
    }

    /** N-gram indices sorted by bin, stably (insertion order inside a bin): a counting sort. */
    private static int[] byBin(int[] spread, int d, int capacity) {
        int[] first = new int[capacity + 1];
        for (int g = 0; g < d; g++) {
            first[(spread[g] & (capacity - 1)) + 1]++;
        }
        for (int b = 0; b < capacity; b++) {
            first[b + 1] += first[b];
        }
        int[] order = new int[d];
        for (int g = 0; g < d; g++) {
            order[first[spread[g] & (capacity - 1)]++] = g;
        }
        return order;
    }

    private void add(int row, double[] p) {
        if (row >= 0) {
            for (int j = rowStart[row], end = rowStart[row + 1]; j < end; j++) {
                p[activeOutcome[j]] += parameter[j];
            }
        }
    }

    private static boolean same(char[] a, int aStart, char[] b, int bStart, int len) {
        for (int i = 0; i < len; i++) {
            if (a[aStart + i] != b[bStart + i]) {
                return false;
            }
        }
        return true;
    }

    /** GISModel.eval's last step: exp of each sum, divided by their total. */
    private static double[] normalise(double[] p) {
        double normal = 0.0;
        for (int o = 0; o < p.length; o++) {
            p[o] = StrictMath.exp(p[o]);
            normal += p[o];
        }
        for (int o = 0; o < p.length; o++) {
            p[o] /= normal;
        }
        return p;
    }

    /** The n-gram hashes of short texts crowd into a narrow range: spread them before probing linearly. */
    private int slot(int hash) {
        return (hash * 0x9E3779B9) >>> slotShift;
    }

    private int row(char[] chars, int from, int len, int hash) {
        int mask = slots.length - 1;
        for (int slot = slot(hash); ; slot = (slot + 1) & mask) {
            int r = slots[slot] - 1;
            if (r < 0) {
                return -1;
            }
            if (slotHash[slot] != hash) {
                continue;
            }
            int start = predicateStart[r];
            if (predicateStart[r + 1] - start == len && same(chars, from, pool, start, len)) {
                return r;
            }
        }
    }

    /** An n-gram: equal by content, hashed exactly as {@code CharBuffer.hashCode()} hashes the same characters. */
    private static final class Gram {
        final char[] chars;
        final int start;
        final int len;
        final int hash;

        Gram(char[] chars, int start, int len) {
            this.chars = chars;
            this.start = start;
            this.len = len;
            this.hash = hash(chars, start, len);
        }

        static int hash(char[] c, int start, int len) {
            int h = 1;
            for (int i = start + len - 1; i >= start; i--) {
                h = 31 * h + c[i];
            }
            return h;
        }

        boolean sameChars(char[] other, int otherStart) {
            for (int i = 0; i < len; i++) {
                if (chars[start + i] != other[otherStart + i]) {
                    return false;
                }
            }
            return true;
        }

        @Override
        public int hashCode() {
            return hash;
        }

        @Override
        public boolean equals(Object o) {
            return o instanceof Gram g && g.len == len && g.hash == hash && g.sameChars(chars, start);
        }
    }
}
