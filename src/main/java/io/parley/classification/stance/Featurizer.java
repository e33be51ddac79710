package io.parley.classification.stance;

import io.parley.classification.text.OpenNlp;
import io.parley.model.TrainerView;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * Turns (text, context, extra) into one feature row: L2-normalised term frequencies of the text and
 * of the context (the UCL FNC-1 recipe), then hand-made cues that carry what bags of words miss:
 * TF-IDF cosines (whole context and its lead), word and bigram overlap, refutation, negation and
 * hedge counts, question marks. Thread-safe: immutable after construction.
 */
@TrainerView
public final class Featurizer {

    private static final Pattern URL = Pattern.compile("(https?://|www\\.)\\S+");
    private static final Pattern MENTION = Pattern.compile("@\\w+");
    private static final Pattern WORD = Pattern.compile(".*[\\p{L}\\p{N}].*");
    private static final Pattern HASHTAG = Pattern.compile("#(\\w+)");
    /** Boundaries inside a camel-case hashtag: StopHillary2016 -> Stop|Hillary|2016. */
    private static final Pattern CAMEL = Pattern.compile("(?<=\\p{Ll})(?=\\p{Lu})|(?<=\\p{L})(?=\\p{N})|(?<=\\p{N})(?=\\p{L})"
            + "|(?<=\\p{Lu})(?=\\p{Lu}\\p{Ll})|_");
    private static final Pattern SPACES = Pattern.compile("\\s+");

    private final FeatureSpec spec;
    private final Map<String, Integer> textIndex;
    private final Map<String, Integer> contextIndex;
    private final Map<String, Integer> idfIndex;
    private final Set<String> stop;
    private final Set<String> refuting;
    private final Set<String> negation;
    private final Set<String> hedging;
    private final Set<String> questionWords;
    private final Map<String, Integer> crossIndex;

    public Featurizer(FeatureSpec spec) {
        this.spec = spec;
        this.textIndex = index(spec.textVocab());
        this.contextIndex = index(spec.contextVocab());
        this.idfIndex = index(spec.idfTerms());
        this.stop = new HashSet<>(spec.stopwords());
        this.refuting = new HashSet<>(spec.refuting());
        this.negation = new HashSet<>(spec.negation());
        this.hedging = new HashSet<>(spec.hedging());
        this.questionWords = new HashSet<>(spec.questionWords());
        this.crossIndex = index(spec.crossTargets() == null || spec.crossBuckets() <= 0 ? List.of() : spec.crossTargets());
    }

    /** How a context is matched against the stored training targets: trimmed, lower-cased, spaces folded. */
    public static String crossKey(String context) {
        return context == null ? "" : SPACES.matcher(context.strip().toLowerCase(Locale.ROOT)).replaceAll(" ");
    }

    /** The training target a context is, or -1; a model without crossing skips the key (it folds case and spaces). */
    private int crossId(String context) {
        return crossIndex.isEmpty() ? -1 : crossIndex.getOrDefault(crossKey(context), -1);
    }

    private static Map<String, Integer> index(List<String> terms) {
        Map<String, Integer> m = new HashMap<>(terms.size() * 2);
        for (int i = 0; i < terms.size(); i++) {
            m.put(terms.get(i), i);
        }
        return m;
    }

    /** Lower-cased OpenNLP tokens with URLs and @mentions folded and '#' dropped from hashtags. */
    public static List<String> tokens(String text) {
        String t = URL.matcher(text).replaceAll(" httpurl ");
        t = MENTION.matcher(t).replaceAll(" atuser ");
        t = t.replace('#', ' ').replace('\u2019', '\'');
        List<String> out = new ArrayList<>();
        for (String tok : OpenNlp.tokens(t)) {
            String w = tok.toLowerCase(Locale.ROOT);
            if (w.equals("n't") || w.equals("?") || w.equals("!") || WORD.matcher(w).matches()) {
                out.add(w);
            }
        }
        return out;
    }

    /** Content terms: tokens minus stopwords and punctuation, the unit of vocabularies and overlap. */
    List<String> terms(List<String> tokens) {
        List<String> out = new ArrayList<>(tokens.size());
        for (String w : tokens) {
            if (!stop.contains(w) && !w.equals("?") && !w.equals("!")) {
                out.add(w);
            }
        }
        return out;
    }

    /**
     * As {@link #terms(List)}, plus, when the spec says so, the words of camel-case hashtags: tweets
     * put their stance in tags (#StopHillary2016, #ClimateAction) whose whole form is too rare to learn.
     */
    public List<String> terms(String raw, List<String> tokens) {
        List<String> out = terms(tokens);
        if (!spec.splitHashtags() || raw.indexOf('#') < 0) {
            return out;
        }
        var m = HASHTAG.matcher(raw);
        while (m.find()) {
            String[] parts = CAMEL.split(m.group(1));
            if (parts.length < 2) {
                continue;
            }
            for (String part : parts) {
                String w = part.toLowerCase(Locale.ROOT);
                if (!w.isEmpty() && !stop.contains(w)) {
                    out.add(w);
                }
            }
        }
        return out;
    }

    /** Hashed character 2-5-grams of the lower-cased text with URLs and mentions folded, L2-normalised. */
    private Sparse charGrams(String raw) {
        int buckets = spec.charGrams();
        if (buckets <= 0) {
            return EMPTY;
        }
        String t = URL.matcher(raw).replaceAll(" httpurl ");
        t = MENTION.matcher(t).replaceAll(" atuser ");
        t = " " + SPACES.matcher(t.toLowerCase(Locale.ROOT)).replaceAll(" ").strip() + " ";
        // Bucket of each gram = floorMod(gram.hashCode(), buckets), with String.hashCode computed in place
        // (h = 31 h + c) so no substring is allocated; sorted, equal buckets are counted as one entry.
        int len = t.length();
        int[] all = new int[4 * len];
        int m = 0;
        for (int i = 0; i < len; i++) {
            int h = t.charAt(i);
            for (int n = 2; n <= 5 && i + n <= len; n++) {
                h = 31 * h + t.charAt(i + n - 1);
                all[m++] = Math.floorMod(h, buckets);
            }
        }
        return normalised(counted(all, m));
    }

    /** The distinct values of {@code all[0..m)} in ascending order, each with how many times it occurs (sorts them). */
    private static Sparse counted(int[] all, int m) {
        Arrays.sort(all, 0, m);
        int distinct = 0;
        for (int i = 0; i < m; i++) {
            if (i == 0 || all[i] != all[i - 1]) {
                distinct++;
            }
        }
        int[] idx = new int[distinct];
        float[] val = new float[distinct];
        int k = -1;
        for (int i = 0; i < m; i++) {
            if (i == 0 || all[i] != all[i - 1]) {
                idx[++k] = all[i];
            }
            val[k] += 1f; // small integer counts: exact, in any order
        }
        return new Sparse(idx, val);
    }

    /** {@code s} scaled in place to unit L2 norm (summed in index order), unless it is all zeros. */
    private static Sparse normalised(Sparse s) {
        float[] val = s.val();
        double norm = 0;
        for (float v : val) {
            norm += (double) v * v;
        }
        if (norm > 0) {
            float inv = (float) (1 / Math.sqrt(norm));
            for (int j = 0; j < val.length; j++) {
                val[j] *= inv;
            }
        }
        return s;
    }

    private static final Sparse EMPTY = new Sparse(new int[0], new float[0]);

    /** Per-text statistics, computed once per distinct text (a body shared by many headlines). */
    public FeatureSpec spec() {
        return spec;
    }

    public Stats stats(String text) {
        String raw = text == null ? "" : text;
        return stats(raw, tokens(raw));
    }

    /** As {@link #stats(String)} with the tokens already computed (they do not depend on the spec). */
    Stats stats(String raw, List<String> tokens) {
        List<String> terms = terms(raw, tokens);
        Set<String> uni = new HashSet<>(terms);
        Set<String> bi = new HashSet<>();
        for (int i = 0; i + 1 < terms.size(); i++) {
            bi.add(terms.get(i) + ' ' + terms.get(i + 1));
        }
        int refute = 0;
        int negate = 0;
        int hedge = 0;
        for (String w : tokens) {
            if (refuting.contains(w)) {
                refute++;
            }
            if (negation.contains(w)) {
                negate++;
            }
            if (hedging.contains(w)) {
                hedge++;
            }
        }
        int q = 0;
        int excl = 0;
        for (int i = 0; i < raw.length(); i++) {
            char c = raw.charAt(i);
            if (c == '?') {
                q++;
            } else if (c == '!') {
                excl++;
            }
        }
        boolean questionStart = false;
        for (String w : tokens) {
            if (w.equals("atuser") || w.equals("httpurl")) {
                continue;
            }
            questionStart = questionWords.contains(w);
            break;
        }
        List<String> lead = terms.subList(0, Math.min(terms.size(), spec.leadTokens()));
        List<String> textTerms = terms;
        if (spec.textBigrams()) {
            textTerms = new ArrayList<>(terms);
            for (int i = 0; i + 1 < terms.size(); i++) {
                textTerms.add(terms.get(i) + ' ' + terms.get(i + 1));
            }
        }
        return new Stats(uni, bi, sparse(textTerms, textIndex, null), sparse(terms, contextIndex, null),
                sparse(terms, idfIndex, spec.idf()), sparse(lead, idfIndex, spec.idf()), refute, negate, hedge, q, excl,
                questionStart, tokens.size(), charGrams(raw), crossId(raw));
    }

    private static Sparse sparse(List<String> terms, Map<String, Integer> index, double[] weights) {
        // the vocabulary indices of the terms, sorted; equal indices are one entry counting them (as a TreeMap would)
        int[] all = new int[terms.size()];
        int m = 0;
        for (String t : terms) {
            Integer i = index.get(t);
            if (i != null) {
                all[m++] = i;
            }
        }
        Sparse counts = counted(all, m);
        if (weights != null) {
            float[] val = counts.val();
            for (int j = 0; j < val.length; j++) {
                val[j] = (float) (val[j] * weights[counts.idx()[j]]);
            }
        }
        return normalised(counts);
    }

    /** Writes one feature row into {@code row} starting at {@code offset} (which must be zeroed). */
    void fill(Stats text, Stats context, Stats extra, float[] row, int offset) {
        fill(text, context, extra, row, offset, true);
    }

    /** As above; without {@code crossed} the row is written as for a target never seen in training. */
    public void fill(Stats text, Stats context, Stats extra, float[] row, int offset, boolean crossed) {
        int nt = spec.textVocab().size();
        int nc = spec.contextVocab().size();
        Sparse a = text.tfText();
        for (int i = 0; i < a.idx().length; i++) {
            row[offset + a.idx()[i]] = a.val()[i];
        }
        Sparse b = context.tfContext();
        for (int i = 0; i < b.idx().length; i++) {
            row[offset + nt + b.idx()[i]] = b.val()[i];
        }
        float[] cues = cues(text, context, extra);
        System.arraycopy(cues, 0, row, offset + nt + nc, cues.length);
        int buckets = spec.interactions();
        if (buckets > 0 && b.idx().length > 0) {
            int base = offset + nt + nc + cues.length;
            float scale = (float) (1 / Math.sqrt(b.idx().length));
            for (int ci : b.idx()) {
                for (int i = 0; i < a.idx().length; i++) {
                    int bucket = Math.floorMod(ci * 1_000_003 + a.idx()[i] * 7919, buckets);
                    row[base + bucket] += a.val()[i] * scale;
                }
            }
        }
        Sparse g = text.chars();
        int gBase = offset + nt + nc + cues.length + buckets;
        for (int i = 0; i < g.idx().length; i++) {
            row[gBase + g.idx()[i]] += g.val()[i];
        }
        int xBase = gBase + spec.charGrams();
        if (crossed) {
            crossed(text, context, (col, v) -> row[xBase + col] += v);
        }
    }

    /**
     * The (target x feature) columns, relative to the start of their block: the comment's word terms and
     * character grams, each hashed together with the index of a training target. Nothing for a context
     * that was not a training target, so an unseen target's row is exactly its shared features.
     */
    private void crossed(Stats text, Stats context, NonZero out) {
        int buckets = spec.crossBuckets();
        if (buckets <= 0 || context.crossId() < 0) {
            return;
        }
        int salt = (context.crossId() + 1) * 0x9E3779B1;
        Sparse a = text.tfText();
        for (int i = 0; i < a.idx().length; i++) {
            out.accept(crossBucket(salt, a.idx()[i], buckets), a.val()[i]);
        }
        Sparse g = text.chars();
        for (int i = 0; i < g.idx().length; i++) {
            // Character buckets and word indices overlap as numbers: a second salt keeps them apart.
            out.accept(crossBucket(salt ^ 0x85EBCA6B, g.idx()[i], buckets), g.val()[i]);
        }
    }

    private static int crossBucket(int salt, int column, int buckets) {
        int h = salt + column * 0xC2B2AE35;
        h ^= h >>> 15;
        h *= 0x27D4EB2F;
        h ^= h >>> 13;
        return Math.floorMod(h, buckets);
    }

    /** Receives one non-zero input of a feature row: its column and value. */
    @FunctionalInterface
    interface NonZero {
        void accept(int column, float value);
    }

    /**
     * The non-zero entries of the row {@link #fill} would write, in no particular order and with
     * repeated columns allowed (hash buckets may collide; the consumer sums). Rows are mostly zeros
     * (tens of terms out of tens of thousands of columns), so serving visits only these.
     */
    void forEachNonZero(Stats text, Stats context, Stats extra, NonZero out) {
        forEachNonZero(text, context, extra, out, true);
    }

    /**
     * As above; without {@code includeContext} the context's own term columns are left out: they are the
     * same for every comment on one article, so serving sums them once per batch ({@link #forEachContextNonZero}).
     */
    void forEachNonZero(Stats text, Stats context, Stats extra, NonZero out, boolean includeContext) {
        int nt = spec.textVocab().size();
        int nc = spec.contextVocab().size();
        Sparse a = text.tfText();
        for (int i = 0; i < a.idx().length; i++) {
            out.accept(a.idx()[i], a.val()[i]);
        }
        Sparse b = context.tfContext();
        if (includeContext) {
            forEachContextNonZero(context, out);
        }
        float[] cues = cues(text, context, extra);
        for (int i = 0; i < cues.length; i++) {
            if (cues[i] != 0) {
                out.accept(nt + nc + i, cues[i]);
            }
        }
        int buckets = spec.interactions();
        if (buckets > 0 && b.idx().length > 0) {
            int base = nt + nc + cues.length;
            float scale = (float) (1 / Math.sqrt(b.idx().length));
            for (int ci : b.idx()) {
                for (int i = 0; i < a.idx().length; i++) {
                    int bucket = Math.floorMod(ci * 1_000_003 + a.idx()[i] * 7919, buckets);
                    out.accept(base + bucket, a.val()[i] * scale);
                }
            }
        }
        Sparse g = text.chars();
        int gBase = nt + nc + cues.length + buckets;
        for (int i = 0; i < g.idx().length; i++) {
            out.accept(gBase + g.idx()[i], g.val()[i]);
        }
        int xBase = gBase + spec.charGrams();
        crossed(text, context, (col, v) -> out.accept(xBase + col, v));
    }

    /** The context's own term columns of a row: they depend on the context alone. */
    void forEachContextNonZero(Stats context, NonZero out) {
        int nt = spec.textVocab().size();
        Sparse b = context.tfContext();
        for (int i = 0; i < b.idx().length; i++) {
            out.accept(nt + b.idx()[i], b.val()[i]);
        }
    }

    float[] cues(Stats t, Stats c, Stats x) {
        float[] f = new float[FeatureSpec.CUES];
        int k = 0;
        f[k++] = (float) t.tfidf().dot(c.tfidf());
        f[k++] = (float) t.tfidf().dot(c.leadTfidf());
        f[k++] = jaccard(t.uni(), c.uni());
        f[k++] = containment(t.uni(), c.uni());
        f[k++] = containment(c.uni(), t.uni());
        f[k++] = containment(t.bi(), c.bi());
        if (x != null) {
            f[k++] = 1;
            f[k++] = (float) t.tfidf().dot(x.tfidf());
            f[k++] = jaccard(t.uni(), x.uni());
            f[k++] = containment(t.uni(), x.uni());
            f[k++] = squash(x.refute());
        } else {
            k += 5;
        }
        f[k++] = squash(t.refute());
        f[k++] = squash(t.negate());
        f[k++] = squash(t.hedge());
        f[k++] = squash(t.questions());
        f[k++] = squash(t.exclamations());
        f[k++] = t.questionStart() ? 1 : 0;
        f[k++] = (float) Math.log1p(t.length()) / 8f;
        f[k++] = squash(c.refute());
        f[k++] = squash(c.negate());
        f[k++] = squash(c.hedge());
        f[k++] = (float) Math.log1p(c.length()) / 8f;
        return f;
    }

    /** Counts as 1 - 1/(1+n): monotone, bounded, so long bodies do not dominate. */
    private static float squash(int n) {
        return 1f - 1f / (1f + n);
    }

    private static float jaccard(Set<String> a, Set<String> b) {
        if (a.isEmpty() && b.isEmpty()) {
            return 0;
        }
        int inter = 0;
        for (String s : a) {
            if (b.contains(s)) {
                inter++;
            }
        }
        return inter / (float) (a.size() + b.size() - inter);
    }

    /** Share of {@code a} found in {@code b}. */
    private static float containment(Set<String> a, Set<String> b) {
        if (a.isEmpty()) {
            return 0;
        }
        int inter = 0;
        for (String s : a) {
            if (b.contains(s)) {
                inter++;
            }
        }
        return inter / (float) a.size();
    }

    record Sparse(int[] idx, float[] val) {
        double dot(Sparse o) {
            int i = 0;
            int j = 0;
            double s = 0;
            while (i < idx.length && j < o.idx.length) {
                if (idx[i] == o.idx[j]) {
                    s += (double) val[i++] * o.val[j++];
                } else if (idx[i] < o.idx[j]) {
                    i++;
                } else {
                    j++;
                }
            }
            return s;
        }

        @Override
        public String toString() {
            return Arrays.toString(idx);
        }
    }

    public record Stats(Set<String> uni, Set<String> bi, Sparse tfText, Sparse tfContext, Sparse tfidf, Sparse leadTfidf,
                 int refute, int negate, int hedge, int questions, int exclamations, boolean questionStart,
                 int length, Sparse chars, int crossId) {
    }
}
