package io.parley.classification.abuse;

import io.parley.classification.text.HashedNgrams;
import io.parley.classification.text.WordVectors;
import org.deeplearning4j.nn.conf.ComputationGraphConfiguration;
import org.deeplearning4j.nn.conf.ConvolutionMode;
import org.deeplearning4j.nn.conf.MultiLayerConfiguration;
import org.deeplearning4j.nn.conf.NeuralNetConfiguration;
import org.deeplearning4j.nn.conf.graph.MergeVertex;
import org.deeplearning4j.nn.conf.layers.Convolution1DLayer;
import org.deeplearning4j.nn.conf.layers.DenseLayer;
import org.deeplearning4j.nn.conf.layers.EmbeddingSequenceLayer;
import org.deeplearning4j.nn.conf.layers.GlobalPoolingLayer;
import org.deeplearning4j.nn.conf.layers.OutputLayer;
import org.deeplearning4j.nn.conf.layers.PoolingType;
import org.deeplearning4j.nn.graph.ComputationGraph;
import org.deeplearning4j.nn.multilayer.MultiLayerNetwork;
import org.deeplearning4j.nn.weights.WeightInit;
import org.nd4j.linalg.activations.Activation;
import org.nd4j.linalg.api.buffer.DataType;
import org.nd4j.linalg.api.ndarray.INDArray;
import org.nd4j.linalg.dataset.DataSet;
import org.nd4j.linalg.dataset.api.MultiDataSet;
import org.nd4j.linalg.factory.Nd4j;
import org.nd4j.linalg.learning.config.Adam;
import org.nd4j.linalg.lossfunctions.impl.LossBinaryXENT;

import java.io.PrintStream;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.stream.IntStream;

/**
 * Trains {@link VectorHeads}: a masked multi-task network (pooled word vectors, one ReLU layer, a sigmoid per head)
 * with Adam on the training split, keeping the epoch of lowest validation loss. The betas that mix it into the
 * served logits are chosen afterwards by the caller, also on validation.
 */
final class VectorHeadsTrainer {

    /**
     * Trainer settings (recorded in provenance).
     *
     * @param trainable    fine-tune the word vectors themselves ({@link #trainGraph}) instead of reading them frozen
     * @param embeddingLr  Adam rate of the word vectors when trainable
     * @param convWidth    words per window of a convolution over the word vectors (odd; 0 with no convolution)
     * @param convFilters  its filters (0: none)
     */
    record Params(int hidden, double learningRate, double l2, double dropOutRetain, int batchSize, int maxEpochs,
                  int patience, boolean trainable, double embeddingLr, int convWidth, int convFilters) {
    }

    /**
     * The committed model's settings; {@code -Dparley.vectorHeads.hidden=..}, {@code .batch}, {@code .retain},
     * {@code .lr}, {@code .patience}, {@code .trainable}, {@code .embeddingLr}, {@code .conv} (filters, 0 for none)
     * and {@code .convWidth} override them for experiments (recorded in provenance like the rest).
     */
    static final Params DEFAULTS = new Params(Integer.getInteger("parley.vectorHeads.hidden", 256),
            Double.parseDouble(System.getProperty("parley.vectorHeads.lr", "1e-3")), 1e-5,
            Double.parseDouble(System.getProperty("parley.vectorHeads.retain", "0.5")),
            Integer.getInteger("parley.vectorHeads.batch", 128), 40, Integer.getInteger("parley.vectorHeads.patience", 4),
            Boolean.getBoolean("parley.vectorHeads.trainable"),
            Double.parseDouble(System.getProperty("parley.vectorHeads.embeddingLr", "5e-4")),
            Integer.getInteger("parley.vectorHeads.convWidth", 3), Integer.getInteger("parley.vectorHeads.conv", 0));
    static final Params QUICK = new Params(32, 1e-2, 1e-5, 1.0, 16, 10, 10, false, 1e-2, 0, 0);

    /**
     * @param table the stored form of the word vectors the heads read (entry {@link WordVectors#ENTRY}), null when
     *              they are the pretrained ones unchanged
     * @param conv  the convolution's entry ({@link VectorHeads#CONV_ENTRY}), null without one
     */
    record Trained(VectorHeads heads, byte[] network, Map<String, Object> provenance, byte[] table, byte[] conv) {
    }

    private VectorHeadsTrainer() {
    }

    static Trained train(WordVectors vectors, String vectorsName, HashedNgrams features, List<AbuseDatasets.Example> train,
                         List<AbuseDatasets.Example> val, long seed, Params p, PrintStream log) {
        if (p.trainable() || p.convFilters() > 0) {
            return trainGraph(vectors, vectorsName, features, train, val, seed, p, log);
        }
        long t0 = System.nanoTime();
        float[][] xt = raw(vectors, features, train);
        float[][] xv = raw(vectors, features, val);
        int n = 2 * vectors.dim() + 1;
        float[] mean = new float[n];
        float[] scale = new float[n];
        for (float[] x : xt) {
            for (int i = 0; i < n; i++) {
                mean[i] += x[i];
            }
        }
        for (int i = 0; i < n; i++) {
            mean[i] /= Math.max(1, xt.length);
        }
        for (float[] x : xt) {
            for (int i = 0; i < n; i++) {
                scale[i] += (x[i] - mean[i]) * (x[i] - mean[i]);
            }
        }
        for (int i = 0; i < n; i++) {
            scale[i] = (float) Math.max(1e-3, Math.sqrt(scale[i] / Math.max(1, xt.length)));
        }
        standardise(xt, mean, scale);
        standardise(xv, mean, scale);
        double[] beta = new double[Heads.K];
        VectorHeads.Settings settings = new VectorHeads.Settings(vectorsName, vectors.dim(), vectors.size(), p.hidden(),
                mean, scale, beta);

        MultiLayerNetwork net = new MultiLayerNetwork(frozenConf(n, seed, p));
        net.init();

        List<Integer> order = new ArrayList<>();
        for (int i = 0; i < train.size(); i++) {
            order.add(i);
        }
        Random rnd = new Random(seed);
        DataSet valSet = dataSet(xv, val, IntStream.range(0, val.size()).toArray());
        List<Double> losses = new ArrayList<>();
        int bestEpoch = earlyStopped(p, net, () -> {
            Collections.shuffle(order, rnd);
            for (int from = 0; from < order.size(); from += p.batchSize()) {
                int[] batch = order.subList(from, Math.min(order.size(), from + p.batchSize())).stream()
                        .mapToInt(Integer::intValue).toArray();
                net.fit(dataSet(xt, train, batch));
            }
            return net.score(valSet, false);
        }, "vector heads", losses, log);
        Map<String, Object> prov = new LinkedHashMap<>();
        prov.put("architecture", "pooled pretrained word vectors (mean, max, share known; standardised on the training "
                + "split) -> dense ReLU -> one sigmoid per head, masked binary cross-entropy (Deeplearning4j); served "
                + "logit per head = n-gram logit + beta x this logit, beta chosen on validation");
        prov.put("vectors", vectorsName);
        prov.put("vector_rows", vectors.size());
        training(prov, p, bestEpoch, losses, t0);
        return new Trained(new VectorHeads(settings, vectors, net), AbuseTrainer.serialise(net), prov, null, null);
    }

    /**
     * The vector heads trained as one Deeplearning4j graph over the word sequence, for the two variants the pooled
     * inputs of {@link #train} cannot express. (1) Trained word vectors (fastText with pretrained vectors): the
     * embedding table starts from the stored GloVe rows and learns; the trained rows are then quantised into a table
     * of the stored format. (2) A convolution: windows of {@code convWidth} known words, ReLU, max over the comment,
     * appended to the pooled vectors. Then the same ReLU layer and sigmoids as {@link #train}, keeping the epoch of
     * lowest validation loss. The two dense layers are copied into the same small network the frozen heads store and
     * the convolution's weights into their own entry, so serving is the same plain-Java forward; inputs are not
     * standardised (mean 0, scale 1), because they move during training. Before returning, the served forward is
     * checked against the graph's own output on validation rows.
     *
     * <p>Why: a word's GloVe neighbours are a good start, but pooled vectors see a bag of words: "you are an idiot"
     * and "an idiot said you are" pool alike, and only a window over neighbouring words tells them apart. With frozen
     * vectors that window is cheap to serve: a sum of per-word table rows ({@link VectorHeads}).
     */
    static Trained trainGraph(WordVectors vectors, String vectorsName, HashedNgrams features,
                              List<AbuseDatasets.Example> train, List<AbuseDatasets.Example> val, long seed, Params p,
                              PrintStream log) {
        long t0 = System.nanoTime();
        int dim = vectors.dim();
        int rows = vectors.size();
        int filters = p.convFilters();
        // one extra row, kept at zero, stands for a comment with no known word (the frozen pooling gives zeros then)
        // and pads shorter comments, so the convolution sees zeros beyond a comment's ends as it does when served
        int none = rows;
        int[][] it = ids(vectors, features, train);
        int[][] iv = ids(vectors, features, val);
        float[] st = share(vectors, features, train);
        float[] sv = share(vectors, features, val);

        var g = new NeuralNetConfiguration.Builder()
                .seed(seed)
                .dataType(DataType.FLOAT)
                .updater(new Adam(p.learningRate()))
                .weightInit(WeightInit.RELU)
                .graphBuilder()
                .addInputs("words", "share")
                .addLayer("vectors", embedding(rows + 1, dim, p), "words")
                .addLayer("mean", new GlobalPoolingLayer.Builder(PoolingType.AVG).build(), "vectors")
                .addLayer("max", new GlobalPoolingLayer.Builder(PoolingType.MAX).build(), "vectors");
        if (filters > 0) {
            g.addLayer("conv", new Convolution1DLayer.Builder().kernelSize(p.convWidth()).nIn(dim).nOut(filters)
                            .convolutionMode(ConvolutionMode.Same).activation(Activation.RELU).l2(p.l2()).build(), "vectors")
                    .addLayer("convmax", new GlobalPoolingLayer.Builder(PoolingType.MAX).build(), "conv")
                    .addVertex("pooled", new MergeVertex(), "mean", "max", "share", "convmax");
        } else {
            g.addVertex("pooled", new MergeVertex(), "mean", "max", "share");
        }
        int inputs = 2 * dim + 1 + filters;
        // l2 on the learned layers, never on the word vectors: there it would pull every row (under Adam at
        // full rate, also rows no batch touches) from GloVe toward zero
        ComputationGraphConfiguration conf = g
                .addLayer("dense", new DenseLayer.Builder().nIn(inputs).nOut(p.hidden()).l2(p.l2())
                        .activation(Activation.RELU).build(), "pooled")
                .addLayer("out", new OutputLayer.Builder(new LossBinaryXENT()).nIn(p.hidden()).nOut(Heads.K).l2(p.l2())
                        .activation(Activation.SIGMOID).weightInit(WeightInit.XAVIER).dropOut(p.dropOutRetain())
                        .build(), "dense")
                .setOutputs("out")
                .build();
        ComputationGraph graph = new ComputationGraph(conf);
        graph.init();
        float[] init = new float[(rows + 1) * dim];
        for (int r = 0; r < rows; r++) {
            System.arraycopy(vectors.vector(r), 0, init, r * dim, dim);
        }
        INDArray table = graph.getLayer("vectors").getParam("W");
        table.assign(Nd4j.create(init, new long[]{rows + 1, dim}, 'c'));
        INDArray noneRow = table.getRow(none);

        Random rnd = new Random(seed);
        List<int[]> valBatches = batches(iv, 256, null);
        List<Double> losses = new ArrayList<>();
        String what = filters > 0 ? "vector heads (convolution)" : "vector heads (trained vectors)";
        int bestEpoch = earlyStopped(p, graph, () -> {
            List<int[]> bs = batches(it, p.batchSize(), rnd);
            long start = System.nanoTime();
            int done = 0;
            for (int[] batch : bs) {
                graph.fit(multiDataSet(it, st, train, batch, none));
                if (p.trainable()) {
                    noneRow.assign(0);
                }
                done += batch.length;
                if (done == it.length || (done / p.batchSize()) % 50 == 0) {
                    double secs = (System.nanoTime() - start) / 1e9;
                    log.printf("\r  %d/%d comments, %.0f/s", done, it.length, done / Math.max(1e-9, secs));
                }
            }
            log.println();
            double sum = 0;
            for (int[] batch : valBatches) {
                sum += graph.score(multiDataSet(iv, sv, val, batch, none), false) * batch.length;
            }
            return sum / val.size();
        }, what, losses, log);

        WordVectors served = vectors;
        double moved = 0;
        if (p.trainable()) {
            float[] trained = table.dup('c').data().asFloat();
            List<float[]> tuned = new ArrayList<>(rows);
            for (int r = 0; r < rows; r++) {
                float[] v = new float[dim];
                System.arraycopy(trained, r * dim, v, 0, dim);
                tuned.add(v);
                for (int d = 0; d < dim; d++) {
                    moved += Math.abs(v[d] - init[r * dim + d]);
                }
            }
            served = WordVectors.of(dim, vectors.words(), tuned);
        }
        VectorHeads.Conv conv = filters > 0 ? convOf(graph.getLayer("conv"), p.convWidth(), dim, filters) : null;
        MultiLayerNetwork net = new MultiLayerNetwork(frozenConf(inputs, seed, p));
        net.init();
        net.getLayer(0).setParam("W", graph.getLayer("dense").getParam("W").dup());
        net.getLayer(0).setParam("b", graph.getLayer("dense").getParam("b").dup());
        net.getLayer(1).setParam("W", graph.getLayer("out").getParam("W").dup());
        net.getLayer(1).setParam("b", graph.getLayer("out").getParam("b").dup());
        float[] mean = new float[inputs];
        float[] scale = new float[inputs];
        java.util.Arrays.fill(scale, 1f);
        VectorHeads.Settings settings = new VectorHeads.Settings(vectorsName + (p.trainable() ? ", fine-tuned" : ""),
                dim, rows, p.hidden(), mean, scale, new double[Heads.K], filters > 0 ? p.convWidth() : 0, filters);
        VectorHeads heads = new VectorHeads(settings, served, net, conv);
        // trained vectors are served quantised to int8, which moves a probability by up to a few 1e-4
        checkServedForward(graph, heads, features, iv, sv, val, none, p.trainable() ? 5e-3 : 1e-4);

        Map<String, Object> prov = new LinkedHashMap<>();
        prov.put("architecture", (p.trainable() ? "word vectors initialised from pretrained ones and trained "
                + "(Deeplearning4j EmbeddingSequenceLayer)" : "frozen pretrained word vectors") + ", masked mean and max "
                + "pooling over the known words plus the share known"
                + (filters > 0 ? " plus a " + p.convWidth() + "-word convolution (" + filters + " ReLU filters, max over "
                + "the comment)" : "") + " -> dense ReLU -> one sigmoid per head, masked binary cross-entropy; served "
                + "by a plain-Java forward; served logit per head = n-gram logit + beta x this logit, beta chosen on "
                + "validation");
        prov.put("vectors", vectorsName);
        prov.put("vector_rows", rows);
        prov.put("trainable_vectors", p.trainable());
        if (p.trainable()) {
            prov.put("embedding_learning_rate", p.embeddingLr());
            prov.put("mean_abs_change_per_dim", Metrics.round(moved / ((double) rows * dim)));
        }
        if (filters > 0) {
            prov.put("conv_width", p.convWidth());
            prov.put("conv_filters", filters);
        }
        training(prov, p, bestEpoch, losses, t0);
        return new Trained(heads, AbuseTrainer.serialise(net), prov, p.trainable() ? served.bytes() : null,
                conv == null ? null : conv.bytes());
    }

    /**
     * The word vector table: trained at its own rate, or frozen. Frozen by wrapping: a layer's own {@code NoOp}
     * updater still let the rows move (measured: up to 0.14 after a few epochs).
     */
    private static org.deeplearning4j.nn.conf.layers.Layer embedding(int rows, int dim, Params p) {
        EmbeddingSequenceLayer.Builder b = new EmbeddingSequenceLayer.Builder().nIn(rows).nOut(dim).hasBias(false)
                .inferInputLength(true).activation(Activation.IDENTITY);
        if (p.trainable()) {
            return b.updater(new Adam(p.embeddingLr())).build();
        }
        return new org.deeplearning4j.nn.conf.layers.misc.FrozenLayerWithBackprop(b.build());
    }

    /**
     * The convolution layer's weights in {@link VectorHeads.Conv}'s layout. The layer reports its weights as
     * {@code [filters, dim, width, 1]}, but Deeplearning4j 1.0.0-M2.1's one-dimensional convolution reads the same
     * buffer, in row-major order, as {@code [width, dim, filters]} (measured against its activations; it is
     * {@code Conv}'s layout exactly). {@link #checkServedForward} fails training if another version reads it otherwise.
     */
    private static VectorHeads.Conv convOf(org.deeplearning4j.nn.api.Layer layer, int k, int dim, int filters) {
        float[] flat = layer.getParam("W").castTo(DataType.FLOAT).dup('c').data().asFloat();
        if (flat.length != k * dim * filters) {
            throw new IllegalStateException("unexpected convolution weight shape "
                    + java.util.Arrays.toString(layer.getParam("W").shape()));
        }
        return new VectorHeads.Conv(k, dim, filters, flat, layer.getParam("b").castTo(DataType.FLOAT).dup('c').data().asFloat());
    }

    /**
     * Fails unless the served forward reproduces the trained graph on up to 64 validation rows: the convolution's
     * padding and weight order are the kind of thing that could silently differ.
     */
    private static void checkServedForward(ComputationGraph graph, VectorHeads heads, HashedNgrams features, int[][] ids,
                                           float[] share, List<AbuseDatasets.Example> rows, int none, double tolerance) {
        int n = Math.min(64, rows.size());
        for (int r = 0; r < n; r++) {
            MultiDataSet one = multiDataSet(ids, share, rows, new int[]{r}, none);
            INDArray out = graph.output(false, one.getFeatures(), one.getFeaturesMaskArrays())[0];
            String text = rows.get(r).text();
            double[] z = heads.logits(text, features.features(text));
            for (int h = 0; h < Heads.K; h++) {
                double served = AbuseClassifier.sigmoid(z[h]);
                if (Math.abs(served - out.getDouble(0, h)) > tolerance) {
                    throw new IllegalStateException("served vector heads differ from the trained network on \"" + text
                            + "\" (head " + Heads.ALL.get(h) + ": " + served + " vs " + out.getDouble(0, h) + ")");
                }
            }
        }
    }

    /**
     * Runs {@code epoch} (one pass over the training rows, returning the validation loss) until the loss has not
     * improved for {@code p.patience()} epochs or {@code p.maxEpochs()} ran; leaves the best epoch's parameters in
     * {@code model} and returns that epoch. Losses go to {@code losses} for provenance.
     */
    private static int earlyStopped(Params p, org.deeplearning4j.nn.api.Model model,
                                    java.util.function.DoubleSupplier epoch, String what, List<Double> losses,
                                    PrintStream log) {
        double bestLoss = Double.POSITIVE_INFINITY;
        INDArray bestParams = null;
        int bestEpoch = 0;
        for (int e = 1; e <= p.maxEpochs(); e++) {
            double loss = epoch.getAsDouble();
            losses.add(Metrics.round(loss));
            log.printf("%s epoch %d/%d: validation loss %.4f%s%n", what, e, p.maxEpochs(), loss,
                    loss < bestLoss ? " (best)" : "");
            if (loss < bestLoss) {
                bestLoss = loss;
                bestEpoch = e;
                bestParams = model.params().dup();
            } else if (e - bestEpoch >= p.patience()) {
                break;
            }
        }
        model.setParams(bestParams);
        return bestEpoch;
    }

    /** The training settings and outcome both kinds of vector heads record in provenance. */
    private static void training(Map<String, Object> prov, Params p, int bestEpoch, List<Double> losses, long t0) {
        prov.put("hidden", p.hidden());
        prov.put("learning_rate", p.learningRate());
        prov.put("l2", p.l2());
        prov.put("dropout_retain", p.dropOutRetain());
        prov.put("batch_size", p.batchSize());
        prov.put("max_epochs", p.maxEpochs());
        prov.put("patience", p.patience());
        prov.put("epoch_kept", bestEpoch);
        prov.put("validation_losses", losses);
        prov.put("seconds", Math.round((System.nanoTime() - t0) / 1e8) / 10.0);
    }

    /** Per text, {@link WordVectors#rows} of its words (the known ones in order, as the pooling reads them). */
    private static int[][] ids(WordVectors vectors, HashedNgrams features, List<AbuseDatasets.Example> rows) {
        int[][] out = new int[rows.size()][];
        IntStream.range(0, rows.size()).parallel().forEach(i -> {
            String text = rows.get(i).text();
            out[i] = vectors.rows(VectorHeads.words(text, features.features(text)));
        });
        return out;
    }

    private static float[] share(WordVectors vectors, HashedNgrams features, List<AbuseDatasets.Example> rows) {
        float[] out = new float[rows.size()];
        IntStream.range(0, rows.size()).parallel().forEach(i -> {
            String text = rows.get(i).text();
            out[i] = vectors.meanMax(VectorHeads.words(text, features.features(text)))[2 * vectors.dim()];
        });
        return out;
    }

    /**
     * Batches of similar length (less padding): shuffled, cut into pools of 50 batches, each pool sorted by
     * length, and the batches shuffled again; in order when {@code rnd} is null.
     */
    private static List<int[]> batches(int[][] ids, int size, Random rnd) {
        List<Integer> order = new ArrayList<>();
        for (int i = 0; i < ids.length; i++) {
            order.add(i);
        }
        if (rnd != null) {
            Collections.shuffle(order, rnd);
        }
        List<int[]> out = new ArrayList<>();
        int pool = size * 50;
        for (int from = 0; from < order.size(); from += pool) {
            List<Integer> part = new ArrayList<>(order.subList(from, Math.min(order.size(), from + pool)));
            part.sort((a, b) -> Integer.compare(ids[a].length, ids[b].length));
            for (int f = 0; f < part.size(); f += size) {
                out.add(part.subList(f, Math.min(part.size(), f + size)).stream().mapToInt(Integer::intValue).toArray());
            }
        }
        if (rnd != null) {
            Collections.shuffle(out, rnd);
        }
        return out;
    }

    private static MultiDataSet multiDataSet(int[][] ids, float[] share, List<AbuseDatasets.Example> rows, int[] batch,
                                             int none) {
        int t = 1;
        for (int r : batch) {
            t = Math.max(t, ids[r].length);
        }
        float[] w = new float[batch.length * t];
        java.util.Arrays.fill(w, none);
        float[] m = new float[batch.length * t];
        float[] s = new float[batch.length];
        float[] y = new float[batch.length * Heads.K];
        float[] lm = new float[batch.length * Heads.K];
        for (int r = 0; r < batch.length; r++) {
            int[] words = ids[batch[r]];
            if (words.length == 0) {
                w[r * t] = none;
                m[r * t] = 1f;
            }
            for (int j = 0; j < words.length; j++) {
                w[r * t + j] = words[j];
                m[r * t + j] = 1f;
            }
            s[r] = share[batch[r]];
            float[] labels = rows.get(batch[r]).labels();
            for (int h = 0; h < Heads.K; h++) {
                if (!Float.isNaN(labels[h])) {
                    y[r * Heads.K + h] = labels[h];
                    lm[r * Heads.K + h] = 1f;
                }
            }
        }
        return new org.nd4j.linalg.dataset.MultiDataSet(
                new INDArray[]{Nd4j.create(w, new long[]{batch.length, t}, 'c'),
                        Nd4j.create(s, new long[]{batch.length, 1}, 'c')},
                new INDArray[]{Nd4j.create(y, new long[]{batch.length, Heads.K}, 'c')},
                new INDArray[]{Nd4j.create(m, new long[]{batch.length, t}, 'c'), null},
                new INDArray[]{Nd4j.create(lm, new long[]{batch.length, Heads.K}, 'c')});
    }

    /** The stored network: pooled inputs -> dense ReLU -> a sigmoid per head. */
    private static MultiLayerConfiguration frozenConf(int n, long seed, Params p) {
        return new NeuralNetConfiguration.Builder()
                .seed(seed)
                .dataType(DataType.FLOAT)
                .updater(new Adam(p.learningRate()))
                .l2(p.l2())
                .weightInit(WeightInit.RELU)
                .list()
                .layer(new DenseLayer.Builder().nIn(n).nOut(p.hidden()).activation(Activation.RELU).build())
                .layer(new OutputLayer.Builder(new LossBinaryXENT()).nIn(p.hidden()).nOut(Heads.K)
                        .activation(Activation.SIGMOID).weightInit(WeightInit.XAVIER).dropOut(p.dropOutRetain()).build())
                .build();
    }

    private static float[][] raw(WordVectors vectors, HashedNgrams features, List<AbuseDatasets.Example> rows) {
        float[][] out = new float[rows.size()][];
        IntStream.range(0, rows.size()).parallel().forEach(i -> {
            String text = rows.get(i).text();
            out[i] = vectors.meanMax(VectorHeads.words(text, features.features(text)));
        });
        return out;
    }

    private static void standardise(float[][] xs, float[] mean, float[] scale) {
        for (float[] x : xs) {
            for (int i = 0; i < x.length; i++) {
                x[i] = (x[i] - mean[i]) / scale[i];
            }
        }
    }

    private static DataSet dataSet(float[][] x, List<AbuseDatasets.Example> rows, int[] batch) {
        int n = x[0].length;
        float[] f = new float[batch.length * n];
        float[] y = new float[batch.length * Heads.K];
        float[] m = new float[batch.length * Heads.K];
        for (int r = 0; r < batch.length; r++) {
            System.arraycopy(x[batch[r]], 0, f, r * n, n);
            float[] labels = rows.get(batch[r]).labels();
            for (int h = 0; h < Heads.K; h++) {
                if (!Float.isNaN(labels[h])) {
                    y[r * Heads.K + h] = labels[h];
                    m[r * Heads.K + h] = 1f;
                }
            }
        }
        return new DataSet(Nd4j.create(f, new long[]{batch.length, n}, 'c'),
                Nd4j.create(y, new long[]{batch.length, Heads.K}, 'c'), null,
                Nd4j.create(m, new long[]{batch.length, Heads.K}, 'c'));
    }
}
