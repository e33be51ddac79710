package io.parley.classification.abuse;

import org.deeplearning4j.nn.conf.NeuralNetConfiguration;
import org.deeplearning4j.nn.conf.layers.DenseLayer;
import org.deeplearning4j.nn.conf.layers.OutputLayer;
import org.deeplearning4j.nn.multilayer.MultiLayerNetwork;
import org.junit.jupiter.api.Test;
import org.nd4j.linalg.activations.Activation;
import org.nd4j.linalg.lossfunctions.LossFunctions;

import java.util.List;
import java.util.Map;
import java.util.Random;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Davidson's heads of their own (--davidson-own) sit outside the shared network: a head with one gains beta x its own
 * logit (encoded) or beta x its estimate from z (not encoded), and every other head's fused logit is bit for bit what
 * the same heads give without them.
 */
class SentenceHeadsOwnTest {

    private static final int D = 6;
    private static final int K = 4;

    private static SentenceHeads heads(double[][] own, Map<String, float[]> vectors) {
        MultiLayerNetwork net = new MultiLayerNetwork(new NeuralNetConfiguration.Builder().seed(3).list()
                .layer(new DenseLayer.Builder().nIn(D).nOut(5).activation(Activation.RELU).build())
                .layer(new OutputLayer.Builder(LossFunctions.LossFunction.XENT).nIn(5).nOut(K)
                        .activation(Activation.SIGMOID).build())
                .build());
        net.init();
        float[] mean = new float[D];
        float[] scale = new float[D];
        java.util.Arrays.fill(scale, 2f);
        double[][] stack = new double[K][];
        stack[0] = new double[2 * K + 1];
        for (int i = 0; i < stack[0].length; i++) {
            stack[0][i] = 0.1 * (i + 1);
        }
        SentenceHeads.Settings s = new SentenceHeads.Settings(Map.of(), 5, mean, scale, new double[]{0, 0.5, 0, 1.0},
                new double[]{0.3, 0.4, 0.5, 0.6}, new double[]{0.1, 0.2, 0.3, 0.4}, -SentenceHeads.OPEN,
                SentenceHeads.OPEN, null, null, null, stack, own);
        return new SentenceHeads(s, net, texts -> texts.stream().map(vectors::get).toArray(float[][]::new));
    }

    @Test
    void ownHeadsMoveOnlyTheirHeadAndTheOthersStayBitIdentical() {
        Random r = new Random(5);
        float[] x = new float[D];
        for (int i = 0; i < D; i++) {
            x[i] = (float) r.nextGaussian();
        }
        Map<String, float[]> v = Map.of("t", x);
        double[] w = new double[D + 4];
        for (int i = 0; i <= D; i++) {
            w[i] = r.nextGaussian();
        }
        w[D + 1] = 0.7; // beta
        w[D + 2] = 1.5; // slope
        w[D + 3] = -0.25; // intercept
        double[][] own = new double[K][];
        own[2] = w;
        SentenceHeads with = heads(own, v);
        SentenceHeads without = heads(null, v);
        double[] z0 = {0.4, -1.2, 2.0, 0.8};

        double[] a = z0.clone();
        double[] b = z0.clone();
        with.addEncoded(a, with.logits(List.of("t"))[0]);
        without.addEncoded(b, without.logits(List.of("t"))[0]);
        double expectedOwn = 0;
        for (int i = 0; i < D; i++) {
            expectedOwn += w[i] * (x[i] / 2f);
        }
        expectedOwn += w[D];
        for (int h = 0; h < K; h++) {
            if (h == 2) {
                assertThat(a[h]).isCloseTo(b[h] + 0.7 * expectedOwn, org.assertj.core.data.Offset.offset(1e-9));
            } else {
                assertThat(a[h]).isEqualTo(b[h]);
            }
        }

        double[] c = z0.clone();
        double[] d = z0.clone();
        with.addEstimate(c);
        without.addEstimate(d);
        for (int h = 0; h < K; h++) {
            double extra = h == 2 ? 0.7 * (1.5 * z0[2] - 0.25) : 0;
            assertThat(c[h]).isEqualTo(d[h] + extra);
        }
    }
}
