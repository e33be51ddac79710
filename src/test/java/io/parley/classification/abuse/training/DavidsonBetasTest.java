package io.parley.classification.abuse.training;

import org.junit.jupiter.api.Test;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Davidson's heads take the sentence heads' logits (--encoder-davidson) with the pair of betas whose two-head decision
 * has the best validation weighted F1: a sentence head that sees what the n-gram head misses gets a weight and lifts
 * the figure; one that says nothing keeps its beta at 0; only Davidson's tweets train or judge it.
 */
class DavidsonBetasTest {

    private static final int K = 11;

    /** Davidson validation rows: class 0 hate, 1 offensive, 2 neither; the n-gram logits see the hate class poorly. */
    private record Rows(List<AbuseDatasets.Example> val, double[][] zn, double[][] ze) {
    }

    private static Rows rows(boolean informativeEncoder) {
        Random r = new Random(11);
        List<AbuseDatasets.Example> val = new ArrayList<>();
        List<double[]> zn = new ArrayList<>();
        List<double[]> ze = new ArrayList<>();
        for (int i = 0; i < 1200; i++) {
            int c = i % 10 == 0 ? 0 : i % 10 < 8 ? 1 : 2;
            double[] z = new double[K];
            double[] e = new double[K];
            z[Heads.DAVIDSON_ABUSIVE] = (c <= 1 ? 2.0 : -2.0) + r.nextGaussian() * 1.5;
            z[Heads.DAVIDSON_HATE] = (c == 0 ? 1.0 : -1.0) + r.nextGaussian() * 2.0;
            e[Heads.DAVIDSON_ABUSIVE] = r.nextGaussian();
            e[Heads.DAVIDSON_HATE] = (informativeEncoder ? (c == 0 ? 2.0 : -2.0) : 0) + r.nextGaussian();
            float[] labels = new float[K];
            java.util.Arrays.fill(labels, Float.NaN);
            labels[Heads.DAVIDSON_ABUSIVE] = c <= 1 ? 1 : 0;
            labels[Heads.DAVIDSON_HATE] = c == 0 ? 1 : 0;
            val.add(new AbuseDatasets.Example("d" + i, AbuseFormat.DAVIDSON, "tweet " + i, labels, null, c));
            zn.add(z);
            ze.add(e);
        }
        return new Rows(val, zn.toArray(double[][]::new), ze.toArray(double[][]::new));
    }

    @Test
    void anEncoderThatSeesTheHateClassGetsAWeightAndLiftsTheWeightedF1() {
        Rows d = rows(true);
        double[] beta = new double[K];
        Map<String, Object> chosen = new LinkedHashMap<>();
        SentenceHeadsTrainer.davidsonBetas(d.zn(), d.ze(), d.val(), beta, chosen, new PrintStream(new ByteArrayOutputStream()));
        assertThat(beta[Heads.DAVIDSON_HATE]).isPositive();
        @SuppressWarnings("unchecked")
        Map<String, Object> here = (Map<String, Object>) chosen.get("davidson");
        assertThat((double) here.get("validation_weighted_f1_fused"))
                .isGreaterThan((double) here.get("validation_weighted_f1_model") + 0.01);
        for (int h = 0; h < K; h++) {
            if (h != Heads.DAVIDSON_HATE && h != Heads.DAVIDSON_ABUSIVE) {
                assertThat(beta[h]).isZero();
            }
        }
    }

    @Test
    void anEncoderThatSaysNothingKeepsBetaZero() {
        Rows d = rows(false);
        double[] beta = new double[K];
        Map<String, Object> chosen = new LinkedHashMap<>();
        SentenceHeadsTrainer.davidsonBetas(d.zn(), d.ze(), d.val(), beta, chosen, new PrintStream(new ByteArrayOutputStream()));
        @SuppressWarnings("unchecked")
        Map<String, Object> here = (Map<String, Object>) chosen.get("davidson");
        // a noise logit can only win by chance, and then by little
        assertThat((double) here.get("validation_weighted_f1_fused"))
                .isLessThan((double) here.get("validation_weighted_f1_model") + 0.01);
    }

    @Test
    void davidsonsTweetsTrainTheSentenceHeadsOnlyWhenAsked() {
        float[] labels = new float[K];
        java.util.Arrays.fill(labels, Float.NaN);
        labels[Heads.DAVIDSON_ABUSIVE] = 1;
        List<AbuseDatasets.Example> train = List.of(
                new AbuseDatasets.Example("a", AbuseFormat.DAVIDSON, "a tweet", labels, null, 1));
        assertThat(SentenceHeadsTrainer.rows(train, 42L)).isEmpty();
        assertThat(SentenceHeadsTrainer.rows(train, 42L, true)).hasSize(1);
    }
}
