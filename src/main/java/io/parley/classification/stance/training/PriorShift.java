package io.parley.classification.stance.training;

import io.parley.classification.stance.StanceView;

import java.util.Arrays;
import java.util.List;

/**
 * Per-class offsets added to a network's output logits, chosen on validation. Class weights make the
 * rare classes visible in training but then over-predict them; shifting the logits (the same as
 * re-weighting class priors) trades recall of rare classes against accuracy, which a task judged on
 * both (RumourEval: accuracy and macro-F1) needs set where validation says. The last label (the
 * "no stance" class of each view) stays at 0, so the offsets are relative to it.
 */
final class PriorShift {

    private PriorShift() {
    }

    /** Result: the offsets (one per label, last = 0) and the validation metrics they give. */
    record Choice(double[] offsets, Metrics metrics) {
    }

    /**
     * Exhaustive grid over [-range, range] in steps of {@code step} for every label but the last,
     * maximising the view's selection score; ties keep the first found, starting from no shift.
     */
    static Choice tune(StanceView view, List<String> labels, float[][] probs, int[] gold, double range, double step) {
        return tune(m -> ViewTrainer.selectionScore(view, m), labels, probs, gold, range, step);
    }

    /** As above, maximising {@code score} instead of the view's selection score. */
    static Choice tune(java.util.function.ToDoubleFunction<Metrics> score, List<String> labels, float[][] probs,
                       int[] gold, double range, double step) {
        int k = labels.size();
        double[][] logp = new double[probs.length][k];
        for (int i = 0; i < probs.length; i++) {
            for (int c = 0; c < k; c++) {
                logp[i][c] = Math.log(Math.max(probs[i][c], 1e-12));
            }
        }
        double[] zero = new double[k];
        Metrics bestMetrics = apply(labels, logp, gold, zero);
        double best = score.applyAsDouble(bestMetrics);
        double[] bestOffsets = zero;
        int steps = (int) Math.round(range / step);
        int per = 2 * steps + 1;
        int free = k - 1;
        long combos = (long) Math.pow(per, free);
        double[] o = new double[k];
        for (long n = 0; n < combos; n++) {
            long r = n;
            for (int c = 0; c < free; c++) {
                o[c] = (r % per - steps) * step;
                r /= per;
            }
            Metrics m = apply(labels, logp, gold, o);
            double s = score.applyAsDouble(m);
            if (s > best + 1e-12) {
                best = s;
                bestOffsets = o.clone();
                bestMetrics = m;
            }
        }
        return new Choice(bestOffsets, bestMetrics);
    }

    static Metrics apply(List<String> labels, double[][] logp, int[] gold, double[] offsets) {
        Metrics m = new Metrics(labels);
        for (int i = 0; i < logp.length; i++) {
            int arg = 0;
            double max = Double.NEGATIVE_INFINITY;
            for (int c = 0; c < offsets.length; c++) {
                double v = logp[i][c] + offsets[c];
                if (v > max) {
                    max = v;
                    arg = c;
                }
            }
            m.add(gold[i], arg);
        }
        return m;
    }

    static String describe(double[] offsets) {
        return Arrays.toString(Arrays.stream(offsets).map(d -> Math.round(d * 100) / 100.0).toArray());
    }
}
