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
        return train.stream().filter(e -> {
            boolean any = false;
            for (float y : e.labels()) {
                any |= !Float.isNaN(y);
            }
            if (!any) {
                return false;
            }
            if (e.source() == AbuseFormat.DAVIDSON) {
                return false;
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
     * Trains the network on {@code train}, then chooses per head beta and the estimate on {@code val} against
     * {@code base}'s raw logits (n-gram + word vectors). Served labels are judged on Jigsaw rows (like the n-gram
     * fit); Davidson's two heads keep beta 0 (their weighted-F1 decision, not an AUC, is what they are judged on).
     */
    static Trained train(AbuseClassifier base, Heads heads, EncoderSpec encoder, EmbeddingCache cache,
                         List<AbuseDatasets.Example> train, List<AbuseDatasets.Example> val, long seed,
                         VectorHeadsTrainer.Params p, PrintStream log) {
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
                new double[k], new double[k], new double[k], -SentenceHeads.OPEN, SentenceHeads.OPEN, null, null, null);
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
        Map<String, Object> prov = new LinkedHashMap<>();
        prov.put("architecture", "e5 sentence embedding (the encoder below, run by ONNX Runtime from the jar; "
                + "standardised on the training rows) -> dense ReLU -> one sigmoid per head, masked binary "
                + "cross-entropy (Deeplearning4j); served logit per head = model logit (n-gram + word vectors, "
                + "kept as trained) + beta x this logit, beta chosen on validation AUC; then calibration");
        prov.put("encoder", encoder.toMap());
        prov.put("training_rows", train.size());
        prov.put("training_rows_rule", "every labelled training row except Davidson's; of the toxic-spans sentences one in "
                + SAMPLE + " (sha256(seed:encoder:text)[0] % " + SAMPLE + " == 0); toxic-spans posts (no labels) out");
        VectorHeadsTrainer.training(prov, p, fit.bestEpoch(), fit.losses(), t0);
        prov.put("beta_grid", BETAS);
        prov.put("beta", chosen);
        SentenceHeads heads1 = h0.with(s0.withFusion(beta, slope, intercept));
        return new Trained(heads1, ModelArchive.networkBytes(fit.net()), prov);
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
