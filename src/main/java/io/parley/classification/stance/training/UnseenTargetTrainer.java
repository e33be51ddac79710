package io.parley.classification.stance.training;

import io.parley.classification.text.EmbeddingCache;
import io.parley.classification.stance.EncoderHeads;
import io.parley.classification.stance.StanceView;

import java.io.PrintStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeSet;

/**
 * Trains the target view's head for targets no training set has ({@link EncoderHeads.Unseen}) and measures it the
 * only honest way there is: each SemEval target left out of training in turn, scored on all its rows. The about-logit
 * shift is chosen by leave-one-target-out inside the remaining targets (nested), so the reported figure never saw the
 * target it is reported on; the shipped shift is the one leave-one-target-out over all five prefers. The weight of
 * the prototype sentences ("I support {target}." / "I oppose {target}.", ...) on the direction is chosen the same
 * way, together with the shift.
 *
 * <p>It learns from SemEval's extra labels (never its stance label's test use): "Opinion towards" (TARGET vs
 * OTHER / NO ONE) teaches whether a comment is about its target, and "Sentiment" the direction, which the
 * prototype sentences lean toward the side the comment is nearer. Stance
 * follows from them where the target is a person or a cause its supporters speak well of (Hillary Clinton left out:
 * 0.58 F_avg); it fails where the stance is the opposite of the sentiment (Atheism: believers' happy tweets are
 * against it), which is why the mean is lower than a person-target figure.
 */
final class UnseenTargetTrainer {

    static final double C_SENTIMENT = 0.01;
    static final double C_ABOUT = 1.0;
    /** Thresholds on P(about) for stance vs none; the shift is -logit(threshold). */
    static final double[] THRESHOLDS = {0.1, 0.15, 0.2, 0.25, 0.3, 0.35, 0.4, 0.45, 0.5};
    /**
     * Weights of the prototype alignment on the direction's logit, in units of its standard deviation over the
     * training rows (0: sentiment alone, the head before prototypes).
     */
    static final double[] DIRECTION_WEIGHTS = {0, 1, 2, 3, 4, 5, 6, 8};
    /** Every (direction weight, threshold) setting the leave-one-target-out search compares. */
    static final double[][] SETTINGS = settings();

    private static double[][] settings() {
        double[][] out = new double[DIRECTION_WEIGHTS.length * THRESHOLDS.length][];
        int k = 0;
        for (double w : DIRECTION_WEIGHTS) {
            for (double t : THRESHOLDS) {
                out[k++] = new double[]{w, t};
            }
        }
        return out;
    }

    private static String setting(int j) {
        return "weight " + SETTINGS[j][0] + ", threshold " + SETTINGS[j][1];
    }

    /** A tweet's extra labels: sentiment 0 positive / 1 negative / 2 neither; about 1 when the opinion is toward the target. */
    record Aux(int sentiment, int about) {
    }

    private final EmbeddingCache store;
    private final long seed;
    private final PrintStream log;
    /** Per training target: its favour-minus-against prototype direction. */
    private final Map<String, float[]> directions = new HashMap<>();

    UnseenTargetTrainer(EmbeddingCache store, long seed, PrintStream log) {
        this.store = store;
        this.seed = seed;
        this.log = log;
    }

    /** The extra labels of SemEval-2016 A by tweet text, from the shared files' Opinion towards / Sentiment columns. */
    static Map<String, Aux> auxLabels(Path dataDir) {
        Map<String, Aux> out = new HashMap<>();
        for (String f : List.of("trainingdata-all-annotations.txt", "trialdata-all-annotations.txt")) {
            Path file = dataDir.resolve("semeval2016_task6").resolve(f);
            if (!Files.isRegularFile(file)) {
                continue;
            }
            String[] lines = CsvRecords.readText(file).split("\r?\n");
            String[] header = lines[0].replace("\uFEFF", "").split("\t");
            int tweet = List.of(header).indexOf("Tweet");
            int opinion = List.of(header).indexOf("Opinion towards");
            int sentiment = List.of(header).indexOf("Sentiment");
            if (tweet < 0 || opinion < 0 || sentiment < 0) {
                throw new StanceDataException(file + " has no Opinion towards / Sentiment columns");
            }
            for (int i = 1; i < lines.length; i++) {
                String[] r = lines[i].split("\t", -1);
                if (r.length <= Math.max(tweet, Math.max(opinion, sentiment))) {
                    continue;
                }
                int s = switch (r[sentiment].trim().toUpperCase(Locale.ROOT)) {
                    case "POSITIVE" -> 0;
                    case "NEGATIVE" -> 1;
                    default -> 2;
                };
                out.put(r[tweet], new Aux(s, r[opinion].trim().toUpperCase(Locale.ROOT).startsWith("TARGET") ? 1 : 0));
            }
        }
        return out;
    }

    /** Fits on all rows of all training targets, after measuring leave-one-target-out; figures go into {@code info}. */
    EncoderHeads.Unseen train(List<Example> rows, Map<String, Aux> aux, Map<String, Object> info) {
        return train(rows, aux, info, 1);
    }

    /**
     * As above; {@code viewTemperature} is the target view's temperature, which scored this head's rows before it had
     * one of its own (its reliability is reported beside the head's own).
     */
    EncoderHeads.Unseen train(List<Example> rows, Map<String, Aux> aux, Map<String, Object> info, double viewTemperature) {
        long t0 = System.nanoTime();
        List<Example> labelled = rows.stream().filter(e -> aux.containsKey(e.text()) && e.label() != null).toList();
        if (labelled.size() < rows.size() / 2) {
            throw new StanceDataException("the unseen-target head needs SemEval's Opinion towards / Sentiment labels; "
                    + labelled.size() + " of " + rows.size() + " rows have them");
        }
        List<String> need = new ArrayList<>();
        for (Example e : labelled) {
            need.add(e.text());
            need.add(e.context());
        }
        List<String> targets = new ArrayList<>(new TreeSet<>(labelled.stream().map(Example::context).toList()));
        EncoderHeads.Unseen templates = templates(0);
        for (String t : targets) {
            need.addAll(EncoderHeads.prototypes(templates, t));
        }
        store.ensure(need, "target (unseen-target head)");
        for (String t : targets) {
            directions.put(t, EncoderHeads.direction(templates,
                    EncoderHeads.prototypes(templates, t).stream().map(store::get).toArray(float[][]::new)));
        }
        int n = labelled.size();
        int[] tix = new int[n];
        int[] y = new int[n];
        for (int i = 0; i < n; i++) {
            tix[i] = targets.indexOf(labelled.get(i).context());
            y[i] = StanceView.TARGET.labels().indexOf(labelled.get(i).label());
        }
        int nt = targets.size();
        // outer: each target out; scores per threshold from the model fitted on the others
        double[][] outer = new double[nt][];
        Map<String, Object> perTarget = new LinkedHashMap<>();
        double honestSum = 0;
        double sentimentAloneSum = 0;
        double offSum = 0;
        // calibration, measured the same way: the temperatures for a held-out target are fitted on the other targets'
        // inner leave-one-out probabilities (models that never saw it) at the setting chosen for it
        List<float[]> lotoRaw = new ArrayList<>();
        List<float[]> lotoCalibrated = new ArrayList<>();
        List<Integer> lotoY = new ArrayList<>();
        Map<String, Object> calibrationPerTarget = new LinkedHashMap<>();
        double calibratedSum = 0;
        double offSumCal = 0;
        List<Scored> outerAll = new ArrayList<>();
        for (int ho = 0; ho < nt; ho++) {
            double[] innerMean = new double[SETTINGS.length];
            List<Scored> inner = new ArrayList<>();
            for (int h2 = 0; h2 < nt; h2++) {
                if (h2 == ho) {
                    continue;
                }
                Scored sc = scored(labelled, aux, y, except(tix, ho, h2), only(tix, h2));
                inner.add(sc);
                double[] s = sc.fAvg();
                for (int j = 0; j < s.length; j++) {
                    innerMean[j] += s[j] / (nt - 1);
                }
            }
            int chosen = best(innerMean);
            Scored outerScored = scored(labelled, aux, y, except(tix, ho, -1), only(tix, ho));
            outerAll.add(outerScored);
            outer[ho] = outerScored.fAvg();
            honestSum += outer[ho][chosen];
            double[] tHo = fitTemperatures(inner, chosen);
            float[][] hoRaw = outerScored.probabilities(chosen, 1, 1);
            float[][] hoCal = outerScored.probabilities(chosen, tHo[0], tHo[1]);
            int[] hoY = outerScored.y();
            calibratedSum += fAvg(hoCal, hoY);
            for (int q = 0; q < hoY.length; q++) {
                lotoRaw.add(hoRaw[q]);
                lotoCalibrated.add(hoCal[q]);
                lotoY.add(hoY[q]);
            }
            calibrationPerTarget.put(targets.get(ho), Map.of("aboutTemperature", tHo[0], "directionTemperature", tHo[1],
                    "eceBefore", Calibration.reliability(hoRaw, hoY, 1).get("ece"),
                    "eceAfter", Calibration.reliability(hoCal, hoY, 1).get("ece"),
                    "nllBefore", Metrics.round(Calibration.nll(hoRaw, hoY, 1)),
                    "nllAfter", Metrics.round(Calibration.nll(hoCal, hoY, 1)),
                    "f_avgBefore", Metrics.round(outer[ho][chosen]),
                    "f_avgAfter", Metrics.round(fAvg(hoCal, hoY))));
            // the same nested choice among the settings without prototypes: the head as it was before them
            sentimentAloneSum += outer[ho][bestWithWeight(innerMean, 0)];
            String other = targets.get((ho + 1) % nt);
            double offTarget = noneShare(labelled, aux, except(tix, ho, -1), only(tix, ho), other, chosen, null);
            double offTargetCal = noneShare(labelled, aux, except(tix, ho, -1), only(tix, ho), other, chosen, tHo);
            offSum += offTarget;
            offSumCal += offTargetCal;
            perTarget.put(targets.get(ho), Map.of("f_avg", Metrics.round(outer[ho][chosen]),
                    "f_avg_calibrated", Metrics.round(fAvg(hoCal, hoY)),
                    "threshold", SETTINGS[chosen][1], "directionWeight", SETTINGS[chosen][0], "rows", only(tix, ho).length,
                    "noneTowardAnotherTarget", Metrics.round(offTarget),
                    "noneTowardAnotherTarget_calibrated", Metrics.round(offTargetCal),
                    "f_avg_sentimentAlone", Metrics.round(outer[ho][bestWithWeight(innerMean, 0)])));
            log.printf("[target] unseen-target head, %s left out: F_avg %.4f, calibrated %.4f (%s chosen on the other "
                    + "targets; temperatures %.3f / %.3f)%n", targets.get(ho), outer[ho][chosen], fAvg(hoCal, hoY),
                    setting(chosen), tHo[0], tHo[1]);
        }
        double[] mean = new double[SETTINGS.length];
        for (double[] o : outer) {
            for (int j = 0; j < mean.length; j++) {
                mean[j] += o[j] / nt;
            }
        }
        int shipped = best(mean);
        log.printf("[target] unseen-target head: leave-one-target-out F_avg %.4f (nested; sentiment alone %.4f); "
                + "shipped %s%n", honestSum / nt, sentimentAloneSum / nt, setting(shipped));
        int[] all = new int[n];
        for (int i = 0; i < n; i++) {
            all[i] = i;
        }
        EncoderHeads.Unseen u = fit(labelled, aux, all, shiftOf(SETTINGS[shipped][1]), SETTINGS[shipped][0]);
        // the shipped temperatures: fitted on every target's leave-one-out probabilities at the shipped setting
        double[] temperatures = fitTemperatures(outerAll, shipped);
        // labels follow the calibrated probabilities, so the calibration is kept only when the nested figure says it
        // costs the labels nothing: a flatter direction also means fewer stances, which can cost F_avg
        boolean kept = calibratedSum >= honestSum - 1e-9;
        if (kept) {
            u = u.withTemperatures(temperatures[0], temperatures[1]);
        }
        int[] ly = lotoY.stream().mapToInt(Integer::intValue).toArray();
        Map<String, Object> cal = new LinkedHashMap<>();
        cal.put("method", "the about logit and the direction logit each divided by a temperature, both fitted by "
                + "log-likelihood on leave-one-target-out predictions; per held-out target fitted on the other targets' "
                + "inner leave-one-out predictions (nested); labels follow the calibrated probabilities");
        cal.put("kept", kept);
        cal.put("keptWhen", "the calibrated nested leave-one-target-out F_avg is not below the uncalibrated one");
        cal.put("aboutTemperature", temperatures[0]);
        cal.put("directionTemperature", temperatures[1]);
        cal.put("f_avgBefore", Metrics.round(honestSum / nt));
        cal.put("f_avgAfter", Metrics.round(calibratedSum / nt));
        cal.put("leaveOneTargetOutBefore", Calibration.reliability(lotoRaw.toArray(float[][]::new), ly, 1));
        cal.put("viewTemperature", viewTemperature);
        cal.put("leaveOneTargetOutAtViewTemperature", Calibration.reliability(lotoRaw.toArray(float[][]::new), ly,
                viewTemperature));
        cal.put("leaveOneTargetOutAfter", Calibration.reliability(lotoCalibrated.toArray(float[][]::new), ly, 1));
        cal.put("perTarget", calibrationPerTarget);
        info.put("calibration", cal);
        log.printf("[target] unseen-target head: T about %.3f, direction %.3f (%s); leave-one-target-out F_avg %.4f -> "
                + "%.4f, ECE %.4f -> %.4f (nested)%n", temperatures[0], temperatures[1],
                kept ? "kept" : "not kept: it lowers F_avg", honestSum / nt, calibratedSum / nt,
                (Double) ((Map<?, ?>) cal.get("leaveOneTargetOutBefore")).get("ece"),
                (Double) ((Map<?, ?>) cal.get("leaveOneTargetOutAfter")).get("ece"));
        Map<String, Object> perSetting = new LinkedHashMap<>();
        for (int j = 0; j < SETTINGS.length; j++) {
            perSetting.put(SETTINGS[j][0] + "@" + SETTINGS[j][1], Metrics.round(mean[j]));
        }
        info.put("method", "P(about) from [cos(c,t) - t.mean(c), target words named] x direction; direction = "
                + "logit(sentiment of c) + weight (c - mean c).(mean favour prototype - mean against prototype) / sd; "
                + "LRs on SemEval's Opinion towards and Sentiment labels, pooled over targets");
        info.put("prototypes", Map.of("favour", EncoderHeads.FAVOUR_TEMPLATES, "against", EncoderHeads.AGAINST_TEMPLATES));
        info.put("leaveOneTargetOut", Map.of("f_avg", Metrics.round((kept ? calibratedSum : honestSum) / nt),
                "perTarget", perTarget, "calibrationKept", kept,
                "f_avg_uncalibrated", Metrics.round(honestSum / nt), "f_avg_calibrated", Metrics.round(calibratedSum / nt),
                "settingChosen", "nested: direction weight and threshold on the other targets' leave-one-out",
                "f_avg_sentimentAlone", Metrics.round(sentimentAloneSum / nt),
                "noneTowardAnotherTarget", Metrics.round((kept ? offSumCal : offSum) / nt)));
        log.printf("[target] unseen-target head: held-out comments toward another target come out none %.1f%% "
                + "(calibrated: %.1f%%)%n", 100 * offSum / nt, 100 * offSumCal / nt);
        info.put("leaveOneTargetOutBySetting", perSetting);
        info.put("threshold", SETTINGS[shipped][1]);
        info.put("directionWeight", SETTINGS[shipped][0]);
        info.put("C", Map.of("sentiment", C_SENTIMENT, "about", C_ABOUT));
        info.put("rows", n);
        info.put("seconds", Math.round((System.nanoTime() - t0) / 1e9));
        return u;
    }

    static double shiftOf(double threshold) {
        return -Math.log(threshold / (1 - threshold));
    }

    /** F_avg per setting of the head fitted on {@code train}, scored on {@code test}. */
    private double[] scores(List<Example> rows, Map<String, Aux> aux, int[] tix, int[] y, int[] train, int[] test) {
        return scored(rows, aux, y, train, test).fAvg();
    }

    /**
     * Per setting the F_avg; per test row (in order) what the head's probabilities are made of: P(about) before the
     * shift, the sentiment probabilities and the prototype alignment in training-row standard deviations.
     */
    record Scored(double[] fAvg, double[] about, float[][] sentiment, double[] lean, int[] y) {

        /** The rows' probabilities at setting {@code j}, the about and direction logits divided by the temperatures. */
        float[][] probabilities(int j, double aboutT, double directionT) {
            float[][] p = new float[about.length][];
            for (int q = 0; q < p.length; q++) {
                p[q] = EncoderHeads.combine(about[q], sentiment[q], shiftOf(SETTINGS[j][1]), SETTINGS[j][0] * lean[q],
                        aboutT, directionT);
            }
            return p;
        }
    }

    private Scored scored(List<Example> rows, Map<String, Aux> aux, int[] y, int[] train, int[] test) {
        EncoderHeads.Unseen u = fit(rows, aux, train, 0, 1);
        double[] ab = new double[test.length];
        float[][] ps = new float[test.length][];
        double[] lean = new double[test.length];
        int[] yt = new int[test.length];
        for (int q = 0; q < test.length; q++) {
            Example e = rows.get(test[q]);
            float[] c = store.get(e.text());
            float[] t = store.get(e.context());
            ab[q] = linear(u.aboutMean(), u.aboutScale(), u.about(),
                    EncoderHeads.aboutInputs(u.corpusMean(), c, t, e.text(), e.context()))[1];
            ps[q] = linear(u.sentimentMean(), u.sentimentScale(), u.sentiment(), c);
            // at weight 1: one standard deviation of the training rows' alignment
            lean[q] = u.directionWeight() * EncoderHeads.alignment(u.corpusMean(), c, directions.get(e.context()));
            yt[q] = y[test[q]];
        }
        Scored sc = new Scored(new double[SETTINGS.length], ab, ps, lean, yt);
        for (int j = 0; j < SETTINGS.length; j++) {
            sc.fAvg()[j] = fAvg(sc.probabilities(j, 1, 1), yt);
        }
        return sc;
    }

    static double fAvg(float[][] p, int[] y) {
        Metrics m = new Metrics(StanceView.TARGET.labels());
        int[] pred = ViewEvaluator.argmax(p);
        for (int q = 0; q < p.length; q++) {
            m.add(y[q], pred[q]);
        }
        return m.fAvg();
    }

    /** Temperatures on a log grid from 0.5 to 50. */
    static final double[] TEMPERATURES = java.util.stream.IntStream.rangeClosed(0, 20)
            .mapToDouble(i -> Math.round(Math.exp(Math.log(0.5) + i * (Math.log(50) - Math.log(0.5)) / 20) * 1000) / 1000.0)
            .toArray();

    /**
     * The (about, direction) temperatures with the lowest negative log-likelihood over the rows of {@code parts} at
     * setting {@code j}.
     */
    static double[] fitTemperatures(List<Scored> parts, int j) {
        double[] best = {1, 1};
        double bestNll = Double.POSITIVE_INFINITY;
        for (double ta : TEMPERATURES) {
            for (double td : TEMPERATURES) {
                double s = 0;
                int n = 0;
                for (Scored sc : parts) {
                    float[][] p = sc.probabilities(j, ta, td);
                    s += Calibration.nll(p, sc.y(), 1) * p.length;
                    n += p.length;
                }
                if (s / n < bestNll - 1e-12) {
                    bestNll = s / n;
                    best = new double[]{ta, td};
                }
            }
        }
        return best;
    }

    /** Share of the held-out rows scored "none" toward a target they are not about. */
    private double noneShare(List<Example> rows, Map<String, Aux> aux, int[] train, int[] test, String other, int setting,
                             double[] temperatures) {
        EncoderHeads.Unseen u = fit(rows, aux, train, shiftOf(SETTINGS[setting][1]), SETTINGS[setting][0]);
        if (temperatures != null) {
            u = u.withTemperatures(temperatures[0], temperatures[1]);
        }
        int none = 0;
        for (int i : test) {
            Example e = rows.get(i);
            float[] p = EncoderHeads.unseenProbabilities(u, store.get(e.text()), store.get(other), directions.get(other),
                    e.text(), other);
            none += ViewEvaluator.argmax(new float[][]{p})[0] == 2 ? 1 : 0;
        }
        return none / (double) test.length;
    }

    /** The head's prototype sentences with a direction weight (the sentences are fixed, the weight is chosen). */
    private static EncoderHeads.Unseen templates(double weight) {
        return new EncoderHeads.Unseen(null, null, null, null, null, null, null, 0, EncoderHeads.FAVOUR_TEMPLATES,
                EncoderHeads.AGAINST_TEMPLATES, weight);
    }

    /**
     * The head fitted on rows {@code idx}; {@code weight} is the prototype alignment's weight in standard deviations
     * of that alignment over these rows (each toward its own target), stored divided by it.
     */
    private EncoderHeads.Unseen fit(List<Example> rows, Map<String, Aux> aux, int[] idx, double shift, double weight) {
        float[][] c = new float[idx.length][];
        int[] sent = new int[idx.length];
        int[] about = new int[idx.length];
        for (int q = 0; q < idx.length; q++) {
            Example e = rows.get(idx[q]);
            c[q] = store.get(e.text());
            sent[q] = aux.get(e.text()).sentiment();
            about[q] = aux.get(e.text()).about();
        }
        float[][] ms = SoftmaxRegression.standardisation(c);
        EncoderHeads.Linear sl = SoftmaxRegression.fit(SoftmaxRegression.standardise(c, ms), sent, 3, C_SENTIMENT, 0, seed);
        float[] corpusMean = ms[0].clone();
        // every row also once toward another of the fold's targets, as not about it: SemEval's tweets were all
        // collected for their target, so without these the head calls almost anything "about" a site's target
        List<String> fitTargets = new ArrayList<>(new TreeSet<>(java.util.Arrays.stream(idx)
                .mapToObj(i -> rows.get(i).context()).toList()));
        float[][] a = new float[2 * idx.length][];
        int[] aboutAll = new int[2 * idx.length];
        for (int q = 0; q < idx.length; q++) {
            Example e = rows.get(idx[q]);
            a[q] = EncoderHeads.aboutInputs(corpusMean, c[q], store.get(e.context()), e.text(), e.context());
            aboutAll[q] = about[q];
            String other = fitTargets.get((fitTargets.indexOf(e.context()) + 1) % fitTargets.size());
            a[idx.length + q] = EncoderHeads.aboutInputs(corpusMean, c[q], store.get(other), e.text(), other);
            aboutAll[idx.length + q] = other.equals(e.context()) ? about[q] : 0;
        }
        float[][] am = SoftmaxRegression.standardisation(a);
        EncoderHeads.Linear al = SoftmaxRegression.fit(SoftmaxRegression.standardise(a, am), aboutAll, 2, C_ABOUT, 0, seed);
        double sum = 0;
        double sq = 0;
        for (int q = 0; q < idx.length; q++) {
            double v = EncoderHeads.alignment(corpusMean, c[q], directions.get(rows.get(idx[q]).context()));
            sum += v;
            sq += v * v;
        }
        double sd = Math.sqrt(Math.max(1e-12, sq / idx.length - (sum / idx.length) * (sum / idx.length)));
        return new EncoderHeads.Unseen(ms[0], ms[1], sl, corpusMean, am[0], am[1], al, shift,
                EncoderHeads.FAVOUR_TEMPLATES, EncoderHeads.AGAINST_TEMPLATES, weight / sd);
    }

    private static float[] linear(float[] mean, float[] scale, EncoderHeads.Linear l, float[] x) {
        float[] z = new float[x.length];
        for (int i = 0; i < x.length; i++) {
            z[i] = (x[i] - mean[i]) / scale[i];
        }
        return EncoderHeadTrainer.predict(l, new float[][]{z})[0];
    }

    /** The best setting among those with direction weight {@code w}. */
    private static int bestWithWeight(double[] s, double w) {
        int b = -1;
        for (int j = 0; j < s.length; j++) {
            if (SETTINGS[j][0] == w && (b < 0 || s[j] > s[b] + 1e-9)) {
                b = j;
            }
        }
        return b;
    }

    private static int best(double[] s) {
        int b = 0;
        for (int j = 1; j < s.length; j++) {
            if (s[j] > s[b] + 1e-9) {
                b = j;
            }
        }
        return b;
    }

    private static int[] except(int[] tix, int a, int b) {
        return java.util.stream.IntStream.range(0, tix.length).filter(i -> tix[i] != a && tix[i] != b).toArray();
    }

    private static int[] only(int[] tix, int a) {
        return java.util.stream.IntStream.range(0, tix.length).filter(i -> tix[i] == a).toArray();
    }
}
