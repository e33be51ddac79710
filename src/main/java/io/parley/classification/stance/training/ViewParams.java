package io.parley.classification.stance.training;

import io.parley.classification.stance.FeatureSpec;
import io.parley.classification.stance.StanceView;

import java.util.LinkedHashMap;
import java.util.Map;

/**
 * Hyper-parameters of one view, chosen on the validation split (never on test).
 *
 * @param textVocab        comment-side TF features
 * @param contextVocab     context-side TF features
 * @param idfTerms         terms kept with an IDF weight for the cosine cues
 * @param minDf            a term must occur in this many documents
 * @param hidden           hidden units of the single ReLU layer
 * @param retain           dropout retain probability on the input of the hidden and output layers
 * @param learningRate     Adam learning rate
 * @param l2               weight decay
 * @param epochs           maximum epochs (the best validation epoch is kept)
 * @param batch            minibatch size
 * @param classWeightPower class weight = (n / (k * n_c))^power; 0 = unweighted
 * @param textBigrams      add word bigrams to the comment-side vocabulary
 * @param interactions     hash buckets of (context term x comment term) features, 0 = none
 * @param charGrams        hash buckets of comment character 2-5-grams, 0 = none
 * @param splitHashtags    camel-case hashtags also count their words
 * @param priorShift       largest per-class logit offset searched on validation ({@link PriorShift}), 0 = none
 * @param crossBuckets     hash buckets of (training target x comment feature) pairs, 0 = none ({@link FeatureSpec})
 * @param crossDrop        share of training rows shown without their crossed columns, as an unseen target
 *                         would be, so the shared weights still learn the whole stance signal
 */
record ViewParams(int textVocab, int contextVocab, int idfTerms, int minDf, int hidden, double retain,
                  double learningRate, double l2, int epochs, int batch, double classWeightPower,
                  boolean textBigrams, int interactions, int charGrams, boolean splitHashtags,
                  double priorShift, int crossBuckets, double crossDrop) {

    Map<String, Object> asMap() {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("textVocab", textVocab);
        m.put("contextVocab", contextVocab);
        m.put("idfTerms", idfTerms);
        m.put("minDf", minDf);
        m.put("hidden", hidden);
        m.put("retain", retain);
        m.put("learningRate", learningRate);
        m.put("l2", l2);
        m.put("epochs", epochs);
        m.put("batch", batch);
        m.put("classWeightPower", classWeightPower);
        m.put("textBigrams", textBigrams);
        m.put("interactions", interactions);
        m.put("charGrams", charGrams);
        m.put("splitHashtags", splitHashtags);
        m.put("priorShift", priorShift);
        m.put("crossBuckets", crossBuckets);
        m.put("crossDrop", crossDrop);
        return m;
    }

    ViewParams withEpochs(int e) {
        return new ViewParams(textVocab, contextVocab, idfTerms, minDf, hidden, retain, learningRate, l2, e, batch,
                classWeightPower, textBigrams, interactions, charGrams, splitHashtags, priorShift, crossBuckets, crossDrop);
    }

    ViewParams withPriorShift(double range) {
        return new ViewParams(textVocab, contextVocab, idfTerms, minDf, hidden, retain, learningRate, l2, epochs, batch,
                classWeightPower, textBigrams, interactions, charGrams, splitHashtags, range, crossBuckets, crossDrop);
    }

    /** The committed model's settings of each view. */
    static ViewParams defaults(StanceView view) {
        return switch (view) {
            case ARTICLE -> new ViewParams(3000, 5000, 30000, 2, 100, 0.6, 1e-3, 1e-5, 5, 128, 0.5, false, 0, 0, false, 0, 0, 0);
            // Parent and target (measured on validation, 2026-11-27): character grams lift both views at
            // every epoch, logit offsets buy accuracy (parent) and F_avg (target); hidden 64 on the target
            // scores as 128 did at half the serving cost. Hashtag splitting and word bigrams on the parent
            // measured no better and are off. Target crossing (crossBuckets, crossDrop) is off: it lifts
            // seen targets in 4-fold cross-validation (pooled F_avg 0.674 vs 0.664) but a full model with it
            // lost the unseen-target figure and a seed-004 unseen-target expectation (bench/stance/experiments.md).
            case PARENT -> new ViewParams(1000, 500, 20000, 2, 32, 0.5, 2e-3, 1e-4, 10, 64, 0.75, false, 0, 16384, false,
                    2.0, 0, 0);
            case TARGET -> new ViewParams(5000, 50, 10000, 2, 64, 0.6, 1e-3, 1e-4, 12, 32, 0.3, true, 16384, 32768, false,
                    2.0, 0, 0);
        };
    }

    static ViewParams quick(StanceView view) {
        // The quick run exercises every option the full models may use, so the round-trip test covers them.
        boolean target = view == StanceView.TARGET;
        return new ViewParams(300, 100, 1000, 1, 16, 0.8, 5e-3, 1e-5, 3, 32, 0.5, target, target ? 512 : 0,
                target ? 1024 : 0, target, 1.0, target ? 512 : 0, target ? 0.5 : 0);
    }
}
