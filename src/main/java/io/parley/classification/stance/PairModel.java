package io.parley.classification.stance;

import org.deeplearning4j.nn.multilayer.MultiLayerNetwork;
import org.deeplearning4j.util.ModelSerializer;
import org.nd4j.linalg.api.ndarray.INDArray;
import org.nd4j.linalg.factory.Nd4j;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.List;

/** One stance view: a featuriser over its stored spec and the DL4J network trained on its rows. */
final class PairModel {

    final Featurizer featurizer;
    final MultiLayerNetwork net;

    PairModel(Featurizer featurizer, MultiLayerNetwork net) {
        this.featurizer = featurizer;
        this.net = net;
    }

    List<String> labels() {
        return featurizer.spec.labels();
    }

    /** Builds the dense input block for a batch; {@code extras} entries may be null. */
    INDArray features(List<Featurizer.Stats> texts, List<Featurizer.Stats> contexts, List<Featurizer.Stats> extras) {
        int dim = featurizer.spec.dimension();
        float[] buf = new float[texts.size() * dim];
        for (int i = 0; i < texts.size(); i++) {
            featurizer.fill(texts.get(i), contexts.get(i), extras == null ? null : extras.get(i), buf, i * dim);
        }
        return Nd4j.create(buf, new long[]{texts.size(), dim}, 'c');
    }

    /** Class probabilities per row, in {@link #labels()} order. */
    float[][] predict(List<Featurizer.Stats> texts, List<Featurizer.Stats> contexts, List<Featurizer.Stats> extras) {
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

    byte[] networkBytes() {
        try {
            ByteArrayOutputStream buf = new ByteArrayOutputStream();
            ModelSerializer.writeModel(net, buf, false);
            return buf.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static MultiLayerNetwork network(byte[] bytes) throws IOException {
        return ModelSerializer.restoreMultiLayerNetwork(new ByteArrayInputStream(bytes), false);
    }
}
