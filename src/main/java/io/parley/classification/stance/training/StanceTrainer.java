package io.parley.classification.stance.training;

import io.parley.classification.stance.EncoderHeads;
import io.parley.classification.stance.FeatureSpec;
import io.parley.classification.stance.PairModel;
import io.parley.classification.stance.StanceClassifier;
import io.parley.classification.stance.StanceSpec;
import io.parley.classification.stance.StanceView;
import io.parley.model.ModelArchive;
import io.parley.model.NativeThreads;
import io.parley.model.Provenance;
import io.parley.model.ProvenanceBuilder;
import io.parley.model.TrainedModel;
import io.parley.model.Trainer;

import java.io.IOException;
import java.io.PrintStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.TreeSet;

/**
 * Trains the three stance views and writes {@code stance.zip} with provenance and validation/test
 * figures. Splits: FNC-1 by body id (80/10/10), SemEval per target (80/10/10) plus a zero-shot run
 * holding one whole target out, RumourEval by event (ottawashooting = validation, official dev = test).
 */
public final class StanceTrainer {

    static final String ZERO_SHOT_TARGET = "Climate Change is a Real Concern";
    static final String RUMOUR_VALIDATION_EVENT = "ottawashooting";

    public static final String FNC_BODIES = "fnc1/train_bodies.csv";
    public static final String FNC_STANCES = "fnc1/train_stances.csv";
    public static final String SEMEVAL_TRAIN = "semeval2016_task6/trainingdata-all-annotations.txt";
    public static final String SEMEVAL_TRIAL = "semeval2016_task6/trialdata-all-annotations.txt";
    public static final String RUMOUR_TRAIN = "rumoureval2017/rumoureval2017_sdqc_train.csv";
    public static final String RUMOUR_DEV = "rumoureval2017/rumoureval2017_sdqc_dev.csv";

    static final List<String> LICENCES = List.of(
            "FNC-1 (FakeNewsChallenge/fnc-1): no licence stated by the publishers; used for research training only",
            "SemEval-2016 Task 6 (Mohammad et al. 2016, NRC Canada): terms ask to cite the paper and not to "
                    + "redistribute the data; this model contains no tweets, only derived weights and a vocabulary",
            "RumourEval 2017 (SemEval-2017 Task 8, PHEME): no licence stated; tweet text subject to Twitter/X terms; "
                    + "not redistributed");

    private final PrintStream log;

    public StanceTrainer(PrintStream log) {
        this.log = log;
    }

    /**
     * The stance task's {@link Trainer}: trains the three views and writes {@code stance.zip} with provenance and
     * metrics beside it. A tuning run ({@code only} views) writes nothing: its model and provenance are null.
     */
    public static TrainedModel train(StanceTrainingOptions o, PrintStream log) {
        return new StanceTrainer(log).run(o);
    }

    private TrainedModel run(StanceTrainingOptions o) {
        long t0 = System.nanoTime();
        NativeThreads.limit(o.threads(), log);
        Map<String, String> data = new LinkedHashMap<>();
        Map<StanceView, Split> splits = new EnumMap<>(StanceView.class);
        List<StanceView> views = o.only().isEmpty() ? List.of(StanceView.values()) : o.only();
        for (StanceView v : views) {
            splits.put(v, o.quick() ? quickSplit(v, o.seed()) : split(v, o.dataDir(), o.seed(), data));
        }
        Map<StanceView, PairModel> models = new EnumMap<>(StanceView.class);
        Map<String, Object> metrics = new LinkedHashMap<>();
        Map<String, Object> params = new LinkedHashMap<>();
        for (StanceView v : views) {
            ViewParams p = o.quick() ? ViewParams.quick(v) : ViewParams.defaults(v);
            if (o.epochs() != null) {
                p = p.withEpochs(o.epochs());
            }
            Split s = splits.get(v);
            log.printf("[%s] train %d, validation %d, test %d rows%n", v.key(), s.train().size(),
                    s.validation().size(), s.test().size());
            Map<String, Object> vm = new LinkedHashMap<>();
            vm.put("split", s.description());
            ViewTrainer.Trained t = v == StanceView.PARENT && p.priorShift() > 0 && !o.quick()
                    ? eventHeldOutShift(s, p, o.seed(), vm)
                    : new ViewTrainer(v, p, o.seed(), log).train(s.train(), s.validation());
            models.put(v, t.model());
            vm.put("bestEpoch", t.bestEpoch());
            vm.put("trainingSeconds", Math.round(t.seconds()));
            if (t.validation() != null) {
                vm.put("validation", t.validation().figures(v));
            }
            if (o.only().isEmpty()) {
                // Tuning runs (--view) never look at test: choices are made on validation only.
                Metrics test = ViewEvaluator.evaluate(t.model(), s.test());
                vm.put("test", test.figures(v));
                log.printf("[%s] test: %s%n", v.key(), brief(v, test));
            }
            // Tuning runs skip the second (zero-shot) training: it doubles their time.
            if (v == StanceView.TARGET && !o.quick() && o.only().isEmpty()) {
                vm.put("zeroShot", zeroShot(s, p, o.seed()));
            }
            metrics.put(v.key(), vm);
            Map<String, Object> pm = p.asMap();
            pm.put("bestEpoch", t.bestEpoch());
            if (t.shift() != null) {
                pm.put("logitShift", t.shift());
            }
            params.put(v.key(), pm);
        }
        double seconds = (System.nanoTime() - t0) / 1e9;
        metrics.put("trainingSeconds", Math.round(seconds));
        if (!o.only().isEmpty()) {
            log.printf("tuning run (--view): nothing written, %.0fs%n", seconds);
            return new TrainedModel(null, null, metrics, seconds);
        }
        params.put("quick", o.quick());
        params.put("threads", o.threads());
        Map<String, FeatureSpec> specs = new LinkedHashMap<>();
        Map<String, byte[]> binaries = new LinkedHashMap<>();
        for (StanceView v : views) {
            specs.put(v.key(), models.get(v).featurizer().spec());
            binaries.put(StanceClassifier.entryName(v), models.get(v).networkBytes());
        }
        ProvenanceBuilder builder = ProvenanceBuilder.of("stance", "stance-mlp").seed(o.seed()).params(params).data(data)
                .licences(o.quick() ? List.of("generated sample (QuickSample), no external data") : LICENCES)
                .seconds(seconds);
        Provenance prov = builder.version((o.quick() ? "quick-" : "") + builder.day() + "-s" + o.seed()).build();
        Path file = o.outDir().resolve("stance.zip");
        ModelArchive.write(file, new StanceSpec(StanceSpec.FORMAT, specs), prov, binaries);
        ModelArchive.writeJson(o.outDir().resolve("metrics.json"), metrics);
        log.printf("wrote %s (%d KB) in %.0fs%n", file, size(file) / 1024, seconds);
        return new TrainedModel(file, prov, metrics, seconds);
    }

    /**
     * Adds encoder heads to a trained model: the networks of {@code baseModel} are kept as they are, each view in
     * {@code views} (all when empty) gets a head trained on its split ({@link EncoderHeadTrainer}); a view not
     * trained keeps the base model's head if it has one. Writes stance.zip, provenance.json and metrics.json (the
     * base's figures, each trained view's test figures now the fused ones) to {@code outDir}.
     */
    public static TrainedModel addEncoderHeads(Path baseModel, Path dataDir, long seed, Path outDir, Path embeddingCache,
                                               List<StanceView> views, Map<StanceView, double[]> fixedFusion,
                                               PrintStream log) {
        long t0 = System.nanoTime();
        NativeThreads.limit(1, log);
        ModelArchive archive = ModelArchive.read(baseModel);
        StanceClassifier base = StanceClassifier.load(archive);
        Map<String, String> data = new LinkedHashMap<>(archive.provenance().data());
        StanceTrainer trainer = new StanceTrainer(log);
        io.parley.classification.text.EncoderSpec spec = io.parley.classification.text.EncoderSpec.E5_SMALL_V2_Q;
        Map<StanceView, EncoderHeads.Head> heads = new EnumMap<>(StanceView.class);
        if (base.encoderHeads() != null) {
            heads.putAll(base.encoderHeads().views());
        }
        Map<String, Object> metrics = readMetrics(baseModel.resolveSibling("metrics.json"));
        // a one-view run keeps the other views' heads, so it keeps their parameters in provenance too
        Map<String, Object> headParams = new LinkedHashMap<>();
        if (archive.provenance().params().get("encoderHeads") instanceof Map<?, ?> before) {
            before.forEach((k, val) -> headParams.put(String.valueOf(k), val));
        }
        EncoderHeads.Unseen unseen = base.encoderHeads() == null ? null : base.encoderHeads().unseen();
        Map<StanceView, Double> temps = new EnumMap<>(StanceView.class);
        try (io.parley.classification.text.SentenceEncoder encoder = io.parley.classification.text.SentenceEncoder.load(spec,
                io.parley.classification.text.EncoderSettings.defaults())) {
            io.parley.classification.text.EmbeddingCache store = new io.parley.classification.text.EmbeddingCache(encoder.spec(), encoder, embeddingCache, log);
            // target view: fusion chosen on out-of-fold predictions, the network retrained per fold with the base
            // model's settings, kept epoch and logit offsets (so its folds are the model as it was chosen)
            Map<StanceView, java.util.function.BiFunction<List<Example>, List<Example>, float[][]>> oof =
                    new EnumMap<>(StanceView.class);
            // parent view likewise, its folds one event each: a fusion chosen on the one validation event carried
            // that event's class mix to the test event (0.591 -> 0.489 with the PAIR head, README)
            for (StanceView ov : List.of(StanceView.TARGET, StanceView.PARENT)) {
                Object tp = archive.provenance().params().get(ov.key());
                if (tp instanceof Map<?, ?> m && m.get("bestEpoch") instanceof Number be && m.get("logitShift") instanceof List<?> ls) {
                    double[] offsets = ls.stream().mapToDouble(x -> ((Number) x).doubleValue()).toArray();
                    ViewParams p = ViewParams.defaults(ov).withEpochs(be.intValue()).withPriorShift(0);
                    oof.put(ov, (fit, held) -> {
                        ViewTrainer.Trained t = new ViewTrainer(ov, p, seed, log).train(fit, List.of());
                        return ViewEvaluator.probabilities(ViewTrainer.shifted(t.model(), offsets), held);
                    });
                }
            }
            EncoderHeadTrainer ht = new EncoderHeadTrainer(store, seed, log, fixedFusion, oof);
            for (StanceView v : views.isEmpty() ? List.of(StanceView.values()) : views) {
                Split s = trainer.split(v, dataDir, seed, data);
                Map<String, Object> info = new LinkedHashMap<>();
                heads.put(v, ht.train(v, base.view(v), s, info));
                @SuppressWarnings("unchecked")
                Map<String, Object> vm = (Map<String, Object>) metrics.computeIfAbsent(v.key(), k -> new LinkedHashMap<>());
                vm.put("testNetworkOnly", info.get("testNetworkOnly"));
                vm.put("test", info.get("test"));
                vm.put("encoderHead", info);
                headParams.put(v.key(), Map.of("C", info.get("C"), "fusion", info.get("fusion"), "band", info.get("band"),
                        "classWeightPower", info.get("classWeightPower"), "fusionGiven", info.get("fusionGiven")));
                if (v == StanceView.TARGET) {
                    List<Example> rows = new ArrayList<>(s.train());
                    rows.addAll(s.validation());
                    rows.addAll(s.test());
                    Map<String, Object> ui = new LinkedHashMap<>();
                    unseen = new UnseenTargetTrainer(store, seed, log).train(rows, UnseenTargetTrainer.auxLabels(dataDir), ui,
                            base.encoderHeads() == null ? 1 : base.encoderHeads().temperature(StanceView.TARGET));
                    vm.put("unseenTarget", ui);
                    headParams.put("unseenTarget", Map.of("threshold", ui.get("threshold"), "C", ui.get("C"),
                            "directionWeight", ui.get("directionWeight"), "aboutTemperature", unseen.aboutTemperature(),
                            "directionTemperature", unseen.directionTemperature()));
                }
            }
            // calibration: one temperature per view on the final (fused) validation probabilities, as serving computes them
            Map<StanceView, io.parley.classification.stance.PairModel> nets = new EnumMap<>(StanceView.class);
            for (StanceView v : StanceView.values()) {
                nets.put(v, base.view(v));
            }
            StanceClassifier uncalibrated = StanceClassifier.of(base.modelName(), base.modelVersion(), nets,
                    new EncoderHeads(spec, heads, unseen, Map.of()), encoder);
            Map<String, Object> calParams = new LinkedHashMap<>();
            for (StanceView v : StanceView.values()) {
                Split s = trainer.split(v, dataDir, seed, data);
                int[] yv = s.validation().stream().mapToInt(e -> v.labels().indexOf(e.label())).toArray();
                int[] yt = s.test().stream().mapToInt(e -> v.labels().indexOf(e.label())).toArray();
                float[][] pv = ViewEvaluator.probabilities(uncalibrated, v, s.validation());
                float[][] pt = ViewEvaluator.probabilities(uncalibrated, v, s.test());
                // where the view has out-of-fold predictions of its training rows (target), T is fitted on those
                // (2,300 rows, not chosen on) rather than on the 289 validation rows that chose the network's epoch
                Object[] oofFused = ht.outOfFoldFused(v);
                // a view this run did not train keeps its temperature: its out-of-fold rows (if it had them) are not here
                boolean kept = !views.isEmpty() && !views.contains(v) && base.encoderHeads() != null
                        && base.encoderHeads().temperatures().containsKey(v);
                double t = kept ? base.encoderHeads().temperature(v)
                        : oofFused != null ? Calibration.fitTemperature((float[][]) oofFused[0], (int[]) oofFused[1])
                        : Calibration.fitTemperature(pv, yv);
                temps.put(v, t);
                calParams.put(v.key(), t);
                Map<String, Object> cal = new LinkedHashMap<>();
                cal.put("method", kept ? "temperature of the model this run built on (view not retrained)"
                        : "temperature on the final probabilities, fitted by log-likelihood on "
                        + (oofFused != null ? "out-of-fold predictions of the training rows" : "validation"));
                cal.put("temperature", t);
                cal.put("validationBefore", Calibration.reliability(pv, yv, 1));
                cal.put("validationAfter", Calibration.reliability(pv, yv, t));
                cal.put("testBefore", Calibration.reliability(pt, yt, 1));
                cal.put("testAfter", Calibration.reliability(pt, yt, t));
                @SuppressWarnings("unchecked")
                Map<String, Object> vm = (Map<String, Object>) metrics.computeIfAbsent(v.key(), k -> new LinkedHashMap<>());
                vm.put("calibration", cal);
                log.printf("[%s] calibration: T %.3f; test ECE %.4f -> %.4f%n", v.key(), t,
                        (Double) ((Map<?, ?>) cal.get("testBefore")).get("ece"), (Double) ((Map<?, ?>) cal.get("testAfter")).get("ece"));
            }
            headParams.put("temperature", calParams);
        }
        EncoderHeads eh = new EncoderHeads(spec, heads, unseen, temps);
        Map<String, byte[]> binaries = new LinkedHashMap<>();
        for (StanceView v : StanceView.values()) {
            binaries.put(StanceClassifier.entryName(v), archive.entry(StanceClassifier.entryName(v)));
        }
        binaries.put(EncoderHeads.ENTRY, eh.toJson());
        double seconds = (System.nanoTime() - t0) / 1e9;
        Provenance bp = archive.provenance();
        Map<String, Object> params = new LinkedHashMap<>(bp.params());
        params.put("encoderHeads", headParams);
        params.put("encoder", spec.toMap());
        ProvenanceBuilder builder = ProvenanceBuilder.of("stance", bp.name()).seed(bp.seed()).params(params).data(data)
                .licences(bp.licences()).seconds(bp.trainingSeconds() + seconds);
        // the heads' content names the version: a retrain of one view changes what is served and must not keep the
        // version stored classifications were made under
        Provenance prov = builder.version(builder.dateVersion(eh.toJson()) + "-e5").build();
        Path file = outDir.resolve("stance.zip");
        ModelArchive.write(file, archive.spec(StanceSpec.class), prov, binaries);
        metrics.put("encoderHeadsSeconds", Math.round(seconds));
        ModelArchive.writeJson(outDir.resolve("metrics.json"), metrics);
        log.printf("wrote %s (%d KB) in %.0fs%n", file, size(file) / 1024, seconds);
        return new TrainedModel(file, prov, metrics, seconds);
    }

    @SuppressWarnings("unchecked")
    private static Map<String, Object> readMetrics(Path file) {
        if (!Files.isRegularFile(file)) {
            return new LinkedHashMap<>();
        }
        try {
            return ModelArchive.json().readValue(file.toFile(), LinkedHashMap.class);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /**
     * Writes the train, validation and test parts of each view's split in the shared formats, so a baseline
     * or a prototype (bench) can train, tune and test on exactly the rows the model did. For benchmarks only: the files are copies of
     * shared data and must not be committed.
     */
    public void exportSplits(Path dataDir, long seed, Path outDir) {
        Map<String, String> data = new LinkedHashMap<>();
        try {
            Files.createDirectories(outDir);
            Split a = split(StanceView.ARTICLE, dataDir, seed, data);
            writeFnc(outDir, "fnc1_train", a.train());
            writeFnc(outDir, "fnc1_validation", a.validation());
            writeFnc(outDir, "fnc1_test", a.test());
            Split t = split(StanceView.TARGET, dataDir, seed, data);
            writeSemeval(outDir.resolve("semeval2016_train.txt"), t.train());
            writeSemeval(outDir.resolve("semeval2016_validation.txt"), t.validation());
            writeSemeval(outDir.resolve("semeval2016_test.txt"), t.test());
            Split p = split(StanceView.PARENT, dataDir, seed, data);
            writeReplies(outDir.resolve("replies_train.csv"), p.train());
            writeReplies(outDir.resolve("replies_validation.csv"), p.validation());
            writeReplies(outDir.resolve("replies_test.csv"), p.test());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        log.printf("wrote splits to %s%n", outDir);
    }

    private static void writeFnc(Path dir, String prefix, List<Example> rows) throws IOException {
        Map<String, String> bodies = new java.util.TreeMap<>();
        StringBuilder st = new StringBuilder("Headline,Body ID,Stance\n");
        for (Example e : rows) {
            bodies.put(e.group(), e.context());
            st.append(q(e.text())).append(',').append(e.group()).append(',').append(e.label()).append('\n');
        }
        StringBuilder b = new StringBuilder("Body ID,articleBody\n");
        bodies.forEach((id, body) -> b.append(id).append(',').append(q(body)).append('\n'));
        Files.writeString(dir.resolve(prefix + "_bodies.csv"), b);
        Files.writeString(dir.resolve(prefix + "_stances.csv"), st);
    }

    private static void writeSemeval(Path file, List<Example> rows) throws IOException {
        StringBuilder sb = new StringBuilder("ID\tTarget\tTweet\tStance\n");
        int id = 1;
        for (Example e : rows) {
            sb.append(id++).append('\t').append(e.context()).append('\t').append(e.text().replace('\t', ' '))
                    .append('\t').append(e.label().toUpperCase(java.util.Locale.ROOT)).append('\n');
        }
        Files.writeString(file, sb);
    }

    private static void writeReplies(Path file, List<Example> rows) throws IOException {
        StringBuilder sb = new StringBuilder("reply_text,parent_text,source_text,label,is_source,event\n");
        for (Example e : rows) {
            sb.append(q(e.text())).append(',').append(q(e.extra() == null ? "" : e.extra())).append(',')
                    .append(q(e.context())).append(',').append(e.label()).append(',').append(e.extra() == null)
                    .append(',').append(e.group()).append('\n');
        }
        Files.writeString(file, sb);
    }

    private static String q(String s) {
        return '"' + s.replace("\"", "\"\"") + '"';
    }

    /**
     * RumourEval's class mix differs from event to event (one event's replies query, another's support),
     * so offsets tuned on the one validation event follow that event. Here they are tuned on out-of-event
     * predictions instead: each training event (validation included) is scored by a network trained on
     * the others, the offsets are chosen on all of those predictions pooled, then folded into the network
     * trained as usual (train events, epoch chosen on the validation event without offsets).
     */
    private ViewTrainer.Trained eventHeldOutShift(Split s, ViewParams p, long seed, Map<String, Object> info) {
        long t0 = System.nanoTime();
        ViewParams plain = p.withPriorShift(0);
        List<Example> pool = new ArrayList<>(s.train());
        pool.addAll(s.validation());
        List<String> events = new ArrayList<>(new TreeSet<>(pool.stream().map(Example::group).toList()));
        List<float[]> probs = new ArrayList<>();
        List<Integer> gold = new ArrayList<>();
        for (int i = 0; i < events.size(); i++) {
            String event = events.get(i);
            List<Example> tr = pool.stream().filter(e -> !e.group().equals(event)).toList();
            List<Example> held = pool.stream().filter(e -> e.group().equals(event)).toList();
            log.printf("[parent] prior-shift fold %d/%d: '%s' held out (%d rows)%n", i + 1, events.size(), event,
                    held.size());
            ViewTrainer.Trained f = new ViewTrainer(StanceView.PARENT, plain, seed, log).train(tr, held);
            probs.addAll(List.of(ViewEvaluator.probabilities(f.model(), held)));
            held.forEach(e -> gold.add(StanceView.PARENT.labels().indexOf(e.label())));
        }
        float[][] pr = probs.toArray(new float[0][]);
        int[] g = gold.stream().mapToInt(Integer::intValue).toArray();
        // Chosen by macro-F1, the figure RumourEval stance is judged by here (issue 21), not by (accuracy + macro-F1) / 2
        // as the epoch is: that mix kept deny 0.1 below comment, and replies that dispute their parent at length
        // (seed 004) came out comment by 0.02-0.03. Out of event, macro-F1 0.493 -> 0.501 (accuracy 0.706 -> 0.685).
        PriorShift.Choice c = PriorShift.tune(Metrics::macroF1, StanceView.PARENT.labels(), pr, g, p.priorShift(), 0.1);
        double[][] logp = new double[pr.length][];
        for (int i = 0; i < pr.length; i++) {
            logp[i] = new double[pr[i].length];
            for (int k = 0; k < pr[i].length; k++) {
                logp[i][k] = Math.log(Math.max(pr[i][k], 1e-12));
            }
        }
        Metrics before = PriorShift.apply(StanceView.PARENT.labels(), logp, g, new double[pr[0].length]);
        log.printf("[parent] out-of-event offsets %s: %s -> %s%n", PriorShift.describe(c.offsets()),
                brief(StanceView.PARENT, before), brief(StanceView.PARENT, c.metrics()));
        ViewTrainer.Trained main = new ViewTrainer(StanceView.PARENT, plain, seed, log).train(s.train(), s.validation());
        PairModel shifted = ViewTrainer.shifted(main.model(), c.offsets());
        Map<String, Object> shift = new LinkedHashMap<>();
        shift.put("method", "offsets chosen by macro-F1 on pooled out-of-event predictions (" + events.size()
                + " folds, one event held out each)");
        shift.put("offsets", c.offsets());
        shift.put("outOfEventBefore", before.figures(StanceView.PARENT));
        shift.put("outOfEventAfter", c.metrics().figures(StanceView.PARENT));
        info.put("priorShift", shift);
        return new ViewTrainer.Trained(shifted, main.bestEpoch(), ViewEvaluator.evaluate(shifted, s.validation()),
                c.offsets(), (System.nanoTime() - t0) / 1e9);
    }

    private Map<String, Object> zeroShot(Split s, ViewParams p, long seed) {
        List<Example> train = s.train().stream().filter(e -> !e.group().equals(ZERO_SHOT_TARGET)).toList();
        List<Example> val = s.validation().stream().filter(e -> !e.group().equals(ZERO_SHOT_TARGET)).toList();
        List<Example> held = new ArrayList<>();
        for (List<Example> part : List.of(s.train(), s.validation(), s.test())) {
            part.stream().filter(e -> e.group().equals(ZERO_SHOT_TARGET)).forEach(held::add);
        }
        log.printf("[target] zero-shot run: '%s' held out entirely (%d rows)%n", ZERO_SHOT_TARGET, held.size());
        ViewTrainer.Trained t = new ViewTrainer(StanceView.TARGET, p, seed, log).train(train, val);
        Metrics m = ViewEvaluator.evaluate(t.model(), held);
        log.printf("[target] zero-shot on unseen target: %s%n", brief(StanceView.TARGET, m));
        Map<String, Object> out = new LinkedHashMap<>();
        out.put("heldOutTarget", ZERO_SHOT_TARGET);
        out.putAll(m.figures(StanceView.TARGET));
        return out;
    }

    static String brief(StanceView v, Metrics m) {
        return switch (v) {
            case ARTICLE -> String.format("fnc_score %.2f unrelated_f1 %.4f disagree_f1 %.4f macro_f1 %.4f",
                    m.fncScore(), m.f1("unrelated"), m.f1("disagree"), m.macroF1());
            case PARENT -> String.format("accuracy %.4f macro_f1 %.4f f1 %s", m.accuracy(), m.macroF1(), m.perClassF1());
            case TARGET -> String.format("f_avg %.4f macro_f1 %.4f f1 %s", m.fAvg(), m.macroF1(), m.perClassF1());
        };
    }

    record Split(List<Example> train, List<Example> validation, List<Example> test, String description) {
    }

    private static Split quickSplit(StanceView v, long seed) {
        List<Example> all = QuickSample.generate(v, seed, 300);
        return new Split(all.subList(0, 240), all.subList(240, 270), all.subList(270, 300), "generated sample 240/30/30");
    }

    Split split(StanceView v, Path dir, long seed, Map<String, String> data) {
        if (dir == null || !Files.isDirectory(dir)) {
            throw new StanceDataException("data directory not found: " + dir + " (expected the shared stance data, "
                    + "or use --quick)");
        }
        return switch (v) {
            case ARTICLE -> {
                Path bodies = record(dir, FNC_BODIES, data);
                List<Example> all = StanceFormat.FNC1.read(record(dir, FNC_STANCES, data), bodies);
                List<String> ids = new ArrayList<>(new TreeSet<>(all.stream().map(Example::group).toList()));
                java.util.Collections.shuffle(ids, new Random(seed));
                int nVal = ids.size() / 10;
                var val = new java.util.HashSet<>(ids.subList(0, nVal));
                var test = new java.util.HashSet<>(ids.subList(nVal, 2 * nVal));
                List<Example> tr = new ArrayList<>();
                List<Example> va = new ArrayList<>();
                List<Example> te = new ArrayList<>();
                for (Example e : all) {
                    (val.contains(e.group()) ? va : test.contains(e.group()) ? te : tr).add(e);
                }
                yield new Split(tr, va, te, "FNC-1 train files split by Body ID 80/10/10 (seeded)");
            }
            case TARGET -> {
                List<Example> all = new ArrayList<>(StanceFormat.SEMEVAL2016.read(record(dir, SEMEVAL_TRIAL, data), null));
                all.addAll(StanceFormat.SEMEVAL2016.read(record(dir, SEMEVAL_TRAIN, data), null));
                Map<String, List<Example>> byTarget = new java.util.TreeMap<>();
                for (Example e : all) {
                    byTarget.computeIfAbsent(e.group(), k -> new ArrayList<>()).add(e);
                }
                List<Example> tr = new ArrayList<>();
                List<Example> va = new ArrayList<>();
                List<Example> te = new ArrayList<>();
                Random r = new Random(seed);
                for (List<Example> rows : byTarget.values()) {
                    List<Example> shuffled = new ArrayList<>(rows);
                    java.util.Collections.shuffle(shuffled, r);
                    int n = shuffled.size() / 10;
                    va.addAll(shuffled.subList(0, n));
                    te.addAll(shuffled.subList(n, 2 * n));
                    tr.addAll(shuffled.subList(2 * n, shuffled.size()));
                }
                yield new Split(tr, va, te, "SemEval-2016 training+trial, per target 80/10/10 (seeded); zero-shot: '"
                        + ZERO_SHOT_TARGET + "' held out");
            }
            case PARENT -> {
                List<Example> train = StanceFormat.REPLIES.read(record(dir, RUMOUR_TRAIN, data), null);
                List<Example> dev = StanceFormat.REPLIES.read(record(dir, RUMOUR_DEV, data), null);
                List<Example> tr = train.stream().filter(e -> !e.group().equals(RUMOUR_VALIDATION_EVENT)).toList();
                List<Example> va = train.stream().filter(e -> e.group().equals(RUMOUR_VALIDATION_EVENT)).toList();
                yield new Split(tr, va, dev, "RumourEval 2017: train minus '" + RUMOUR_VALIDATION_EVENT
                        + "' / '" + RUMOUR_VALIDATION_EVENT + "' as validation / official dev as test");
            }
        };
    }

    private static Path record(Path dir, String relative, Map<String, String> data) {
        Path p = dir.resolve(relative);
        if (!Files.isRegularFile(p)) {
            throw new StanceDataException("missing data file " + p);
        }
        data.put("../shared/data/stance/" + relative, ProvenanceBuilder.sha256(p));
        return p;
    }

    private static long size(Path p) {
        try {
            return Files.size(p);
        } catch (IOException e) {
            return -1;
        }
    }

}
