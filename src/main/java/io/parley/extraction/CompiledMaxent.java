package io.parley.extraction;

import opennlp.tools.ml.maxent.GISModel;
import opennlp.tools.ml.model.Context;
import opennlp.tools.ml.model.MaxentModel;

import java.util.Arrays;
import java.util.HashMap;
import java.util.Map;

/**
 * An OpenNLP GIS model with its predicates numbered once at load, so serving adds up weights by index
 * instead of building and hashing a feature string per block and model. It computes exactly what
 * {@link GISModel#eval(String[])} computes (a uniform log prior, the active parameters added feature by
 * feature in context order, {@link StrictMath#exp}, then normalised), so the probabilities are bit for
 * bit OpenNLP's and ties resolve to the same outcome.
 */
final class CompiledMaxent {

    private final String[] outcomes;
    private final int k;
    private final double logPrior;
    /** Predicate i's parameter for outcome o at {@code i * k + o}; 0.0 where the model has none (adding it is exact). */
    private final double[] weights;
    private final Map<String, Integer> predicates;

    private CompiledMaxent(String[] outcomes, double[] weights, Map<String, Integer> predicates) {
        this.outcomes = outcomes;
        this.k = outcomes.length;
        this.logPrior = StrictMath.log(1.0 / k);
        this.weights = weights;
        this.predicates = predicates;
    }

    /** Compiles a GIS model with its predicates numbered in model order; a model of another kind is refused. */
    static CompiledMaxent of(MaxentModel model) {
        Map<String, Integer> index = new HashMap<>();
        for (String p : pmap(model).keySet()) {
            index.put(p, index.size());
        }
        return of(model, index);
    }

    /**
     * Compiles a GIS model with its predicates at the rows {@code rows} gives them (shared with other models);
     * rows of predicates this model lacks stay 0.0, which adds nothing, exactly as OpenNLP skipping them.
     */
    static CompiledMaxent of(MaxentModel model, Map<String, Integer> rows) {
        Map<String, Context> pmap = pmap(model);
        String[] outcomes = ((String[]) ((GISModel) model).getDataStructures()[2]).clone();
        int k = outcomes.length;
        int size = 0;
        for (int r : rows.values()) {
            size = Math.max(size, r + 1);
        }
        double[] weights = new double[size * k];
        for (Map.Entry<String, Context> e : pmap.entrySet()) {
            Integer row = rows.get(e.getKey());
            if (row == null) {
                throw new IllegalArgumentException("no row for predicate " + e.getKey());
            }
            int[] active = e.getValue().getOutcomes();
            double[] params = e.getValue().getParameters();
            for (int a = 0; a < active.length; a++) {
                // Each outcome is listed once per predicate; were one listed twice, OpenNLP would add both.
                if (weights[row * k + active[a]] != 0) {
                    throw new IllegalArgumentException("predicate " + e.getKey() + " lists an outcome twice");
                }
                weights[row * k + active[a]] = params[a];
            }
        }
        CompiledMaxent compiled = new CompiledMaxent(outcomes, weights, Map.copyOf(rows));
        // The prior is not readable from outside; an empty context shows it. A non-uniform one is refused.
        if (!Arrays.equals(model.eval(new String[0]), compiled.eval(new int[0], 0))) {
            throw new IllegalArgumentException("maxent model has a non-uniform prior");
        }
        return compiled;
    }

    @SuppressWarnings("unchecked")
    private static Map<String, Context> pmap(MaxentModel model) {
        if (!(model instanceof GISModel gis)) {
            throw new IllegalArgumentException("not a GIS maxent model: " + (model == null ? null : model.getClass().getName()));
        }
        return (Map<String, Context>) gis.getDataStructures()[1];
    }

    /** The predicate's row, or -1 when it has none (OpenNLP ignores an unknown predicate). */
    int index(String predicate) {
        Integer i = predicates.get(predicate);
        return i == null ? -1 : i;
    }

    int outcomes() {
        return k;
    }

    String outcome(int i) {
        return outcomes[i];
    }

    int outcomeIndex(String name) {
        for (int i = 0; i < k; i++) {
            if (outcomes[i].equals(name)) {
                return i;
            }
        }
        return -1;
    }

    /** Outcome probabilities for the first {@code count} predicate indices (negative ones are skipped). */
    double[] eval(int[] context, int count) {
        double[] p = new double[k];
        eval(context, count, p);
        return p;
    }

    /** The most probable outcome (the first of equals, as OpenNLP's argmax), with {@code scratch} of length {@link #outcomes()}. */
    int best(int[] context, int count, double[] scratch) {
        eval(context, count, scratch);
        int best = 0;
        for (int o = 1; o < k; o++) {
            if (scratch[best] < scratch[o]) {
                best = o;
            }
        }
        return best;
    }

    private void eval(int[] context, int count, double[] p) {
        Arrays.fill(p, logPrior);
        double[] w = weights;
        int k = this.k;
        for (int c = 0; c < count; c++) {
            int i = context[c];
            if (i >= 0) {
                int base = i * k;
                for (int o = 0; o < k; o++) {
                    p[o] += w[base + o];
                }
            }
        }
        double normal = 0.0;
        for (int o = 0; o < k; o++) {
            p[o] = StrictMath.exp(p[o]);
            normal += p[o];
        }
        for (int o = 0; o < k; o++) {
            p[o] /= normal;
        }
    }
}
