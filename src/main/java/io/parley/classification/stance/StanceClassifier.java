package io.parley.classification.stance;

import io.parley.classification.text.EncoderSettings;
import io.parley.classification.text.SentenceEncoder;
import io.parley.model.ModelArchive;
import io.parley.model.ModelCorrupt;
import io.parley.model.ModelFile;
import io.parley.model.ModelRegistry;
import io.parley.model.TrainerView;

import java.util.ArrayList;
import java.util.Collections;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicLongArray;

/**
 * Scores where comments stand toward their article, their parent comment and site targets. One model
 * zip holds the three view networks and their feature specs. Thread-safe.
 *
 * <p>Reply to parent: the network learned RumourEval stance toward a thread's source post, with the
 * direct parent as second context. Serving treats the parent as the source of its own sub-thread
 * (source = parent = the parent text), the case of the 2,444 training replies that answer the source.
 */
public final class StanceClassifier {

    /** Where the committed model lives, relative to the models directory (or classpath {@code models/}). */
    public static final String MODEL_PATH = "stance/stance.zip";

    /** The stance model file, as the {@link ModelRegistry} reads it. */
    public static final ModelFile<StanceClassifier> FILE = new ModelFile<>("stance", MODEL_PATH, StanceClassifier::load);

    /**
     * Context stats cached per view. Sizes follow what a batch holds: a page has one article, but a
     * thread's parents are its other comments and the site has a handful of targets. One shared cache
     * let 64 parents of a batch evict the article and re-tokenise a long body for every comment.
     */
    private static final Map<StanceView, Integer> CACHE = Map.of(StanceView.ARTICLE, 128, StanceView.PARENT, 1024,
            StanceView.TARGET, 256);

    private final String name;
    private final String version;
    private final Map<StanceView, PairModel> views;
    private final Map<StanceView, Map<String, Featurizer.Stats>> contextCache = new EnumMap<>(StanceView.class);
    /** Null in a model without encoder heads (then {@link #encoder} is null too). */
    private final EncoderHeads heads;
    private final SentenceEncoder encoder;
    /** Per view (ordinal): rows scored, rows the encoder head ran on. */
    private final AtomicLongArray scored = new AtomicLongArray(StanceView.values().length);
    private final AtomicLongArray encoded = new AtomicLongArray(StanceView.values().length);
    /** Per view (ordinal): contexts (articles, parents, targets) featurised, i.e. not found in {@link #contextCache}. */
    private final AtomicLongArray featurised = new AtomicLongArray(StanceView.values().length);
    /** Per site target the unseen-target head scores: its prototype direction ({@link #direction}). */
    private final Map<String, float[]> directions = Collections.synchronizedMap(new LinkedHashMap<>(16, 0.75f, true) {
        @Override
        protected boolean removeEldestEntry(Map.Entry<String, float[]> eldest) {
            return size() > CACHE.get(StanceView.TARGET);
        }
    });

    /** Per set of owner-written side sentences ({@link TargetSides}): its direction ({@link #ownerDirection}). */
    private final Map<String, float[]> ownerDirections = Collections.synchronizedMap(new LinkedHashMap<>(16, 0.75f, true) {
        @Override
        protected boolean removeEldestEntry(Map.Entry<String, float[]> eldest) {
            return size() > CACHE.get(StanceView.TARGET);
        }
    });

    StanceClassifier(String name, String version, Map<StanceView, PairModel> views) {
        this(name, version, views, null, null);
    }

    private StanceClassifier(String name, String version, Map<StanceView, PairModel> views, EncoderHeads heads,
                             SentenceEncoder encoder) {
        if ((heads == null) != (encoder == null)) {
            throw new IllegalArgumentException("encoder heads need their encoder");
        }
        this.heads = heads;
        this.encoder = encoder;
        this.name = name;
        this.version = version;
        this.views = new EnumMap<>(views);
        for (StanceView v : StanceView.values()) {
            int size = CACHE.get(v);
            contextCache.put(v, Collections.synchronizedMap(new LinkedHashMap<>(16, 0.75f, true) {
                @Override
                protected boolean removeEldestEntry(Map.Entry<String, Featurizer.Stats> eldest) {
                    return size() > size;
                }
            }));
        }
    }

    /** Loads from {@code modelsDir} (blank: the classpath copy); fails with ModelNotFound / ModelCorrupt. */
    public static StanceClassifier load(String modelsDir) {
        return new ModelRegistry(modelsDir).load(FILE);
    }

    public static StanceClassifier load(ModelArchive archive) {
        StanceSpec spec = archive.spec(StanceSpec.class);
        if (spec.format() != StanceSpec.FORMAT || spec.views() == null) {
            throw new ModelCorrupt(archive.location(), "unsupported stance spec format " + spec.format());
        }
        Map<StanceView, PairModel> models = new EnumMap<>(StanceView.class);
        for (StanceView v : StanceView.values()) {
            FeatureSpec fs = spec.views().get(v.key());
            if (fs == null) {
                throw new ModelCorrupt(archive.location(), "no spec for view " + v.key());
            }
            if (!fs.labels().equals(v.labels())) {
                throw new ModelCorrupt(archive.location(), "view " + v.key() + " has labels " + fs.labels());
            }
            var net = archive.network(entryName(v));
            if (net.layerInputSize(0) != fs.dimension()) {
                throw new ModelCorrupt(archive.location(), "view " + v.key() + ": network input "
                        + net.layerInputSize(0) + " does not match spec dimension " + fs.dimension());
            }
            models.put(v, new PairModel(new Featurizer(fs), net));
        }
        var p = archive.provenance();
        EncoderHeads heads = archive.has(EncoderHeads.ENTRY) ? EncoderHeads.read(archive) : null;
        // The encoder's weights are checked against the sha256 the heads were trained on: a mismatch stops here.
        SentenceEncoder encoder = heads == null ? null : SentenceEncoder.shared(heads.encoder(), EncoderSettings.defaults());
        // OpenNLP's tokenizer model loads now, with the rest of the model, not inside the first classification.
        io.parley.classification.text.OpenNlp.tokens("Warm up the tokenizer.");
        return new StanceClassifier(p.name() == null ? "stance" : p.name(), p.version(), models, heads, encoder);
    }

    /** A classifier from views and heads in memory (the trainer scores what it is about to write). */
    @TrainerView
    public static StanceClassifier of(String name, String version, Map<StanceView, PairModel> views, EncoderHeads heads,
                                      SentenceEncoder encoder) {
        return new StanceClassifier(name, version, views, heads, encoder);
    }

    /** The encoder heads, or null when the model has none. */
    public EncoderHeads encoderHeads() {
        return heads;
    }

    /** The sentence encoder the heads run on, or null. */
    public SentenceEncoder encoder() {
        return encoder;
    }

    /** Per view: rows scored and rows the encoder head ran on since load (the cascade's share). */
    public Map<String, long[]> encoderUse() {
        Map<String, long[]> m = new LinkedHashMap<>();
        for (StanceView v : StanceView.values()) {
            m.put(v.key(), new long[]{scored.get(v.ordinal()), encoded.get(v.ordinal())});
        }
        return m;
    }

    /**
     * The network's probabilities {@code net} (rows of {@code texts} toward {@code contexts}) fused with the view's
     * encoder head where the network is unsure ({@link EncoderHeads#inBand}); target-view rows whose target has no
     * head of its own are scored by the unseen-target head ({@link EncoderHeads.Unseen}) when the file has one. Then
     * the view's temperature (not on the unseen-target head's rows when it has a calibration of its own). Encodes each distinct text once, through the encoder's cache.
     */
    @TrainerView
    public float[][] fuse(StanceView view, float[][] net, List<String> texts, List<String> contexts) {
        return fuse(view, net, texts, contexts, null);
    }

    /** As above; {@code sides} (null, or per row the owner's sentences of its target, entries may be null). */
    private float[][] fuse(StanceView view, float[][] net, List<String> texts, List<String> contexts,
                           List<TargetSides> sides) {
        scored.addAndGet(view.ordinal(), net.length);
        if (heads == null) {
            return net;
        }
        EncoderHeads.Head h = heads.head(view);
        EncoderHeads.Unseen unseen = view == StanceView.TARGET ? heads.unseen() : null;
        List<Integer> rows = new ArrayList<>();
        List<String> need = new ArrayList<>();
        for (int i = 0; i < net.length; i++) {
            boolean own = h != null && h.linear(contexts.get(i)) != null;
            if (own ? EncoderHeads.inBand(h, net[i]) : unseen != null) {
                rows.add(i);
                need.add(texts.get(i));
                if (!own || h.inputs().readsContext()) {
                    need.add(contexts.get(i));
                }
            }
        }
        float[][] out = net.clone();
        boolean[] ownTemperature = new boolean[net.length];
        if (!rows.isEmpty()) {
            encoded.addAndGet(view.ordinal(), rows.size());
            float[][] vec = encoder.encodeCached(need);
            int k = 0;
            for (int i : rows) {
                if (h == null || h.linear(contexts.get(i)) == null) {
                    float[] t = vec[k++];
                    out[i] = EncoderHeads.unseenProbabilities(unseen, t, vec[k++], direction(unseen, contexts.get(i)),
                            ownerDirection(unseen, sides == null ? null : sides.get(i)), texts.get(i), contexts.get(i));
                    ownTemperature[i] = unseen.calibrated();
                    continue;
                }
                float[] t = vec[k++];
                float[] c = h.inputs().readsContext() ? vec[k++] : null;
                float[] p = EncoderHeads.probabilities(h, h.linear(contexts.get(i)), EncoderHeads.inputs(h.inputs(), t, c));
                out[i] = EncoderHeads.fuse(net[i], p, h.fusion());
            }
        }
        double temp = heads.temperature(view);
        if (temp != 1.0) {
            for (int i = 0; i < out.length; i++) {
                if (ownTemperature[i]) {
                    continue;
                }
                out[i] = EncoderHeads.calibrate(out[i], temp);
            }
        }
        return out;
    }

    /**
     * Per view: how many contexts were featurised since load. An article is featurised once however many comments
     * (and batches) it has, while it stays among the view's cached contexts.
     */
    public Map<String, Long> contextsFeaturised() {
        Map<String, Long> m = new LinkedHashMap<>();
        for (StanceView v : StanceView.values()) {
            m.put(v.key(), featurised.get(v.ordinal()));
        }
        return m;
    }

    /**
     * Forgets every cached context and embedding (the encoder's cache too; the targets' prototype directions stay).
     * For measurements: a second pass over comments already scored would time cache lookups, not scoring.
     */
    public void clearCaches() {
        contextCache.values().forEach(Map::clear);
        if (encoder != null) {
            encoder.clearCache();
        }
    }

    /**
     * The unseen-target head's favour-minus-against prototype direction of a target (null when the head has none),
     * computed once per target: a site has a handful of targets, and its prototypes would otherwise be looked up in
     * the encoder's cache, which comments can evict, for every comment.
     */
    private float[] direction(EncoderHeads.Unseen unseen, String target) {
        if (!unseen.usesPrototypes()) {
            return null;
        }
        float[] d = directions.get(target);
        if (d == null) {
            d = EncoderHeads.direction(unseen, encoder.encodeCached(EncoderHeads.prototypes(unseen, target)));
            directions.put(target, d);
        }
        return d;
    }

    /**
     * The unseen-target head's direction from a target's owner-written sentences ({@link EncoderHeads#ownerDirection}),
     * or null (no sentences, or a head that does not weigh them: then the name decides, as before). Cached by the
     * sentences themselves, so an edited side is a new direction.
     */
    private float[] ownerDirection(EncoderHeads.Unseen unseen, TargetSides sides) {
        if (sides == null || !sides.present() || !unseen.usesOwnerSides()) {
            return null;
        }
        String key = "\u0001" + String.join("\u0000", sides.favor()) + "\u0001" + String.join("\u0000", sides.against());
        float[] d = ownerDirections.get(key);
        if (d == null) {
            float[][] v = encoder.encodeCached(java.util.stream.Stream.concat(sides.favor().stream(),
                    sides.against().stream()).toList());
            int nf = sides.favor().size();
            d = EncoderHeads.ownerDirection(java.util.Arrays.copyOfRange(v, 0, nf),
                    java.util.Arrays.copyOfRange(v, nf, v.length));
            if (d == null) {
                return null;
            }
            ownerDirections.put(key, d);
        }
        return d;
    }

    /** The zip entry of a view's network. */
    @TrainerView
    public static String entryName(StanceView v) {
        return v.key() + ".dl4j";
    }

    public String modelName() {
        return name;
    }

    public String modelVersion() {
        return version;
    }

    /** Stance of one comment; {@code articleText} and {@code parentText} may be null, {@code targets} empty. */
    public StanceResult classify(String comment, String articleText, String parentText, List<String> targets) {
        return classifyAll(List.of(new StanceInput(comment, articleText, parentText, targets))).get(0);
    }

    /** As above, with the owner's side sentences per target ({@link TargetSides}; may be empty). */
    public StanceResult classify(String comment, String articleText, String parentText, List<String> targets,
                                 Map<String, TargetSides> sides) {
        return classifyAll(List.of(new StanceInput(comment, articleText, parentText, targets, sides))).get(0);
    }

    /** Batched scoring: one network pass per view for the whole batch. */
    public List<StanceResult> classifyAll(List<StanceInput> inputs) {
        int n = inputs.size();
        List<List<String>> tokens = new ArrayList<>(n);
        for (StanceInput in : inputs) {
            tokens.add(Featurizer.tokens(in.comment()));
        }
        StanceLabel[] article = new StanceLabel[n];
        StanceLabel[] parent = new StanceLabel[n];
        List<Map<String, StanceLabel>> targets = new ArrayList<>(n);

        score(StanceView.ARTICLE, inputs, tokens, article, in -> blankToNull(in.articleText()), false);
        score(StanceView.PARENT, inputs, tokens, parent, in -> blankToNull(in.parentText()), true);

        PairModel tm = views.get(StanceView.TARGET);
        List<Featurizer.Stats> tText = new ArrayList<>();
        List<Featurizer.Stats> tCtx = new ArrayList<>();
        for (int i = 0; i < n; i++) {
            if (inputs.get(i).targets().isEmpty()) {
                continue;
            }
            Featurizer.Stats cs = tm.featurizer().stats(inputs.get(i).comment(), tokens.get(i));
            for (String t : inputs.get(i).targets()) {
                tText.add(cs);
                tCtx.add(context(StanceView.TARGET, t));
            }
        }
        float[][] tp = tm.predict(tText, tCtx, null);
        if (heads != null && tp.length > 0) {
            List<String> tt = new ArrayList<>();
            List<String> tc = new ArrayList<>();
            List<TargetSides> ts = new ArrayList<>();
            for (StanceInput in : inputs) {
                for (String t : in.targets()) {
                    tt.add(in.comment());
                    tc.add(t);
                    ts.add(in.sides().get(t));
                }
            }
            tp = fuse(StanceView.TARGET, tp, tt, tc, ts);
        }
        int k = 0;
        for (int i = 0; i < n; i++) {
            Map<String, StanceLabel> m = new LinkedHashMap<>();
            for (String t : inputs.get(i).targets()) {
                m.put(t, label(tm.labels(), tp[k++]));
            }
            targets.add(Collections.unmodifiableMap(m));
        }
        List<StanceResult> out = new ArrayList<>(n);
        for (int i = 0; i < n; i++) {
            out.add(new StanceResult(article[i], parent[i], targets.get(i)));
        }
        return out;
    }

    private void score(StanceView view, List<StanceInput> inputs, List<List<String>> tokens, StanceLabel[] out,
                       java.util.function.Function<StanceInput, String> contextOf, boolean contextIsAlsoExtra) {
        PairModel m = views.get(view);
        List<Integer> rows = new ArrayList<>();
        List<Featurizer.Stats> t = new ArrayList<>();
        List<Featurizer.Stats> c = new ArrayList<>();
        List<Featurizer.Stats> x = new ArrayList<>();
        Map<String, Featurizer.Stats> cache = contextCache.get(view);
        Featurizer.Stats[] own = new Featurizer.Stats[inputs.size()];
        if (contextIsAlsoExtra) {
            // A comment is the parent of the next replies (often in the same batch): its stats as a reply equal its
            // stats as a parent, so a reply's are kept instead of re-tokenising it later. A comment that is not a reply
            // gets them only if a reply to it comes ({@link #context}): most comments never have one.
            for (int i = 0; i < inputs.size(); i++) {
                if (contextOf.apply(inputs.get(i)) != null) {
                    own[i] = m.featurizer().stats(inputs.get(i).comment(), tokens.get(i));
                    cache.put(inputs.get(i).comment(), own[i]);
                }
            }
        }
        for (int i = 0; i < inputs.size(); i++) {
            String ctx = contextOf.apply(inputs.get(i));
            if (ctx == null) {
                continue;
            }
            rows.add(i);
            t.add(own[i] != null ? own[i] : m.featurizer().stats(inputs.get(i).comment(), tokens.get(i)));
            Featurizer.Stats cs = context(view, ctx);
            c.add(cs);
            x.add(contextIsAlsoExtra ? cs : null);
        }
        float[][] p = m.predict(t, c, x);
        if (heads != null && p.length > 0) {
            List<String> rt = new ArrayList<>(rows.size());
            List<String> rc = new ArrayList<>(rows.size());
            for (int i : rows) {
                rt.add(inputs.get(i).comment());
                rc.add(contextOf.apply(inputs.get(i)));
            }
            p = fuse(view, p, rt, rc);
        }
        for (int j = 0; j < rows.size(); j++) {
            out[rows.get(j)] = label(m.labels(), p[j]);
        }
    }

    private Featurizer.Stats context(StanceView view, String text) {
        // Stats depend on the view's vocabularies, hence one cache per view.
        Map<String, Featurizer.Stats> cache = contextCache.get(view);
        Featurizer.Stats s = cache.get(text);
        if (s == null) {
            featurised.incrementAndGet(view.ordinal());
            s = views.get(view).featurizer().stats(text);
            cache.put(text, s);
        }
        return s;
    }

    private static String blankToNull(String s) {
        return s == null || s.isBlank() ? null : s;
    }

    static StanceLabel label(List<String> labels, float[] p) {
        Map<String, Double> probs = new LinkedHashMap<>();
        int best = 0;
        for (int i = 0; i < labels.size(); i++) {
            probs.put(labels.get(i), Math.round(p[i] * 10000) / 10000.0);
            if (p[i] > p[best]) {
                best = i;
            }
        }
        return new StanceLabel(labels.get(best), Collections.unmodifiableMap(probs));
    }

    /** One view's model (evaluation reads a view alone). */
    @TrainerView
    public PairModel view(StanceView v) {
        return views.get(v);
    }
}
