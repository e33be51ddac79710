package io.parley.classification.stance.training;

import io.parley.classification.stance.Featurizer;
import io.parley.classification.stance.PairModel;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/** Runs one view over labelled examples in batches, caching per-text stats (bodies repeat). */
final class ViewEvaluator {

    private static final int BATCH = 256;

    private ViewEvaluator() {
    }

    static Metrics evaluate(PairModel model, List<Example> examples) {
        Metrics m = new Metrics(model.labels());
        int[] pred = predict(model, examples);
        for (int i = 0; i < examples.size(); i++) {
            int gold = model.labels().indexOf(examples.get(i).label());
            if (gold < 0) {
                throw new StanceDataException("row " + (i + 1) + ": label '" + examples.get(i).label()
                        + "' is not one of " + model.labels());
            }
            m.add(gold, pred[i]);
        }
        return m;
    }

    static int[] predict(PairModel model, List<Example> examples) {
        return argmax(probabilities(model, examples));
    }

    /** The classifier's probabilities for a view: its network, fused with its encoder head where it has one. */
    static float[][] probabilities(io.parley.classification.stance.StanceClassifier classifier,
                                   io.parley.classification.stance.StanceView view, List<Example> examples) {
        float[][] out = new float[examples.size()][];
        for (int start = 0; start < examples.size(); start += 4096) {
            List<Example> part = examples.subList(start, Math.min(examples.size(), start + 4096));
            float[][] net = probabilities(classifier.view(view), part);
            float[][] p = classifier.fuse(view, net, part.stream().map(Example::text).toList(),
                    part.stream().map(Example::context).toList());
            System.arraycopy(p, 0, out, start, p.length);
        }
        return out;
    }

    static int[] argmax(float[][] p) {
        int[] out = new int[p.length];
        for (int i = 0; i < p.length; i++) {
            int best = 0;
            for (int k = 1; k < p[i].length; k++) {
                if (p[i][k] > p[i][best]) {
                    best = k;
                }
            }
            out[i] = best;
        }
        return out;
    }

    /** Class probabilities per example, in the model's label order. */
    static float[][] probabilities(PairModel model, List<Example> examples) {
        Map<String, Featurizer.Stats> cache = new HashMap<>();
        float[][] out = new float[examples.size()][];
        for (int start = 0; start < examples.size(); start += BATCH) {
            int end = Math.min(examples.size(), start + BATCH);
            List<Featurizer.Stats> t = new ArrayList<>();
            List<Featurizer.Stats> c = new ArrayList<>();
            List<Featurizer.Stats> x = new ArrayList<>();
            for (int i = start; i < end; i++) {
                Example e = examples.get(i);
                t.add(model.featurizer().stats(e.text()));
                c.add(cache.computeIfAbsent(e.context(), model.featurizer()::stats));
                x.add(e.extra() == null ? null : cache.computeIfAbsent(e.extra(), model.featurizer()::stats));
            }
            float[][] p = model.predict(t, c, x);
            System.arraycopy(p, 0, out, start, p.length);
        }
        return out;
    }
}
