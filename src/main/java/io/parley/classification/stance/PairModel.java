package io.parley.classification.stance;

import io.parley.model.ModelArchive;
import io.parley.model.TrainerView;
import org.deeplearning4j.nn.conf.layers.BaseLayer;
import org.deeplearning4j.nn.conf.layers.DenseLayer;
import org.deeplearning4j.nn.conf.layers.OutputLayer;
import org.deeplearning4j.nn.multilayer.MultiLayerNetwork;
import org.nd4j.linalg.activations.impl.ActivationReLU;
import org.nd4j.linalg.activations.impl.ActivationSoftmax;
import org.nd4j.linalg.api.buffer.DataType;
import org.nd4j.linalg.api.ndarray.INDArray;
import org.nd4j.linalg.factory.Nd4j;

import java.util.List;

/**
 * One stance view: a featuriser over its stored spec and the DL4J network trained on its rows.
 *
 * <p>Serving does not hand the network dense rows: a row is tens of non-zeros out of 8,000 to 21,000
 * columns, so building a dense 64 x 21,000 block and multiplying it costs far more than the answer.
 * The network's weights are copied once (a snapshot: build a new PairModel after changing them) and
 * the forward pass of its ReLU layer + softmax layer is computed over the non-zero columns only.
 * Inference applies no dropout (DL4J drops out inverted, at training time), so this is the same
 * function as {@code net.output(x, false)}; a test holds the two equal.
 */
@TrainerView
public final class PairModel {

    private final Featurizer featurizer;
    private final MultiLayerNetwork net;
    /** Null when the network is not the Dense(ReLU) + Output(softmax) shape the sparse pass computes. */
    private final Sparse sparse;

    /** A view over its featuriser and network (the network's weights are snapshot here: build anew after changing them). */
    public PairModel(Featurizer featurizer, MultiLayerNetwork net) {
        this.featurizer = featurizer;
        this.net = net;
        this.sparse = Sparse.of(net);
    }

    public Featurizer featurizer() {
        return featurizer;
    }

    public MultiLayerNetwork net() {
        return net;
    }

    public List<String> labels() {
        return featurizer.spec().labels();
    }

    /** Builds the dense input block for a batch; {@code extras} entries may be null. */
    INDArray features(List<Featurizer.Stats> texts, List<Featurizer.Stats> contexts, List<Featurizer.Stats> extras) {
        int dim = featurizer.spec().dimension();
        float[] buf = new float[texts.size() * dim];
        for (int i = 0; i < texts.size(); i++) {
            featurizer.fill(texts.get(i), contexts.get(i), extras == null ? null : extras.get(i), buf, i * dim);
        }
        return Nd4j.create(buf, new long[]{texts.size(), dim}, 'c');
    }

    /** Class probabilities per row, in {@link #labels()} order. */
    public float[][] predict(List<Featurizer.Stats> texts, List<Featurizer.Stats> contexts, List<Featurizer.Stats> extras) {
        if (sparse == null) {
            return predictDense(texts, contexts, extras);
        }
        float[][] p = new float[texts.size()][];
        float[] h = new float[sparse.hidden];
        // A batch's comments mostly share one context (a page's article: hundreds of terms), whose
        // share of the hidden layer is then summed once instead of once per comment.
        java.util.Map<Featurizer.Stats, float[]> shared = new java.util.IdentityHashMap<>();
        for (int i = 0; i < p.length; i++) {
            float[] ctx = shared.computeIfAbsent(contexts.get(i), c -> sparse.contextPart(featurizer, c));
            p[i] = sparse.forward(featurizer, texts.get(i), contexts.get(i), extras == null ? null : extras.get(i), ctx, h);
        }
        return p;
    }

    /** The network's own forward pass over dense rows: the reference the sparse pass must equal. */
    float[][] predictDense(List<Featurizer.Stats> texts, List<Featurizer.Stats> contexts, List<Featurizer.Stats> extras) {
        if (texts.isEmpty()) {
            return new float[0][];
        }
        INDArray out;
        // MultiLayerNetwork.output is not safe for concurrent callers on one instance.
        synchronized (net) {
            out = net.output(features(texts, contexts, extras), false);
        }
        float[][] p = new float[texts.size()][];
        for (int i = 0; i < p.length; i++) {
            p[i] = out.getRow(i).toFloatVector();
        }
        return p;
    }

    boolean sparseForward() {
        return sparse != null;
    }

    public byte[] networkBytes() {
        return ModelArchive.networkBytes(net);
    }

    /** Read-only weight copies of a Dense(ReLU) -> Output(softmax) network; thread-safe. */
    private static final class Sparse {
        final int inputs;
        final int hidden;
        final int classes;
        final float[] w1; // inputs x hidden, row-major: one input column's weights are contiguous
        final float[] b1;
        final float[] w2; // hidden x classes, row-major
        final float[] b2;

        private Sparse(int inputs, int hidden, int classes, float[] w1, float[] b1, float[] w2, float[] b2) {
            this.inputs = inputs;
            this.hidden = hidden;
            this.classes = classes;
            this.w1 = w1;
            this.b1 = b1;
            this.w2 = w2;
            this.b2 = b2;
        }

        static Sparse of(MultiLayerNetwork net) {
            var confs = net.getLayerWiseConfigurations();
            if (net.getnLayers() != 2
                    || !(confs.getConf(0).getLayer() instanceof DenseLayer d)
                    || !(confs.getConf(1).getLayer() instanceof OutputLayer o)
                    || !(((BaseLayer) d).getActivationFn() instanceof ActivationReLU)
                    || !(((BaseLayer) o).getActivationFn() instanceof ActivationSoftmax)
                    || !d.hasBias() || !o.hasBias()) {
                return null;
            }
            INDArray w1 = net.getLayer(0).getParam("W");
            INDArray w2 = net.getLayer(1).getParam("W");
            return new Sparse((int) w1.size(0), (int) w1.size(1), (int) w2.size(1), floats(w1),
                    floats(net.getLayer(0).getParam("b")), floats(w2), floats(net.getLayer(1).getParam("b")));
        }

        private static float[] floats(INDArray a) {
            return a.castTo(DataType.FLOAT).dup('c').data().asFloat();
        }

        /** The hidden layer's input from the context's own term columns (bias included). */
        float[] contextPart(Featurizer fz, Featurizer.Stats c) {
            float[] h = b1.clone();
            fz.forEachContextNonZero(c, (col, v) -> {
                int base = col * hidden;
                for (int j = 0; j < hidden; j++) {
                    h[j] += v * w1[base + j];
                }
            });
            return h;
        }

        float[] forward(Featurizer fz, Featurizer.Stats t, Featurizer.Stats c, Featurizer.Stats x, float[] contextPart,
                        float[] h) {
            System.arraycopy(contextPart, 0, h, 0, hidden);
            fz.forEachNonZero(t, c, x, (col, v) -> {
                int base = col * hidden;
                for (int j = 0; j < hidden; j++) {
                    h[j] += v * w1[base + j];
                }
            }, false);
            float[] o = b2.clone();
            for (int j = 0; j < hidden; j++) {
                float a = h[j];
                if (a > 0) {
                    int base = j * classes;
                    for (int k = 0; k < classes; k++) {
                        o[k] += a * w2[base + k];
                    }
                }
            }
            float max = Float.NEGATIVE_INFINITY;
            for (float v : o) {
                max = Math.max(max, v);
            }
            double sum = 0;
            for (int k = 0; k < classes; k++) {
                o[k] = (float) Math.exp(o[k] - max);
                sum += o[k];
            }
            for (int k = 0; k < classes; k++) {
                o[k] = (float) (o[k] / sum);
            }
            return o;
        }
    }
}
