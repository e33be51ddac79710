package io.parley.classification.stance.training;

import io.parley.classification.stance.FeatureSpec;
import io.parley.classification.stance.Featurizer;
import io.parley.classification.stance.PairModel;
import io.parley.classification.stance.StanceView;
import org.deeplearning4j.nn.conf.MultiLayerConfiguration;
import org.deeplearning4j.nn.conf.NeuralNetConfiguration;
import org.deeplearning4j.nn.conf.layers.DenseLayer;
import org.deeplearning4j.nn.conf.layers.OutputLayer;
import org.deeplearning4j.nn.multilayer.MultiLayerNetwork;
import org.deeplearning4j.nn.weights.WeightInit;
import org.nd4j.linalg.activations.Activation;
import org.nd4j.linalg.api.ndarray.INDArray;
import org.nd4j.linalg.dataset.DataSet;
import org.nd4j.linalg.factory.Nd4j;
import org.nd4j.linalg.learning.config.Adam;
import org.nd4j.linalg.lossfunctions.impl.LossMCXENT;

import java.io.PrintStream;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;

/** Builds a view's feature spec from its training rows and trains its network, keeping the best validation epoch. */
final class ViewTrainer {

    private final StanceView view;
    private final ViewParams params;
    private final long seed;
    private final PrintStream log;

    ViewTrainer(StanceView view, ViewParams params, long seed, PrintStream log) {
        this.view = view;
        this.params = params;
        this.seed = seed;
        this.log = log;
    }

    /** Selection metric on validation: the figure each shared task ranks by. */
    static double selectionScore(StanceView view, Metrics m) {
        return switch (view) {
            case ARTICLE -> m.fncScore();
            // RumourEval is judged on accuracy and macro-F1 together: either alone is easy to buy
            // with the other (all "comment" scores 0.74 accuracy).
            case PARENT -> (m.accuracy() + m.macroF1()) / 2;
            case TARGET -> m.fAvg();
        };
    }

    FeatureSpec buildSpec(List<Example> train) {
        Set<String> texts = new HashSet<>();
        Set<String> contexts = new HashSet<>();
        for (Example e : train) {
            texts.add(e.text());
            contexts.add(e.context());
            if (e.extra() != null) {
                contexts.add(e.extra());
            }
        }
        Featurizer bare = new Featurizer(new FeatureSpec(view.key(), view.labels(), List.of(), List.of(), List.of(),
                new double[0], 60, FeatureSpec.STOPWORDS, List.of(), List.of(), List.of(), List.of(), false, 0, 0,
                params.splitHashtags(), List.of(), 0));
        Map<String, Integer> dfText = new HashMap<>();
        Map<String, Integer> dfCtx = new HashMap<>();
        Map<String, Integer> dfAll = new HashMap<>();
        for (String t : texts) {
            List<String> terms = bare.terms(t, Featurizer.tokens(t));
            for (String w : new HashSet<>(terms)) {
                dfText.merge(w, 1, Integer::sum);
                dfAll.merge(w, 1, Integer::sum);
            }
            if (params.textBigrams()) {
                Set<String> bi = new HashSet<>();
                for (int i = 0; i + 1 < terms.size(); i++) {
                    bi.add(terms.get(i) + ' ' + terms.get(i + 1));
                }
                bi.forEach(b -> dfText.merge(b, 1, Integer::sum));
            }
        }
        for (String t : contexts) {
            for (String w : new HashSet<>(bare.terms(t, Featurizer.tokens(t)))) {
                dfCtx.merge(w, 1, Integer::sum);
                if (!texts.contains(t)) {
                    dfAll.merge(w, 1, Integer::sum);
                }
            }
        }
        int docs = texts.size() + (int) contexts.stream().filter(c -> !texts.contains(c)).count();
        List<String> textVocab = top(dfText, params.textVocab(), params.minDf());
        List<String> ctxVocab = top(dfCtx, params.contextVocab(), view == StanceView.TARGET ? 1 : params.minDf());
        List<String> idfTerms = top(dfAll, params.idfTerms(), params.minDf());
        double[] idf = new double[idfTerms.size()];
        for (int i = 0; i < idf.length; i++) {
            idf[i] = Math.log((1.0 + docs) / (1.0 + dfAll.get(idfTerms.get(i)))) + 1;
        }
        return new FeatureSpec(view.key(), view.labels(), textVocab, ctxVocab, idfTerms, idf, 60,
                FeatureSpec.STOPWORDS, FeatureSpec.REFUTING, FeatureSpec.NEGATION, FeatureSpec.HEDGING,
                FeatureSpec.QUESTION_WORDS, params.textBigrams(), params.interactions(),
                params.charGrams(), params.splitHashtags(), crossTargets(train), params.crossBuckets());
    }

    /** The distinct training contexts, sorted, when crossed features are on (a few targets; not articles). */
    private List<String> crossTargets(List<Example> train) {
        if (params.crossBuckets() <= 0) {
            return List.of();
        }
        return List.copyOf(new java.util.TreeSet<>(train.stream().map(e -> Featurizer.crossKey(e.context())).toList()));
    }

    /** Most frequent terms first, ties broken alphabetically so the vocabulary is reproducible. */
    private static List<String> top(Map<String, Integer> df, int n, int minDf) {
        return df.entrySet().stream().filter(e -> e.getValue() >= minDf)
                .sorted(Comparator.<Map.Entry<String, Integer>>comparingInt(Map.Entry::getValue).reversed()
                        .thenComparing(Map.Entry::getKey))
                .limit(n).map(Map.Entry::getKey).toList();
    }

    MultiLayerNetwork network(int nIn, float[] classWeights) {
        MultiLayerConfiguration conf = new NeuralNetConfiguration.Builder()
                .seed(seed)
                .updater(new Adam(params.learningRate()))
                .l2(params.l2())
                .weightInit(WeightInit.XAVIER)
                .list()
                .layer(new DenseLayer.Builder().nIn(nIn).nOut(params.hidden()).activation(Activation.RELU)
                        .dropOut(Math.min(1.0, params.retain() + 0.2)).build())
                .layer(new OutputLayer.Builder().lossFunction(new LossMCXENT(Nd4j.create(classWeights)))
                        .nIn(params.hidden()).nOut(view.labels().size()).activation(Activation.SOFTMAX)
                        .dropOut(params.retain()).build())
                .build();
        MultiLayerNetwork net = new MultiLayerNetwork(conf);
        net.init();
        return net;
    }

    /** Trains on {@code train}, picks the epoch with the best validation score, returns that model. */
    Trained train(List<Example> train, List<Example> validation) {
        long t0 = System.nanoTime();
        FeatureSpec spec = buildSpec(train);
        Featurizer fz = new Featurizer(spec);
        Map<String, Featurizer.Stats> cache = new HashMap<>();
        List<Featurizer.Stats[]> rows = new ArrayList<>(train.size());
        int[] gold = new int[train.size()];
        int[] counts = new int[view.labels().size()];
        for (int i = 0; i < train.size(); i++) {
            Example e = train.get(i);
            Featurizer.Stats t = cache.computeIfAbsent(e.text(), fz::stats);
            Featurizer.Stats c = cache.computeIfAbsent(e.context(), fz::stats);
            Featurizer.Stats x = e.extra() == null ? null : cache.computeIfAbsent(e.extra(), fz::stats);
            rows.add(new Featurizer.Stats[]{t, c, x});
            gold[i] = view.labels().indexOf(e.label());
            if (gold[i] < 0) {
                throw new StanceDataException(view.key() + " training row " + (i + 1) + ": unknown label " + e.label());
            }
            counts[gold[i]]++;
        }
        log.printf("[%s] features ready: %d rows, %d dims (%.1fs)%n", view.key(), train.size(), spec.dimension(),
                (System.nanoTime() - t0) / 1e9);
        float[] weights = new float[counts.length];
        for (int k = 0; k < counts.length; k++) {
            double w = counts[k] == 0 ? 1 : train.size() / (double) (counts.length * counts[k]);
            weights[k] = (float) Math.pow(w, params.classWeightPower());
        }
        MultiLayerNetwork net = network(spec.dimension(), weights);
        Random rnd = new Random(seed);
        Random dropRnd = new Random(seed * 31 + 7);
        int[] order = new int[train.size()];
        for (int i = 0; i < order.length; i++) {
            order[i] = i;
        }
        int dim = spec.dimension();
        int k = view.labels().size();
        double best = -1;
        int bestEpoch = 0;
        INDArray bestParams = null;
        Metrics bestMetrics = null;
        double[] bestShift = null;
        int[] validationGold = new int[validation.size()];
        for (int i = 0; i < validationGold.length; i++) {
            validationGold[i] = view.labels().indexOf(validation.get(i).label());
        }
        long start = System.nanoTime();
        long seen = 0;
        long total = (long) params.epochs() * train.size();
        for (int epoch = 1; epoch <= params.epochs(); epoch++) {
            shuffle(order, rnd);
            double lossSum = 0;
            int batches = 0;
            for (int s = 0; s < order.length; s += params.batch()) {
                int b = Math.min(params.batch(), order.length - s);
                float[] f = new float[b * dim];
                float[] l = new float[b * k];
                for (int j = 0; j < b; j++) {
                    Featurizer.Stats[] r = rows.get(order[s + j]);
                    // Drawn only when dropping is on, so views without it keep their exact training sequence.
                    boolean cross = params.crossDrop() <= 0 || dropRnd.nextDouble() >= params.crossDrop();
                    fz.fill(r[0], r[1], r[2], f, j * dim, cross);
                    l[j * k + gold[order[s + j]]] = 1;
                }
                net.fit(new DataSet(Nd4j.create(f, new long[]{b, dim}, 'c'), Nd4j.create(l, new long[]{b, k}, 'c')));
                lossSum += net.score();
                batches++;
                seen += b;
                if (batches % 50 == 0) {
                    progress(epoch, s + b, order.length, seen, total, start, lossSum / batches);
                }
            }
            progress(epoch, order.length, order.length, seen, total, start, lossSum / batches);
            if (validation.isEmpty()) {
                bestParams = net.params().dup();
                bestEpoch = epoch;
                continue;
            }
            // PairModel snapshots the weights for its sparse forward pass: take a fresh one per epoch.
            float[][] probs = ViewEvaluator.probabilities(new PairModel(fz, net), validation);
            PriorShift.Choice shift = PriorShift.tune(view, view.labels(), probs, validationGold,
                    params.priorShift(), 0.1);
            Metrics m = shift.metrics();
            double score = selectionScore(view, m);
            log.printf("[%s] epoch %d validation: score %.4f macroF1 %.4f acc %.4f f1 %s shift %s%n", view.key(), epoch,
                    score, m.macroF1(), m.accuracy(), m.perClassF1(), PriorShift.describe(shift.offsets()));
            if (score > best) {
                best = score;
                bestEpoch = epoch;
                bestParams = net.params().dup();
                bestMetrics = m;
                bestShift = shift.offsets();
            }
        }
        net.setParams(bestParams);
        if (bestShift != null) {
            addToOutputBias(net, bestShift);
        }
        double seconds = (System.nanoTime() - t0) / 1e9;
        log.printf("[%s] kept epoch %d (validation score %.4f), %.0fs%n", view.key(), bestEpoch, best, seconds);
        return new Trained(new PairModel(fz, net), bestEpoch, bestMetrics, bestShift, seconds);
    }

    /**
     * Folds logit offsets into the output bias: softmax(z + o) is the shifted decision, so serving, the
     * dense reference pass and the stored network all agree without a separate setting.
     */
    static void addToOutputBias(MultiLayerNetwork net, double[] offsets) {
        INDArray b = net.getLayer(1).getParam("b");
        b.addi(Nd4j.create(offsets).castTo(b.dataType()).reshape(b.shape()));
    }

    /** The model with offsets folded in (its network is changed; the returned model has a fresh snapshot). */
    static PairModel shifted(PairModel m, double[] offsets) {
        addToOutputBias(m.net(), offsets);
        return new PairModel(m.featurizer(), m.net());
    }

    private void progress(int epoch, int done, int size, long seen, long total, long start, double loss) {
        double secs = (System.nanoTime() - start) / 1e9;
        double rate = seen / Math.max(secs, 1e-9);
        double eta = (total - seen) / Math.max(rate, 1e-9);
        int width = 24;
        int filled = (int) Math.round(width * (double) done / size);
        log.printf("[%s] epoch %d/%d [%s%s] %d/%d %.0f ex/s loss %.4f ETA %dm%02ds%n", view.key(), epoch,
                params.epochs(), "#".repeat(filled), ".".repeat(width - filled), done, size, rate, loss,
                (long) eta / 60, (long) eta % 60);
    }

    private static void shuffle(int[] a, Random rnd) {
        for (int i = a.length - 1; i > 0; i--) {
            int j = rnd.nextInt(i + 1);
            int t = a[i];
            a[i] = a[j];
            a[j] = t;
        }
    }

    /** {@code shift}: the logit offsets folded into the output bias (all 0 when not tuned), null without validation. */
    record Trained(PairModel model, int bestEpoch, Metrics validation, double[] shift, double seconds) {
    }
}
