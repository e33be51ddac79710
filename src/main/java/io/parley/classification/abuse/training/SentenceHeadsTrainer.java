package io.parley.classification.abuse.training;

import io.parley.classification.abuse.AbuseClassifier;
import io.parley.classification.abuse.SentenceHeads;
import io.parley.classification.text.EmbeddingCache;
import io.parley.classification.text.EncoderSpec;
import io.parley.classification.text.HashedNgrams;
import io.parley.model.ModelArchive;
import io.parley.model.ProvenanceBuilder;

import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.IntStream;

/**
 * Trains {@link SentenceHeads} over a served abuse model without touching its n-gram heads: the e5 embedding of
 * every training text (from an {@link EmbeddingCache}), a masked multi-task network (Deeplearning4j, as the word-vector
 * heads), then per head the fusion weight beta with the best validation AUC and the least-squares estimate of the head's
 * logit from the n-gram logit that the cascade uses where the encoder does not run. The band comes later
 * ({@link #band}), once the fused model is calibrated and has its defaults.
 */
final class SentenceHeadsTrainer {

    /** Hidden units, learning rate, l2, dropout retain, batch, max epochs, patience. */
    static final VectorHeadsTrainer.Params PARAMS = new VectorHeadsTrainer.Params(256, 2e-3, 1e-4, 0.5, 512, 40, 4);
    static final VectorHeadsTrainer.Params QUICK = new VectorHeadsTrainer.Params(16, 1e-2, 1e-4, 1.0, 16, 10, 10);
    /** A served label's fusion weight is chosen on Jigsaw rows when they hold at least this many of its positives. */
    static final int MIN_POSITIVES = 30;
    /** Fusion weights tried per head. */
    static final double[] BETAS = {0.1, 0.2, 0.3, 0.5, 0.7, 1.0, 1.5, 2.0, 3.0, 4.0};
    /**
     * Of the toxic-spans sentences, one in this many trains the heads: every one since 20261206-8f418886 (17k
     * sentences of real news comments; one in three before gave validation Jigsaw mean AUC 0.9531, all of them 0.9552).
     */
    static final int SAMPLE = 1;
    /** The largest share of a real comment stream the cascade may encode (the throughput budget, issue 20). */
    static final double MAX_SHARE = 0.4;
    /** How far the band's validation figures may fall below encoding every comment. */
    static final double BAND_TOLERANCE = 0.002;

    private SentenceHeadsTrainer() {
    }

    /**
     * The training rows the heads learn from: every labelled row except Davidson's tweets (16k short texts whose two
     * heads the n-gram model already fits at 0.99 AUC and which keep beta 0), and of the 17k toxic-spans sentences one
     * in {@link #SAMPLE} by a seeded hash of the text (all of them now: about 8 minutes of one core to encode). Rows
     * without any label (toxic-spans posts, which only the span tagger reads) are out.
     */
    static List<AbuseDatasets.Example> rows(List<AbuseDatasets.Example> train, long seed) {
        return rows(train, seed, false);
    }

    /**
     * {@link #rows(List, long)}, with Davidson's tweets too when {@code davidson} ({@code --encoder-davidson}): e5 LR
     * heads trained on them, fused into Davidson's two heads with betas chosen on the validation weighted F1, lifted
     * that figure 0.9075 -> 0.9114 on validation and 0.8996 -> 0.9036 on test (bench/abuse/experiments.md, abuse4).
     */
    static List<AbuseDatasets.Example> rows(List<AbuseDatasets.Example> train, long seed, boolean davidson) {
        return train.stream().filter(e -> {
            boolean any = false;
            for (float y : e.labels()) {
                any |= !Float.isNaN(y);
            }
            if (!any) {
                return false;
            }
            if (e.source() == AbuseFormat.DAVIDSON) {
                return davidson;
            }
            if (e.source() == AbuseFormat.TOXIC_SPANS) {
                byte[] h = ProvenanceBuilder.sha256Bytes((seed + ":encoder:" + e.text()).getBytes(StandardCharsets.UTF_8));
                return (h[0] & 0xff) % SAMPLE == 0;
            }
            return true;
        }).toList();
    }

    /** Embeddings from the cache, encoding (and caching) whatever it does not hold yet. */
    static SentenceHeads.Vectors cached(EmbeddingCache cache) {
        return texts -> {
            if (cache.missing(texts) > 0) {
                cache.ensure(texts, "texts not cached");
            }
            float[][] out = new float[texts.size()][];
            for (int i = 0; i < out.length; i++) {
                out[i] = cache.get(texts.get(i));
            }
            return out;
        };
    }

    record Trained(SentenceHeads heads, byte[] network, Map<String, Object> provenance) {
    }

    /**
     * Davidson is judged by the weighted F1 of one decision over its two heads (hate when the hate score reaches its
     * threshold, else offensive when the abusive score reaches its own, else neither), not by one head's AUC: the
     * pair (beta_abusive, beta_hate) from {0} and {@link #BETAS} is chosen jointly by the best weighted F1 of that
     * decision on the Davidson validation rows, each pair with its best thresholds (on a grid of the fused logits'
     * quantiles; the served thresholds are chosen again after calibration). Keeps 0/0 unless a pair lifts the figure.
     */
    static void davidsonBetas(double[][] zn, double[][] ze, List<AbuseDatasets.Example> val, double[] beta,
                              Map<String, Object> chosen, PrintStream log) {
        int[] rows = IntStream.range(0, val.size()).filter(i -> val.get(i).source() == AbuseFormat.DAVIDSON
                && val.get(i).clazz() >= 0).toArray();
        if (rows.length < 50) {
            return;
        }
        int[] gold = Arrays.stream(rows).map(i -> val.get(i).clazz()).toArray();
        double[] grid = new double[BETAS.length + 1];
        System.arraycopy(BETAS, 0, grid, 1, BETAS.length);
        int a = Heads.DAVIDSON_ABUSIVE;
        int h = Heads.DAVIDSON_HATE;
        double base = Double.NaN;
        double best = -1;
        double[] pick = {0, 0};
        for (double ba : grid) {
            for (double bh : grid) {
                double[] sa = new double[rows.length];
                double[] sh = new double[rows.length];
                for (int i = 0; i < rows.length; i++) {
                    sa[i] = zn[rows[i]][a] + ba * ze[rows[i]][a];
                    sh[i] = zn[rows[i]][h] + bh * ze[rows[i]][h];
                }
                double w = bestWeightedF1(sh, sa, gold);
                if (ba == 0 && bh == 0) {
                    base = w;
                }
                if (w > best + 1e-12) {
                    best = w;
                    pick = new double[]{ba, bh};
                }
            }
        }
        beta[a] = pick[0];
        beta[h] = pick[1];
        Map<String, Object> here = new LinkedHashMap<>();
        here.put("beta_abusive", pick[0]);
        here.put("beta_hate", pick[1]);
        here.put("validation_weighted_f1_model", Metrics.round(base));
        here.put("validation_weighted_f1_fused", Metrics.round(best));
        here.put("rule", "the pair with the best weighted F1 of the two-head decision on the Davidson validation rows "
                + "(each pair at its best thresholds on a grid of the fused logits' quantiles)");
        chosen.put("davidson", here);
        log.printf("sentence heads davidson beta abusive %.1f, hate %.1f: validation weighted F1 model %.4f, fused %.4f%n",
                pick[0], pick[1], base, best);
    }

    /** L2 penalties (sum of log losses + lambda/2 |w|^2, standardised embedding) tried for Davidson's own heads. */
    static final double[] OWN_LAMBDAS = {10, 100, 1000};

    /**
     * Davidson's heads of their own ({@code --davidson-own}): per penalty in {@link #OWN_LAMBDAS}, a logistic regression
     * per Davidson head on the standardised e5 embeddings of Davidson's training tweets (outside the shared network,
     * which never sees them, so no other head moves); then the penalty and the pair of betas (from {0} and
     * {@link #BETAS}) whose two-head decision z + beta own has the best weighted F1 on the Davidson validation rows.
     * Where the encoder does not run, own is estimated from the head's n-gram logit (least squares on those rows).
     * {@code zn}: the model's logits of {@code val} without these heads.
     */
    static Trained davidsonOwn(Trained t, EmbeddingCache cache, List<AbuseDatasets.Example> train,
                               List<AbuseDatasets.Example> val, double[][] zn, PrintStream log) {
        SentenceHeads.Settings s = t.heads().settings();
        float[] mean = s.mean();
        float[] scale = s.scale();
        List<AbuseDatasets.Example> dt = train.stream().filter(e -> e.source() == AbuseFormat.DAVIDSON
                && e.clazz() >= 0).toList();
        int d = mean.length;
        double[][] x = new double[dt.size()][];
        IntStream.range(0, dt.size()).parallel().forEach(i -> x[i] = standardised(cache.get(dt.get(i).text()), mean,
                scale));
        int a = Heads.DAVIDSON_ABUSIVE;
        int h = Heads.DAVIDSON_HATE;
        int[] ya = dt.stream().mapToInt(e -> e.clazz() == 2 ? 0 : 1).toArray();
        int[] yh = dt.stream().mapToInt(e -> e.clazz() == 0 ? 1 : 0).toArray();
        int[] rows = IntStream.range(0, val.size()).filter(i -> val.get(i).source() == AbuseFormat.DAVIDSON
                && val.get(i).clazz() >= 0).toArray();
        int[] gold = Arrays.stream(rows).map(i -> val.get(i).clazz()).toArray();
        double[][] xv = new double[rows.length][];
        for (int i = 0; i < rows.length; i++) {
            xv[i] = standardised(cache.get(val.get(rows[i]).text()), mean, scale);
        }
        double[] grid = new double[BETAS.length + 1];
        System.arraycopy(BETAS, 0, grid, 1, BETAS.length);
        double base = Double.NaN;
        double best = -1;
        double[] pick = null;
        double[][] pickW = null;
        List<Map<String, Object>> tried = new ArrayList<>();
        for (double lambda : OWN_LAMBDAS) {
            double[] wa = logistic(x, ya, lambda);
            double[] wh = logistic(x, yh, lambda);
            double[] oa = new double[rows.length];
            double[] oh = new double[rows.length];
            for (int i = 0; i < rows.length; i++) {
                oa[i] = linear(wa, xv[i]);
                oh[i] = linear(wh, xv[i]);
            }
            double here = -1;
            for (double ba : grid) {
                for (double bh : grid) {
                    double[] sa = new double[rows.length];
                    double[] sh = new double[rows.length];
                    for (int i = 0; i < rows.length; i++) {
                        sa[i] = zn[rows[i]][a] + ba * oa[i];
                        sh[i] = zn[rows[i]][h] + bh * oh[i];
                    }
                    double w = bestWeightedF1(sh, sa, gold);
                    if (ba == 0 && bh == 0) {
                        base = w;
                    }
                    here = Math.max(here, w);
                    if (w > best + 1e-12) {
                        best = w;
                        pick = new double[]{lambda, ba, bh};
                        pickW = new double[][]{wa, wh, oa, oh};
                    }
                }
            }
            Map<String, Object> m = new LinkedHashMap<>();
            m.put("lambda", lambda);
            m.put("validation_weighted_f1", Metrics.round(here));
            tried.add(m);
            log.printf("davidson own heads lambda %.0f: validation weighted F1 %.4f (without %.4f)%n", lambda, here, base);
        }
        double[][] own = new double[t.heads().settings().beta().length][];
        Map<String, Object> chosen = new LinkedHashMap<>();
        if (pick != null && best > base + 1e-12) {
            int[] heads = {a, h};
            for (int j = 0; j < 2; j++) {
                double beta = pick[1 + j];
                if (beta == 0) {
                    continue;
                }
                double[] fit = leastSquares(rows, zn, heads[j], pickW[2 + j]);
                double[] w = Arrays.copyOf(pickW[j], d + 4);
                w[d + 1] = beta;
                w[d + 2] = fit[0];
                w[d + 3] = fit[1];
                own[heads[j]] = w;
            }
        }
        chosen.put("training_rows", dt.size());
        chosen.put("lambdas_tried", tried);
        chosen.put("lambda", pick == null ? null : pick[0]);
        chosen.put("beta_abusive", own[a] == null ? 0.0 : pick[1]);
        chosen.put("beta_hate", own[h] == null ? 0.0 : pick[2]);
        chosen.put("validation_weighted_f1_without", Metrics.round(base));
        chosen.put("validation_weighted_f1_with", Metrics.round(Math.max(best, base)));
        chosen.put("rule", "per Davidson head a logistic regression of its label on the standardised e5 embedding of "
                + "Davidson's training tweets (Newton's method, L2 lambda, constant unpenalised), outside the shared "
                + "network; lambda and the pair of betas (0 or the beta grid) chosen by the best weighted F1 of the "
                + "two-head decision on the Davidson validation rows (thresholds on a grid of quantiles; the served "
                + "thresholds are chosen again after calibration); where the encoder does not run, own = slope z + "
                + "intercept (least squares on those rows)");
        log.printf("davidson own heads: lambda %s, beta abusive %s, hate %s: validation weighted F1 %.4f -> %.4f%n",
                chosen.get("lambda"), chosen.get("beta_abusive"), chosen.get("beta_hate"), base, Math.max(best, base));
        Map<String, Object> prov = new LinkedHashMap<>(t.provenance());
        prov.put("davidson_own", chosen);
        boolean any = own[a] != null || own[h] != null;
        SentenceHeads heads = any ? t.heads().with(s.withOwn(own)).withVectors(cached(cache)) : t.heads();
        return new Trained(heads, t.network(), prov);
    }

    /** L2 penalty of the threat head of its own: the prototype's C 0.01 (bench/abuse/experiments.md, abuse5). */
    static final double THREAT_OWN_LAMBDA = 100;

    /**
     * Share of the civil stream's tuning half over the threat cut while the threat own head's beta is chosen: the
     * served threat hold's 1.0 %, so a beta buys threats on the tuning set without flagging more of the stream.
     */
    static final double THREAT_OWN_STREAM_SHARE = 0.01;

    /**
     * How far the tuning set's civil comments over the cut may rise above beta 0's: threats minus civil alone chose
     * the grid's edge (beta 4: civil 11.8 -> 30.6 %, test Jigsaw threat AUC 0.9763 -> 0.9665; experiments.md, threat5).
     */
    static final double THREAT_OWN_CIVIL_SLACK = 0.05;

    /**
     * The threat head of its own ({@code --threat-own}, issue 19): a logistic regression of threat on the standardised
     * e5 embeddings of {@code fit} (Jigsaw's training rows and the team's news-comment rows), outside the shared
     * network, so every other head keeps its logit; threat's fused logit gains beta own, beta from {0} and
     * {@link #BETAS}: the one whose cut at {@link #THREAT_OWN_STREAM_SHARE} of the stream's tuning half flags the most
     * threats of the tuning set while its civil comments over the cut stay within {@link #THREAT_OWN_CIVIL_SLACK} of
     * beta 0's. Jigsaw's validation cannot choose it (flat for every
     * beta). {@code judged}: the tuning set's texts (gold 1 threat, 0 civil) then the stream's (gold -1); {@code z}
     * their fused logits, {@code zn} their n-gram logits (own's estimate where the encoder does not run).
     */
    static Trained threatOwn(Trained t, EmbeddingCache cache, List<AbuseDatasets.Example> fit, List<String> judged,
                             int[] gold, double[][] z, double[][] zn, PrintStream log) {
        SentenceHeads.Settings s = t.heads().settings();
        float[] mean = s.mean();
        float[] scale = s.scale();
        int d = mean.length;
        int th = Heads.THREAT;
        List<AbuseDatasets.Example> rows = fit.stream().filter(e -> e.labels()[th] >= 0).toList();
        double[][] x = new double[rows.size()][];
        IntStream.range(0, rows.size()).parallel().forEach(i -> x[i] = standardised(cache.get(rows.get(i).text()),
                mean, scale));
        int[] y = rows.stream().mapToInt(e -> e.labels()[th] >= 0.5f ? 1 : 0).toArray();
        double[] w = logistic(x, y, THREAT_OWN_LAMBDA);
        double[] o = new double[judged.size()];
        IntStream.range(0, o.length).parallel().forEach(i -> o[i] = linear(w, standardised(cache.get(judged.get(i)),
                mean, scale)));
        double[] grid = new double[BETAS.length + 1];
        System.arraycopy(BETAS, 0, grid, 1, BETAS.length);
        List<Map<String, Object>> tried = new ArrayList<>();
        double best = Double.NEGATIVE_INFINITY;
        double pick = 0;
        double civil0 = threatRates(z, o, gold, 0)[1];
        for (double beta : grid) {
            double[] r = threatRates(z, o, gold, beta);
            Map<String, Object> m = new LinkedHashMap<>();
            m.put("beta", beta);
            m.put("tuning_threats_over_cut", Metrics.round(r[0]));
            m.put("tuning_civil_over_cut", Metrics.round(r[1]));
            tried.add(m);
            log.printf("threat own head beta %.1f: tuning threats %.3f, civil %.3f over the cut at %.1f %% of the "
                    + "stream%n", beta, r[0], r[1], 100 * THREAT_OWN_STREAM_SHARE);
            if (r[1] <= civil0 + THREAT_OWN_CIVIL_SLACK + 1e-12 && r[0] > best + 1e-12) {
                best = r[0];
                pick = beta;
            }
        }
        Map<String, Object> chosen = new LinkedHashMap<>();
        chosen.put("training_rows", rows.size());
        chosen.put("training_threats", Arrays.stream(y).sum());
        chosen.put("lambda", THREAT_OWN_LAMBDA);
        chosen.put("stream_share", THREAT_OWN_STREAM_SHARE);
        chosen.put("civil_slack", THREAT_OWN_CIVIL_SLACK);
        chosen.put("betas_tried", tried);
        chosen.put("beta", pick);
        chosen.put("rule", "a logistic regression of threat on the standardised e5 embedding of Jigsaw's training rows "
                + "and the team's rows (Newton's method, L2 lambda, constant unpenalised), outside the shared network; "
                + "beta from 0 or the beta grid: the most tuning-set threats over the cut that flags the stream share of "
                + "the civil stream's tuning half, among the betas whose tuning-set civil comments over it stay within "
                + "the civil slack of beta 0's; where the encoder does not run, "
                + "own = slope z + intercept (least squares on the judged rows)");
        log.printf("threat own head: %d rows (%d threats), beta %.1f%n", rows.size(), Arrays.stream(y).sum(), pick);
        Map<String, Object> prov = new LinkedHashMap<>(t.provenance());
        prov.put("threat_own", chosen);
        if (pick == 0) {
            return new Trained(t.heads(), t.network(), prov);
        }
        int[] all = IntStream.range(0, judged.size()).toArray();
        double[] ls = leastSquares(all, zn, th, o);
        double[] head = Arrays.copyOf(w, d + 4);
        head[d + 1] = pick;
        head[d + 2] = ls[0];
        head[d + 3] = ls[1];
        double[][] own = s.own() == null ? new double[s.beta().length][] : s.own().clone();
        own[th] = head;
        return new Trained(t.heads().with(s.withOwn(own)).withVectors(cached(cache)), t.network(), prov);
    }

    /**
     * {tuning threats, tuning civil comments} over the cut of threat logit z + beta own that flags
     * {@link #THREAT_OWN_STREAM_SHARE} of the stream rows (gold -1).
     */
    static double[] threatRates(double[][] z, double[] own, int[] gold, double beta) {
        double[] v = new double[gold.length];
        for (int i = 0; i < v.length; i++) {
            v[i] = z[i][Heads.THREAT] + beta * own[i];
        }
        double[] stream = IntStream.range(0, v.length).filter(i -> gold[i] < 0).mapToDouble(i -> v[i]).sorted()
                .toArray();
        double cut = stream.length == 0 ? Double.NEGATIVE_INFINITY
                : stream[Math.min(stream.length - 1, (int) Math.floor((1 - THREAT_OWN_STREAM_SHARE) * stream.length))];
        int[] n = new int[2];
        int[] over = new int[2];
        for (int i = 0; i < v.length; i++) {
            if (gold[i] >= 0) {
                n[gold[i]]++;
                if (v[i] > cut) {
                    over[gold[i]]++;
                }
            }
        }
        return new double[]{over[1] / (double) Math.max(1, n[1]), over[0] / (double) Math.max(1, n[0])};
    }

    private static double[] standardised(float[] v, float[] mean, float[] scale) {
        double[] x = new double[v.length];
        for (int i = 0; i < v.length; i++) {
            x[i] = (v[i] - mean[i]) / scale[i];
        }
        return x;
    }

    /** {slope, intercept} of y on z[.][head] over {@code rows}. */
    private static double[] leastSquares(int[] rows, double[][] z, int head, double[] y) {
        double mx = 0;
        double my = 0;
        for (int i = 0; i < rows.length; i++) {
            mx += z[rows[i]][head];
            my += y[i];
        }
        mx /= rows.length;
        my /= rows.length;
        double sxy = 0;
        double sxx = 0;
        for (int i = 0; i < rows.length; i++) {
            double dx = z[rows[i]][head] - mx;
            sxy += dx * (y[i] - my);
            sxx += dx * dx;
        }
        double slope = sxx > 0 ? sxy / sxx : 0;
        return new double[]{slope, my - slope * mx};
    }

    /** The best weighted F1 of the Davidson decision over thresholds at the quantiles of both scores. */
    static double bestWeightedF1(double[] hate, double[] abusive, int[] gold) {
        double[] th = quantiles(hate, 0.5, 0.995, 60);
        double[] ta = quantiles(abusive, 0.02, 0.6, 60);
        int[] support = new int[3];
        for (int g : gold) {
            support[g]++;
        }
        double best = -1;
        int[] pred = new int[gold.length];
        for (double t1 : th) {
            for (double t2 : ta) {
                for (int i = 0; i < gold.length; i++) {
                    pred[i] = hate[i] >= t1 ? 0 : abusive[i] >= t2 ? 1 : 2;
                }
                double[] f = AbuseEvaluator.classF1(gold, pred, 3);
                double w = 0;
                for (int c = 0; c < 3; c++) {
                    w += f[c] * support[c] / gold.length;
                }
                best = Math.max(best, w);
            }
        }
        return best;
    }

    /** {@code n} values of {@code x} at evenly spaced quantiles from {@code from} to {@code to}. */
    private static double[] quantiles(double[] x, double from, double to, int n) {
        double[] s = x.clone();
        Arrays.sort(s);
        double[] q = new double[n];
        for (int i = 0; i < n; i++) {
            double pos = (from + (to - from) * i / (n - 1)) * (s.length - 1);
            int lo = (int) Math.floor(pos);
            int hi = Math.min(s.length - 1, lo + 1);
            q[i] = s[lo] + (pos - lo) * (s[hi] - s[lo]);
        }
        return q;
    }

    /**
     * Trains the network on {@code train}, then chooses per head beta and the estimate on {@code val} against
     * {@code base}'s raw logits (n-gram + word vectors). Served labels are judged on Jigsaw rows (like the n-gram
     * fit); Davidson's two heads keep beta 0 (their weighted-F1 decision, not an AUC, is what they are judged on).
     */
    static Trained train(AbuseClassifier base, Heads heads, EncoderSpec encoder, EmbeddingCache cache,
                         List<AbuseDatasets.Example> train, List<AbuseDatasets.Example> val, long seed,
                         VectorHeadsTrainer.Params p, PrintStream log) {
        return train(base, heads, encoder, cache, train, val, seed, p, false, log);
    }

    /**
     * {@link #train(AbuseClassifier, Heads, EncoderSpec, EmbeddingCache, List, List, long, VectorHeadsTrainer.Params,
     * PrintStream)}; with {@code davidson} (the training rows include Davidson's tweets) Davidson's two heads get the
     * pair of betas whose two-head decision has the best weighted F1 on the Davidson validation rows
     * ({@link #davidsonBetas}).
     */
    static Trained train(AbuseClassifier base, Heads heads, EncoderSpec encoder, EmbeddingCache cache,
                         List<AbuseDatasets.Example> train, List<AbuseDatasets.Example> val, long seed,
                         VectorHeadsTrainer.Params p, boolean davidson, PrintStream log) {
        long t0 = System.nanoTime();
        float[][] xt = new float[train.size()][];
        float[][] xv = new float[val.size()][];
        for (int i = 0; i < xt.length; i++) {
            xt[i] = cache.get(train.get(i).text()).clone();
        }
        for (int i = 0; i < xv.length; i++) {
            xv[i] = cache.get(val.get(i).text()).clone();
        }
        log.printf("sentence heads: %d training rows, %d validation rows, %d-d embeddings%n", xt.length, xv.length,
                encoder.dimension());
        VectorHeadsTrainer.Fit fit = VectorHeadsTrainer.fit(xt, xv, train, val, null, seed, p, "sentence heads", log);
        int k = heads.size();
        SentenceHeads.Settings s0 = new SentenceHeads.Settings(encoder.toMap(), p.hidden(), fit.mean(), fit.scale(),
                new double[k], new double[k], new double[k], -SentenceHeads.OPEN, SentenceHeads.OPEN, null, null, null, null, null);
        SentenceHeads h0 = new SentenceHeads(s0, fit.net(), cached(cache));

        double[][] zn = new double[val.size()][];
        double[][] ze = new double[val.size()][];
        IntStream.range(0, val.size()).parallel().forEach(i -> {
            String text = val.get(i).text();
            HashedNgrams.Features f = base.features(text);
            zn[i] = base.logits(text, f);
            ze[i] = h0.logits(cache.get(text));
        });
        boolean jigsaw = val.stream().anyMatch(e -> e.source() == AbuseFormat.JIGSAW);
        double[] beta = new double[k];
        double[] slope = new double[k];
        double[] intercept = new double[k];
        Map<String, Object> chosen = new LinkedHashMap<>();
        for (int h = 0; h < k; h++) {
            final int head = h;
            // the estimate: least squares of the head's logit on the n-gram logit, over every validation row
            double mx = 0, my = 0;
            for (int i = 0; i < val.size(); i++) {
                mx += zn[i][h];
                my += ze[i][h];
            }
            mx /= val.size();
            my /= val.size();
            double sxy = 0, sxx = 0;
            for (int i = 0; i < val.size(); i++) {
                sxy += (zn[i][h] - mx) * (ze[i][h] - my);
                sxx += (zn[i][h] - mx) * (zn[i][h] - mx);
            }
            slope[h] = sxx > 0 ? sxy / sxx : 0;
            intercept[h] = my - slope[h] * mx;

            // served labels are judged on Jigsaw rows, like the n-gram fit, unless Jigsaw has fewer than
            // MIN_POSITIVES of them in validation (threat: 17 of 847): then on every row a set labels for it
            long jigsawPositives = val.stream().filter(e -> e.source() == AbuseFormat.JIGSAW
                    && e.labels()[head] == 1f).count();
            boolean served = h < Heads.PUBLIC.size() && jigsaw && jigsawPositives >= MIN_POSITIVES;
            int[] sel = IntStream.range(0, val.size()).filter(i -> !Float.isNaN(val.get(i).labels()[head])
                    && (!served || val.get(i).source() == AbuseFormat.JIGSAW)).toArray();
            int[] y = Arrays.stream(sel).map(i -> (int) val.get(i).labels()[head]).toArray();
            if (sel.length < 10 || Arrays.stream(y).distinct().count() < 2 || h == Heads.DAVIDSON_HATE
                    || h == Heads.DAVIDSON_ABUSIVE) {
                continue;
            }
            double[] encoderOnly = new double[sel.length];
            for (int i = 0; i < sel.length; i++) {
                encoderOnly[i] = ze[sel[i]][h];
            }
            double alone = Metrics.auc(encoderOnly, y);
            double[] fused = AbuseTrainer.fusionWeight(zn, ze, sel, y, h, BETAS);
            double base0 = fused[0];
            double best = fused[1];
            double b = fused[2];
            beta[h] = b;
            Map<String, Object> here = new LinkedHashMap<>();
            here.put("beta", b);
            here.put("validation_auc_model", Metrics.round(base0));
            here.put("validation_auc_encoder_alone", Metrics.round(alone));
            here.put("validation_auc_fused", Metrics.round(best));
            here.put("estimate", List.of(Metrics.round(slope[h]), Metrics.round(intercept[h])));
            chosen.put(heads.name(h), here);
            log.printf("sentence heads %-16s beta %.1f: validation AUC model %.4f, encoder alone %.4f, fused %.4f%n",
                    heads.name(h), b, base0, alone, best);
        }
        if (davidson) {
            davidsonBetas(zn, ze, val, beta, chosen, log);
        }
        Map<String, Object> prov = new LinkedHashMap<>();
        prov.put("architecture", "e5 sentence embedding (the encoder below, run by ONNX Runtime from the jar; "
                + "standardised on the training rows) -> dense ReLU -> one sigmoid per head, masked binary "
                + "cross-entropy (Deeplearning4j); served logit per head = model logit (n-gram + word vectors, "
                + "kept as trained) + beta x this logit, beta chosen on validation AUC; then calibration");
        prov.put("encoder", encoder.toMap());
        prov.put("training_rows", train.size());
        prov.put("training_rows_rule", (davidson ? "every labelled training row (Davidson's too: --encoder-davidson)"
                : "every labelled training row except Davidson's") + "; of the toxic-spans sentences one in "
                + SAMPLE + " (sha256(seed:encoder:text)[0] % " + SAMPLE + " == 0); toxic-spans posts (no labels) out");
        VectorHeadsTrainer.training(prov, p, fit.bestEpoch(), fit.losses(), t0);
        prov.put("beta_grid", BETAS);
        prov.put("beta", chosen);
        SentenceHeads heads1 = h0.with(s0.withFusion(beta, slope, intercept));
        return new Trained(heads1, ModelArchive.networkBytes(fit.net()), prov);
    }

    /**
     * Heads whose fusion is stacked ({@link #stack}): toxicity, the label a new site's defaults flag most comments on.
     * Measured 2026-12-06 (bench/abuse/frontier_fusion.py, 5-fold on the validation rows): at the cost flagging 4 % of
     * the civil stream's tuning half, 84.5 % of the Jigsaw validation abusive rows flagged against 82.0 % with
     * z + beta e; stacking the other labels too lost on their rare positives (threat, identity attack).
     */
    static final List<String> STACKED = List.of("toxicity");
    /** Inverse L2 strength of the stacked fusion (sklearn's C: 0.5 |w|^2 + C x log loss); 0.003-0.03 measured alike. */
    static final double STACK_C = 0.01;

    /** Folds of the out-of-fold scores of the stream's comments when they join the stacked fusion as negatives. */
    static final int STREAM_FOLDS = 5;

    /**
     * A stacked fusion fitted: per head its weights over [z, e, 1] (null: z + beta e), and, when the civil stream's
     * comments joined the fit as negatives, the fits of {@code folds} folds each without one fold of the rows:
     * {@code foldOf} maps a stream comment's text to the fold that did not see it, so that the cost the default holds
     * derive from is read on scores of comments the fusion did not learn from.
     */
    record Stacked(double[][] weights, List<double[][]> folds, Map<String, Integer> foldOf) {
        /** The weights a comment of the stream is scored with when the cost is chosen (the full fit for any other). */
        double[][] forText(String text) {
            Integer f = foldOf.get(text);
            return f == null ? weights : folds.get(f);
        }
    }

    /**
     * The stacked fusion of each head in {@link #STACKED}: a logistic regression of the head's label on every head's
     * n-gram (+ word-vector) logit z and sentence-head logit e (2K features and a constant, intercept unpenalised),
     * fitted by Newton's method on the Jigsaw validation rows that label it, the encoder run on every row (as beta is
     * chosen). Where the encoder does not run, e is the estimate from z, as for every head. Returns one row per head
     * (null: that head stays z + beta e) for {@link SentenceHeads.Settings#withStack}.
     * With {@code streamWeight > 0} the comments of {@code stream} (the civil stream's tuning half: real reader comments,
     * mostly civil, unlabelled) join each fit as negatives of that weight each (bench/abuse/experiments.md: the one
     * measured change that flags more abusive Jigsaw rows at the same share of civil news comments), and
     * {@link #STREAM_FOLDS} fits without one fold each give those comments out-of-fold scores (seeded by {@code seed}).
     */
    static Stacked stack(AbuseClassifier raw, SentenceHeads heads, Heads names, List<AbuseDatasets.Example> val,
                         List<String> stream, double streamWeight, long seed, Map<String, Object> prov,
                         PrintStream log) {
        int k = names.size();
        List<AbuseDatasets.Example> jig = val.stream().filter(e -> e.source() == AbuseFormat.JIGSAW).toList();
        AbuseClassifier ngram = raw.withSentenceHeads(null);
        SentenceHeads always = heads.with(heads.settings().always());
        double[][] x = logits(ngram, always, jig.stream().map(AbuseDatasets.Example::text).toList(), k);
        // a comment without any n-gram is served as "no text" whatever the fusion says: it teaches the fusion nothing
        List<String> negatives = streamWeight > 0 ? stream.stream().distinct()
                .filter(t -> ngram.features(t).ids().length > 0).toList() : List.of();
        double[][] xs = logits(ngram, always, negatives, k);
        double[][] out = new double[k][];
        List<double[][]> folds = new ArrayList<>();
        Map<String, Integer> foldOf = new LinkedHashMap<>();
        if (!negatives.isEmpty()) {
            for (int f = 0; f < STREAM_FOLDS; f++) {
                folds.add(new double[k][]);
            }
        }
        Map<String, Object> chosen = new LinkedHashMap<>();
        for (String name : STACKED) {
            int h = names.index(name);
            int[] rows = IntStream.range(0, jig.size()).filter(i -> !Float.isNaN(jig.get(i).labels()[h])).toArray();
            double[][] xl = Arrays.stream(rows).mapToObj(i -> x[i]).toArray(double[][]::new);
            int[] yl = Arrays.stream(rows).map(i -> (int) jig.get(i).labels()[h]).toArray();
            if (rows.length < 50 || Arrays.stream(yl).distinct().count() < 2) {
                log.printf("stacked fusion %s: %d Jigsaw validation rows, too few: kept z + beta e%n", name, rows.length);
                continue;
            }
            Fit fit = fit(xl, yl, xs, streamWeight, STREAM_FOLDS, seed, 1 / STACK_C);
            double[] w = fit.weights();
            out[h] = w;
            for (int f = 0; f < folds.size(); f++) {
                folds.get(f)[h] = fit.folds()[f];
            }
            for (int i = 0; i < negatives.size(); i++) {
                foldOf.put(negatives.get(i), fit.foldOfNegative()[i]);
            }
            double[] before = new double[rows.length];
            double[] after = new double[rows.length];
            for (int i = 0; i < rows.length; i++) {
                before[i] = xl[i][h] + heads.settings().beta()[h] * xl[i][k + h];
                after[i] = SentenceHeads.stacked(w, Arrays.copyOfRange(xl[i], 0, k), Arrays.copyOfRange(xl[i], k, 2 * k));
            }
            Map<String, Object> here = new LinkedHashMap<>();
            here.put("rows", rows.length);
            here.put("validation_auc_beta", Metrics.round(Metrics.auc(before, yl)));
            here.put("validation_auc_stacked_in_sample", Metrics.round(Metrics.auc(after, yl)));
            if (!negatives.isEmpty()) {
                here.put("stream_negatives", negatives.size());
                here.put("stream_weight", streamWeight);
                here.put("validation_auc_stacked_out_of_fold", Metrics.round(Metrics.auc(fit.outOfFold(), yl)));
            }
            here.put("weights_z", Arrays.stream(w, 0, k).map(Metrics::round).toArray());
            here.put("weights_e", Arrays.stream(w, k, 2 * k).map(Metrics::round).toArray());
            here.put("constant", Metrics.round(w[2 * k]));
            chosen.put(name, here);
            log.printf("stacked fusion %s on %d Jigsaw validation rows%s: AUC z + beta e %.4f, stacked %.4f (in sample)%n",
                    name, rows.length, negatives.isEmpty() ? "" : String.format(java.util.Locale.ROOT,
                            " + %d stream comments as negatives of weight %s", negatives.size(), streamWeight),
                    Metrics.auc(before, yl), Metrics.auc(after, yl));
        }
        prov.put("stacked", chosen);
        prov.put("stacked_rule", "per head in " + STACKED + ": logistic regression of its label on every head's z and e "
                + "(encoder on every row) over the Jigsaw validation rows, L2 1/C with C " + STACK_C + " (intercept "
                + "unpenalised), Newton's method; replaces z + beta e for that head, where the encoder does not run e "
                + "is its estimate from z; chosen by bench/abuse/frontier_fusion.py (5-fold on validation, the defaults' "
                + "operating point on the civil stream's tuning half)"
                + (negatives.isEmpty() ? "" : "; the civil stream's tuning-half comments (" + negatives.size()
                + ", those with an n-gram) join the fit as negatives of weight " + streamWeight + " each "
                + "(--stream-negatives), and the cost of the default holds is read on their out-of-fold scores ("
                + STREAM_FOLDS + " folds stratified by label and source, seed " + seed + ", each scored by the fit "
                + "without its fold); the check half is never used"));
        return new Stacked(out, folds, foldOf);
    }

    /** [text][z of every head, e of every head]: the inputs of the stacked fusion, the encoder on every text. */
    static double[][] logits(AbuseClassifier ngram, SentenceHeads always, List<String> texts, int k) {
        double[][] x = new double[texts.size()][];
        IntStream.range(0, texts.size()).parallel().forEach(i -> {
            String text = texts.get(i);
            double[] z = ngram.logits(text, ngram.features(text));
            double[] e = always.logits(List.of(text))[0];
            double[] row = new double[2 * k];
            System.arraycopy(z, 0, row, 0, k);
            System.arraycopy(e, 0, row, k, k);
            x[i] = row;
        });
        return x;
    }

    /**
     * One stacked fit: the weights on every labelled row (weight 1) and negative (weight {@code w}); with negatives,
     * also the fits without each of {@code k} folds, the fold each negative was left out of, and the labelled rows'
     * out-of-fold scores.
     */
    record Fit(double[] weights, double[][] folds, int[] foldOfNegative, double[] outOfFold) {
    }

    /**
     * The stacked fusion's fit on labelled rows {@code xl}/{@code yl} and, when {@code w > 0}, the negatives
     * {@code xn} of weight {@code w} each. Folds are stratified by (label, labelled or negative): each stratum shuffled
     * by {@code seed} and dealt round-robin.
     */
    static Fit fit(double[][] xl, int[] yl, double[][] xn, double w, int k, long seed, double lambda) {
        int nl = xl.length;
        int nn = w > 0 ? xn.length : 0;
        double[][] x = new double[nl + nn][];
        int[] y = new int[nl + nn];
        double[] sw = new double[nl + nn];
        for (int i = 0; i < nl; i++) {
            x[i] = xl[i];
            y[i] = yl[i];
            sw[i] = 1;
        }
        for (int i = 0; i < nn; i++) {
            x[nl + i] = xn[i];
            sw[nl + i] = w;
        }
        double[] all = logistic(x, y, sw, lambda);
        if (nn == 0) {
            return new Fit(all, new double[0][], new int[0], null);
        }
        int[] fold = new int[x.length];
        java.util.Random r = new java.util.Random(seed);
        for (int stratum = 0; stratum < 3; stratum++) {
            final int s = stratum;
            List<Integer> idx = new ArrayList<>(IntStream.range(0, x.length)
                    .filter(i -> (i >= nl ? 2 : y[i]) == s).boxed().toList());
            java.util.Collections.shuffle(idx, r);
            for (int j = 0; j < idx.size(); j++) {
                fold[idx.get(j)] = j % k;
            }
        }
        double[][] folds = new double[k][];
        double[] oof = new double[nl];
        for (int f = 0; f < k; f++) {
            final int ff = f;
            int[] in = IntStream.range(0, x.length).filter(i -> fold[i] != ff).toArray();
            folds[f] = logistic(Arrays.stream(in).mapToObj(i -> x[i]).toArray(double[][]::new),
                    Arrays.stream(in).map(i -> y[i]).toArray(), Arrays.stream(in).mapToDouble(i -> sw[i]).toArray(),
                    lambda);
            for (int i = 0; i < nl; i++) {
                if (fold[i] == f) {
                    oof[i] = linear(folds[f], x[i]);
                }
            }
        }
        return new Fit(all, folds, Arrays.copyOfRange(fold, nl, x.length), oof);
    }

    /** w . x + constant (the constant last in w). */
    static double linear(double[] w, double[] x) {
        double s = w[w.length - 1];
        for (int j = 0; j < x.length; j++) {
            s += w[j] * x[j];
        }
        return s;
    }

    /** {@link #logistic(double[][], int[], double[], double)} with every row of weight 1. */
    static double[] logistic(double[][] x, int[] y, double lambda) {
        double[] ones = new double[x.length];
        Arrays.fill(ones, 1);
        return logistic(x, y, ones, lambda);
    }

    /**
     * L2-penalised logistic regression by Newton's method, row i's loss counted {@code sw[i]} times: weights over the
     * columns of x, then the intercept (unpenalised).
     */
    static double[] logistic(double[][] x, int[] y, double[] sw, double lambda) {
        int n = x.length;
        int d = x[0].length + 1;
        double[] w = new double[d];
        for (int it = 0; it < 50; it++) {
            double[] g = new double[d];
            double[][] hess = new double[d][d];
            for (int i = 0; i < n; i++) {
                double s = w[d - 1];
                for (int j = 0; j < d - 1; j++) {
                    s += w[j] * x[i][j];
                }
                double p = 1 / (1 + Math.exp(-s));
                double r = sw[i] * (p - y[i]);
                double v = sw[i] * Math.max(p * (1 - p), 1e-12);
                for (int a = 0; a < d; a++) {
                    double xa = a == d - 1 ? 1 : x[i][a];
                    g[a] += r * xa;
                    for (int b = 0; b <= a; b++) {
                        double xb = b == d - 1 ? 1 : x[i][b];
                        hess[a][b] += v * xa * xb;
                    }
                }
            }
            for (int a = 0; a < d; a++) {
                for (int b = 0; b < a; b++) {
                    hess[b][a] = hess[a][b];
                }
                if (a < d - 1) {
                    g[a] += lambda * w[a];
                    hess[a][a] += lambda;
                } else {
                    hess[a][a] += 1e-9;
                }
            }
            double[] step = solve(hess, g);
            double size = 0;
            for (int a = 0; a < d; a++) {
                w[a] -= step[a];
                size = Math.max(size, Math.abs(step[a]));
            }
            if (size < 1e-10) {
                break;
            }
        }
        return w;
    }

    /** Solves a x = b by Gaussian elimination with partial pivoting (a small, symmetric positive definite system). */
    private static double[] solve(double[][] a0, double[] b0) {
        int d = b0.length;
        double[][] a = new double[d][];
        for (int i = 0; i < d; i++) {
            a[i] = Arrays.copyOf(a0[i], d + 1);
            a[i][d] = b0[i];
        }
        for (int c = 0; c < d; c++) {
            int piv = c;
            for (int r = c + 1; r < d; r++) {
                if (Math.abs(a[r][c]) > Math.abs(a[piv][c])) {
                    piv = r;
                }
            }
            double[] t = a[c];
            a[c] = a[piv];
            a[piv] = t;
            for (int r = c + 1; r < d; r++) {
                double f = a[r][c] / a[c][c];
                for (int j = c; j <= d; j++) {
                    a[r][j] -= f * a[c][j];
                }
            }
        }
        double[] x = new double[d];
        for (int r = d - 1; r >= 0; r--) {
            double s = a[r][d];
            for (int j = r + 1; j < d; j++) {
                s -= a[r][j] * x[j];
            }
            x[r] = s / a[r][r];
        }
        return x;
    }

    /** One band tried: its edges (log risk), the share encoded, the figures, and how many decisions it changes. */
    record Band(double low, double high, double streamShare, double validationShare, double jigsaw, double insults,
                double olid, double agreement) {
        double score() {
            return (jigsaw + insults + olid) / 3;
        }

        private static Double r(double x) {
            return Double.isFinite(x) ? Metrics.round(x) : null;
        }

        Map<String, Object> asMap() {
            Map<String, Object> m = new LinkedHashMap<>();
            m.put("band", List.of(Metrics.round(low), Metrics.round(high)));
            m.put("share_stream", r(streamShare));
            m.put("share_validation", r(validationShare));
            m.put("jigsaw_mean_auc", r(jigsaw));
            m.put("insults_auc", r(insults));
            m.put("olid_auc", r(olid));
            m.put("flag_agreement", r(agreement));
            return m;
        }
    }

    /**
     * The cascade's band, on validation and the civil stream's tuning half only: for bands of log risk around the
     * default holds' boundary (log cost), the validation figures (Jigsaw mean AUC, Impermium and OLID AUC) and the share
     * of flag decisions at the defaults that agree with encoding everything; the chosen band is the one with the
     * smallest stream share whose figures stay within {@code tolerance} ({@link #BAND_TOLERANCE} by default) of encoding
     * everything and whose decisions agree on 99 % of the rows, among those encoding at most {@code maxShare}
     * ({@link #MAX_SHARE} by default) of the stream (else the best figures within that share). {@code all} gets every
     * band tried.
     */
    static Band band(AbuseClassifier model, List<AbuseDatasets.Example> val, List<String> stream, double cost,
                     double maxShare, double tolerance, List<Map<String, Object>> all, PrintStream log) {
        AbuseClassifier full = model.withSentenceHeads(model.sentenceHeads().with(
                model.sentenceHeads().settings().always()));
        AbuseClassifier est = full.fast();
        List<String> texts = new ArrayList<>(val.size() + stream.size());
        val.forEach(e -> texts.add(e.text()));
        texts.addAll(stream);
        int n = texts.size();
        double[][] zf = new double[n][];
        double[][] ze = new double[n][];
        double[] risk = new double[n];
        IntStream.range(0, n).parallel().forEach(i -> {
            HashedNgrams.Features f = full.features(texts.get(i));
            if (f.ids().length == 0) {
                risk[i] = Double.NEGATIVE_INFINITY;
                return;
            }
            zf[i] = full.logits(texts.get(i), f);
            ze[i] = est.logits(texts.get(i), f);
            risk[i] = full.logRisk(ze[i]);
        });
        double center = Math.log(cost);
        // quarter steps where the stream's comments are dense (a step of 1 moved the stream share 21 % -> 50 %)
        double[] below = {1, 2, 2.5, 2.75, 3, 3.25, 3.5, 3.75, 4, 4.25, 4.5, 5, 6, 8, SentenceHeads.OPEN};
        double[] above = {1, 2, 3, 4, 6, SentenceHeads.OPEN};
        Band fullBand = measure(full, val, texts, zf, ze, risk, -SentenceHeads.OPEN, SentenceHeads.OPEN, cost);
        all.add(fullBand.asMap());
        Band chosen = null;
        Band bestCapped = null;
        for (double lo : below) {
            for (double hi : above) {
                double low = lo >= SentenceHeads.OPEN ? -SentenceHeads.OPEN : center - lo;
                double high = hi >= SentenceHeads.OPEN ? SentenceHeads.OPEN : center + hi;
                Band b = measure(full, val, texts, zf, ze, risk, low, high, cost);
                all.add(b.asMap());
                if (b.streamShare() > maxShare) {
                    continue;
                }
                if (bestCapped == null || b.score() > bestCapped.score()) {
                    bestCapped = b;
                }
                if (b.score() >= fullBand.score() - tolerance && b.agreement() >= 0.99
                        && (chosen == null || b.streamShare() < chosen.streamShare())) {
                    chosen = b;
                }
            }
        }
        if (chosen == null) {
            chosen = bestCapped != null ? bestCapped : fullBand;
        }
        log.printf("cascade: every comment encoded: Jigsaw %.4f, insults %.4f, OLID %.4f; chosen band [%.2f, %.2f) "
                        + "encodes %.1f %% of the stream, %.1f %% of validation: %.4f, %.4f, %.4f, decisions agree %.2f %%%n",
                fullBand.jigsaw(), fullBand.insults(), fullBand.olid(), chosen.low(), chosen.high(),
                chosen.streamShare() * 100, chosen.validationShare() * 100, chosen.jigsaw(), chosen.insults(),
                chosen.olid(), chosen.agreement() * 100);
        return chosen;
    }

    private static Band measure(AbuseClassifier m, List<AbuseDatasets.Example> val, List<String> texts, double[][] zf,
                                double[][] ze, double[] risk, double low, double high, double cost) {
        int n = texts.size();
        int nv = val.size();
        double[][] z = new double[n][];
        int encStream = 0, encVal = 0, streamRows = 0, agree = 0, judged = 0;
        for (int i = 0; i < n; i++) {
            if (zf[i] == null) {
                continue;
            }
            boolean in = risk[i] >= low && risk[i] < high;
            z[i] = in ? zf[i] : ze[i];
            if (i < nv) {
                encVal += in ? 1 : 0;
            } else {
                encStream += in ? 1 : 0;
                streamRows++;
            }
            judged++;
            boolean flagFull = m.logRisk(zf[i]) >= Math.log(cost);
            boolean flagHere = m.logRisk(z[i]) >= Math.log(cost);
            agree += flagFull == flagHere ? 1 : 0;
        }
        double jig = 0;
        int labels = 0;
        for (int h = 0; h < Heads.PUBLIC.size(); h++) {
            double a = auc(val, z, h, AbuseFormat.JIGSAW);
            if (!Double.isNaN(a)) {
                jig += a;
                labels++;
            }
        }
        return new Band(low, high, streamRows == 0 ? 0 : encStream / (double) streamRows, encVal / (double) nv,
                labels == 0 ? 0 : jig / labels, auc(val, z, Heads.IMPERMIUM, AbuseFormat.INSULTS),
                auc(val, z, Heads.OLID, AbuseFormat.OLID), judged == 0 ? 1 : agree / (double) judged);
    }

    private static double auc(List<AbuseDatasets.Example> val, double[][] z, int head, AbuseFormat format) {
        List<Double> s = new ArrayList<>();
        List<Integer> y = new ArrayList<>();
        for (int i = 0; i < val.size(); i++) {
            AbuseDatasets.Example e = val.get(i);
            if (e.source() == format && z[i] != null && !Float.isNaN(e.labels()[head])) {
                s.add(z[i][head]);
                y.add((int) e.labels()[head]);
            }
        }
        if (y.stream().distinct().count() < 2) {
            return Double.NaN;
        }
        return Metrics.auc(s.stream().mapToDouble(Double::doubleValue).toArray(),
                y.stream().mapToInt(Integer::intValue).toArray());
    }
}
