package io.parley.classification.abuse;

import java.util.List;

/**
 * Output heads of the network. The first six are the served labels; the others are one head per
 * data set whose label does not mean the same thing as any served label (Impermium "insult to a
 * participant", OLID "offensive", Davidson hate/offensive, ETHOS hate). Each example trains only
 * the heads its data set defines; the rest are masked out of the loss.
 */
final class Heads {

    static final List<String> PUBLIC = List.of("toxicity", "severe_toxicity", "insult", "threat", "obscene",
            "identity_attack");
    static final List<String> ALL = List.of("toxicity", "severe_toxicity", "insult", "threat", "obscene",
            "identity_attack", "impermium_insult", "olid_offensive", "davidson_abusive", "davidson_hate",
            "ethos_hate");

    static final int TOXICITY = 0;
    static final int SEVERE = 1;
    static final int INSULT = 2;
    static final int THREAT = 3;
    static final int OBSCENE = 4;
    static final int IDENTITY = 5;
    static final int IMPERMIUM = 6;
    static final int OLID = 7;
    static final int DAVIDSON_ABUSIVE = 8;
    static final int DAVIDSON_HATE = 9;
    static final int ETHOS = 10;

    static final int K = ALL.size();

    private Heads() {
    }

    static float[] unknown() {
        float[] y = new float[K];
        java.util.Arrays.fill(y, Float.NaN);
        return y;
    }
}
