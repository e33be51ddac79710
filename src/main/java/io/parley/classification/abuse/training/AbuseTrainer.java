package io.parley.classification.abuse.training;

import io.parley.classification.AbuseLabel;
import io.parley.classification.abuse.AbuseClassifier;
import io.parley.classification.abuse.AbuseSpec;
import io.parley.classification.abuse.SentenceHeads;
import io.parley.classification.abuse.SpanTagger;
import io.parley.classification.abuse.TfIdf;
import io.parley.classification.abuse.VectorHeads;
import io.parley.classification.text.EmbeddingCache;
import io.parley.classification.text.EncoderSettings;
import io.parley.classification.text.EncoderSpec;
import io.parley.classification.text.HashedNgrams;
import io.parley.classification.text.SentenceEncoder;
import io.parley.classification.text.WordVectors;
import io.parley.model.ModelArchive;
import io.parley.model.Provenance;
import io.parley.model.ProvenanceBuilder;
import io.parley.model.TrainedModel;
import io.parley.model.Trainer;
import org.deeplearning4j.nn.conf.MultiLayerConfiguration;
import org.deeplearning4j.nn.conf.NeuralNetConfiguration;
import org.deeplearning4j.nn.conf.distribution.UniformDistribution;
import org.deeplearning4j.nn.conf.layers.EmbeddingSequenceLayer;
import org.deeplearning4j.nn.conf.layers.GlobalPoolingLayer;
import org.deeplearning4j.nn.conf.layers.OutputLayer;
import org.deeplearning4j.nn.conf.layers.PoolingType;
import org.deeplearning4j.nn.multilayer.MultiLayerNetwork;
import org.deeplearning4j.nn.weights.WeightInit;
import org.nd4j.linalg.activations.Activation;
import org.nd4j.linalg.api.buffer.DataType;
import org.nd4j.linalg.factory.Nd4j;
import org.nd4j.linalg.learning.config.Adam;
import org.nd4j.linalg.lossfunctions.impl.LossBinaryXENT;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import java.util.function.Predicate;
import java.util.stream.IntStream;

/**
 * Trains the abuse model: reads every shared set, splits each into train / validation / test with a seeded hash of
 * the text, fits one logistic regression per head over TF-IDF weighted hashed n-grams ({@link WideLinear}), lets a
 * head borrow one related head's logit, adds the vector heads when the options give word vectors, calibrates and
 * tunes thresholds and the span tagger on validation, and reports validation and test figures (test is never used
 * for a choice).
 */
public final class AbuseTrainer {

    /**
     * @param dataDir     the shared abuse data folder (../shared/data/abuse)
     * @param seedLabels  our hand labels (seed format), may be null
     * @param quickSample in quick mode: the only training file (seed format), shipped in the repo
     * @param output      model zip to write
     * @param seed        seed of splits, shuffles and initialisation
     * @param quick       tiny model on {@code quickSample} for tests
     * @param buckets     hash buckets
     * @param shareLabels map other sets' labels onto the served labels (see label-map.md)
     * @param exportSplit when set, writes the exact split as JSONL there (for the baseline)
     * @param vectors     when set, also trains {@link VectorHeads} on pretrained word vectors: given the words the
     *                    training split uses, it returns the vector table to store (null: n-gram heads only)
     * @param extra       moderators' decisions ({@code parley export decisions}) to train on as well, weighted as
     *                    {@link #decisionWeights} says; null for none
     * @param served      the model a retrain would replace: measured on the same validation rows as the new one
     *                    ({@code served_validation} in metrics.json) so that {@link RetrainGate} can compare them;
     *                    null for none
     */
    public record Options(Path dataDir, Path seedLabels, Path quickSample, Path output, long seed, boolean quick,
                          int buckets, boolean shareLabels, Path exportSplit,
                          Function<Predicate<String>, WordVectors> vectors, Path extra, AbuseClassifier served,
                          CivilStream civil) {
        /** Without a civil stream (the default holds then use {@link #DEFAULT_COST}). */
        public Options(Path dataDir, Path seedLabels, Path quickSample, Path output, long seed, boolean quick,
                       int buckets, boolean shareLabels, Path exportSplit,
                       Function<Predicate<String>, WordVectors> vectors, Path extra, AbuseClassifier served) {
            this(dataDir, seedLabels, quickSample, output, seed, quick, buckets, shareLabels, exportSplit, vectors,
                    extra, served, null);
        }

        /** Without decisions or a served model to compare with. */
        public Options(Path dataDir, Path seedLabels, Path quickSample, Path output, long seed, boolean quick,
                       int buckets, boolean shareLabels, Path exportSplit,
                       Function<Predicate<String>, WordVectors> vectors) {
            this(dataDir, seedLabels, quickSample, output, seed, quick, buckets, shareLabels, exportSplit, vectors,
                    null, null, null);
        }

        /** Without vector heads. */
        public Options(Path dataDir, Path seedLabels, Path quickSample, Path output, long seed, boolean quick,
                       int buckets, boolean shareLabels, Path exportSplit) {
            this(dataDir, seedLabels, quickSample, output, seed, quick, buckets, shareLabels, exportSplit, null);
        }
    }

    /** The model's name, stored with every classification. */
    static final String NAME = "parley-abuse-linear";

    static final String[] LICENCES = {
            "jigsaw: Jigsaw Toxic Comment Classification data CC0, comment text CC BY-SA 3.0 (Wikipedia)",
            "toxic_spans: CC0 1.0 (SemEval-2021 task 5)",
            "insults: Kaggle/Impermium competition data, no licence stated; NON-COMMERCIAL research use",
            "olid: no licence stated (cite Zampieri et al. 2019); hosting repo CC BY 4.0",
            "davidson2017: MIT",
            "ethos: GPL-3.0 (copyleft; check before shipping derived models in a product)",
            "seed labels: Parley project, own annotations"};

    /**
     * L2 penalty recorded in the stored network's configuration. The network is never trained by Deeplearning4j (its
     * weights are the per-head fits), so this and the updater below only keep the stored bytes as they always were.
     */
    static final double L2 = 1e-6;

    private final Options o;
    private final PrintStream log;
    /** The heads this run fits: the standard ones, then the extra labels our own labelled files name. */
    private final Heads heads;
    /** idf per bucket, learnt on the training split (stored in the spec). */
    private float[] idf;
    /** Trained in {@link #finish} when the options give vectors; its logits join every classifier built here. */
    private VectorHeadsTrainer.Trained vectorHeads;
    /** The largest share of the civil stream the cascade's band may encode ({@link #reband} sets another). */
    private double maxShare = SentenceHeadsTrainer.MAX_SHARE;
    /** How far the band's validation figures may stay below encoding everything ({@link #reband} sets another). */
    private double bandTolerance = SentenceHeadsTrainer.BAND_TOLERANCE;
    /** Set by {@link #sentenceHeads}: the encoder heads fused into every classifier built here. */
    private SentenceHeadsTrainer.Trained sentenceHeads;
    /** The embeddings of this run's texts (sentence heads only). */
    private EmbeddingCache cache;
    /** The share of the civil stream's tuning half the default holds may flag ({@link #reband} sets another). */
    private double civilTarget = DEFAULT_CIVIL_TARGET;
    /**
     * Set by {@link #stacked} when the civil stream joined the stacked fusion as negatives: the fits that did not see
     * each of its comments, which score them when the cost of the default holds is chosen.
     */
    private SentenceHeadsTrainer.Stacked heldOut;

    private AbuseTrainer(Options o, Heads heads, PrintStream log) {
        this.o = o;
        this.heads = heads;
        this.log = log;
    }

    private AbuseTrainer(Options o, PrintStream log) {
        this(o, headsOf(o), log);
    }

    /** The abuse task's {@link Trainer}: trains, writes the model file with provenance and metrics beside it. */
    public static TrainedModel train(Options options, PrintStream log) {
        return new AbuseTrainer(options, log).run();
    }

    /**
     * The heads to fit: the standard ones plus every label our own labelled files (the seed-format quick sample and
     * seed labels) name that no standard head has. Such a label becomes a served label of the model, so a new label
     * needs labelled rows and a training run, no code.
     */
    static Heads headsOf(Options o) {
        java.util.LinkedHashSet<String> extra = new java.util.LinkedHashSet<>();
        for (Path own : java.util.Arrays.asList(o.quick() ? o.quickSample() : null, o.seedLabels())) {
            if (own != null && Files.isRegularFile(own)) {
                AbuseDatasets.labelNames(own).stream().filter(l -> !Heads.STANDARD.contains(l)).forEach(extra::add);
            }
        }
        return Heads.withExtra(List.copyOf(extra));
    }

    /** Writes the exact split of {@code options} to {@code options.exportSplit()} without training. */
    public static void exportSplitOnly(Options options, PrintStream log) {
        AbuseTrainer t = new AbuseTrainer(options, log);
        Split split = t.fullSplit(new LinkedHashMap<>());
        t.exportSplit(split);
        log.printf("split written to %s: train %d, validation %d, test %d%n", options.exportSplit(),
                split.train().size(), split.validation().size(), split.test().size());
    }

    record Split(List<AbuseDatasets.Example> train, List<AbuseDatasets.Example> validation,
                 List<AbuseDatasets.Example> test) {
    }

    private TrainedModel run() {
        long started = System.nanoTime();
        Map<String, String> dataHashes = new LinkedHashMap<>();
        Split split = o.quick() ? quickSplit(dataHashes) : fullSplit(dataHashes);
        log.printf("data: train %d, validation %d, test %d%n", split.train().size(), split.validation().size(),
                split.test().size());
        if (o.exportSplit() != null) {
            exportSplit(split);
        }
        int shared = split.train().size();
        if (o.extra() != null) {
            split = withDecisions(split, dataHashes);
        }
        HashedNgrams.Config fc = new HashedNgrams.Config(o.buckets(), 3, 5, true, 256, 30, HashedNgrams.HASH, HashedNgrams.SIMPLE);
        HashedNgrams features = new HashedNgrams(fc);
        int[][] trainIds = featurise(features, split.train());
        int[][] valIds = featurise(features, split.validation());
        // the idf is the training sets' own: decisions act through their labels, not by re-weighting every n-gram
        idf = TfIdf.idf(java.util.Arrays.copyOf(trainIds, shared), fc.buckets());
        log.printf("features ready (%.1fs)%n", (System.nanoTime() - started) / 1e9);
        MultiLayerNetwork net = linear(fc, split, trainIds, valIds);
        return finish(net, fc, split, valIds, dataHashes, (System.nanoTime() - started) / 1e9);
    }

    /**
     * Re-runs calibration, threshold and span tuning on validation for an already trained network
     * (same data, same split), and rewrites the model file and metrics: for changes to tuning only.
     */
    public static TrainedModel retune(Options options, Path trained, PrintStream log) {
        ModelArchive archive = ModelArchive.read(trained);
        List<String> trainedHeads = new ArrayList<>();
        archive.spec().path("heads").forEach(h -> trainedHeads.add(h.asText()));
        AbuseTrainer t = new AbuseTrainer(options, Heads.of(trainedHeads), log);
        MultiLayerNetwork net = archive.network(AbuseClassifier.NETWORK);
        Map<String, String> hashes = new LinkedHashMap<>();
        Split split = t.fullSplit(hashes);
        HashedNgrams.Config fc;
        try {
            // only the feature block: the rest of the spec is what gets re-tuned (and may be of an older shape)
            fc = ModelArchive.json().treeToValue(archive.spec().get("features"), HashedNgrams.Config.class);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        int[][] valIds = featurise(new HashedNgrams(fc), split.validation());
        if (archive.spec().path("formatVersion").asInt() != AbuseSpec.FORMAT) {
            throw new IllegalArgumentException(trained + " is not an abuse model of format " + AbuseSpec.FORMAT);
        }
        try {
            t.idf = ModelArchive.json().treeToValue(archive.spec().get("idf"), float[].class);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        Object chosen = archive.provenance().params().get("chosen_per_head");
        if (chosen instanceof Map<?, ?> m) {
            m.forEach((k, v) -> t.chosen.put(String.valueOf(k), v));
        }
        t.producedBy = "train abuse --retune " + trained.getFileName() + ": the heads of version "
                + archive.provenance().version() + " (code " + archive.provenance().codeCommit() + ", "
                + archive.provenance().trainingSeconds() + "s) kept as they were; the vector heads (when the options "
                + "give vectors), calibration, thresholds and the span tagger trained and tuned by this code. train abuse with the same options retrains "
                + "the heads to the same weights and then runs the same steps.";
        // the kept model's total includes its own span tagger, which is trained again here: count the heads only
        double heads = archive.provenance().trainingSeconds();
        if (archive.provenance().params().get("span_tagger") instanceof Map<?, ?> old
                && old.get("seconds") instanceof Number sec) {
            heads -= sec.doubleValue();
        }
        return t.finish(net, fc, split, valIds, hashes, heads);
    }

    /**
     * Sentence-encoder heads on top of an already trained model (issue 20): its n-gram heads, word-vector heads and
     * span tagger are kept as they are; the e5 embeddings of the training, validation and test texts are computed once
     * into {@code cacheDir} (by text sha256; reused by a rerun); the heads are trained and fused, then calibration,
     * thresholds, the defaults and the cascade's band are chosen on validation and the civil stream's tuning half,
     * as {@link #finish} does for every model. Minutes instead of the hour of a full training.
     */
    public static TrainedModel sentenceHeads(Options options, Path trained, Path cacheDir, EncoderSettings settings,
                                             PrintStream log) {
        return sentenceHeads(options, trained, cacheDir, settings, SentenceHeadsTrainer.MAX_SHARE,
                SentenceHeadsTrainer.BAND_TOLERANCE, Fusion.PLAIN, log);
    }

    /**
     * {@link #sentenceHeads(Options, Path, Path, EncoderSettings, PrintStream)} under another band budget, and with
     * {@code stack}, the heads of {@link SentenceHeadsTrainer#STACKED} fused by {@link SentenceHeadsTrainer#stack}.
     */
    public static TrainedModel sentenceHeads(Options options, Path trained, Path cacheDir, EncoderSettings settings,
                                             double maxShare, double tolerance, Fusion fusion, PrintStream log) {
        long started = System.nanoTime();
        ModelArchive archive = ModelArchive.read(trained);
        AbuseClassifier base = AbuseClassifier.load(archive);
        if (base.sentenceHeads() != null) {
            throw new IllegalArgumentException(trained + " already has sentence heads: start from the model without them");
        }
        Resumed r = resume(options, archive, base, maxShare, tolerance, log);
        AbuseTrainer t = r.trainer();
        t.civilTarget = fusion.civilTarget();
        Split split = r.split();
        // the span tagger reads the comment's calibrated toxicity, which the fusion changes: it is trained again on
        // the fused model (kept as it was, test span F1 fell 0.650 -> 0.649)
        t.producedBy = "train abuse --encoder-heads --base " + trained.getFileName() + ": the n-gram heads and "
                + "word-vector heads of version " + archive.provenance().version() + " (code "
                + archive.provenance().codeCommit() + ") kept as they were; the sentence-encoder heads, their fusion, "
                + "calibration, thresholds, defaults, the cascade's band and the span tagger trained and chosen by this code."
                + (fusion.stack() ? " With --stack" + fusion.options() + "." : fusion.options());

        EncoderSpec es = EncoderSpec.E5_SMALL_V2_Q;
        List<AbuseDatasets.Example> rows = options.quick() ? split.train()
                : SentenceHeadsTrainer.rows(split.train(), options.seed(), fusion.davidson());
        if (fusion.headRows() != null) {
            // rows the team wrote for what the shared sets hardly hold (threats in news-comment style, civil comments
            // that name an identity or use violent words): the sentence heads learn from them, the n-gram heads of
            // the base model do not (they are kept), and no validation, calibration or default reads them
            List<AbuseDatasets.Example> own = AbuseDatasets.read(AbuseFormat.SEED, fusion.headRows(), null, true, t.heads);
            r.hashes().put(fusion.headRows().toString(), ProvenanceBuilder.sha256(fusion.headRows()));
            List<AbuseDatasets.Example> all = new ArrayList<>(rows);
            all.addAll(own);
            rows = all;
            log.printf("sentence heads: %d rows of %s beside the %d of the shared sets%n", own.size(),
                    fusion.headRows(), all.size() - own.size());
        }
        try (SentenceEncoder encoder = SentenceEncoder.load(es, settings)) {
            log.printf("encoder %s (%s), %d threads, one intra-op thread each, cap %d tokens (%s)%n", es.name(),
                    es.artifact(), settings.threads(), es.maxTokens(), es.truncation());
            t.cache = new EmbeddingCache(es, encoder, cacheDir, log);
            t.cache.ensure(split.validation().stream().map(AbuseDatasets.Example::text).toList(), "validation");
            t.cache.ensure(split.test().stream().map(AbuseDatasets.Example::text).toList(), "test");
            t.cache.ensure(rows.stream().map(AbuseDatasets.Example::text).toList(), "training");
            if (options.civil() != null) {
                t.cache.ensure(options.civil().civil("tune"), "civil stream (tuning half)");
            }
            t.sentenceHeads = SentenceHeadsTrainer.train(base, t.heads, es, t.cache, rows, split.validation(),
                    options.seed(), options.quick() ? SentenceHeadsTrainer.QUICK : SentenceHeadsTrainer.PARAMS,
                    fusion.davidson(), log);
            if (fusion.stack()) {
                t.sentenceHeads = t.stacked(t.sentenceHeads, base, split.validation(), fusion.streamNegatives());
            }
            t.sentenceHeads = t.davidsonOwn(t.sentenceHeads, base, split, fusion);
            t.sentenceHeads = t.threatOwn(t.sentenceHeads, base, split, fusion, r.hashes());
            double seconds = archive.provenance().trainingSeconds() + (System.nanoTime() - started) / 1e9;
            return t.finish(r.net(), r.features(), split, r.validationIds(), r.hashes(), seconds);
        }
    }

    /**
     * The cascade's band of a model with sentence heads chosen again under another budget ({@code maxShare} of the
     * civil stream encoded at most; issue 20): the n-gram heads, word-vector heads, sentence heads and their fusion
     * weights are kept as they are; the band, then calibration, thresholds, the defaults and the span tagger are chosen
     * again on validation and the civil stream's tuning half exactly as {@link #sentenceHeads} does after training the
     * heads (embeddings from {@code cacheDir}, encoding what it does not hold). Scores of comments whose encoding the
     * band changes move, so the result is a new version.
     * With {@code stack}, the heads of {@link SentenceHeadsTrainer#STACKED} fused again by
     * {@link SentenceHeadsTrainer#stack} on validation (the network and the other heads' beta kept).
     */
    public static TrainedModel reband(Options options, Path trained, Path cacheDir, EncoderSettings settings,
                                      double maxShare, double tolerance, Fusion fusion, PrintStream log) {
        long started = System.nanoTime();
        ModelArchive archive = ModelArchive.read(trained);
        AbuseClassifier base = AbuseClassifier.load(archive);
        SentenceHeads heads = base.sentenceHeads();
        if (heads == null) {
            throw new IllegalArgumentException(trained + " has no sentence heads: train them with --encoder-heads");
        }
        Resumed r = resume(options, archive, base, maxShare, tolerance, log);
        AbuseTrainer t = r.trainer();
        t.civilTarget = fusion.civilTarget();
        Split split = r.split();
        Map<String, Object> params = archive.provenance().params();
        t.producedBy = "train abuse --reband" + (fusion.stack() ? " --stack" : "") + fusion.options() + " --max-share "
                + maxShare + " --band-tolerance " + tolerance + " --base " + trained.getFileName()
                + ": the n-gram heads, word-vector heads and sentence heads (with their fusion weights) of version "
                + archive.provenance().version() + " kept as they were; the cascade's band, calibration, thresholds, "
                + "defaults and the span tagger chosen again by this code"
                + (params.get("produced_by") instanceof String was ? ". Before: " + was : "");
        Map<String, Object> prov = new LinkedHashMap<>(params.get("sentence_heads") instanceof Map<?, ?> m
                ? castMap(m) : Map.of());
        prov.remove("cascade");
        prov.put("band_from", archive.provenance().version());
        EncoderSpec es = heads.settings().encoderSpec();
        try (SentenceEncoder encoder = SentenceEncoder.load(es, settings)) {
            log.printf("encoder %s (%s), %d threads, one intra-op thread each, cap %d tokens (%s)%n", es.name(),
                    es.artifact(), settings.threads(), es.maxTokens(), es.truncation());
            t.cache = new EmbeddingCache(es, encoder, cacheDir, log);
            t.cache.ensure(split.validation().stream().map(AbuseDatasets.Example::text).toList(), "validation");
            if (options.civil() != null) {
                t.cache.ensure(options.civil().civil("tune"), "civil stream (tuning half)");
            }
            t.cache.ensure(split.test().stream().map(AbuseDatasets.Example::text).toList(), "test");
            // as after training: every comment encoded until the band is chosen
            t.sentenceHeads = new SentenceHeadsTrainer.Trained(heads.with(heads.settings().always())
                    .withVectors(SentenceHeadsTrainer.cached(t.cache)), archive.entry(SentenceHeads.ENTRY), prov);
            if (fusion.stack()) {
                t.producedBy += "; with the stacked fusion of " + SentenceHeadsTrainer.STACKED + " fitted again (--stack"
                        + (fusion.streamNegatives() > 0 ? ", the civil stream's tuning half as negatives of weight "
                        + fusion.streamNegatives() : "") + ")";
                t.sentenceHeads = t.stacked(t.sentenceHeads, base, split.validation(), fusion.streamNegatives());
            }
            if (fusion.davidsonOwn()) {
                t.producedBy += "; with Davidson's own heads (--davidson-own)";
            }
            t.sentenceHeads = t.davidsonOwn(t.sentenceHeads, base, split, fusion);
            t.sentenceHeads = t.threatOwn(t.sentenceHeads, base, split, fusion, r.hashes());
            double seconds = archive.provenance().trainingSeconds() + (System.nanoTime() - started) / 1e9;
            return t.finish(r.net(), r.features(), split, r.validationIds(), r.hashes(), seconds);
        }
    }

    /**
     * How the sentence heads are fused and the default holds chosen (issues 19/20): {@code stack}, the heads of
     * {@link SentenceHeadsTrainer#STACKED} fused by {@link SentenceHeadsTrainer#stack}; {@code streamNegatives} > 0
     * (with {@code stack} and a civil stream), the stream's tuning-half comments join that fit as negatives of this
     * weight each; {@code civilTarget}, the share of the tuning half the default holds may flag.
     */
    public record Fusion(boolean stack, double streamNegatives, double civilTarget, boolean davidson,
                         boolean davidsonOwn, Path headRows, Path threatTuning, Path threatRows) {
        /** Without the threat head of its own. */
        public Fusion(boolean stack, double streamNegatives, double civilTarget, boolean davidson,
                      boolean davidsonOwn, Path headRows) {
            this(stack, streamNegatives, civilTarget, davidson, davidsonOwn, headRows, null, null);
        }

        /** Without rows of our own for the sentence heads. */
        public Fusion(boolean stack, double streamNegatives, double civilTarget, boolean davidson,
                      boolean davidsonOwn) {
            this(stack, streamNegatives, civilTarget, davidson, davidsonOwn, null);
        }

        /** Without Davidson's own heads. */
        public Fusion(boolean stack, double streamNegatives, double civilTarget, boolean davidson) {
            this(stack, streamNegatives, civilTarget, davidson, false);
        }

        /** z + beta e for every head, holds flagging {@link #DEFAULT_CIVIL_TARGET} of the tuning half. */
        public static final Fusion PLAIN = new Fusion(false, 0, DEFAULT_CIVIL_TARGET);

        /** Sentence heads trained without Davidson's tweets (Davidson's heads keep beta 0). */
        public Fusion(boolean stack, double streamNegatives, double civilTarget) {
            this(stack, streamNegatives, civilTarget, false);
        }

        public Fusion {
            if (!(streamNegatives >= 0) || (streamNegatives > 0 && !stack)) {
                throw new IllegalArgumentException("the stream's comments join only the stacked fusion (--stack), "
                        + "with a weight >= 0");
            }
            if (!(civilTarget > 0 && civilTarget < 1)) {
                throw new IllegalArgumentException("the civil target must be a share between 0 and 1");
            }
            if (threatRows != null && threatTuning == null) {
                throw new IllegalArgumentException("rows for the threat head of its own go with its tuning set "
                        + "(--threat-own)");
            }
        }

        /** What the produced_by line adds for this fusion beyond --stack. */
        String options() {
            return (davidson ? " --encoder-davidson" : "") + (davidsonOwn ? " --davidson-own" : "")
                    + (headRows != null ? " --head-rows " + headRows : "")
                    + (threatTuning != null ? " --threat-own " + threatTuning : "")
                    + (threatRows != null ? " --threat-rows " + threatRows : "")
                    + (streamNegatives > 0 ? " --stream-negatives " + streamNegatives : "")
                    + (civilTarget != DEFAULT_CIVIL_TARGET ? " --civil-target " + civilTarget : "");
        }
    }

    /**
     * {@code trained} with Davidson's own heads ({@link SentenceHeadsTrainer#davidsonOwn}) when the fusion asks for
     * them, else as it is; {@code base}'s logits without sentence heads are the z they add to (Davidson's heads take
     * no part in the shared heads' fusion: beta 0, no stack).
     */
    private SentenceHeadsTrainer.Trained davidsonOwn(SentenceHeadsTrainer.Trained trained, AbuseClassifier base,
                                                     Split split, Fusion fusion) {
        if (!fusion.davidsonOwn()) {
            return trained;
        }
        AbuseClassifier plain = base.withSentenceHeads(null);
        List<AbuseDatasets.Example> val = split.validation();
        double[][] zn = new double[val.size()][];
        IntStream.range(0, val.size()).parallel().forEach(i -> {
            String text = val.get(i).text();
            zn[i] = plain.logits(text, plain.features(text));
        });
        cache.ensure(split.train().stream().filter(e -> e.source() == AbuseFormat.DAVIDSON)
                .map(AbuseDatasets.Example::text).toList(), "Davidson training tweets");
        return SentenceHeadsTrainer.davidsonOwn(trained, cache, split.train(), val, zn, log);
    }

    /**
     * {@code trained} with the threat head of its own ({@link SentenceHeadsTrainer#threatOwn}) when the fusion names
     * its tuning set, else as it is: fitted on Jigsaw's training rows and the fusion's threat rows, beta chosen on the
     * tuning set against the civil stream's tuning half, every other head untouched.
     */
    private SentenceHeadsTrainer.Trained threatOwn(SentenceHeadsTrainer.Trained trained, AbuseClassifier base,
                                                   Split split, Fusion fusion, Map<String, String> hashes) {
        if (fusion.threatTuning() == null) {
            return trained;
        }
        List<String> stream = o.civil() == null ? List.of() : o.civil().civil("tune");
        if (stream.isEmpty()) {
            throw new IllegalArgumentException("--threat-own chooses its beta against the civil stream "
                    + "(--civil-stream)");
        }
        List<AbuseDatasets.Example> fit = new ArrayList<>(split.train().stream()
                .filter(e -> e.source() == AbuseFormat.JIGSAW).toList());
        if (fusion.threatRows() != null) {
            fit.addAll(AbuseDatasets.read(AbuseFormat.SEED, fusion.threatRows(), null, true, heads));
            hashes.put(fusion.threatRows().toString(), ProvenanceBuilder.sha256(fusion.threatRows()));
        }
        List<AbuseDatasets.Example> tuning = AbuseDatasets.read(AbuseFormat.SEED, fusion.threatTuning(), null, true,
                heads);
        hashes.put(fusion.threatTuning().toString(), ProvenanceBuilder.sha256(fusion.threatTuning()));
        List<String> judged = new ArrayList<>(tuning.stream().map(AbuseDatasets.Example::text).toList());
        judged.addAll(stream);
        int[] gold = new int[judged.size()];
        java.util.Arrays.fill(gold, -1);
        for (int i = 0; i < tuning.size(); i++) {
            gold[i] = tuning.get(i).labels()[Heads.THREAT] >= 0.5f ? 1 : 0;
        }
        cache.ensure(fit.stream().map(AbuseDatasets.Example::text).toList(), "threat own head's rows");
        cache.ensure(judged, "threat tuning set and stream");
        SentenceHeads h = trained.heads();
        AbuseClassifier fused = base.withSentenceHeads(h.with(h.settings().always()));
        AbuseClassifier plain = base.withSentenceHeads(null);
        double[][] z = new double[judged.size()][];
        double[][] zn = new double[judged.size()][];
        IntStream.range(0, judged.size()).parallel().forEach(i -> {
            String text = judged.get(i);
            z[i] = fused.logits(text, fused.features(text));
            zn[i] = plain.logits(text, plain.features(text));
        });
        return SentenceHeadsTrainer.threatOwn(trained, cache, fit, judged, gold, z, zn, log);
    }

    /** {@code trained} with the stacked fusion fitted on {@code val} (its provenance gains what was fitted). */
    private SentenceHeadsTrainer.Trained stacked(SentenceHeadsTrainer.Trained trained, AbuseClassifier base,
                                                 List<AbuseDatasets.Example> val, double streamWeight) {
        if (streamWeight > 0 && (o.civil() == null || o.civil().civil("tune").isEmpty())) {
            throw new IllegalArgumentException("--stream-negatives needs the civil stream (--civil-stream)");
        }
        Map<String, Object> prov = new LinkedHashMap<>(trained.provenance());
        List<String> tune = o.civil() == null ? List.of() : o.civil().civil("tune");
        SentenceHeadsTrainer.Stacked st = SentenceHeadsTrainer.stack(base, trained.heads(), heads, val, tune,
                streamWeight, o.seed(), prov, log);
        heldOut = st.folds().isEmpty() ? null : st;
        return new SentenceHeadsTrainer.Trained(trained.heads().with(trained.heads().settings().withStack(st.weights())),
                trained.network(), prov);
    }

    /** A trainer resumed from a trained model's file: its split, features, n-gram network, word-vector heads and choices. */
    private record Resumed(AbuseTrainer trainer, Split split, HashedNgrams.Config features, MultiLayerNetwork net,
                           int[][] validationIds, Map<String, String> hashes) {
    }

    /** The step {@link #sentenceHeads} and {@link #reband} share: everything of {@code base} they keep as it was. */
    private static Resumed resume(Options options, ModelArchive archive, AbuseClassifier base, double maxShare,
                                  double tolerance, PrintStream log) {
        AbuseTrainer t = new AbuseTrainer(options, Heads.of(base.spec().heads()), log);
        t.maxShare = maxShare;
        t.bandTolerance = tolerance;
        Map<String, String> hashes = new LinkedHashMap<>();
        Split split = options.quick() ? t.quickSplit(hashes) : t.fullSplit(hashes);
        HashedNgrams.Config fc = base.spec().features();
        t.idf = base.spec().idf();
        MultiLayerNetwork net = archive.network(AbuseClassifier.NETWORK);
        int[][] valIds = featurise(new HashedNgrams(fc), split.validation());
        Map<String, Object> params = archive.provenance().params();
        if (base.vectorHeads() != null) {
            t.vectorHeads = new VectorHeadsTrainer.Trained(base.vectorHeads(), archive.entry(VectorHeads.ENTRY),
                    params.get("vector_heads") instanceof Map<?, ?> m ? castMap(m) : Map.of(),
                    archive.entry(WordVectors.ENTRY));
        }
        if (params.get("chosen_per_head") instanceof Map<?, ?> m) {
            m.forEach((k, v) -> t.chosen.put(String.valueOf(k), v));
        }
        return new Resumed(t, split, fc, net, valIds, hashes);
    }

    /** Multiples of a common label's hold the recall rule tries ({@link #redefault}). */
    static final double[] RECALL_FACTORS = {1, 0.85, 0.7, 0.6, 0.5, 0.4, 0.3, 0.25, 0.2};
    /** Labels the recall rule may lower: the common ones (severity <= this); threat and the like keep their holds. */
    static final double COMMON_SEVERITY = 1.5;

    /**
     * The defaults of a trained model chosen again with an abuse-recall target (issue 19): the weights, scores and
     * calibration stay as they are, so every stored score keeps its meaning; only the defaults a new site gets (and
     * the version, so that sites on the old defaults move) change. From the holds the model states, the common
     * labels' holds (toxicity, insult, obscene: severity <= {@link #COMMON_SEVERITY}) are lowered by a factor each
     * from {@link #RECALL_FACTORS}: of the combinations that flag at least {@code recallTarget} of the Jigsaw
     * validation rows with some label, the one with the fewest civil flags (share of the civil stream's tuning half
     * plus share of the Jigsaw validation rows without a label), ties to the higher holds; the holds of the severe
     * labels (threat, severe toxicity, identity attack) are kept. Validation rows and the tuning half only: the test
     * rows, the stream's check half and the civility suite are what it is then measured on.
     */
    public static TrainedModel redefault(Options options, Path trained, double recallTarget, PrintStream log) {
        long started = System.nanoTime();
        if (options.civil() == null || options.civil().comments().isEmpty()) {
            throw new IllegalArgumentException("the recall rule needs the civil stream (--civil-stream)");
        }
        ModelArchive archive = ModelArchive.read(trained);
        AbuseClassifier base = AbuseClassifier.load(archive);
        AbuseSpec spec = base.spec();
        if (spec.calibration() == null || spec.served().stream().noneMatch(AbuseLabel::hasDefaults)) {
            throw new IllegalArgumentException(trained + " states no calibrated defaults to start from");
        }
        AbuseTrainer t = new AbuseTrainer(options, Heads.of(spec.heads()), log);
        Map<String, String> hashes = new LinkedHashMap<>();
        Split split = options.quick() ? t.quickSplit(hashes) : t.fullSplit(hashes);
        List<AbuseLabel> served = spec.served();
        List<AbuseDatasets.Example> jig = of(split.validation(), AbuseFormat.JIGSAW);
        boolean[] abusive = new boolean[jig.size()];
        for (int i = 0; i < jig.size(); i++) {
            abusive[i] = anyServed(jig.get(i));
        }
        log.printf("scoring %d Jigsaw validation rows and the civil stream's tuning half%n", jig.size());
        double[][] pj = servedProbabilities(base, served, jig.stream().map(AbuseDatasets.Example::text).toList());
        List<String> tune = options.civil().civil("tune");
        double[][] ps = servedProbabilities(base, served, tune);
        double[] start = served.stream().mapToDouble(AbuseLabel::defaultHold).toArray();
        int[] common = IntStream.range(0, served.size()).filter(i -> served.get(i).weight() <= COMMON_SEVERITY)
                .toArray();
        double[] best = null;
        double bestCivil = Double.POSITIVE_INFINITY, bestRecall = -1, bestSum = -1;
        int combos = (int) Math.pow(RECALL_FACTORS.length, common.length);
        for (int c = 0; c < combos; c++) {
            double[] h = start.clone();
            double sum = 0;
            for (int k = 0, rest = c; k < common.length; k++, rest /= RECALL_FACTORS.length) {
                double f = RECALL_FACTORS[rest % RECALL_FACTORS.length];
                h[common[k]] = Metrics.round(start[common[k]] * f);
                sum += f;
            }
            double[] r = flaggedShares(pj, abusive, h);
            double civil = flaggedShare(ps, h) + r[1];
            boolean reaches = r[0] >= recallTarget;
            boolean better = best == null
                    || (reaches && (bestRecall < recallTarget || civil < bestCivil - 1e-12
                    || Math.abs(civil - bestCivil) <= 1e-12 && sum > bestSum))
                    || (!reaches && bestRecall < recallTarget && r[0] > bestRecall);
            if (better) {
                best = h;
                bestCivil = civil;
                bestRecall = r[0];
                bestSum = sum;
            }
        }
        double[] chosen = flaggedShares(pj, abusive, best);
        String rule = String.format(java.util.Locale.ROOT, "%s; then the recall rule (train abuse --defaults-only "
                        + "--recall-target %.3f): the common labels' holds (severity <= %.1f) each x one of %s, the "
                        + "combination flagging >= %.1f %% of the Jigsaw validation rows with a label (of %d rows) that flags "
                        + "the fewest civil comments (tuning half + Jigsaw validation rows without one): Jigsaw "
                        + "abusive %.2f %%, Jigsaw clean %.2f %%, tuning half %.2f %%",
                spec.calibration().holdRule(), recallTarget, COMMON_SEVERITY,
                java.util.Arrays.toString(RECALL_FACTORS), recallTarget * 100, jig.size(), chosen[0] * 100,
                chosen[1] * 100, flaggedShare(ps, best) * 100);
        log.printf("defaults: %s%n", rule);
        List<AbuseLabel> out = new ArrayList<>();
        Map<String, Object> defaults = new LinkedHashMap<>();
        for (int i = 0; i < served.size(); i++) {
            AbuseLabel l = served.get(i);
            AbuseLabel d = l.withDefaults(l.severity(), best[i], Math.max(best[i], l.defaultReject()));
            out.add(d);
            defaults.put(l.name(), Map.of("severity", d.severity(), "hold", d.defaultHold(),
                    "reject", d.defaultReject()));
            log.printf("  %-16s hold %.4f -> %.4f%n", l.name(), l.defaultHold(), d.defaultHold());
        }
        AbuseSpec.Calibration c0 = spec.calibration();
        AbuseSpec.Calibration cal = new AbuseSpec.Calibration(c0.method(), c0.priors(), c0.fittedPriors(),
                c0.priorSource(), c0.holdCost(), rule);
        AbuseSpec next = spec.withDefaults(out, cal);

        Map<String, Object> params = new LinkedHashMap<>(archive.provenance().params());
        params.put("calibration", cal);
        params.put("defaults", defaults);
        params.put("produced_by", "train abuse --defaults-only --recall-target " + recallTarget + " --base "
                + trained.getFileName() + ": the model of version " + archive.provenance().version() + " (code "
                + archive.provenance().codeCommit() + ") as it was, weights, calibration and scores unchanged; "
                + "only the default holds chosen again by this code"
                + (params.get("produced_by") instanceof String was ? ". Before: " + was : ""));
        params.put("defaults_from", archive.provenance().version());
        // the figures of every evaluation set are those of the model it came from: the scores are the same
        return writtenDefaults(options, trained, archive, base, next, params, hashes, started, log);
    }

    /** Why threat may have a default hold of its own (written into the model file's hold rule). */
    static final String THREAT_HOLD_REASON = "one cost for every label put threat's hold at a score that violent "
            + "news words and idioms in civil comments reach (0.013-0.03: \"the gunman opened fire\", \"to die for\") "
            + "while the threats of the tuning sets score at the threat-cue floor (0.1) or far above, so the raised "
            + "hold releases civil comments and is refused when it would leave any threat of the Jigsaw validation "
            + "rows or of the threat tuning set unflagged on threat";

    /**
     * The model of {@code trained} with threat's default hold raised to {@code hold} and every other default kept
     * (issue 19): the weights, scores and calibration stay as they are, so every stored score keeps its meaning; the
     * defaults a new site gets and the version change (sites on the old defaults move). It breaks the rule that one
     * cost sets every label's hold, so the hold rule written into the model file says so and why
     * ({@link #THREAT_HOLD_REASON}). The gate of this step: every threat-labelled row of the Jigsaw validation rows and
     * of {@code threatTuning} (seed format) that the old hold flags on threat is still flagged on threat, else it is
     * refused. Validation rows, the tuning set and the civil stream's tuning half only.
     */
    public static TrainedModel threatHold(Options options, Path trained, double hold, Path threatTuning,
                                          PrintStream log) {
        long started = System.nanoTime();
        if (options.civil() == null || options.civil().comments().isEmpty()) {
            throw new IllegalArgumentException("threat's hold is measured against the civil stream (--civil-stream)");
        }
        ModelArchive archive = ModelArchive.read(trained);
        AbuseClassifier base = AbuseClassifier.load(archive);
        AbuseSpec spec = base.spec();
        List<AbuseLabel> served = spec.served();
        int ti = -1;
        for (int i = 0; i < served.size(); i++) {
            ti = served.get(i).name().equals("threat") ? i : ti;
        }
        if (spec.calibration() == null || ti < 0 || !served.get(ti).hasDefaults()) {
            throw new IllegalArgumentException(trained + " states no calibrated threat default to start from");
        }
        AbuseLabel was = served.get(ti);
        if (!(hold > was.defaultHold() && hold < was.defaultReject())) {
            throw new IllegalArgumentException(String.format(java.util.Locale.ROOT, "threat's hold must be above its "
                    + "hold %.4f and below its reject %.4f, not %s", was.defaultHold(), was.defaultReject(), hold));
        }
        AbuseTrainer t = new AbuseTrainer(options, Heads.of(spec.heads()), log);
        Map<String, String> hashes = new LinkedHashMap<>();
        Split split = options.quick() ? t.quickSplit(hashes) : t.fullSplit(hashes);
        List<AbuseDatasets.Example> jig = of(split.validation(), AbuseFormat.JIGSAW);
        List<AbuseDatasets.Example> tuning = AbuseDatasets.read(AbuseFormat.SEED, threatTuning, null, true, t.heads);
        hashes.put(threatTuning.toString(), ProvenanceBuilder.sha256(threatTuning));
        boolean[] abusive = new boolean[jig.size()];
        for (int i = 0; i < jig.size(); i++) {
            abusive[i] = anyServed(jig.get(i));
        }
        log.printf("scoring %d Jigsaw validation rows, %d threat tuning rows and the civil stream's tuning half%n",
                jig.size(), tuning.size());
        double[][] pj = servedProbabilities(base, served, jig.stream().map(AbuseDatasets.Example::text).toList());
        double[][] pt = servedProbabilities(base, served, tuning.stream().map(AbuseDatasets.Example::text).toList());
        double[][] ps = servedProbabilities(base, served, options.civil().civil("tune"));
        double[] before = served.stream().mapToDouble(AbuseLabel::defaultHold).toArray();
        double[] after = before.clone();
        after[ti] = hold;
        int threats = 0, keptBefore = 0, keptAfter = 0;
        double lowest = Double.POSITIVE_INFINITY;
        List<String> lost = new ArrayList<>();
        for (int k = 0; k < 2; k++) {
            List<AbuseDatasets.Example> rows = k == 0 ? jig : tuning;
            double[][] p = k == 0 ? pj : pt;
            for (int i = 0; i < rows.size(); i++) {
                if (rows.get(i).labels()[Heads.THREAT] < 0.5f) {
                    continue;
                }
                threats++;
                double s = p[i][ti];
                keptBefore += s >= before[ti] ? 1 : 0;
                keptAfter += s >= hold ? 1 : 0;
                if (s >= before[ti]) {
                    lowest = Math.min(lowest, s);
                    if (s < hold) {
                        lost.add(rows.get(i).text());
                    }
                }
            }
        }
        double[] jb = flaggedShares(pj, abusive, before), ja = flaggedShares(pj, abusive, after);
        double sb = flaggedShare(ps, before), sa = flaggedShare(ps, after);
        log.printf(java.util.Locale.ROOT, "threat hold %.4f -> %.4f: threats on threat %d -> %d of %d (Jigsaw "
                        + "validation and threat tuning set; lowest flagged %.4f); tuning half flagged %.2f -> %.2f %%, "
                        + "Jigsaw validation clean %.2f -> %.2f %%, abusive %.2f -> %.2f %%%n", before[ti], hold,
                keptBefore, keptAfter, threats, lowest, sb * 100, sa * 100, jb[1] * 100, ja[1] * 100, jb[0] * 100,
                ja[0] * 100);
        if (!lost.isEmpty()) {
            throw new IllegalArgumentException(String.format(java.util.Locale.ROOT, "threat hold %s would leave %d "
                    + "threat(s) unflagged on threat (lowest flagged threat scores %.4f), e.g. \"%s\"", hold,
                    lost.size(), lowest, lost.get(0)));
        }
        String rule = String.format(java.util.Locale.ROOT, "%s; then threat's hold alone raised %.4f -> %.4f (train "
                        + "abuse --defaults-only --threat-hold %s): %s. Measured: threats on threat %d of %d (Jigsaw "
                        + "validation and the threat tuning set, lowest %.4f) before and after; civil stream tuning half "
                        + "flagged %.2f -> %.2f %%; Jigsaw validation clean %.2f -> %.2f %%, abusive %.2f -> %.2f %%",
                spec.calibration().holdRule(), before[ti], hold, hold, THREAT_HOLD_REASON, keptAfter, threats, lowest,
                sb * 100, sa * 100, jb[1] * 100, ja[1] * 100, jb[0] * 100, ja[0] * 100);
        List<AbuseLabel> out = new ArrayList<>(served);
        out.set(ti, was.withDefaults(was.severity(), hold, was.defaultReject()));
        Map<String, Object> defaults = new LinkedHashMap<>();
        for (AbuseLabel d : out) {
            defaults.put(d.name(), Map.of("severity", d.severity(), "hold", d.defaultHold(),
                    "reject", d.defaultReject()));
        }
        AbuseSpec.Calibration c0 = spec.calibration();
        AbuseSpec.Calibration cal = new AbuseSpec.Calibration(c0.method(), c0.priors(), c0.fittedPriors(),
                c0.priorSource(), c0.holdCost(), rule);
        Map<String, Object> params = new LinkedHashMap<>(archive.provenance().params());
        params.put("calibration", cal);
        params.put("defaults", defaults);
        params.put("threat_hold", Map.of("hold", hold, "from", before[ti], "reason", THREAT_HOLD_REASON,
                "threats_kept", keptAfter + " of " + threats));
        params.put("produced_by", "train abuse --defaults-only --threat-hold " + hold + " --base "
                + trained.getFileName() + ": the model of version " + archive.provenance().version() + " (code "
                + archive.provenance().codeCommit() + ") as it was, weights, calibration and scores unchanged; "
                + "only threat's default hold raised"
                + (params.get("produced_by") instanceof String w ? ". Before: " + w : ""));
        params.put("defaults_from", archive.provenance().version());
        return writtenDefaults(options, trained, archive, base, spec.withDefaults(out, cal), params, hashes, started,
                log);
    }

    /** Writes a model whose defaults alone changed, with the figures of the model it came from (same scores). */
    private static TrainedModel writtenDefaults(Options options, Path trained, ModelArchive archive,
                                                AbuseClassifier base, AbuseSpec next, Map<String, Object> params,
                                                Map<String, String> hashes, long started, PrintStream log) {
        Map<String, byte[]> entries = new LinkedHashMap<>();
        ByteArrayOutputStream everything = carried(archive, next, entries);
        double seconds = archive.provenance().trainingSeconds() + (System.nanoTime() - started) / 1e9;
        ProvenanceBuilder builder = ProvenanceBuilder.of("abuse", NAME).seed(options.seed()).params(params)
                .nativeThreads().data(hashes).licences(archive.provenance().licences()).seconds(seconds);
        Provenance provenance = builder.version(builder.dateVersion(everything.toByteArray())).build();
        ModelArchive.write(options.output(), next, provenance, entries);
        log.printf("wrote %s (version %s)%n", options.output(), provenance.version());
        Map<String, Object> metrics = new LinkedHashMap<>();
        Path was = trained.resolveSibling("metrics.json");
        if (Files.isRegularFile(was)) {
            try {
                metrics.putAll(castMap(ModelArchive.json().readValue(was.toFile(), Map.class)));
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
        metrics.put("model", provenance.name());
        metrics.put("version", provenance.version());
        metrics.put("served_model", base.modelName() + " " + base.modelVersion());
        if (metrics.get("validation") != null) {
            metrics.put("served_validation", metrics.get("validation"));
        }
        metrics.put("figures_from", archive.provenance().version() + " (same weights and scores; defaults only)");
        ModelArchive.writeJson(options.output().resolveSibling("metrics.json"), metrics);
        return new TrainedModel(options.output(), provenance, metrics, seconds);
    }

    /**
     * The model of {@code trained} as it was (weights, calibration, default holds) with the reported-speech rule
     * switched on ({@link AbuseSpec#reportedSpeech()}). Its scores change for the comments that report abuse, so it
     * is a new version (stored scores say which rule made them, and sites get the notice a new model brings), measured
     * again on the validation and test rows, and on validation beside the model it came from for the gate.
     */
    public static TrainedModel reportedSpeech(Options options, Path trained, PrintStream log) {
        ModelArchive archive = ModelArchive.read(trained);
        AbuseSpec spec = AbuseClassifier.load(archive).spec();
        if (spec.reportedSpeech()) {
            throw new IllegalArgumentException(trained + " already discounts reported speech (version "
                    + archive.provenance().version() + ")");
        }
        Map<String, Object> params = new LinkedHashMap<>();
        params.put("reported_speech", true);
        params.put("reported_speech_from", archive.provenance().version());
        return switched(options, trained, spec.withReportedSpeech(true), params, "train abuse --reported-speech",
                "the reported-speech rule switched on", log);
    }

    /**
     * The model of {@code trained} as it was (weights, calibration, default holds) with the threat-cue rule switched on
     * ({@link AbuseSpec#threatCueFloor()}): a comment that wishes, intends or calls for harm to someone scores at least
     * {@code floor} on threat. Its scores change for those comments, so it is a new version, measured and gated like
     * {@link #reportedSpeech}.
     */
    public static TrainedModel threatCues(Options options, Path trained, double floor, PrintStream log) {
        ModelArchive archive = ModelArchive.read(trained);
        AbuseSpec spec = AbuseClassifier.load(archive).spec();
        if (!(floor > 0 && floor < 1)) {
            throw new IllegalArgumentException("the threat-cue floor must be in (0, 1), not " + floor);
        }
        if (spec.threatCueFloor() > 0) {
            throw new IllegalArgumentException(trained + " already raises threat cues (floor " + spec.threatCueFloor()
                    + ", version " + archive.provenance().version() + ")");
        }
        Map<String, Object> params = new LinkedHashMap<>();
        params.put("threat_cue_floor", floor);
        params.put("threat_cues_from", archive.provenance().version());
        return switched(options, trained, spec.withThreatCueFloor(floor), params, "train abuse --threat-cues",
                "the threat-cue rule switched on (floor " + floor + ")", log);
    }

    /** The civil frames a model file may name ({@code train abuse --civil-frames}); the spec itself is the trainer's view. */
    public static List<String> civilFrameNames() {
        return AbuseSpec.civilFrameNames();
    }

    /**
     * The model of {@code trained} as it was (weights, calibration, default holds, its rules) with the civil frames
     * {@code frames} switched on ({@link AbuseSpec#civilFrames()}): the words of those frames (identity words in the
     * writer's self-identification, mild strong words in a comment that names no person, violent idioms) are scored
     * again replaced and each served label keeps the lower logit. Its scores change for those comments, so it is a
     * new version, measured and gated like {@link #reportedSpeech}.
     */
    public static TrainedModel civilFrames(Options options, Path trained, List<String> frames, PrintStream log) {
        return civilFrames(options, trained, frames, false, log);
    }

    /**
     * As {@link #civilFrames(Options, Path, List, PrintStream)}, and with {@code endorsedHarm} the endorsed-harm threat
     * cues switched on in the same new version ({@link #endorsedHarm}; the base must have threat cues on).
     */
    public static TrainedModel civilFrames(Options options, Path trained, List<String> frames, boolean endorsedHarm,
                                           PrintStream log) {
        ModelArchive archive = ModelArchive.read(trained);
        AbuseSpec spec = AbuseClassifier.load(archive).spec();
        List<String> known = AbuseSpec.civilFrameNames();
        if (frames.isEmpty() || !known.containsAll(frames)) {
            throw new IllegalArgumentException("civil frames must be some of " + known + ", not " + frames);
        }
        List<String> had = spec.civilFrames() == null ? List.of() : spec.civilFrames();
        if (had.containsAll(frames)) {
            throw new IllegalArgumentException(trained + " already has civil frames " + had
                    + " (version " + archive.provenance().version() + ")");
        }
        // frames a model has stay on: a step adds frames to them
        List<String> ordered = known.stream().filter(k -> frames.contains(k) || had.contains(k)).toList();
        Map<String, Object> params = new LinkedHashMap<>();
        params.put("civil_frames", ordered);
        params.put("civil_frames_from", archive.provenance().version());
        if (!endorsedHarm) {
            return switched(options, trained, spec.withCivilFrames(ordered), params, "train abuse --civil-frames "
                    + String.join(",", ordered), "the civil frames " + ordered + " switched on", log);
        }
        if (!(spec.threatCueFloor() > 0) || spec.endorsedHarm()) {
            throw new IllegalArgumentException(trained + " raises no threat cues or already counts endorsed harm "
                    + "(version " + archive.provenance().version() + ")");
        }
        params.put("endorsed_harm", true);
        params.put("endorsed_harm_from", archive.provenance().version());
        return switched(options, trained, spec.withCivilFrames(ordered).withEndorsedHarm(true), params,
                "train abuse --civil-frames " + String.join(",", ordered) + " --endorsed-harm", "the civil frames "
                        + ordered + " switched on, and harm endorsed as deserved or useful and harm promised as a "
                        + "consequence among the threat cues", log);
    }

    /**
     * The model of {@code trained} as it was (weights, calibration, default holds, its rules) with the evasion fold
     * switched on ({@link AbuseSpec#foldEvasions()}): fullwidth and mathematical letters, invisible characters and
     * stacked marks inside words, and Cyrillic or Greek look-alikes in Latin words are folded before anything scores
     * the comment. ASCII text scores as before; comments that fold score differently, so it is a new version, measured
     * and gated like {@link #reportedSpeech}.
     */
    public static TrainedModel foldEvasions(Options options, Path trained, PrintStream log) {
        ModelArchive archive = ModelArchive.read(trained);
        AbuseSpec spec = AbuseClassifier.load(archive).spec();
        if (spec.foldEvasions()) {
            throw new IllegalArgumentException(trained + " already folds evasions (version "
                    + archive.provenance().version() + ")");
        }
        Map<String, Object> params = new LinkedHashMap<>();
        params.put("fold_evasions", true);
        params.put("fold_evasions_from", archive.provenance().version());
        return switched(options, trained, spec.withFoldEvasions(true), params, "train abuse --fold-evasions",
                "the evasion fold switched on", log);
    }

    /**
     * The model of {@code trained} as it was (weights, calibration, default holds, its rules) with veiled threats and
     * intimidation among the threat cues ({@link AbuseSpec#veiledThreats()}): "we know where you live", "it would be a
     * shame if something happened to your kids", "mark my words, you'll pay" score at least the threat-cue floor on
     * threat. Needs a model whose threat cues are on; only threat moves, for those comments, so it is a new version,
     * measured and gated like {@link #reportedSpeech}.
     */
    public static TrainedModel veiledThreats(Options options, Path trained, PrintStream log) {
        ModelArchive archive = ModelArchive.read(trained);
        AbuseSpec spec = AbuseClassifier.load(archive).spec();
        if (!(spec.threatCueFloor() > 0)) {
            throw new IllegalArgumentException(trained + " raises no threat cues (version "
                    + archive.provenance().version() + "): switch them on first (train abuse --threat-cues)");
        }
        if (spec.veiledThreats()) {
            throw new IllegalArgumentException(trained + " already counts veiled threats (version "
                    + archive.provenance().version() + ")");
        }
        Map<String, Object> params = new LinkedHashMap<>();
        params.put("veiled_threats", true);
        params.put("veiled_threats_from", archive.provenance().version());
        return switched(options, trained, spec.withVeiledThreats(true), params, "train abuse --veiled-threats",
                "veiled threats and intimidation among the threat cues", log);
    }

    /**
     * The model of {@code trained} as it was with wishes of illness or death and calls for self-harm among the threat
     * cues ({@link AbuseSpec#wishedHarm()}): "I hope your liver fails", "Go kill yourself" score at least the threat-cue
     * floor on threat. Needs a model whose threat cues are on; only threat moves, for those comments: a new version,
     * measured and gated like {@link #veiledThreats}.
     */
    public static TrainedModel wishedHarm(Options options, Path trained, PrintStream log) {
        ModelArchive archive = ModelArchive.read(trained);
        AbuseSpec spec = AbuseClassifier.load(archive).spec();
        if (!(spec.threatCueFloor() > 0)) {
            throw new IllegalArgumentException(trained + " raises no threat cues (version "
                    + archive.provenance().version() + "): switch them on first (train abuse --threat-cues)");
        }
        if (spec.wishedHarm()) {
            throw new IllegalArgumentException(trained + " already counts wished harm (version "
                    + archive.provenance().version() + ")");
        }
        Map<String, Object> params = new LinkedHashMap<>();
        params.put("wished_harm", true);
        params.put("wished_harm_from", archive.provenance().version());
        return switched(options, trained, spec.withWishedHarm(true), params, "train abuse --wished-harm",
                "wishes of illness or death and calls for self-harm among the threat cues", log);
    }

    /**
     * The model of {@code trained} as it was with harm endorsed as deserved or useful and harm promised as a
     * consequence among the threat cues ({@link AbuseSpec#endorsedHarm()}): "That judge has earned a bullet", "Maybe a
     * brick through his window would get his attention", "your arm is getting snapped" score at least the threat-cue
     * floor on threat. Needs a model whose threat cues are on; only threat moves, for those comments: a new version,
     * measured and gated like {@link #veiledThreats}.
     */
    public static TrainedModel endorsedHarm(Options options, Path trained, PrintStream log) {
        ModelArchive archive = ModelArchive.read(trained);
        AbuseSpec spec = AbuseClassifier.load(archive).spec();
        if (!(spec.threatCueFloor() > 0)) {
            throw new IllegalArgumentException(trained + " raises no threat cues (version "
                    + archive.provenance().version() + "): switch them on first (train abuse --threat-cues)");
        }
        if (spec.endorsedHarm()) {
            throw new IllegalArgumentException(trained + " already counts endorsed harm (version "
                    + archive.provenance().version() + ")");
        }
        Map<String, Object> params = new LinkedHashMap<>();
        params.put("endorsed_harm", true);
        params.put("endorsed_harm_from", archive.provenance().version());
        return switched(options, trained, spec.withEndorsedHarm(true), params, "train abuse --endorsed-harm",
                "harm endorsed as deserved or useful and harm promised as a consequence among the threat cues", log);
    }

    /** L2 penalty of the encoder raise's regression (the threat head of its own's, on the same standardised embedding). */
    static final double RAISE_LAMBDA = SentenceHeadsTrainer.THREAT_OWN_LAMBDA;

    /** Weight of one team-written row in that regression (Jigsaw's rows weigh 1): ~300 rows beside ~6,800. */
    static final double RAISE_TEAM_WEIGHT = 3;

    /**
     * Share of the civil stream's tuning half whose raise logit may reach the gate (counted over every comment, encoded
     * or not, so the served share is at most this): the gate is that quantile of the tuning half's logits.
     */
    static final double RAISE_STREAM_SHARE = 0.002;

    /**
     * The model of {@code trained} as it was with an encoder raise of threat ({@link AbuseSpec.EncoderRaise}, issue 19):
     * a logistic regression of threat on the standardised e5 embedding of Jigsaw's training rows and the team's
     * news-comment rows ({@code rows}, weighted {@link #RAISE_TEAM_WEIGHT}); where the cascade encodes a comment and
     * its logit reaches the gate ({@link #RAISE_STREAM_SHARE} of the civil stream's tuning half over it), threat scores
     * at least the threat-cue floor. No weight, calibration or hold moves and no other label: a new version, measured
     * and gated like {@link #veiledThreats}. Embeddings from {@code cacheDir}, encoding what it does not hold.
     */
    public static TrainedModel encoderRaise(Options options, Path trained, Path cacheDir, EncoderSettings settings,
                                            List<Path> rows, PrintStream log) {
        ModelArchive archive = ModelArchive.read(trained);
        AbuseClassifier base = AbuseClassifier.load(archive);
        AbuseSpec spec = base.spec();
        SentenceHeads heads = base.sentenceHeads();
        if (heads == null) {
            throw new IllegalArgumentException(trained + " has no sentence heads: the raise reads their encoder");
        }
        if (spec.encoderRaise() != null) {
            throw new IllegalArgumentException(trained + " already has an encoder raise (version "
                    + archive.provenance().version() + ")");
        }
        if (!(spec.threatCueFloor() > 0)) {
            throw new IllegalArgumentException(trained + " has no threat-cue floor to raise threat to");
        }
        List<String> stream = options.civil() == null ? List.of() : options.civil().civil("tune");
        if (stream.isEmpty()) {
            throw new IllegalArgumentException("--encoder-raise chooses its gate on the civil stream (--civil-stream)");
        }
        Heads hs = Heads.of(spec.heads());
        AbuseTrainer t = new AbuseTrainer(options, hs, log);
        Map<String, String> hashes = new LinkedHashMap<>();
        Split split = options.quick() ? t.quickSplit(hashes) : t.fullSplit(hashes);
        int th = Heads.THREAT;
        List<AbuseDatasets.Example> fit = new ArrayList<>(split.train().stream()
                .filter(e -> e.source() == AbuseFormat.JIGSAW && e.labels()[th] >= 0).toList());
        int shared = fit.size();
        List<String> files = new ArrayList<>();
        for (Path p : rows) {
            fit.addAll(AbuseDatasets.read(AbuseFormat.SEED, p, null, true, hs).stream()
                    .filter(e -> e.labels()[th] >= 0).toList());
            files.add(p + " " + ProvenanceBuilder.sha256(p));
        }
        SentenceHeads.Settings s = heads.settings();
        EncoderSpec es = s.encoderSpec();
        double[] w;
        double[] streamLogit;
        try (SentenceEncoder encoder = SentenceEncoder.load(es, settings)) {
            EmbeddingCache cache = new EmbeddingCache(es, encoder, cacheDir, log);
            cache.ensure(fit.stream().map(AbuseDatasets.Example::text).toList(), "encoder raise's rows");
            cache.ensure(stream, "civil stream (tuning half)");
            double[][] x = new double[fit.size()][];
            java.util.stream.IntStream.range(0, x.length).parallel().forEach(i -> x[i] =
                    standardisedRow(cache.get(fit.get(i).text()), s.mean(), s.scale()));
            int[] y = fit.stream().mapToInt(e -> e.labels()[th] >= 0.5f ? 1 : 0).toArray();
            double[] sw = new double[x.length];
            for (int i = 0; i < sw.length; i++) {
                sw[i] = i < shared ? 1 : RAISE_TEAM_WEIGHT;
            }
            w = SentenceHeadsTrainer.logistic(x, y, sw, RAISE_LAMBDA);
            double[] wf = w;
            streamLogit = stream.stream().mapToDouble(c -> SentenceHeads.own(wf, cache.get(c), s.mean(), s.scale()))
                    .sorted().toArray();
        }
        double gate = streamLogit[Math.min(streamLogit.length - 1,
                (int) Math.ceil((1 - RAISE_STREAM_SHARE) * streamLogit.length))];
        int over = 0;
        for (double v : streamLogit) {
            over += v >= gate ? 1 : 0;
        }
        log.printf("encoder raise: %d rows (%d shared, threats %d), gate logit %.3f: %d of %d tuning-half comments "
                        + "reach it%n", fit.size(), shared, fit.stream().filter(e -> e.labels()[th] >= 0.5f).count(),
                gate, over, streamLogit.length);
        Map<String, Object> params = new LinkedHashMap<>();
        Map<String, Object> raise = new LinkedHashMap<>();
        raise.put("label", "threat");
        raise.put("rows", files);
        raise.put("shared_rows", shared);
        raise.put("team_rows", fit.size() - shared);
        raise.put("team_weight", RAISE_TEAM_WEIGHT);
        raise.put("lambda", RAISE_LAMBDA);
        raise.put("stream_share", RAISE_STREAM_SHARE);
        raise.put("stream_over_gate", over);
        raise.put("gate", gate);
        raise.put("floor", spec.threatCueFloor());
        raise.put("from", archive.provenance().version());
        params.put("encoder_raise", raise);
        AbuseSpec next = spec.withEncoderRaise(new AbuseSpec.EncoderRaise("threat", w, gate, spec.threatCueFloor()));
        return switched(options, trained, next, params, "train abuse --encoder-raise " + String.join(",",
                        rows.stream().map(Path::toString).toList()),
                "threat raised to the threat-cue floor where the encoder reads a comment and the raise's own logistic "
                        + "regression on its embedding reaches the gate", log);
    }

    /** Shares of the civil stream's tuning half that {@link #offensiveBand} may add to the cascade's band. */
    static final double[] OFFENSIVE_BAND_SHARES = {0.01, 0.02, 0.03, 0.04, 0.06, 0.08};

    /**
     * The model of {@code trained} as it was with the cascade's band widened by OLID's offensive head (issue 20): the
     * band is drawn on the served labels' risk, so a tweet-like insult or obscenity whose served estimate is low never
     * reaches the encoder, and OLID's AUC is 0.850 with the cascade against 0.867 with every comment encoded (test).
     * The head joins the risk with a weight (its calibration fixed as the band's: riskA, riskB) such that a comment is
     * also encoded when its estimated offensive logit reaches a cut; the cut is the value that adds a share from
     * {@link #OFFENSIVE_BAND_SHARES} of the civil stream's tuning half, the share with the best OLID validation
     * macro-F1 (its threshold chosen again on validation as the trainer does; ties to the smaller share, the cheaper
     * band). No weight, calibration or hold moves; scores move for the comments the wider band now encodes, so a new
     * version, measured and gated like {@link #encoderRaise}. Embeddings from {@code cacheDir}.
     */
    public static TrainedModel offensiveBand(Options options, Path trained, Path cacheDir, EncoderSettings settings,
                                             PrintStream log) {
        ModelArchive archive = ModelArchive.read(trained);
        AbuseClassifier base = AbuseClassifier.load(archive);
        AbuseSpec spec = base.spec();
        SentenceHeads heads = base.sentenceHeads();
        int olid = Heads.OLID;
        if (heads == null || heads.settings().riskWeight() == null) {
            throw new IllegalArgumentException(trained + " has no cascade band to widen (no sentence heads)");
        }
        if (heads.settings().riskWeight()[olid] > 0) {
            throw new IllegalArgumentException(trained + " already draws its band on " + spec.heads().get(olid));
        }
        List<String> stream = options.civil() == null ? List.of() : options.civil().civil("tune");
        if (stream.isEmpty()) {
            throw new IllegalArgumentException("--offensive-band chooses its cut on the civil stream (--civil-stream)");
        }
        AbuseTrainer t = new AbuseTrainer(options, Heads.of(spec.heads()), log);
        Map<String, String> hashes = new LinkedHashMap<>();
        Split split = options.quick() ? t.quickSplit(hashes) : t.fullSplit(hashes);
        List<AbuseDatasets.Example> val = of(split.validation(), AbuseFormat.OLID);
        SentenceHeads.Settings s = heads.settings();
        AbuseClassifier plain = base.withSentenceHeads(null);
        // the estimated (fused-scale) logits the band is drawn on, from the text the model judges
        double[] outside = stream.stream().map(c -> {
            String j = base.folded(c);
            double[] est = plain.logits(j, plain.features(j));
            heads.addEstimate(est);
            return heads.runsFor(est) ? null : est;
        }).filter(java.util.Objects::nonNull).mapToDouble(e -> e[olid]).sorted().toArray();
        Map<String, Object> params = new LinkedHashMap<>();
        List<Map<String, Object>> tried = new ArrayList<>();
        double bestF1 = -1;
        double[] bestW = null;
        Map<String, Double> bestThresholds = null;
        double bestCut = Double.NaN, bestShare = 0;
        EncoderSpec es = s.encoderSpec();
        try (SentenceEncoder encoder = SentenceEncoder.load(es, settings)) {
            EmbeddingCache cache = new EmbeddingCache(es, encoder, cacheDir, log);
            cache.ensure(val.stream().map(e -> base.folded(e.text())).toList(), "OLID validation rows");
            for (double share : OFFENSIVE_BAND_SHARES) {
                int n = (int) Math.round(share * stream.size());
                if (n < 1 || n > outside.length) {
                    continue;
                }
                double cut = outside[outside.length - n];
                double[] w = s.riskWeight().clone();
                // log(w) + riskA z + riskB >= bandLow  <=>  z >= cut
                w[olid] = Math.exp(s.bandLow() - s.riskB()[olid] - s.riskA()[olid] * cut);
                SentenceHeads wide = heads.with(s.withBand(s.bandLow(), s.bandHigh(), s.riskA(), s.riskB(), w))
                        .withVectors(SentenceHeadsTrainer.cached(cache));
                AbuseClassifier m = base.withSentenceHeads(wide);
                List<AbuseEvaluator.Scored> scored = AbuseEvaluator.score(m, val);
                int[] g = scored.stream().mapToInt(x -> (int) x.example().labels()[olid]).toArray();
                double[] p = scored.stream().mapToDouble(x -> x.p()[olid]).toArray();
                double f1 = -1, th = 0.5;
                for (int i = 5; i < 96; i++) {
                    double c = i / 100.0;
                    int[] pr = java.util.Arrays.stream(p).mapToInt(v -> v >= c ? 1 : 0).toArray();
                    double[] f = AbuseEvaluator.classF1(g, pr, 2);
                    if ((f[0] + f[1]) / 2 > f1) {
                        f1 = (f[0] + f[1]) / 2;
                        th = c;
                    }
                }
                double auc = Metrics.auc(p, g);
                long encodedVal = 0;
                for (AbuseDatasets.Example e : val) {
                    String j = base.folded(e.text());
                    double[] est = plain.logits(j, plain.features(j));
                    wide.addEstimate(est);
                    encodedVal += wide.runsFor(est) ? 1 : 0;
                }
                Map<String, Object> row = new LinkedHashMap<>();
                row.put("added_stream_share", share);
                row.put("cut", Metrics.round(cut));
                row.put("olid_validation_encoded", Metrics.round(encodedVal / (double) val.size()));
                row.put("olid_validation_auc", Metrics.round(auc));
                row.put("olid_validation_macro_f1", Metrics.round(f1));
                row.put("olid_threshold", th);
                tried.add(row);
                log.printf("offensive band +%.0f %% of the tuning half (cut %.3f): OLID validation encoded %.1f %%, "
                                + "AUC %.4f, macro-F1 %.4f at %.2f%n", share * 100, cut, 100.0 * encodedVal / val.size(),
                        auc, f1, th);
                if (f1 > bestF1 + 1e-9) {
                    bestF1 = f1;
                    bestW = w;
                    bestCut = cut;
                    bestShare = share;
                    bestThresholds = new LinkedHashMap<>(spec.thresholds());
                    bestThresholds.put(spec.heads().get(olid), th);
                }
            }
        }
        if (bestW == null) {
            throw new IllegalArgumentException("the civil stream's tuning half is too small to place a cut");
        }
        Map<String, Object> band = new LinkedHashMap<>();
        band.put("head", spec.heads().get(olid));
        band.put("rule", "the cascade also encodes a comment whose estimated " + spec.heads().get(olid) + " logit "
                + "reaches the cut (the head joins the band's risk with weight exp(bandLow - riskB - riskA x cut)); the "
                + "cut adds one of " + java.util.Arrays.toString(OFFENSIVE_BAND_SHARES) + " of the civil stream's "
                + "tuning half, the share with the best OLID validation macro-F1 (threshold chosen again on "
                + "validation, 0.05..0.95), ties to the smaller share");
        band.put("tried", tried);
        band.put("added_stream_share", bestShare);
        band.put("cut", Metrics.round(bestCut));
        band.put("risk_weight", bestW[olid]);
        band.put("from", archive.provenance().version());
        params.put("offensive_band", band);
        AbuseSpec next = spec.withSentenceHeads(s.withBand(s.bandLow(), s.bandHigh(), s.riskA(), s.riskB(), bestW))
                .withThresholds(bestThresholds);
        log.printf("offensive band: +%.0f %% of the tuning half, cut %.3f, OLID validation macro-F1 %.4f%n",
                bestShare * 100, bestCut, bestF1);
        return switched(options, trained, next, params, "train abuse --offensive-band",
                "the cascade's band widened by " + spec.heads().get(olid) + " (offensive_band) and OLID's threshold "
                        + "chosen again on validation", log);
    }

    private static double[] standardisedRow(float[] v, float[] mean, float[] scale) {
        double[] x = new double[v.length];
        for (int i = 0; i < v.length; i++) {
            x[i] = (v[i] - mean[i]) / scale[i];
        }
        return x;
    }

    /** {@code trained}'s entries with spec {@code next}: a new version, measured on validation and test, beside the base. */
    private static TrainedModel switched(Options options, Path trained, AbuseSpec next, Map<String, Object> added,
                                         String command, String what, PrintStream log) {
        long started = System.nanoTime();
        ModelArchive archive = ModelArchive.read(trained);
        AbuseClassifier base = AbuseClassifier.load(archive);
        AbuseSpec spec = base.spec();
        Map<String, Object> params = new LinkedHashMap<>(archive.provenance().params());
        params.putAll(added);
        params.put("produced_by", command + " --base " + trained.getFileName() + ": the model of "
                + "version " + archive.provenance().version() + " (code " + archive.provenance().codeCommit() + ") as it "
                + "was, weights, calibration and default holds unchanged; " + what
                + (archive.provenance().params().get("produced_by") instanceof String was ? ". Before: " + was : ""));
        Map<String, byte[]> entries = new LinkedHashMap<>();
        ByteArrayOutputStream everything = carried(archive, next, entries);
        AbuseTrainer t = new AbuseTrainer(options, Heads.of(spec.heads()), log);
        Map<String, String> hashes = new LinkedHashMap<>();
        Split split = options.quick() ? t.quickSplit(hashes) : t.fullSplit(hashes);
        double seconds = archive.provenance().trainingSeconds() + (System.nanoTime() - started) / 1e9;
        ProvenanceBuilder builder = ProvenanceBuilder.of("abuse", NAME).seed(options.seed()).params(params)
                .nativeThreads().data(hashes).licences(archive.provenance().licences()).seconds(seconds);
        Provenance provenance = builder.version(builder.dateVersion(everything.toByteArray())).build();
        ModelArchive.write(options.output(), next, provenance, entries);
        log.printf("wrote %s (version %s); scoring the validation and test rows with both models%n", options.output(),
                provenance.version());
        AbuseClassifier model = load(options.output());
        Map<String, Object> metrics = new LinkedHashMap<>();
        metrics.put("model", provenance.name());
        metrics.put("version", provenance.version());
        metrics.put("validation", reports(model, split.validation()));
        metrics.put("served_model", base.modelName() + " " + base.modelVersion());
        metrics.put("served_validation", reports(base, t.relabel(split.validation(), base)));
        metrics.put("test", reports(model, split.test()));
        metrics.put("calibration", t.calibration(model, split));
        metrics.put("training_seconds", provenance.trainingSeconds());
        ModelArchive.writeJson(options.output().resolveSibling("metrics.json"), metrics);
        return new TrainedModel(options.output(), provenance, metrics, seconds);
    }

    /**
     * The weights of {@code archive} carried into a model with spec {@code next} (put into {@code entries}), and the
     * bytes its version is made from: those entries and the new spec, so a new spec alone makes a new version.
     */
    private static ByteArrayOutputStream carried(ModelArchive archive, AbuseSpec next, Map<String, byte[]> entries) {
        ByteArrayOutputStream everything = new ByteArrayOutputStream();
        for (String name : new String[]{AbuseClassifier.NETWORK, SpanTagger.ENTRY, VectorHeads.ENTRY,
                WordVectors.ENTRY, SentenceHeads.ENTRY}) {
            if (archive.has(name)) {
                entries.put(name, archive.entry(name));
                everything.writeBytes(archive.entry(name));
            }
        }
        try {
            everything.writeBytes(ModelArchive.json().writeValueAsBytes(next));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return everything;
    }

    /** [share of the abusive rows flagged, share of the other rows flagged] at holds {@code h}. */
    private static double[] flaggedShares(double[][] p, boolean[] abusive, double[] h) {
        int a = 0, na = 0, c = 0, nc = 0;
        for (int i = 0; i < p.length; i++) {
            boolean f = false;
            for (int j = 0; j < h.length && !f; j++) {
                f = p[i][j] >= h[j];
            }
            if (abusive[i]) {
                na++;
                a += f ? 1 : 0;
            } else {
                nc++;
                c += f ? 1 : 0;
            }
        }
        return new double[]{na == 0 ? 0 : a / (double) na, nc == 0 ? 0 : c / (double) nc};
    }

    /** Share of {@code p}'s rows with some label at or over its hold. */
    private static double flaggedShare(double[][] p, double[] h) {
        return flaggedShares(p, new boolean[p.length], h)[1];
    }

    @SuppressWarnings("unchecked")
    private static Map<String, Object> castMap(Map<?, ?> m) {
        return (Map<String, Object>) m;
    }

    /** The cascade's band chosen on validation and the civil stream (see {@link SentenceHeadsTrainer#band}). */
    private AbuseSpec withBand(MultiLayerNetwork net, AbuseSpec spec, Split split, Map<String, Object> cascade) {
        AbuseClassifier model = classifier(net, spec, "training", "");
        double cost = spec.calibration() != null ? spec.calibration().holdCost() : DEFAULT_COST;
        List<String> stream = o.civil() != null ? o.civil().civil("tune") : List.of();
        List<Map<String, Object>> tried = new ArrayList<>();
        SentenceHeadsTrainer.Band b = SentenceHeadsTrainer.band(model, split.validation(), stream, cost, maxShare,
                bandTolerance, tried, log);
        // the risk the band is drawn on is read with this calibration and these severities from now on
        double[] w = new double[heads.size()];
        for (AbuseLabel l : spec.served()) {
            w[heads.index(l.name())] = l.weight();
        }
        SentenceHeads.Settings s = spec.sentenceHeads().withBand(b.low(), b.high(), spec.plattA().clone(),
                spec.plattB().clone(), w);
        sentenceHeads = new SentenceHeadsTrainer.Trained(sentenceHeads.heads().with(s), sentenceHeads.network(),
                sentenceHeads.provenance());
        cascade.put("rule", "the encoder runs when log(max over served labels of severity x odds of the score without "
                + "it) is in [low, high); bands around log(hold cost) tried on validation and the civil stream's tuning "
                + "half; chosen: the smallest stream share whose Jigsaw/insults/OLID validation AUCs stay within "
                + bandTolerance + " (mean) of encoding everything and whose flag decisions at the "
                + "defaults agree on >= 99 % of rows, among bands encoding <= " + maxShare
                + " of the stream");
        cascade.put("chosen", b.asMap());
        cascade.put("tried", tried);
        return spec.withSentenceHeads(s);
    }

    private TrainedModel finish(MultiLayerNetwork net, HashedNgrams.Config fc, Split split, int[][] valIds,
                          Map<String, String> dataHashes, double seconds) {
        if (o.vectors() != null && vectorHeads == null) {
            long vStart = System.nanoTime();
            trainVectorHeads(net, fc, split);
            seconds += (System.nanoTime() - vStart) / 1e9;
        }
        AbuseSpec spec = tune(net, fc, valIds, split.validation());
        Map<String, Object> cascade = new LinkedHashMap<>();
        if (sentenceHeads != null) {
            spec = withBand(net, spec, split, cascade);
            // calibration, thresholds and defaults again, now on the scores the cascade serves (the estimate outside
            // the band): what a site sees is what they were chosen on
            spec = tune(net, fc, valIds, split.validation());
            cascade.put("calibrated_on", "the cascade's scores (a second pass of calibration, thresholds and defaults "
                    + "after the band was chosen on the first pass's)");
        }
        byte[] network = ModelArchive.networkBytes(net);
        long taggerStart = System.nanoTime();
        SpanTaggerTrainer.Trained tagger = trainTagger(classifier(net, spec, "training", ""), split);
        Map<String, Object> floors = new LinkedHashMap<>();
        if (tagger != null) {
            spec = spec.withSpanTagger(tagger.tagger().settings());
            seconds += (System.nanoTime() - taggerStart) / 1e9;
            if (spec.calibration() != null) {
                spec = spec.withSpanMinScore(spanFloor(classifier(net, spec.withSpanMinScore(0), "training", "")
                        .withTagger(tagger.tagger()),
                        split.validation(), floors));
            }
        }
        Map<String, Object> params = new LinkedHashMap<>();
        params.put("architecture", "hashed word+bigram+char(3-5) n-grams, sublinear TF x IDF (idf from the training "
                + "split), L2-normalised; one L2-regularised logistic regression per head (full-batch L-BFGS to "
                + "convergence, optionally on NB log-count-ratio scaled inputs), stored as a DL4J embedding table "
                + "with one column per head and an identity output layer");
        params.put("heads", heads.all());
        params.put("buckets", o.buckets());
        params.put("dim", heads.size());
        params.put("grid_C", GRID.cs());
        params.put("grid_nb", GRID.nb());
        params.put("max_iterations", GRID.maxIterations());
        params.put("chosen_per_head", chosen);
        params.put("selection", "per head, the penalty and scaling with the best validation AUC (served labels: "
                + "on Jigsaw validation rows); then per head at most one partner head's logit added, z_h + beta z_p, "
                + "kept if it lifts that validation AUC by >= " + STACK_MIN_GAIN);
        params.put("stack_betas", STACK_BETAS);
        params.put("loss", "logistic loss per head on the training rows its sets label (label map), sum x C + 0.5 |w|^2");
        params.put("share_labels", o.shareLabels());
        params.put("split", "sha256(seed:text) % 100: <10 test, <20 validation, else train; toxic spans: trial = validation");
        params.put("quick", o.quick());
        params.put("label_map", "training-data/abuse/label-map.md");
        params.put("span_token_quantile", spec.spanQuantile());
        params.put("tokenizer", fc.tokenizer());
        params.put("span_min_score", spec.spanMinScore());
        if (!floors.isEmpty()) {
            params.put("span_floor_validation_f1", floors);
        }
        params.put("toxic_spans_training", "the posts train the span tagger only; their sentences of >= "
                + SENTENCE_MIN_WORDS + " words train the toxicity head: toxic when a gold span falls in the sentence, "
                + "not toxic when none does (posts without a gold span give no sentences)");
        if (spec.calibration() != null) {
            params.put("calibration", spec.calibration());
            Map<String, Object> defaults = new LinkedHashMap<>();
            for (AbuseLabel l : spec.served()) {
                defaults.put(l.name(), Map.of("severity", l.severity(), "hold", l.defaultHold(),
                        "reject", l.defaultReject()));
            }
            params.put("defaults", defaults);
        }
        if (tagger != null) {
            params.put("span_tagger", tagger.provenance());
        }
        if (vectorHeads != null) {
            params.put("vector_heads", vectorHeads.provenance());
        }
        if (sentenceHeads != null) {
            Map<String, Object> sp = new LinkedHashMap<>(sentenceHeads.provenance());
            sp.put("cascade", cascade);
            params.put("sentence_heads", sp);
        }
        if (producedBy != null) {
            params.put("produced_by", producedBy);
        }
        if (!decisions.isEmpty()) {
            params.put("decisions", decisions);
        }
        byte[] specBytes;
        try {
            specBytes = ModelArchive.json().writeValueAsBytes(spec);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        byte[] taggerBytes = tagger == null ? new byte[0] : tagger.tagger().weightBytes();
        byte[] vectorTable = vectorHeads == null ? null : vectorHeads.table();
        ByteArrayOutputStream everything = new ByteArrayOutputStream();
        everything.writeBytes(network);
        everything.writeBytes(specBytes);
        everything.writeBytes(taggerBytes);
        if (vectorHeads != null) {
            everything.writeBytes(vectorHeads.network());
            everything.writeBytes(vectorTable);
        }
        if (sentenceHeads != null) {
            everything.writeBytes(sentenceHeads.network());
        }
        ProvenanceBuilder builder = ProvenanceBuilder.of("abuse", NAME).seed(o.seed()).params(params).nativeThreads()
                .data(dataHashes).licences(List.of(LICENCES)).seconds(seconds);
        String version = builder.dateVersion(everything.toByteArray());
        Provenance provenance = builder.version(version).build();
        Map<String, byte[]> entries = new LinkedHashMap<>();
        entries.put(AbuseClassifier.NETWORK, network);
        if (tagger != null) {
            entries.put(SpanTagger.ENTRY, taggerBytes);
        }
        if (vectorHeads != null) {
            entries.put(VectorHeads.ENTRY, vectorHeads.network());
            entries.put(WordVectors.ENTRY, vectorTable);
        }
        if (sentenceHeads != null) {
            entries.put(SentenceHeads.ENTRY, sentenceHeads.network());
        }
        ModelArchive.write(o.output(), spec, provenance, entries);
        log.printf("wrote %s (%.1f MB) in %.0fs%n", o.output(), network.length / 1e6, seconds);

        AbuseClassifier model = load(o.output());
        if (cache != null && model.sentenceHeads() != null) {
            // the written model as served, its embeddings read from the training cache (the same encoder's vectors)
            model = model.withSentenceHeads(model.sentenceHeads().withVectors(SentenceHeadsTrainer.cached(cache)));
        }
        Map<String, Object> metrics = new LinkedHashMap<>();
        metrics.put("model", provenance.name());
        metrics.put("version", version);
        metrics.put("validation", reports(model, split.validation()));
        if (o.served() != null) {
            // the model this one would replace, on the same validation rows: what RetrainGate compares
            metrics.put("served_model", o.served().modelName() + " " + o.served().modelVersion());
            metrics.put("served_validation", reports(o.served(), relabel(split.validation(), o.served())));
        }
        metrics.put("test", reports(model, split.test()));
        metrics.put("calibration", calibration(model, split));
        metrics.put("training_seconds", provenance.trainingSeconds());
        ModelArchive.writeJson(o.output().resolveSibling("metrics.json"), metrics);
        return new TrainedModel(o.output(), provenance, metrics, seconds);
    }

    /**
     * The toxicity span tagger over the tuned heads, trained on the training posts with gold spans (toxic
     * spans; in quick mode every row with spans) and tuned on the validation posts with gold spans.
     */
    private SpanTaggerTrainer.Trained trainTagger(AbuseClassifier heads, Split split) {
        java.util.function.Predicate<AbuseDatasets.Example> spanned = e -> e.spans() != null
                && (e.source() == AbuseFormat.TOXIC_SPANS || o.quick());
        List<AbuseDatasets.Example> train = split.train().stream().filter(spanned).toList();
        List<AbuseDatasets.Example> val = split.validation().stream().filter(spanned).toList();
        return SpanTaggerTrainer.train(heads, train, val, SpanTaggerTrainer.DEFAULTS,
                o.quick() ? new double[]{1} : SpanTaggerTrainer.GRID_C,
                o.quick() ? 100 : SpanTaggerTrainer.MAX_ITERATIONS, log);
    }

    /** Floors of the calibrated toxicity from which the tagger runs, tried on the validation posts. */
    static final double[] SPAN_FLOORS = {0.0, 0.005, 0.01, 0.02, 0.05};

    /**
     * The span floor with the best span F1 on the validation posts with gold spans (the highest floor on a tie: it runs
     * the tagger on fewer comments). A flagged comment is far above any of them, so every flagged comment is tagged.
     */
    private double spanFloor(AbuseClassifier model, List<AbuseDatasets.Example> val, Map<String, Object> tried) {
        List<AbuseEvaluator.Scored> posts = AbuseEvaluator.score(model, val.stream()
                .filter(e -> e.spans() != null && e.source() == AbuseFormat.TOXIC_SPANS).toList());
        if (posts.isEmpty()) {
            return SPAN_FLOOR;
        }
        List<List<int[]>> spans = posts.stream().map(s -> AbuseEvaluator.predictedSpans(model, s)).toList();
        double best = SPAN_FLOOR, bestF = -1;
        for (double floor : SPAN_FLOORS) {
            double total = 0;
            for (int i = 0; i < posts.size(); i++) {
                AbuseEvaluator.Scored s = posts.get(i);
                total += Metrics.spanF1(s.example().text(), s.p()[Heads.TOXICITY] >= floor ? spans.get(i) : List.of(),
                        s.example().spans());
            }
            double f = total / posts.size();
            tried.put(String.valueOf(floor), Metrics.round(f));
            if (f >= bestF) {
                bestF = f;
                best = floor;
            }
        }
        log.printf("span floor on validation: %s -> %.3f (span F1 %.4f)%n", tried, best, bestF);
        return best;
    }

    /** Penalties tried per head, and both plain and NB-scaled inputs; the head's validation AUC picks. */
    static final WideLinear.Grid GRID = new WideLinear.Grid(new double[]{1, 2, 4, 8, 16, 32, 64},
            new boolean[]{true, false}, 200);

    /**
     * Per-head logistic regressions ({@link WideLinear}) written into the format-2 network: the
     * embedding table holds one column per head and the output layer is the identity, so the folded
     * table is exactly the fitted weights.
     */
    private MultiLayerNetwork linear(HashedNgrams.Config fc, Split split, int[][] trainIds, int[][] valIds) {
        WideLinear.Sparse xt = WideLinear.Sparse.of(trainIds, idf);
        WideLinear.Sparse xv = WideLinear.Sparse.of(valIds, idf);
        log.printf("sparse TF-IDF rows: train %d (%d non-zeros), validation %d%n", xt.rows(), xt.idx().length, xv.rows());
        int d = fc.buckets();
        float[] table = new float[d * heads.size()];
        float[] bias = new float[heads.size()];
        long t0 = System.nanoTime();
        int[][] selection = new int[heads.size()][];
        int[][] selectionY = new int[heads.size()][];
        for (int h = 0; h < heads.size(); h++) {
            List<Integer> tr = new ArrayList<>();
            for (int i = 0; i < split.train().size(); i++) {
                if (!Float.isNaN(split.train().get(i).labels()[h]) && trainIds[i].length > 0) {
                    tr.add(i);
                }
            }
            int[] trainRows = tr.stream().mapToInt(x -> x).toArray();
            float[] y = new float[trainRows.length];
            for (int i = 0; i < y.length; i++) {
                y[i] = split.train().get(trainRows[i]).labels()[h];
            }
            float[] rowWeights = decisionWeights == null ? null : new float[trainRows.length];
            for (int i = 0; rowWeights != null && i < rowWeights.length; i++) {
                rowWeights[i] = weight(split.train().get(trainRows[i]), h);
            }
            final int head = h;
            // a served label is chosen by its Jigsaw figure (what it is judged on), other heads by their own set
            boolean jigsaw = h < Heads.PUBLIC.size() && split.validation().stream()
                    .anyMatch(e -> e.source() == AbuseFormat.JIGSAW);
            int[] sel = IntStream.range(0, split.validation().size())
                    .filter(i -> !Float.isNaN(split.validation().get(i).labels()[head])
                            && (!jigsaw || split.validation().get(i).source() == AbuseFormat.JIGSAW))
                    .toArray();
            int[] selY = java.util.Arrays.stream(sel).map(i -> (int) split.validation().get(i).labels()[head]).toArray();
            selection[h] = sel;
            selectionY[h] = selY;
            if (trainRows.length == 0 || IntStream.range(0, y.length).allMatch(i -> y[i] == y[0])) {
                log.printf("head %s: nothing to learn%n", heads.name(h));
                continue;
            }
            WideLinear.Head fit = WideLinear.fit(xt, trainRows, y, rowWeights, xv, sel, selY, d, o.quick()
                    ? new WideLinear.Grid(new double[]{4}, new boolean[]{false}, 100) : GRID, heads.name(h), log);
            for (int j = 0; j < d; j++) {
                table[j * heads.size() + h] = fit.weights()[j];
            }
            bias[h] = fit.bias();
            // LinkedHashMap, not Map.of: Map.of iterates in an order salted per JVM, and provenance should not
            Map<String, Object> fitted = new LinkedHashMap<>();
            fitted.put("C", fit.c());
            fitted.put("nb", fit.nb());
            fitted.put("validation_auc", Metrics.round(fit.validationAuc()));
            fitted.put("iterations", fit.iterations());
            chosen.put(heads.name(h), fitted);
            double el = (System.nanoTime() - t0) / 1e9;
            log.printf("head %d/%d %s %s: C %s, nb %s, validation AUC %.4f  ETA %s%n", h + 1, heads.size(), heads.name(h),
                    bar(h + 1, heads.size()), fit.c(), fit.nb(), fit.validationAuc(), eta(el / (h + 1) * (heads.size() - h - 1)));
        }
        if (!o.quick()) {
            stack(table, bias, xv, selection, selectionY);
        }
        MultiLayerNetwork net = network(fc);
        net.getLayer(0).setParam("W", Nd4j.create(table, new long[]{d, heads.size()}, 'c'));
        float[] eye = new float[heads.size() * heads.size()];
        for (int h = 0; h < heads.size(); h++) {
            eye[h * heads.size() + h] = 1f;
        }
        net.getLayer(2).setParam("W", Nd4j.create(eye, new long[]{heads.size(), heads.size()}, 'c'));
        net.getLayer(2).setParam("b", Nd4j.create(bias, new long[]{1, heads.size()}, 'c'));
        return net;
    }

    /** Partner weights tried when a head borrows another head's logit. */
    /**
     * The weight of a second logit {@code zo} added to the model's {@code zn} on head {@code h}: the beta of
     * {@code betas} with the best AUC of {@code zn + beta * zo} over the rows {@code sel} (labels {@code y}), or 0 when
     * that gains less than {@link #STACK_MIN_GAIN}. Returns {AUC of zn alone, AUC at the chosen beta, beta}.
     */
    static double[] fusionWeight(double[][] zn, double[][] zo, int[] sel, int[] y, int h, double[] betas) {
        double[] s = new double[sel.length];
        for (int i = 0; i < sel.length; i++) {
            s[i] = zn[sel[i]][h];
        }
        double base = Metrics.auc(s, y);
        double best = base;
        double b = 0;
        for (double cand : betas) {
            for (int i = 0; i < sel.length; i++) {
                s[i] = zn[sel[i]][h] + cand * zo[sel[i]][h];
            }
            double auc = Metrics.auc(s, y);
            if (auc > best) {
                best = auc;
                b = cand;
            }
        }
        if (best < base + STACK_MIN_GAIN) {
            return new double[]{base, base, 0};
        }
        return new double[]{base, best, b};
    }

    static final double[] STACK_BETAS = {0.1, 0.2, 0.3, 0.5, 0.7, 1.0, 1.5, 2.0};
    /** A partner is kept only if it lifts the head's validation AUC by at least this (smaller is noise). */
    static final double STACK_MIN_GAIN = 0.001;

    /**
     * Borrowing strength: a head with few positives (threat) or a small set (Impermium) may rank better
     * with a related head's logit added, z_h + beta * z_p. Both are columns of the same table over the
     * same input, so the sum is again one column: the model stays one linear table and spans stay exact.
     * One partner per head at most, chosen with beta on the head's validation AUC from the unstacked
     * columns.
     */
    private void stack(float[] table, float[] bias, WideLinear.Sparse xv, int[][] selection, int[][] selectionY) {
        int k = heads.size();
        int rows = xv.rows();
        double[][] z = new double[rows][k];
        IntStream.range(0, rows).parallel().forEach(i -> {
            for (int q = xv.ptr()[i]; q < xv.ptr()[i + 1]; q++) {
                int base = xv.idx()[q] * k;
                for (int h = 0; h < k; h++) {
                    z[i][h] += xv.val()[q] * table[base + h];
                }
            }
            for (int h = 0; h < k; h++) {
                z[i][h] += bias[h];
            }
        });
        float[] original = table.clone();
        float[] originalBias = bias.clone();
        for (int h = 0; h < k; h++) {
            // Davidson is judged by the weighted F1 of a decision over both of its heads, not by one head's AUC:
            // measured, davidson_hate + 0.2 identity_attack lifted that AUC 0.862 -> 0.876 but the weighted F1
            // fell 0.909 -> 0.904 on validation, so those heads stay as fitted (they may still be partners)
            if (selection[h] == null || selection[h].length == 0 || h == Heads.DAVIDSON_HATE
                    || h == Heads.DAVIDSON_ABUSIVE) {
                continue;
            }
            int[] sel = selection[h];
            double[] s = new double[sel.length];
            for (int i = 0; i < sel.length; i++) {
                s[i] = z[sel[i]][h];
            }
            double base = Metrics.auc(s, selectionY[h]);
            double best = base;
            int partner = -1;
            double beta = 0;
            for (int p = 0; p < k; p++) {
                if (p == h || selection[p] == null) {
                    continue;
                }
                for (double b : STACK_BETAS) {
                    for (int i = 0; i < sel.length; i++) {
                        s[i] = z[sel[i]][h] + b * z[sel[i]][p];
                    }
                    double auc = Metrics.auc(s, selectionY[h]);
                    if (auc > best) {
                        best = auc;
                        partner = p;
                        beta = b;
                    }
                }
            }
            if (partner < 0 || best < base + STACK_MIN_GAIN) {
                log.printf("stack %-16s no partner (validation AUC %.4f)%n", heads.name(h), base);
                continue;
            }
            for (int j = 0; j < table.length / k; j++) {
                table[j * k + h] = original[j * k + h] + (float) beta * original[j * k + partner];
            }
            bias[h] = originalBias[h] + (float) beta * originalBias[partner];
            @SuppressWarnings("unchecked")
            Map<String, Object> c = (Map<String, Object>) chosen.get(heads.name(h));
            c.put("stacked_with", heads.name(partner));
            c.put("beta", beta);
            c.put("validation_auc_stacked", Metrics.round(best));
            log.printf("stack %-16s + %.1f x %-16s validation AUC %.4f -> %.4f%n", heads.name(h), beta,
                    heads.name(partner), base, best);
        }
    }

    private VectorHeads.Settings vectorSettings() {
        return vectorHeads == null ? null : vectorHeads.heads().settings();
    }

    /** Vector rows kept besides the training split's own words: GloVe's commonest, for words training never saw. */
    static final int VECTOR_TOP_WORDS = 50_000;

    /** The published GloVe vectors (fetched once, see {@link WordVectors.Source}), cut to what a model keeps. */
    public static Function<Predicate<String>, WordVectors> glove() {
        return keep -> WordVectors.Source.glove().load(keep, VECTOR_TOP_WORDS);
    }

    /**
     * Trains the vector heads on the training split, then per head the beta of {@code z_ngram + beta z_vectors}
     * with the best validation AUC (served labels on Jigsaw rows, like the n-gram fit). A head keeps beta 0 unless
     * that lifts its AUC by {@link #STACK_MIN_GAIN}; Davidson's two heads stay 0 because their weighted-F1
     * decision, not an AUC, is what they are judged on (as in {@link #stack}).
     */
    private void trainVectorHeads(MultiLayerNetwork net, HashedNgrams.Config fc, Split split) {
        HashedNgrams features = new HashedNgrams(fc);
        Set<String> used = java.util.concurrent.ConcurrentHashMap.newKeySet();
        split.train().parallelStream().forEach(e -> used.addAll(VectorHeads.words(e.text(), features.features(e.text()))));
        WordVectors table = o.vectors().apply(used::contains);
        log.printf("word vectors: %d rows (%d words of the training split, plus GloVe's %d commonest)%n", table.size(),
                used.size(), VECTOR_TOP_WORDS);
        VectorHeadsTrainer.Trained t = VectorHeadsTrainer.train(table, "glove-6b-100d (" + WordVectors.Source.URL + ")",
                features, split.train(), split.validation(), decisionWeights == null ? null : this::weight, o.seed(),
                o.quick() ? VectorHeadsTrainer.QUICK
                        : VectorHeadsTrainer.DEFAULTS, log);
        AbuseClassifier ngram = classifier(net, spec(fc, identityPlatt(), 0.5, 0.5, Map.of()), "training", "");
        List<AbuseDatasets.Example> val = split.validation();
        double[][] zn = new double[val.size()][];
        double[][] zv = new double[val.size()][];
        IntStream.range(0, val.size()).parallel().forEach(i -> {
            String text = val.get(i).text();
            HashedNgrams.Features f = features.features(text);
            zn[i] = ngram.logits(f);
            zv[i] = t.heads().logits(text, f);
        });
        boolean jigsaw = val.stream().anyMatch(e -> e.source() == AbuseFormat.JIGSAW);
        double[] beta = new double[heads.size()];
        Map<String, Object> chosenBeta = new LinkedHashMap<>();
        for (int h = 0; h < heads.size(); h++) {
            final int head = h;
            boolean served = h < Heads.PUBLIC.size() && jigsaw;
            int[] sel = IntStream.range(0, val.size()).filter(i -> !Float.isNaN(val.get(i).labels()[head])
                    && (!served || val.get(i).source() == AbuseFormat.JIGSAW)).toArray();
            int[] y = java.util.Arrays.stream(sel).map(i -> (int) val.get(i).labels()[head]).toArray();
            if (sel.length < 10 || java.util.Arrays.stream(y).distinct().count() < 2 || h == Heads.DAVIDSON_HATE
                    || h == Heads.DAVIDSON_ABUSIVE) {
                continue;
            }
            double[] fused = fusionWeight(zn, zv, sel, y, h, STACK_BETAS);
            double base = fused[0];
            double best = fused[1];
            double b = fused[2];
            beta[h] = b;
            Map<String, Object> chosenHere = new LinkedHashMap<>();
            chosenHere.put("beta", b);
            chosenHere.put("validation_auc_ngram", Metrics.round(base));
            chosenHere.put("validation_auc_with_vectors", Metrics.round(best));
            chosenBeta.put(heads.name(h), chosenHere);
            log.printf("vector heads %-16s beta %.1f: validation AUC %.4f -> %.4f%n", heads.name(h), b, base, best);
        }
        Map<String, Object> prov = new LinkedHashMap<>(t.provenance());
        prov.put("beta_grid", STACK_BETAS);
        prov.put("beta", chosenBeta);
        prov.put("top_words", VECTOR_TOP_WORDS);
        VectorHeads heads = t.heads().withBeta(beta);
        vectorHeads = new VectorHeadsTrainer.Trained(heads, t.network(), prov, t.table());
    }

    /** Per head, the weight of one moderator decision in the loss (null: no decisions in this run). */
    private float[] decisionWeights;
    /** What the decisions were and how they were weighted (for provenance). */
    private final Map<String, Object> decisions = new LinkedHashMap<>();

    /** A decision weighs at most this many rows of the shared sets (see {@link #decisionWeights}). */
    static final double DECISION_WEIGHT = 2.0;
    /** The decisions together carry at most this share of a head's training weight. */
    static final double DECISION_SHARE = 0.10;

    /**
     * Adds the moderators' decisions of {@code o.extra()} to the training rows (after the others), never to validation
     * or test: a decision whose text is also a validation or test row is left out, so the figures the retrain is judged
     * on stay the shared sets' own.
     */
    private Split withDecisions(Split split, Map<String, String> hashes) {
        List<AbuseDatasets.Example> read = AbuseDatasets.read(AbuseFormat.DECISIONS, o.extra(), null, true, heads);
        hashes.put(o.extra().toString(), ProvenanceBuilder.sha256(o.extra()));
        Set<String> held = new HashSet<>();
        split.validation().forEach(e -> held.add(e.text()));
        split.test().forEach(e -> held.add(e.text()));
        List<AbuseDatasets.Example> kept = read.stream().filter(e -> !held.contains(e.text())).toList();
        List<AbuseDatasets.Example> train = new ArrayList<>(split.train());
        train.addAll(kept);
        decisionWeights = decisionWeights(split.train(), kept);
        Map<String, Object> weights = new LinkedHashMap<>();
        for (int h = 0; h < heads.size(); h++) {
            if (decisionWeights[h] > 0) {
                weights.put(heads.name(h), Metrics.round(decisionWeights[h]));
            }
        }
        decisions.put("file", o.extra().toString());
        decisions.put("rows", read.size());
        decisions.put("left_out_as_evaluation_rows", read.size() - kept.size());
        decisions.put("weight_per_head", weights);
        decisions.put("rule", "a decision weighs min(" + DECISION_WEIGHT + ", " + DECISION_SHARE
                + " x the head's other labelled training rows / the head's decisions) rows; training only, never "
                + "validation, test, calibration or thresholds; the idf is the other training rows'");
        log.printf("decisions: %d read, %d left out (also validation or test rows), weight per head %s%n", read.size(),
                read.size() - kept.size(), weights);
        return new Split(train, split.validation(), split.test());
    }

    /**
     * The weight of one decision per head. Only held comments are decided, so the decisions are a sample chosen by
     * the served model's own score: all near or above the hold thresholds. That choice depends on the text alone, so a
     * decision is still a true label for its text and needs no per-row correction (nor could it have one: comments
     * below every threshold are never decided). What it skews is where the sample lies, and the linear heads must fit
     * every comment: so the decisions together carry at most {@link #DECISION_SHARE} of each head's training weight,
     * and a site with thousands of decisions cannot pull the whole model toward its held region. Within that cap one
     * decision counts as {@link #DECISION_WEIGHT} shared rows, because it is this site's moderators on this site's
     * comments, where the shared sets are other sites'. Calibration, thresholds and spans are fitted on the shared
     * validation rows only, so a score keeps its meaning (and the gate compares like with like).
     */
    private float[] decisionWeights(List<AbuseDatasets.Example> shared, List<AbuseDatasets.Example> decided) {
        float[] w = new float[heads.size()];
        for (int h = 0; h < heads.size(); h++) {
            final int head = h;
            long others = shared.stream().filter(e -> !Float.isNaN(e.labels()[head])).count();
            long mine = decided.stream().filter(e -> !Float.isNaN(e.labels()[head])).count();
            w[h] = mine == 0 ? 0f : (float) Math.min(DECISION_WEIGHT, DECISION_SHARE * others / mine);
        }
        return w;
    }

    /** {@code rows} with their labels moved to {@code model}'s heads (by name; a head this run lacks is unknown). */
    private List<AbuseDatasets.Example> relabel(List<AbuseDatasets.Example> rows, AbuseClassifier model) {
        List<String> theirs = model.spec().heads();
        if (theirs.equals(heads.all())) {
            return rows;
        }
        int[] from = theirs.stream().mapToInt(heads::index).toArray();
        return rows.stream().map(e -> {
            float[] y = new float[from.length];
            for (int h = 0; h < y.length; h++) {
                y[h] = from[h] < 0 ? Float.NaN : e.labels()[from[h]];
            }
            return new AbuseDatasets.Example(e.id(), e.source(), e.text(), y, e.spans(), e.clazz());
        }).toList();
    }

    /** The weight of a training row in head {@code h}'s loss: 1, or a decision's weight. */
    private float weight(AbuseDatasets.Example e, int h) {
        return e.source() == AbuseFormat.DECISIONS ? decisionWeights[h] : 1f;
    }

    /** Per head: the penalty and input scaling the linear fit chose (for provenance). */
    private final Map<String, Object> chosen = new LinkedHashMap<>();
    /** Set by {@link #retune}: how the written file came about when the heads were not trained here. */
    private String producedBy;

    private static AbuseClassifier load(Path file) {
        return AbuseClassifier.load(ModelArchive.read(file));
    }

    // ---- data ----

    private Split quickSplit(Map<String, String> hashes) {
        List<AbuseDatasets.Example> all = new ArrayList<>(AbuseDatasets.read(AbuseFormat.SEED, o.quickSample(), null, true, heads));
        hashes.put(o.quickSample().toString(), ProvenanceBuilder.sha256(o.quickSample()));
        if (o.seedLabels() != null && Files.isRegularFile(o.seedLabels())) {
            all.addAll(AbuseDatasets.read(AbuseFormat.SEED, o.seedLabels(), null, true, heads));
            hashes.put(o.seedLabels().toString(), ProvenanceBuilder.sha256(o.seedLabels()));
        }
        // quick mode trains a tiny model for tests: validation is the training data itself
        return new Split(all, all, List.of());
    }

    private Split fullSplit(Map<String, String> hashes) {
        Path d = o.dataDir();
        if (!Files.isDirectory(d)) {
            throw new IllegalArgumentException("no data folder " + d + " (pass --data ../shared/data/abuse)");
        }
        List<AbuseDatasets.Example> train = new ArrayList<>();
        List<AbuseDatasets.Example> val = new ArrayList<>();
        List<AbuseDatasets.Example> test = new ArrayList<>();
        record Source(AbuseFormat format, String file) {
        }
        List<Source> sources = List.of(new Source(AbuseFormat.JIGSAW, "jigsaw/jigsaw_train_10k_train.csv"),
                new Source(AbuseFormat.INSULTS, "insults/train.csv"),
                new Source(AbuseFormat.OLID, "olid/olid-training-v1.0.tsv"),
                new Source(AbuseFormat.DAVIDSON, "davidson2017/davidson2017_train.csv"));
        for (Source s : sources) {
            Path file = d.resolve(s.file());
            hashes.put(rel(s.file()), ProvenanceBuilder.sha256(file));
            assign(AbuseDatasets.read(s.format(), file, null, o.shareLabels(), heads), train, val, test);
        }
        Path ethosBinary = d.resolve("ethos/Ethos_Dataset_Binary.csv");
        Path ethosMulti = d.resolve("ethos/Ethos_Dataset_Multi_Label.csv");
        hashes.put(rel("ethos/Ethos_Dataset_Binary.csv"), ProvenanceBuilder.sha256(ethosBinary));
        hashes.put(rel("ethos/Ethos_Dataset_Multi_Label.csv"), ProvenanceBuilder.sha256(ethosMulti));
        assign(AbuseDatasets.ethosWithTargets(ethosBinary, ethosMulti, o.shareLabels(), heads), train, val, test);

        // toxic spans: the official trial set is our validation set (span threshold tuning)
        Path trial = d.resolve("toxic_spans/tsd_trial.csv");
        Path tsd = d.resolve("toxic_spans/tsd_train.csv");
        hashes.put(rel("toxic_spans/tsd_train.csv"), ProvenanceBuilder.sha256(tsd));
        hashes.put(rel("toxic_spans/tsd_trial.csv"), ProvenanceBuilder.sha256(trial));
        List<AbuseDatasets.Example> trialRows = AbuseDatasets.read(AbuseFormat.TOXIC_SPANS, trial, null, true, heads);
        Set<String> trialTexts = new HashSet<>();
        trialRows.forEach(e -> trialTexts.add(e.text()));
        val.addAll(trialRows);
        int sentences = 0;
        for (AbuseDatasets.Example e : AbuseDatasets.read(AbuseFormat.TOXIC_SPANS, tsd, null, true, heads)) {
            if (trialTexts.contains(e.text())) {
                continue;
            }
            if (bucket(e.text()) < 10) {
                test.add(e);
                continue;
            }
            // the post trains the span tagger only; its sentences train the toxicity head (see spanSentences)
            train.add(new AbuseDatasets.Example(e.id(), e.source(), e.text(), heads.unknown(), e.spans(), e.clazz()));
            List<AbuseDatasets.Example> own = spanSentences(e, heads);
            train.addAll(own);
            sentences += own.size();
        }
        log.printf("toxic spans: %d training sentences from the posts with gold spans%n", sentences);
        if (o.seedLabels() != null && Files.isRegularFile(o.seedLabels())) {
            train.addAll(AbuseDatasets.read(AbuseFormat.SEED, o.seedLabels(), null, true, heads));
            hashes.put(o.seedLabels().toString(), ProvenanceBuilder.sha256(o.seedLabels()));
        }
        return new Split(train, val, test);
    }

    /** A sentence of a toxic-spans post trains the toxicity head only from this many words on. */
    static final int SENTENCE_MIN_WORDS = 4;
    private static final java.util.regex.Pattern SENTENCE_END =
            java.util.regex.Pattern.compile("[.!?]+[\"')\\]]*\\s+|\n+");

    /**
     * The sentences of a toxic-spans post as toxicity rows: toxic when a gold span falls in it, not toxic when none
     * does. Every post of the set was rated toxic, and they and Impermium's insults were the only news comments the
     * toxicity head saw, so it learnt "news comment => toxic" ("budget", "mayor", "kids" carried toxic weight:
     * bench/abuse/calibration-design.md 3). The annotators marked what was toxic; the rest of a spanned post is the
     * news-comment negative the data already holds (prototyped in bench/abuse/mix_prototype.py: +6 points of Jigsaw
     * abusive recall at the same civil rate, half the civility suite's civil holds). Posts without an agreed span give
     * none; other labels are unknown (as negatives of all six the suite's abusive recall fell 7 points).
     */
    static List<AbuseDatasets.Example> spanSentences(AbuseDatasets.Example post, Heads heads) {
        List<AbuseDatasets.Example> out = new ArrayList<>();
        if (post.spans() == null || post.spans().isEmpty()) {
            return out;
        }
        String text = post.text();
        List<int[]> cuts = new ArrayList<>();
        java.util.regex.Matcher m = SENTENCE_END.matcher(text);
        int start = 0;
        while (m.find()) {
            cuts.add(new int[]{start, m.end()});
            start = m.end();
        }
        if (start < text.length()) {
            cuts.add(new int[]{start, text.length()});
        }
        int n = 0;
        for (int[] c : cuts) {
            String sentence = text.substring(c[0], c[1]).strip();
            if (sentence.split("\\s+").length < SENTENCE_MIN_WORDS) {
                continue;
            }
            boolean toxic = post.spans().stream().anyMatch(sp -> sp[0] < c[1] && sp[1] > c[0]);
            float[] y = heads.unknown();
            y[Heads.TOXICITY] = toxic ? 1f : 0f;
            out.add(new AbuseDatasets.Example(post.id() + "-s" + (n++), AbuseFormat.TOXIC_SPANS, sentence, y, null, -1));
        }
        return out;
    }

    private static String rel(String file) {
        return "../shared/data/abuse/" + file;
    }

    private void assign(List<AbuseDatasets.Example> rows, List<AbuseDatasets.Example> train,
                        List<AbuseDatasets.Example> val, List<AbuseDatasets.Example> test) {
        for (AbuseDatasets.Example e : rows) {
            int b = bucket(e.text());
            (b < 10 ? test : b < 20 ? val : train).add(e);
        }
    }

    /** Split by text, so duplicate texts always land on the same side. */
    private int bucket(String text) {
        byte[] h = ProvenanceBuilder.sha256Bytes((o.seed() + ":" + text).getBytes(StandardCharsets.UTF_8));
        return (int) (Integer.toUnsignedLong(((h[0] & 0xff) << 24) | ((h[1] & 0xff) << 16) | ((h[2] & 0xff) << 8)
                | (h[3] & 0xff)) % 100);
    }

    private void exportSplit(Split split) {
        try {
            Files.createDirectories(o.exportSplit());
            write(o.exportSplit().resolve("train.jsonl"), split.train());
            write(o.exportSplit().resolve("validation.jsonl"), split.validation());
            write(o.exportSplit().resolve("test.jsonl"), split.test());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private void write(Path file, List<AbuseDatasets.Example> rows) throws IOException {
        StringBuilder sb = new StringBuilder();
        for (AbuseDatasets.Example e : rows) {
            Map<String, Object> m = new LinkedHashMap<>();
            m.put("id", e.id());
            m.put("source", e.source().cliName());
            m.put("text", e.text());
            Map<String, Object> labels = new LinkedHashMap<>();
            for (int h = 0; h < heads.size(); h++) {
                labels.put(heads.name(h), Float.isNaN(e.labels()[h]) ? null : (int) e.labels()[h]);
            }
            m.put("labels", labels);
            m.put("class", e.clazz());
            m.put("spans", e.spans());
            sb.append(ModelArchive.json().writer().without(com.fasterxml.jackson.databind.SerializationFeature.INDENT_OUTPUT)
                    .writeValueAsString(m)).append('\n');
        }
        Files.writeString(file, sb.toString());
    }

    private static int[][] featurise(HashedNgrams features, List<AbuseDatasets.Example> rows) {
        int[][] out = new int[rows.size()][];
        IntStream.range(0, rows.size()).parallel().forEach(i -> out[i] = features.features(rows.get(i).text()).ids());
        return out;
    }

    // ---- network ----

    /**
     * The stored network: an embedding table of one column per head, summed over the comment with TF-IDF weights
     * (the weight rides in the mask), and an identity output layer, so that the folded table is the fitted weights.
     */
    private MultiLayerNetwork network(HashedNgrams.Config fc) {
        MultiLayerConfiguration conf = new NeuralNetConfiguration.Builder()
                .seed(o.seed())
                .dataType(DataType.FLOAT)
                .updater(new Adam(0.01))
                .l2(L2)
                .list()
                .layer(new EmbeddingSequenceLayer.Builder().nIn(fc.buckets()).nOut(heads.size()).hasBias(false)
                        .weightInit(new UniformDistribution(-1.0 / heads.size(), 1.0 / heads.size())).build())
                .layer(new GlobalPoolingLayer.Builder(PoolingType.SUM).build())
                .layer(new OutputLayer.Builder(new LossBinaryXENT()).nIn(heads.size()).nOut(heads.size())
                        .activation(Activation.SIGMOID).weightInit(WeightInit.XAVIER).build())
                .build();
        MultiLayerNetwork net = new MultiLayerNetwork(conf);
        net.init();
        return net;
    }

    private static String bar(long step, long total) {
        int width = 24;
        int filled = (int) (width * step / Math.max(1, total));
        return "[" + "=".repeat(filled) + " ".repeat(width - filled) + "]";
    }

    private static String eta(double seconds) {
        long s = Math.round(seconds);
        return String.format("%dm%02ds", s / 60, s % 60);
    }

    private AbuseClassifier classifier(MultiLayerNetwork net, AbuseSpec spec, String name, String version) {
        float[][] folded = AbuseClassifier.fold(net, spec);
        return new AbuseClassifier(spec, folded[0], folded[1], name, version, null,
                vectorHeads == null ? null : vectorHeads.heads(),
                sentenceHeads == null || spec.sentenceHeads() == null ? null
                        : sentenceHeads.heads().with(spec.sentenceHeads()), false);
    }

    private SentenceHeads.Settings sentenceSettings() {
        return sentenceHeads == null ? null : sentenceHeads.heads().settings();
    }

    private AbuseSpec spec(HashedNgrams.Config fc, double[][] platt, double spanThreshold, double spanMin,
                           Map<String, Double> thresholds) {
        double[] tok = new double[heads.size()];
        java.util.Arrays.fill(tok, spanThreshold);
        return new AbuseSpec(AbuseSpec.FORMAT, fc, heads.all(), servedLabels(), heads.size(), platt[0], platt[1], tok,
                0.9, spanMin, thresholds, idf, null, vectorSettings(), null, sentenceSettings(), true, 0);
    }

    private double[][] identityPlatt() {
        double[] a = new double[heads.size()];
        java.util.Arrays.fill(a, 1.0);
        return new double[][]{a, new double[heads.size()]};
    }

    // ---- tuning on validation ----

    private AbuseSpec tune(MultiLayerNetwork net, HashedNgrams.Config fc, int[][] valIds,
                           List<AbuseDatasets.Example> val) {
        AbuseClassifier raw = classifier(net, spec(fc, identityPlatt(), 0.5, 0.5, Map.of()), "training", "");
        double[][] logits = new double[val.size()][];
        IntStream.range(0, val.size()).parallel().forEach(i -> {
            String text = val.get(i).text();
            logits[i] = raw.logits(text, raw.features(text));
        });
        double[][] platt = identityPlatt();
        int[] jigsawRows = IntStream.range(0, val.size()).filter(i -> val.get(i).source() == AbuseFormat.JIGSAW)
                .toArray();
        double[] natural = jigsawRows.length == 0 ? null : naturalMixWeights(val, jigsawRows);
        Map<String, Double> priors = new LinkedHashMap<>();
        Map<String, Double> fittedPriors = new LinkedHashMap<>();
        for (int h = 0; h < heads.size(); h++) {
            String name = heads.name(h);
            if (natural != null && JIGSAW_COUNTS.containsKey(name)) {
                // a served label: calibrated on its own training distribution (Jigsaw validation rows weighted back to
                // Jigsaw's natural mix), then moved to the stated news-comment prior by a log-odds offset
                final int head = h;
                int[] rows = java.util.Arrays.stream(jigsawRows).filter(i -> !Float.isNaN(val.get(i).labels()[head]))
                        .toArray();
                double[] z = java.util.Arrays.stream(rows).mapToDouble(i -> logits[i][head]).toArray();
                int[] y = java.util.Arrays.stream(rows).map(i -> (int) val.get(i).labels()[head]).toArray();
                double[] w = java.util.Arrays.stream(rows).mapToDouble(i -> natural[i]).toArray();
                double[] ab = Metrics.plattWeighted(z, y, w);
                double fitted = JIGSAW_COUNTS.get(name) / (double) JIGSAW_ROWS;
                double prior = fitted * NEWS_TOXIC / (JIGSAW_COUNTS.get(Heads.PUBLIC.get(Heads.TOXICITY))
                        / (double) JIGSAW_ROWS);
                platt[0][h] = ab[0];
                platt[1][h] = ab[1] + Metrics.logit(prior) - Metrics.logit(fitted);
                priors.put(name, Metrics.round(prior * 1e4) / 1e4);
                fittedPriors.put(name, Metrics.round(fitted * 1e4) / 1e4);
                log.printf("calibration %-16s a %.3f b %+.3f, prior %.5f -> %.5f: served b %+.3f%n", name, ab[0], ab[1],
                        fitted, prior, platt[1][h]);
                continue;
            }
            List<double[]> pairs = labelled(val, logits, h);
            if (pairs.size() >= 10) {
                double[] ab = Metrics.platt(pairs.stream().mapToDouble(p -> p[0]).toArray(),
                        pairs.stream().mapToInt(p -> (int) p[1]).toArray());
                platt[0][h] = ab[0];
                platt[1][h] = ab[1];
            }
        }
        boolean stated = !priors.isEmpty();
        AbuseSpec calibrated = spec(fc, platt, 0.5, 0.5, Map.of());
        AbuseClassifier model = classifier(net, calibrated, "training", "");
        Map<String, Double> thresholds = new LinkedHashMap<>();
        for (int h = 0; h < heads.size(); h++) {
            List<double[]> pairs = labelled(val, logits, h);
            if (pairs.isEmpty()) {
                continue;
            }
            final int head = h;
            double[] p = pairs.stream().mapToDouble(q -> model.calibrate(head, q[0])).toArray();
            int[] y = pairs.stream().mapToInt(q -> (int) q[1]).toArray();
            thresholds.put(heads.name(h), Metrics.bestF1Threshold(p, y));
        }
        // OLID is judged by macro F1 and Davidson by weighted F1: tune those objectives directly
        List<AbuseEvaluator.Scored> olid = AbuseEvaluator.score(model, of(val, AbuseFormat.OLID));
        if (!olid.isEmpty()) {
            double best = -1;
            for (int i = 5; i < 96; i++) {
                double t = i / 100.0;
                int[] g = olid.stream().mapToInt(s -> (int) s.example().labels()[Heads.OLID]).toArray();
                int[] pr = olid.stream().mapToInt(s -> s.p()[Heads.OLID] >= t ? 1 : 0).toArray();
                double[] f = AbuseEvaluator.classF1(g, pr, 2);
                if ((f[0] + f[1]) / 2 > best) {
                    best = (f[0] + f[1]) / 2;
                    thresholds.put(heads.name(Heads.OLID), t);
                }
            }
        }
        List<AbuseEvaluator.Scored> dav = AbuseEvaluator.score(model, of(val, AbuseFormat.DAVIDSON));
        if (!dav.isEmpty()) {
            int[] g = dav.stream().mapToInt(s -> s.example().clazz()).toArray();
            int[] support = new int[3];
            for (int c : g) {
                support[c]++;
            }
            double best = -1;
            for (int i = 5; i < 96; i += 2) {
                for (int j = 5; j < 96; j += 2) {
                    double th = i / 100.0, ta = j / 100.0;
                    int[] pr = dav.stream().mapToInt(s -> AbuseEvaluator.davidsonClass(s.p(), th, ta)).toArray();
                    double[] f = AbuseEvaluator.classF1(g, pr, 3);
                    double w = 0;
                    for (int c = 0; c < 3; c++) {
                        w += f[c] * support[c] / g.length;
                    }
                    if (w > best) {
                        best = w;
                        thresholds.put(heads.name(Heads.DAVIDSON_HATE), th);
                        thresholds.put(heads.name(Heads.DAVIDSON_ABUSIVE), ta);
                    }
                }
            }
        }
        // spans: grid over the token threshold and the comment-level floor on the trial set
        List<AbuseEvaluator.Scored> spans = AbuseEvaluator.score(model, val.stream()
                .filter(e -> e.spans() != null && (e.source() == AbuseFormat.TOXIC_SPANS || o.quick())).toList());
        double[] quantiles = {0.5, 0.6, 0.7, 0.75, 0.8, 0.85, 0.88, 0.9, 0.92, 0.94, 0.95, 0.96, 0.97, 0.98, 0.99};
        double bestQ = 0.9, bestMin = 0.5, bestF = -1;
        double[] tokenThresholds = new double[heads.size()];
        if (!spans.isEmpty()) {
            double[] tox = sortedTokenScores(model, spans, Heads.TOXICITY);
            // a calibrated model's floor is fixed (SPAN_FLOOR): scores are probabilities at a news prior, and the
            // floor only decides which comments run the tagger
            for (double min : stated ? new double[]{SPAN_FLOOR} : new double[]{0.0, 0.2, 0.4, 0.5, 0.6, 0.7, 0.8}) {
                for (double q : quantiles) {
                    double tok = quantile(tox, q);
                    double total = 0;
                    for (AbuseEvaluator.Scored s : spans) {
                        total += Metrics.spanF1(s.example().text(), AbuseEvaluator.predictedSpans(model, s, tok, min),
                                s.example().spans());
                    }
                    if (total / spans.size() > bestF) {
                        bestF = total / spans.size();
                        bestQ = q;
                        bestMin = min;
                    }
                }
            }
            // heads without span data: the same quantile of their own token evidence on the same posts
            for (int h = 0; h < heads.size(); h++) {
                tokenThresholds[h] = quantile(sortedTokenScores(model, spans, h), bestQ);
            }
            log.printf("span tuning on validation: token quantile %.2f (toxicity evidence %.3f), comment floor %.2f, "
                    + "span F1 %.4f%n", bestQ, tokenThresholds[Heads.TOXICITY], bestMin, bestF);
        }
        if (spans.isEmpty() && stated) {
            bestMin = SPAN_FLOOR;
        }
        AbuseSpec tuned = new AbuseSpec(AbuseSpec.FORMAT, fc, heads.all(), servedLabels(), heads.size(), platt[0],
                platt[1], tokenThresholds, bestQ, bestMin, thresholds, idf, null, vectorSettings(), null,
                sentenceSettings(), true, 0);
        return stated ? withDefaults(tuned, model, priors, fittedPriors) : tuned;
    }

    // ---- calibration to a stated prior, and the defaults a new site gets (issue 19) ----

    /**
     * Jigsaw Toxic Comment Classification train.csv, its natural (not toxic-enriched) distribution: 159,571 Wikipedia
     * talk-page comments, 143,346 with no label; per-label counts as printed by value_counts() in public notebooks
     * (e.g. github.com/MattLaraia/Kaggle_Competitions). Our 10k sample has about half its rows labelled.
     */
    static final int JIGSAW_ROWS = 159_571;
    static final int JIGSAW_CLEAN = 143_346;
    static final Map<String, Integer> JIGSAW_COUNTS = orderedMap("toxicity", 15_294, "severe_toxicity", 1_595,
            "insult", 7_877, "threat", 478, "obscene", 8_449, "identity_attack", 1_405);
    /**
     * The stated prior of toxicity in a news-comment stream: Civil Comments (Borkan et al. 2019, ~1.8 M comments from
     * ~50 English news sites, 2015-2017), about 8 % rated toxic by at least half of the raters. Its subtype columns are
     * on another rating scale, so each other label keeps its Jigsaw proportion to toxicity.
     */
    static final double NEWS_TOXIC = 0.08;
    static final String PRIOR_SOURCE = "toxicity 8 %: Civil Comments (Borkan et al. 2019, 'Nuanced Metrics for "
            + "Measuring Unintended Bias with Real Data for Text Classification'; ~1.8 M comments from ~50 English news "
            + "sites, share with toxicity target >= 0.5); other labels keep their Jigsaw train.csv proportion to "
            + "toxicity (prior_l = jigsaw_l x 0.08 / 0.09584); Jigsaw natural rates from train.csv (159,571 rows)";
    /** Harm of publishing an abusive comment of each label, relative to a merely rude one (the queue's weights). */
    static final Map<String, Double> SEVERITY = orderedMap("toxicity", 1.0, "severe_toxicity", 5.0, "insult", 1.5,
            "threat", 10.0, "obscene", 1.0, "identity_attack", 3.0);
    /**
     * Reject without review only where the calibrated probability is near certain (bench/abuse/calibration-design.md
     * 4.3: at 0.97 toxicity rejected "Damn, that's a lot of snow.").
     */
    static final Map<String, Double> REJECT = orderedMap("toxicity", 0.995, "severe_toxicity", 0.9, "insult", 0.99,
            "threat", 0.9, "obscene", 0.995, "identity_attack", 0.9);
    /** The cost of holding a civil comment when no civil stream chooses it (the study's choice for the old heads). */
    public static final double DEFAULT_COST = 0.35;
    /** Share of the civil stream's tuning half the default holds may flag. */
    public static final double DEFAULT_CIVIL_TARGET = 0.04;
    /** The calibrated toxicity from which the span tagger runs (keeps span F1, skips the tagger for most civil text). */
    static final double SPAN_FLOOR = 0.02;

    @SuppressWarnings("unchecked")
    private static <V> Map<String, V> orderedMap(Object... kv) {
        Map<String, V> m = new LinkedHashMap<>();
        for (int i = 0; i < kv.length; i += 2) {
            m.put((String) kv[i], (V) kv[i + 1]);
        }
        return java.util.Collections.unmodifiableMap(m);
    }

    /**
     * Per Jigsaw validation row, the weight that turns the toxic-enriched sample back into Jigsaw's natural mix: the
     * sample was drawn at random within two strata (any label / none), so each stratum is weighted to its natural share.
     */
    private static double[] naturalMixWeights(List<AbuseDatasets.Example> val, int[] jigsawRows) {
        double[] w = new double[val.size()];
        int labelled = 0;
        for (int i : jigsawRows) {
            labelled += anyServed(val.get(i)) ? 1 : 0;
        }
        double f = labelled / (double) jigsawRows.length;
        double wAny = (1 - JIGSAW_CLEAN / (double) JIGSAW_ROWS) / f;
        double wClean = (JIGSAW_CLEAN / (double) JIGSAW_ROWS) / (1 - f);
        for (int i : jigsawRows) {
            w[i] = anyServed(val.get(i)) ? wAny : wClean;
        }
        return w;
    }

    private static boolean anyServed(AbuseDatasets.Example e) {
        for (int h = 0; h < Heads.PUBLIC.size(); h++) {
            if (e.labels()[h] == 1f) {
                return true;
            }
        }
        return false;
    }

    /** Hold label l when severity_l x p_l >= cost x (1 - p_l). */
    static double hold(double cost, double severity) {
        return cost / (severity + cost);
    }

    /**
     * The served labels with their defaults, and the calibration statement. The holds derive from one cost: the lowest
     * at which they flag at most {@link CivilStream} target of the civil stream's tuning half (when the options give
     * one), else {@link #DEFAULT_COST}.
     */
    private AbuseSpec withDefaults(AbuseSpec spec, AbuseClassifier model, Map<String, Double> priors,
                                   Map<String, Double> fittedPriors) {
        List<AbuseLabel> served = spec.served();
        double[] sev = served.stream().mapToDouble(l -> SEVERITY.getOrDefault(l.name(), 1.0)).toArray();
        double cost = DEFAULT_COST;
        String rule = "hold_l = cost / (severity_l + cost), cost " + DEFAULT_COST + " fixed (no civil stream given)";
        if (o.civil() != null && !o.civil().comments().isEmpty()) {
            List<String> tune = o.civil().civil("tune");
            double[][] p = heldOutProbabilities(model, served, tune);
            double target = civilTarget;
            double lo = 1e-3, hi = 1e3;
            for (int it = 0; it < 60; it++) {
                double mid = Math.sqrt(lo * hi);
                if (flaggedShare(p, sev, mid) > target) {
                    lo = mid;
                } else {
                    hi = mid;
                }
            }
            cost = Math.ceil(hi * 1e4) / 1e4; // rounded up: the stated target stays met
            rule = String.format(java.util.Locale.ROOT, "hold_l = cost / (severity_l + cost); cost %.4f: the lowest "
                    + "whose holds flag at most %.0f %% of the %d civil comments of the tuning half (pages by hash) "
                    + "of %s (flagged %.2f %%)%s", cost, target * 100, tune.size(), o.civil().source(),
                    flaggedShare(p, sev, cost) * 100, heldOut == null ? "" : "; those comments joined the stacked "
                    + "fusion as negatives, so each is scored by the fit of the fold that did not see it");
        }
        log.printf("default holds: %s%n", rule);
        List<AbuseLabel> out = new ArrayList<>();
        for (int i = 0; i < served.size(); i++) {
            AbuseLabel l = served.get(i);
            double holdAt = Metrics.round(hold(cost, sev[i]));
            out.add(l.withDefaults(sev[i], holdAt, Math.max(holdAt, REJECT.getOrDefault(l.name(), 0.99))));
            log.printf("  %-16s severity %4.1f hold %.4f reject %.3f%n", l.name(), sev[i], holdAt,
                    out.get(i).defaultReject());
        }
        AbuseSpec.Calibration c = new AbuseSpec.Calibration("per served label, Platt scaling of the served logit "
                + "(n-gram + vector heads, stacking included) fitted by weighted logistic regression on the Jigsaw "
                + "validation rows, each stratum (any label / none) weighted to Jigsaw's natural mix; plattB includes "
                + "the log-odds offset logit(prior) - logit(fitted prior)", priors, fittedPriors, PRIOR_SOURCE, cost,
                rule);
        return spec.withDefaults(out, c);
    }

    /**
     * {@link #servedProbabilities}, except that a comment the stacked fusion learnt from as a negative is scored by
     * the fusion fitted without its fold ({@link SentenceHeadsTrainer.Stacked}): the cost is then chosen on what the
     * model says of comments it did not see, as it will be read on the check half and on a site's comments.
     */
    private double[][] heldOutProbabilities(AbuseClassifier model, List<AbuseLabel> served, List<String> texts) {
        if (heldOut == null || model.sentenceHeads() == null) {
            return servedProbabilities(model, served, texts);
        }
        double[][] out = new double[texts.size()][];
        SentenceHeads sh = model.sentenceHeads();
        List<AbuseClassifier> byFold = heldOut.folds().stream()
                .map(w -> model.withSentenceHeads(sh.with(sh.settings().withStack(w)))).toList();
        for (int f = -1; f < byFold.size(); f++) {
            final int fold = f;
            int[] idx = IntStream.range(0, texts.size())
                    .filter(i -> heldOut.foldOf().getOrDefault(texts.get(i), -1) == fold).toArray();
            double[][] p = servedProbabilities(f < 0 ? model : byFold.get(f), served,
                    java.util.Arrays.stream(idx).mapToObj(texts::get).toList());
            for (int j = 0; j < idx.length; j++) {
                out[idx[j]] = p[j];
            }
        }
        return out;
    }

    /** [comment][served label] calibrated probabilities. */
    static double[][] servedProbabilities(AbuseClassifier model, List<AbuseLabel> served, List<String> texts) {
        int[] heads = served.stream().mapToInt(l -> model.spec().heads().indexOf(l.name())).toArray();
        double[][] out = new double[texts.size()][];
        IntStream.range(0, texts.size()).parallel().forEach(i -> {
            String t = model.folded(texts.get(i));
            double[] p = model.probabilities(t, model.features(t));
            double[] q = new double[heads.length];
            for (int j = 0; j < heads.length; j++) {
                q[j] = p[heads[j]];
            }
            out[i] = q;
        });
        return out;
    }

    private static double flaggedShare(double[][] p, double[] sev, double cost) {
        int n = 0;
        for (double[] row : p) {
            for (int j = 0; j < row.length; j++) {
                if (row[j] >= hold(cost, sev[j])) {
                    n++;
                    break;
                }
            }
        }
        return p.length == 0 ? 0 : n / (double) p.length;
    }

    /** The served labels as the spec names them: display name = the name with '_' as ' '. */
    private List<AbuseLabel> servedLabels() {
        return heads.served().stream().map(l -> new AbuseLabel(l, l.replace('_', ' '))).toList();
    }

    private static double[] sortedTokenScores(AbuseClassifier model, List<AbuseEvaluator.Scored> rows, int head) {
        double[] all = rows.stream().flatMapToDouble(r -> java.util.Arrays.stream(model.tokenScores(r.features(), head)))
                .filter(Double::isFinite).sorted().toArray();
        return all.length == 0 ? new double[]{0} : all;
    }

    private static double quantile(double[] sorted, double q) {
        return sorted[Math.min(sorted.length - 1, (int) Math.floor(q * sorted.length))];
    }

    private static List<AbuseDatasets.Example> of(List<AbuseDatasets.Example> rows, AbuseFormat f) {
        return rows.stream().filter(e -> e.source() == f).toList();
    }

    private static List<double[]> labelled(List<AbuseDatasets.Example> rows, double[][] logits, int h) {
        List<double[]> pairs = new ArrayList<>();
        for (int i = 0; i < rows.size(); i++) {
            float y = rows.get(i).labels()[h];
            if (!Float.isNaN(y)) {
                pairs.add(new double[]{logits[i][h], y});
            }
        }
        return pairs;
    }

    // ---- reports ----

    private static Map<String, Object> reports(AbuseClassifier model, List<AbuseDatasets.Example> rows) {
        Map<String, Object> out = new LinkedHashMap<>();
        for (AbuseFormat f : AbuseFormat.values()) {
            List<AbuseDatasets.Example> part = of(rows, f);
            if (!part.isEmpty()) {
                out.put(f.cliName(), AbuseEvaluator.evaluate(model, f, part).figures());
            }
        }
        return out;
    }

    private Map<String, Object> calibration(AbuseClassifier model, Split split) {
        Map<String, Object> out = new LinkedHashMap<>();
        List<AbuseDatasets.Example> rows = split.test().isEmpty() ? split.validation() : split.test();
        List<AbuseEvaluator.Scored> scored = AbuseEvaluator.score(model, rows);
        out.put("note", (model.spec().calibration() != null ? "served labels: " + model.spec().calibration().method()
                + "; other heads: " : "") + "Platt scaling fitted per head on validation; table on " + (split.test().isEmpty()
                ? "validation" : "test") + " rows labelled for the head (mixed sources)");
        for (String label : heads.served()) {
            final int head = heads.index(label);
            List<AbuseEvaluator.Scored> lab = scored.stream().filter(s -> !Float.isNaN(s.example().labels()[head])).toList();
            if (lab.isEmpty()) {
                continue;
            }
            double[] p = lab.stream().mapToDouble(s -> s.p()[head]).toArray();
            int[] y = lab.stream().mapToInt(s -> (int) s.example().labels()[head]).toArray();
            Map<String, Object> m = new LinkedHashMap<>();
            m.put("ece", Metrics.round(Metrics.ece(p, y)));
            m.put("reliability", Metrics.reliability(p, y));
            out.put(label, m);
        }
        return out;
    }
}
