package io.parley.classification.stance.training;

import io.parley.classification.text.EmbeddingCache;
import io.parley.classification.stance.EncoderHeads;
import io.parley.classification.stance.PairModel;
import io.parley.classification.stance.StanceView;
import io.parley.classification.text.SentenceEncoder;

import java.io.PrintStream;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.TreeMap;
import java.util.TreeSet;

/**
 * Trains each view's encoder head on its split and chooses how it joins the view's network: the head's C by
 * cross-validation on the training rows (SemEval: 5 folds within each target, one C per target; RumourEval: one fold
 * per event; FNC-1: the validation bodies, disjoint from training's), then fusion weight and band on validation, then
 * the head refitted on train + validation. Test rows are scored once, at the end, and never choose anything.
 */
final class EncoderHeadTrainer {

    static final double[] C_GRID = {0.003, 0.01, 0.03, 0.1, 0.3};
    static final double[] BANDS = {0.5, 0.6, 0.7, 0.8, 0.9, 0.95, 1.01};
    /** A cheaper band is taken when its validation score is within this of the best. */
    static final double BAND_TOLERANCE = 0.005;

    private final EmbeddingCache store;
    private final long seed;
    private final PrintStream log;

    /** Per view {fusion, band} given by the caller instead of the validation choice (which is still logged). */
    private final Map<StanceView, double[]> fixed;

    /**
     * Per view: the view's network retrained on some training rows and scored on others (train rows, held rows ->
     * probabilities). Where given, fusion and band are chosen on out-of-fold predictions of all training rows instead
     * of on validation: validation already chose the network's epoch and logit offsets, so it overrates the network
     * (target view: validation F_avg 0.720, test 0.662) and a fusion weight chosen there leans on it.
     */
    private final Map<StanceView, java.util.function.BiFunction<List<Example>, List<Example>, float[][]>> outOfFold;

    /** Per view where fusion was chosen out of fold: the fused out-of-fold probabilities and gold labels. */
    private final Map<StanceView, Object[]> outOfFoldFused = new java.util.EnumMap<>(StanceView.class);

    EncoderHeadTrainer(EmbeddingCache store, long seed, PrintStream log, Map<StanceView, double[]> fixed) {
        this(store, seed, log, fixed, Map.of());
    }

    /** {probabilities (float[][]), gold (int[])} of the view's out-of-fold training rows as fused, or null. */
    Object[] outOfFoldFused(StanceView v) {
        return outOfFoldFused.get(v);
    }

    EncoderHeadTrainer(EmbeddingCache store, long seed, PrintStream log, Map<StanceView, double[]> fixed,
                       Map<StanceView, java.util.function.BiFunction<List<Example>, List<Example>, float[][]>> outOfFold) {
        this.store = store;
        this.fixed = fixed == null ? Map.of() : fixed;
        this.seed = seed;
        this.log = log;
        this.outOfFold = outOfFold;
    }

    static EncoderHeads.Inputs inputsOf(StanceView v) {
        return switch (v) {
            case TARGET -> EncoderHeads.Inputs.TEXT;
            case ARTICLE -> EncoderHeads.Inputs.PAIR;
            // without the source's own vector, which names the event (see EncoderHeads.Inputs.RELATION)
            case PARENT -> EncoderHeads.Inputs.RELATION;
        };
    }

    /**
     * C candidates: the parent head's out-of-event score still rises below 0.003 (0.444 at 0.003, 0.467 at 0.0003 in the
     * prototype), a new event wanting more shrinkage than a new fold of the same targets, so its grid goes lower.
     */
    static double[] cGrid(StanceView v) {
        return v == StanceView.PARENT ? new double[]{0.0001, 0.0003, 0.001, 0.003, 0.01} : C_GRID;
    }

    static double classWeightPower(StanceView v) {
        return switch (v) {
            case PARENT -> 1.0;   // macro-F1 is the measure; deny and query are rare
            case ARTICLE -> 0.5;  // disagree is 2 % of pairs, but the FNC score weighs related/unrelated first
            case TARGET -> 0.0;
        };
    }

    /** The view's selection score: what the view's official measure rewards. */
    static double score(StanceView v, Metrics m) {
        return switch (v) {
            case TARGET -> m.fAvg();
            case PARENT -> m.macroF1();
            case ARTICLE -> (m.fncScore() / 100 + m.macroF1()) / 2;
        };
    }

    /** Trains the view's head; figures go into {@code info}. */
    EncoderHeads.Head train(StanceView v, PairModel net, StanceTrainer.Split s, Map<String, Object> info) {
        long t0 = System.nanoTime();
        EncoderHeads.Inputs kind = inputsOf(v);
        List<String> texts = new ArrayList<>();
        for (List<Example> part : List.of(s.train(), s.validation(), s.test())) {
            for (Example e : part) {
                texts.add(e.text());
                if (kind.readsContext()) {
                    texts.add(e.context());
                }
            }
        }
        store.ensure(texts, v.key());
        List<Example> tr = s.train();
        List<Example> va = s.validation();
        float[][] xtr = rows(kind, tr);
        float[][] xva = rows(kind, va);
        int[] ytr = labels(v, tr);
        int[] yva = labels(v, va);
        int k = v.labels().size();
        double cwp = classWeightPower(v);
        float[][] ms = SoftmaxRegression.standardisation(xtr);
        float[][] ztr = SoftmaxRegression.standardise(xtr, ms);
        float[][] zva = SoftmaxRegression.standardise(xva, ms);

        // 1. C by cross-validation on training rows (per key for per-target heads)
        Map<String, List<Integer>> byKey = new TreeMap<>();
        for (int i = 0; i < tr.size(); i++) {
            byKey.computeIfAbsent(kind == EncoderHeads.Inputs.TEXT ? EncoderHeads.key(tr.get(i).context())
                    : EncoderHeads.POOLED, x -> new ArrayList<>()).add(i);
        }
        Map<String, Double> cOf = new LinkedHashMap<>();
        Map<String, Object> cvInfo = new LinkedHashMap<>();
        for (var e : byKey.entrySet()) {
            List<Integer> idx = e.getValue();
            double bestC = cGrid(v)[0];
            double best = -1;
            Map<String, Double> perC = new LinkedHashMap<>();
            for (double c : cGrid(v)) {
                double sc = v == StanceView.ARTICLE
                        ? score(v, metrics(v, yva, argmax(predict(SoftmaxRegression.fit(ztr, ytr, k, c, cwp, seed), zva))))
                        : crossValidate(v, idx, tr, ztr, ytr, c, cwp);
                perC.put(Double.toString(c), Metrics.round(sc));
                if (sc > best + 1e-9) {
                    best = sc;
                    bestC = c;
                }
            }
            cOf.put(e.getKey(), bestC);
            cvInfo.put(e.getKey(), Map.of("C", bestC, "scores", perC));
            log.printf("[%s] encoder head %s: C %s by %s (%s)%n", v.key(), e.getKey(), bestC,
                    v == StanceView.ARTICLE ? "validation" : v == StanceView.PARENT ? "event folds" : "5 folds", perC);
        }

        // 2. fusion weight and band on validation, heads fitted on train
        Map<String, EncoderHeads.Linear> trainHeads = fitAll(byKey, ztr, ytr, k, cOf, cwp);
        float[][] netVa = ViewEvaluator.probabilities(net, va);
        float[][] headVa = headProbabilities(kind, trainHeads, va, zva);
        FusionGrid onValidation = fusionGrid(v, netVa, headVa, yva);
        double[][] grid = onValidation.grid();
        double bestScore = onValidation.best();
        double fusion = onValidation.fusion();
        double band = onValidation.band();
        double netOnly = score(v, metrics(v, yva, argmax(netVa)));
        double validationFusion = fusion;
        double validationBand = band;
        Map<String, Object> oofInfo = null;
        if (outOfFold.containsKey(v) && !fixed.containsKey(v)) {
            oofInfo = new LinkedHashMap<>();
            double[] choice = outOfFoldChoice(v, kind, byKey, tr, ztr, ytr, k, cOf, cwp, oofInfo);
            log.printf("[%s] encoder head: validation chose fusion %.1f, band %.2f; out-of-fold training rows choose "
                    + "fusion %.1f, band %.2f (used)%n", v.key(), fusion, band, choice[0], choice[1]);
            fusion = choice[0];
            band = choice[1];
        }
        if (fixed.containsKey(v)) {
            log.printf("[%s] encoder head: validation chose fusion %.1f, band %.2f (score %.4f); given: fusion %.1f, band %.2f%n",
                    v.key(), fusion, band, grid[(int) Math.round(fusion * 10)][indexOf(BANDS, band)], fixed.get(v)[0], fixed.get(v)[1]);
            fusion = fixed.get(v)[0];
            band = fixed.get(v)[1];
        }
        log.printf("[%s] encoder head: fusion %.1f, band %.2f on validation: score %.4f (network alone %.4f, best %.4f)%n",
                v.key(), fusion, band, grid[(int) Math.round(fusion * 10)][indexOf(BANDS, band)], netOnly, bestScore);
        if (fixed.containsKey(v) && indexOf(BANDS, fixed.get(v)[1]) < 0) {
            throw new IllegalArgumentException("band " + fixed.get(v)[1] + " is not one of " + java.util.Arrays.toString(BANDS));
        }

        // 3. refit on train + validation
        List<Example> all = new ArrayList<>(tr);
        all.addAll(va);
        float[][] xall = new float[xtr.length + xva.length][];
        System.arraycopy(xtr, 0, xall, 0, xtr.length);
        System.arraycopy(xva, 0, xall, xtr.length, xva.length);
        int[] yall = labels(v, all);
        float[][] msAll = SoftmaxRegression.standardisation(xall);
        float[][] zall = SoftmaxRegression.standardise(xall, msAll);
        Map<String, List<Integer>> allByKey = new TreeMap<>();
        for (int i = 0; i < all.size(); i++) {
            allByKey.computeIfAbsent(kind == EncoderHeads.Inputs.TEXT ? EncoderHeads.key(all.get(i).context())
                    : EncoderHeads.POOLED, x -> new ArrayList<>()).add(i);
        }
        Map<String, EncoderHeads.Linear> finalHeads = fitAll(allByKey, zall, yall, k, cOf, cwp);
        EncoderHeads.Head head = new EncoderHeads.Head(kind, msAll[0], msAll[1], finalHeads, fusion, band);

        // 4. test, once
        List<Example> te = s.test();
        int[] yte = labels(v, te);
        float[][] netTe = ViewEvaluator.probabilities(net, te);
        float[][] zte = SoftmaxRegression.standardise(rows(kind, te), msAll);
        float[][] headTe = headProbabilities(kind, finalHeads, te, zte);
        Metrics netM = metrics(v, yte, argmax(netTe));
        Metrics fusedM = metrics(v, yte, argmax(fused(netTe, headTe, fusion, band)));
        Metrics alwaysM = metrics(v, yte, argmax(fused(netTe, headTe, fusion, 1.01)));
        Metrics headM = metrics(v, yte, argmax(headTe));
        int inBand = 0;
        for (float[] p : netTe) {
            inBand += EncoderHeads.inBand(head, p) ? 1 : 0;
        }
        log.printf("[%s] test: network %s%n[%s] test: head alone %s%n[%s] test: fused %s (encoder on %.1f%% of rows)%n",
                v.key(), StanceTrainer.brief(v, netM), v.key(), StanceTrainer.brief(v, headM), v.key(),
                StanceTrainer.brief(v, fusedM), 100.0 * inBand / te.size());
        info.put("encoder", switch (head.inputs()) {
            case TEXT -> "comment vector, one head per training target";
            case PAIR -> "[comment, context, |comment - context|, comment * context, cosine], one pooled head";
            case RELATION -> "[comment, |comment - context|, comment * context, cosine], one pooled head";
        });
        info.put("C", cvInfo);
        info.put("classWeightPower", cwp);
        info.put("fusion", fusion);
        info.put("band", band);
        int bi = indexOf(BANDS, band);
        info.put("validationScore", bi < 0 ? null : Metrics.round(grid[(int) Math.round(fusion * 10)][bi]));
        info.put("validationChoice", Map.of("fusion", validationFusion, "band", validationBand));
        info.put("fusionGiven", fixed.containsKey(v));
        info.put("fusionChosenOn", fixed.containsKey(v) ? "given" : oofInfo != null
                ? "out-of-fold predictions of the training rows (network retrained per fold)" : "validation");
        if (oofInfo != null) {
            info.put("outOfFold", oofInfo);
        }
        info.put("validationScoreNetworkOnly", Metrics.round(netOnly));
        info.put("testNetworkOnly", netM.figures(v));
        info.put("testHeadOnly", headM.figures(v));
        info.put("testAlwaysEncoded", alwaysM.figures(v));
        info.put("test", fusedM.figures(v));
        info.put("testEncodedShare", Metrics.round(inBand / (double) te.size()));
        info.put("seconds", Math.round((System.nanoTime() - t0) / 1e9));
        return head;
    }

    /** Fusion and band maximising the view's score on out-of-fold network and head predictions of the training rows. */
    private double[] outOfFoldChoice(StanceView v, EncoderHeads.Inputs kind, Map<String, List<Integer>> byKey,
                                     List<Example> tr, float[][] ztr, int[] ytr, int k, Map<String, Double> cOf,
                                     double cwp, Map<String, Object> info) {
        long t0 = System.nanoTime();
        int[] fold = new int[tr.size()];
        int nFolds = 5;
        if (v == StanceView.PARENT) {
            // one fold per event: what the fusion must survive is a new event, as in the C choice and the offsets
            List<String> events = new ArrayList<>(new TreeSet<>(tr.stream().map(Example::group).toList()));
            nFolds = events.size();
            for (int i = 0; i < tr.size(); i++) {
                fold[i] = events.indexOf(tr.get(i).group());
            }
        }
        for (List<Integer> idx : v == StanceView.PARENT ? List.<List<Integer>>of() : byKey.values()) {
            List<Integer> order = new ArrayList<>();
            for (int j = 0; j < idx.size(); j++) {
                order.add(j);
            }
            Collections.shuffle(order, new Random(seed));
            order.sort((a, b) -> Integer.compare(ytr[idx.get(a)], ytr[idx.get(b)]));
            for (int j = 0; j < order.size(); j++) {
                fold[idx.get(order.get(j))] = j % nFolds;
            }
        }
        float[][] net = new float[tr.size()][];
        float[][] head = new float[tr.size()][];
        for (int ff = 0; ff < nFolds; ff++) {
            final int f = ff;
            List<Example> fit = new ArrayList<>();
            List<Integer> held = new ArrayList<>();
            for (int i = 0; i < tr.size(); i++) {
                if (fold[i] == f) {
                    held.add(i);
                } else {
                    fit.add(tr.get(i));
                }
            }
            log.printf("[%s] out-of-fold %d/%d: network on %d rows, scored on %d%n", v.key(), f + 1, nFolds, fit.size(), held.size());
            float[][] p = outOfFold.get(v).apply(fit, held.stream().map(tr::get).toList());
            for (int q = 0; q < held.size(); q++) {
                net[held.get(q)] = p[q];
            }
            for (var e : byKey.entrySet()) {
                List<Integer> in = e.getValue().stream().filter(i -> fold[i] != f).toList();
                List<Integer> out = e.getValue().stream().filter(i -> fold[i] == f).toList();
                if (out.isEmpty()) {
                    continue;
                }
                EncoderHeads.Linear l = SoftmaxRegression.fit(in.stream().map(i -> ztr[i]).toArray(float[][]::new),
                        in.stream().mapToInt(i -> ytr[i]).toArray(), k, cOf.get(e.getKey()), cwp, seed);
                float[][] hp = predict(l, out.stream().map(i -> ztr[i]).toArray(float[][]::new));
                for (int q = 0; q < out.size(); q++) {
                    head[out.get(q)] = hp[q];
                }
            }
        }
        FusionGrid outOfFold = fusionGrid(v, net, head, ytr);
        double[][] grid = outOfFold.grid();
        double fusion = outOfFold.fusion();
        double band = outOfFold.band();
        Map<String, Object> byWeight = new LinkedHashMap<>();
        for (int wi = 0; wi <= 10; wi++) {
            byWeight.put(Double.toString(wi / 10.0), Metrics.round(grid[wi][BANDS.length - 1]));
        }
        info.put("rows", tr.size());
        info.put("folds", nFolds);
        info.put("networkOnly", Metrics.round(grid[0][BANDS.length - 1]));
        info.put("headOnly", Metrics.round(grid[10][BANDS.length - 1]));
        info.put("alwaysOnByFusion", byWeight);
        info.put("chosen", Map.of("fusion", fusion, "band", band, "score", Metrics.round(grid[(int) Math.round(fusion * 10)][indexOf(BANDS, band)])));
        if (v == StanceView.PARENT) {
            // per event: a pooled gain carried by one large event is not a gain on the next event
            float[][] chosenFused = fused(net, head, fusion, band);
            Map<String, Object> perEvent = new LinkedHashMap<>();
            for (String g : new TreeSet<>(tr.stream().map(Example::group).toList())) {
                int[] idx = java.util.stream.IntStream.range(0, tr.size()).filter(i -> tr.get(i).group().equals(g)).toArray();
                int[] gy = java.util.Arrays.stream(idx).map(i -> ytr[i]).toArray();
                double n0 = score(v, metrics(v, gy, argmax(java.util.Arrays.stream(idx).mapToObj(i -> net[i]).toArray(float[][]::new))));
                double f0 = score(v, metrics(v, gy, argmax(java.util.Arrays.stream(idx).mapToObj(i -> chosenFused[i]).toArray(float[][]::new))));
                perEvent.put(g, Map.of("rows", idx.length, "networkOnly", Metrics.round(n0), "fused", Metrics.round(f0)));
                log.printf("[%s] out-of-fold event %s (%d rows): network %.4f, fused %.4f%n", v.key(), g, idx.length, n0, f0);
            }
            info.put("perEvent", perEvent);
        }
        info.put("seconds", Math.round((System.nanoTime() - t0) / 1e9));
        outOfFoldFused.put(v, new Object[]{fused(net, head, fusion, band), ytr});
        log.printf("[%s] out-of-fold: network %.4f, head %.4f, by fusion (always on) %s%n", v.key(),
                grid[0][BANDS.length - 1], grid[10][BANDS.length - 1], byWeight);
        return new double[]{fusion, band};
    }

    /**
     * Scores of every fusion weight (0, 0.1 … 1) and band on rows {@code y}, and the choice: the narrowest band (the
     * head runs on the fewest rows) whose best weight scores within {@link #BAND_TOLERANCE} of the best overall.
     */
    private FusionGrid fusionGrid(StanceView v, float[][] net, float[][] head, int[] y) {
        double best = -1;
        double[][] grid = new double[11][BANDS.length];
        for (int wi = 0; wi <= 10; wi++) {
            for (int bi = 0; bi < BANDS.length; bi++) {
                grid[wi][bi] = score(v, metrics(v, y, argmax(fused(net, head, wi / 10.0, BANDS[bi]))));
                best = Math.max(best, grid[wi][bi]);
            }
        }
        for (int bi = 0; bi < BANDS.length; bi++) {
            double top = -1;
            int topW = -1;
            for (int wi = 0; wi <= 10; wi++) {
                if (grid[wi][bi] > top + 1e-9) {
                    top = grid[wi][bi];
                    topW = wi;
                }
            }
            if (top >= best - BAND_TOLERANCE) {
                return new FusionGrid(grid, best, topW / 10.0, BANDS[bi]);
            }
        }
        return new FusionGrid(grid, best, 0, 1.01);
    }

    private record FusionGrid(double[][] grid, double best, double fusion, double band) {
    }

    private Map<String, EncoderHeads.Linear> fitAll(Map<String, List<Integer>> byKey, float[][] z, int[] y, int k,
                                                   Map<String, Double> cOf, double cwp) {
        Map<String, EncoderHeads.Linear> out = new TreeMap<>();
        for (var e : byKey.entrySet()) {
            float[][] x = e.getValue().stream().map(i -> z[i]).toArray(float[][]::new);
            int[] yy = e.getValue().stream().mapToInt(i -> y[i]).toArray();
            out.put(e.getKey(), SoftmaxRegression.fit(x, yy, k, cOf.get(e.getKey()), cwp, seed));
        }
        return out;
    }

    /** Pooled out-of-fold score of one C: folds by event (parent) or 5 seeded stratified folds (target). */
    private double crossValidate(StanceView v, List<Integer> idx, List<Example> rows, float[][] z, int[] y, double c,
                                 double cwp) {
        int[] fold = new int[idx.size()];
        int nFolds;
        if (v == StanceView.PARENT) {
            List<String> events = new ArrayList<>(new TreeSet<>(idx.stream().map(i -> rows.get(i).group()).toList()));
            for (int j = 0; j < idx.size(); j++) {
                fold[j] = events.indexOf(rows.get(idx.get(j)).group());
            }
            nFolds = events.size();
        } else {
            nFolds = 5;
            List<Integer> order = new ArrayList<>();
            for (int j = 0; j < idx.size(); j++) {
                order.add(j);
            }
            Collections.shuffle(order, new Random(seed));
            order.sort((a, b) -> Integer.compare(y[idx.get(a)], y[idx.get(b)]));
            for (int j = 0; j < order.size(); j++) {
                fold[order.get(j)] = j % nFolds;
            }
        }
        int k = v.labels().size();
        int[] gold = new int[idx.size()];
        int[] pred = new int[idx.size()];
        for (int f = 0; f < nFolds; f++) {
            List<float[]> fx = new ArrayList<>();
            List<Integer> fy = new ArrayList<>();
            List<Integer> held = new ArrayList<>();
            for (int j = 0; j < idx.size(); j++) {
                if (fold[j] == f) {
                    held.add(j);
                } else {
                    fx.add(z[idx.get(j)]);
                    fy.add(y[idx.get(j)]);
                }
            }
            if (held.isEmpty()) {
                continue;
            }
            EncoderHeads.Linear l = SoftmaxRegression.fit(fx.toArray(float[][]::new),
                    fy.stream().mapToInt(Integer::intValue).toArray(), k, c, cwp, seed);
            float[][] p = predict(l, held.stream().map(j -> z[idx.get(j)]).toArray(float[][]::new));
            int[] a = argmax(p);
            for (int q = 0; q < held.size(); q++) {
                gold[held.get(q)] = y[idx.get(held.get(q))];
                pred[held.get(q)] = a[q];
            }
        }
        return score(v, metrics(v, gold, pred));
    }

    private float[][] rows(EncoderHeads.Inputs kind, List<Example> examples) {
        float[][] x = new float[examples.size()][];
        for (int i = 0; i < x.length; i++) {
            Example e = examples.get(i);
            x[i] = EncoderHeads.inputs(kind, store.get(e.text()), kind.readsContext() ? store.get(e.context()) : null);
        }
        return x;
    }

    private static float[][] headProbabilities(EncoderHeads.Inputs kind, Map<String, EncoderHeads.Linear> heads,
                                               List<Example> rows, float[][] z) {
        float[][] p = new float[rows.size()][];
        for (int i = 0; i < p.length; i++) {
            EncoderHeads.Linear l = heads.get(kind == EncoderHeads.Inputs.TEXT ? EncoderHeads.key(rows.get(i).context())
                    : EncoderHeads.POOLED);
            p[i] = l == null ? null : predict(l, new float[][]{z[i]})[0];
        }
        return p;
    }

    static float[][] predict(EncoderHeads.Linear l, float[][] z) {
        int k = l.b().length;
        float[][] out = new float[z.length][];
        for (int r = 0; r < z.length; r++) {
            int d = z[r].length;
            double[] s = new double[k];
            for (int c = 0; c < k; c++) {
                double a = l.b()[c];
                for (int i = 0; i < d; i++) {
                    a += l.w()[c * d + i] * z[r][i];
                }
                s[c] = a;
            }
            double max = Double.NEGATIVE_INFINITY;
            for (double a : s) {
                max = Math.max(max, a);
            }
            double sum = 0;
            for (int c = 0; c < k; c++) {
                s[c] = Math.exp(s[c] - max);
                sum += s[c];
            }
            out[r] = new float[k];
            for (int c = 0; c < k; c++) {
                out[r][c] = (float) (s[c] / sum);
            }
        }
        return out;
    }

    private static float[][] fused(float[][] net, float[][] head, double w, double band) {
        float[][] out = new float[net.length][];
        for (int i = 0; i < net.length; i++) {
            float max = 0;
            for (float p : net[i]) {
                max = Math.max(max, p);
            }
            out[i] = head[i] == null || max >= band ? net[i] : EncoderHeads.fuse(net[i], head[i], w);
        }
        return out;
    }

    static int[] argmax(float[][] p) {
        return ViewEvaluator.argmax(p);
    }

    private static int[] labels(StanceView v, List<Example> rows) {
        return rows.stream().mapToInt(e -> v.labels().indexOf(e.label())).toArray();
    }

    private static Metrics metrics(StanceView v, int[] gold, int[] pred) {
        Metrics m = new Metrics(v.labels());
        for (int i = 0; i < gold.length; i++) {
            m.add(gold[i], pred[i]);
        }
        return m;
    }

    private static int indexOf(double[] a, double x) {
        for (int i = 0; i < a.length; i++) {
            if (a[i] == x) {
                return i;
            }
        }
        return -1;
    }
}
