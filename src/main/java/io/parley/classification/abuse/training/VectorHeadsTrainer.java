package io.parley.classification.abuse.training;

import io.parley.classification.abuse.VectorHeads;
import io.parley.classification.text.HashedNgrams;
import io.parley.classification.text.WordVectors;
import io.parley.model.ModelArchive;
import org.deeplearning4j.nn.conf.MultiLayerConfiguration;
import org.deeplearning4j.nn.conf.NeuralNetConfiguration;
import org.deeplearning4j.nn.conf.layers.DenseLayer;
import org.deeplearning4j.nn.conf.layers.OutputLayer;
import org.deeplearning4j.nn.multilayer.MultiLayerNetwork;
import org.deeplearning4j.nn.weights.WeightInit;
import org.nd4j.linalg.activations.Activation;
import org.nd4j.linalg.api.buffer.DataType;
import org.nd4j.linalg.api.ndarray.INDArray;
import org.nd4j.linalg.dataset.DataSet;
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

    /** Trainer settings (recorded in provenance). */
    record Params(int hidden, double learningRate, double l2, double dropOutRetain, int batchSize, int maxEpochs,
                  int patience) {
    }

    /** The committed model's settings. */
    static final Params DEFAULTS = new Params(256, 1e-3, 1e-5, 0.5, 128, 40, 4);
    static final Params QUICK = new Params(32, 1e-2, 1e-5, 1.0, 16, 10, 10);

    record Trained(VectorHeads heads, byte[] network, Map<String, Object> provenance, byte[] table) {
    }

    private VectorHeadsTrainer() {
    }

    static Trained train(WordVectors vectors, String vectorsName, HashedNgrams features, List<AbuseDatasets.Example> train,
                         List<AbuseDatasets.Example> val, long seed, Params p, PrintStream log) {
        return train(vectors, vectorsName, features, train, val, null, seed, p, log);
    }

    /**
     * Trains on {@code train}, keeping the epoch of lowest validation loss. {@code weight} (null: all 1) gives a
     * training row's weight in a head's loss; it rides in the label mask, which Deeplearning4j multiplies into the
     * per-output loss and its gradient.
     */
    static Trained train(WordVectors vectors, String vectorsName, HashedNgrams features, List<AbuseDatasets.Example> train,
                         List<AbuseDatasets.Example> val, java.util.function.ToDoubleBiFunction<AbuseDatasets.Example,
            Integer> weight, long seed, Params p, PrintStream log) {
        long t0 = System.nanoTime();
        float[][] xt = raw(vectors, features, train);
        float[][] xv = raw(vectors, features, val);
        Fit fit = fit(xt, xv, train, val, weight, seed, p, "vector heads", log);
        int k = train.get(0).labels().length;
        VectorHeads.Settings settings = new VectorHeads.Settings(vectorsName, vectors.dim(), vectors.size(), p.hidden(),
                fit.mean(), fit.scale(), new double[k]);
        MultiLayerNetwork net = fit.net();
        int bestEpoch = fit.bestEpoch();
        List<Double> losses = fit.losses();
        Map<String, Object> prov = new LinkedHashMap<>();
        prov.put("architecture", "pooled pretrained word vectors (mean, max, share known; standardised on the training "
                + "split) -> dense ReLU -> one sigmoid per head, masked binary cross-entropy (Deeplearning4j); served "
                + "logit per head = n-gram logit + beta x this logit, beta chosen on validation");
        prov.put("vectors", vectorsName);
        prov.put("vector_rows", vectors.size());
        training(prov, p, bestEpoch, losses, t0);
        return new Trained(new VectorHeads(settings, vectors, net), ModelArchive.networkBytes(net), prov, vectors.bytes());
    }

    /** A trained masked multi-task network over standardised inputs, and what it was trained with. */
    record Fit(MultiLayerNetwork net, float[] mean, float[] scale, int bestEpoch, List<Double> losses) {
    }

    /**
     * The network (inputs standardised on the training rows, one ReLU layer, a sigmoid per head, masked binary
     * cross-entropy) trained with Adam on {@code xt}, keeping the epoch of lowest loss on {@code xv}. Standardises
     * {@code xt} and {@code xv} in place. Shared by the word-vector and the sentence-encoder heads.
     */
    static Fit fit(float[][] xt, float[][] xv, List<AbuseDatasets.Example> train, List<AbuseDatasets.Example> val,
                   java.util.function.ToDoubleBiFunction<AbuseDatasets.Example, Integer> weight, long seed, Params p,
                   String what, PrintStream log) {
        int n = xt[0].length;
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
        int k = train.get(0).labels().length;
        MultiLayerNetwork net = new MultiLayerNetwork(frozenConf(n, k, seed, p));
        net.init();
        List<Integer> order = new ArrayList<>();
        for (int i = 0; i < train.size(); i++) {
            order.add(i);
        }
        Random rnd = new Random(seed);
        DataSet valSet = dataSet(xv, val, IntStream.range(0, val.size()).toArray(), null);
        List<Double> losses = new ArrayList<>();
        int bestEpoch = earlyStopped(p, net, () -> {
            Collections.shuffle(order, rnd);
            for (int from = 0; from < order.size(); from += p.batchSize()) {
                int[] batch = order.subList(from, Math.min(order.size(), from + p.batchSize())).stream()
                        .mapToInt(Integer::intValue).toArray();
                net.fit(dataSet(xt, train, batch, weight));
            }
            return net.score(valSet, false);
        }, what, losses, log);
        return new Fit(net, mean, scale, bestEpoch, losses);
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
    static void training(Map<String, Object> prov, Params p, int bestEpoch, List<Double> losses, long t0) {
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

    /** The stored network: pooled inputs -> dense ReLU -> a sigmoid per head. */
    private static MultiLayerConfiguration frozenConf(int n, int k, long seed, Params p) {
        return new NeuralNetConfiguration.Builder()
                .seed(seed)
                .dataType(DataType.FLOAT)
                .updater(new Adam(p.learningRate()))
                .l2(p.l2())
                .weightInit(WeightInit.RELU)
                .list()
                .layer(new DenseLayer.Builder().nIn(n).nOut(p.hidden()).activation(Activation.RELU).build())
                .layer(new OutputLayer.Builder(new LossBinaryXENT()).nIn(p.hidden()).nOut(k)
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

    private static DataSet dataSet(float[][] x, List<AbuseDatasets.Example> rows, int[] batch,
                                   java.util.function.ToDoubleBiFunction<AbuseDatasets.Example, Integer> weight) {
        int k = rows.get(0).labels().length;
        int n = x[0].length;
        float[] f = new float[batch.length * n];
        float[] y = new float[batch.length * k];
        float[] m = new float[batch.length * k];
        for (int r = 0; r < batch.length; r++) {
            System.arraycopy(x[batch[r]], 0, f, r * n, n);
            float[] labels = rows.get(batch[r]).labels();
            for (int h = 0; h < k; h++) {
                if (!Float.isNaN(labels[h])) {
                    y[r * k + h] = labels[h];
                    m[r * k + h] = weight == null ? 1f : (float) weight.applyAsDouble(rows.get(batch[r]), h);
                }
            }
        }
        return new DataSet(Nd4j.create(f, new long[]{batch.length, n}, 'c'),
                Nd4j.create(y, new long[]{batch.length, k}, 'c'), null,
                Nd4j.create(m, new long[]{batch.length, k}, 'c'));
    }
}
