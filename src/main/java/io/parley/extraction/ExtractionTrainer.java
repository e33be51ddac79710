package io.parley.extraction;

import io.parley.model.ModelArchive;
import io.parley.model.Provenance;
import io.parley.model.ProvenanceBuilder;
import opennlp.tools.ml.EventTrainer;
import opennlp.tools.ml.TrainerFactory;
import opennlp.tools.ml.model.Event;
import opennlp.tools.ml.model.MaxentModel;
import opennlp.tools.util.CollectionObjectStream;
import opennlp.tools.util.TrainingParameters;

import java.io.IOException;
import java.io.PrintStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;

/**
 * Trains the block classifier on Dragnet pages: a seeded split into train / validation / test, block
 * labels from the gold text, a stage-one maxent model on block features, and a stage-two model that
 * also sees stage one's labels of the neighbours (cross-fitted on the training pages, so it learns from
 * realistic, not memorised, stage-one output). Reports validation figures; the test split is only ever
 * read by {@code parley evaluate extraction}.
 */
public final class ExtractionTrainer {

    /**
     * @param dragnet   the Dragnet {@code .tar.gz} or an unpacked directory
     * @param modelFile where the model zip goes
     * @param splitFile where the page split (JSON) goes
     */
    public record Options(Path dragnet, Path modelFile, Path splitFile, long seed, int iterations, int cutoff,
                          int folds, int maxPages, int threads, boolean blocks, boolean lines) {
        public static Options defaults(Path dragnet, Path modelFile, Path splitFile) {
            return new Options(dragnet, modelFile, splitFile, 20261127L, 150, 3, 3, 0, 1, true, true);
        }

        /** The text-line model goes beside the block model. */
        public Path linesFile() {
            return modelFile.resolveSibling(PageExtractors.LINES_FILE);
        }
    }

    /** What training measured on the validation pages. */
    public record Result(int trainPages, int validationPages, int testPages, long events, double seconds,
                         double validationArticleF1, double validationCommentF1) {
    }

    /** The seeded split, stored beside the training data so evaluation can name the held-out pages. */
    public record Split(long seed, List<String> train, List<String> validation, List<String> test) {
    }

    private final Options options;
    private final PrintStream log;
    private final Map<String, String> interned = new HashMap<>();

    private ExtractionTrainer(Options options, PrintStream log) {
        this.options = options;
        this.log = log;
    }

    public static Result train(Options options, PrintStream log) {
        return new ExtractionTrainer(options, log).run();
    }

    /** 15 % test, 10 % validation, the rest train, after a shuffle seeded with {@code seed}. */
    public static Split split(List<String> ids, long seed) {
        List<String> shuffled = new ArrayList<>(ids);
        Collections.sort(shuffled);
        Collections.shuffle(shuffled, new Random(seed));
        int test = (int) Math.round(shuffled.size() * 0.15);
        int validation = (int) Math.round(shuffled.size() * 0.10);
        return new Split(seed, sorted(shuffled.subList(test + validation, shuffled.size())),
                sorted(shuffled.subList(test, test + validation)), sorted(shuffled.subList(0, test)));
    }

    private static List<String> sorted(List<String> ids) {
        List<String> out = new ArrayList<>(ids);
        Collections.sort(out);
        return List.copyOf(out);
    }

    private record Prepared(List<String[]> contexts, List<String> labels) {
    }

    private Result run() {
        DragnetCorpus corpus = DragnetCorpus.open(options.dragnet());
        Split split = split(corpus.ids(), options.seed());
        writeSplit(split);
        List<String> trainIds = split.train();
        if (options.maxPages() > 0 && trainIds.size() > options.maxPages()) {
            trainIds = trainIds.subList(0, options.maxPages());
        }
        Result result = options.blocks() ? blocks(corpus, split, trainIds) : null;
        if (options.lines()) {
            lines(corpus, split, trainIds);
        }
        return result;
    }

    /**
     * The text-line model learns from Dragnet pages turned into plain-text dumps (one paragraph per DOM
     * block, labels as for blocks), since no labelled dumps exist; the drop threshold is chosen on the
     * validation pages' dumps.
     */
    private void lines(DragnetCorpus corpus, Split split, List<String> trainIds) {
        long start = System.nanoTime();
        List<Prepared> prepared = new ArrayList<>();
        long t0 = System.nanoTime();
        LineModel.Spec spec = LineModel.Spec.defaults(0.5);
        for (int i = 0; i < trainIds.size(); i++) {
            DragnetCorpus.Page page = corpus.page(trainIds.get(i));
            List<HtmlBlocks.Block> blocks = HtmlBlocks.of(body(page), Deadline.none());
            BlockLabeler labeler = new BlockLabeler(page.article(), page.comments());
            List<String> texts = new ArrayList<>(blocks.size());
            List<String> labels = new ArrayList<>(blocks.size());
            for (HtmlBlocks.Block b : blocks) {
                texts.add(b.text);
                labels.add(labeler.label(b));
            }
            prepared.add(new Prepared(intern(LineModel.contexts(texts, spec.window())), labels));
            progress("line features", i + 1, trainIds.size(), t0);
        }
        int folds = Math.max(2, options.folds());
        List<Event> secondEvents = new ArrayList<>();
        for (int f = 0; f < folds; f++) {
            List<Prepared> in = new ArrayList<>();
            for (int i = 0; i < prepared.size(); i++) {
                if (i % folds != f) {
                    in.add(prepared.get(i));
                }
            }
            log.printf("lines stage 1, fold %d/%d%n", f + 1, folds);
            MaxentModel m = fit(stageOneEvents(in));
            for (int i = f; i < prepared.size(); i += folds) {
                Prepared p = prepared.get(i);
                List<String[]> ctx = intern(LineModel.stageTwo(p.contexts(), BlockModel.best(m, p.contexts()), spec));
                for (int j = 0; j < ctx.size(); j++) {
                    secondEvents.add(new Event(p.labels().get(j), ctx.get(j)));
                }
            }
        }
        log.println("lines stage 1, all training pages");
        MaxentModel first = fit(stageOneEvents(prepared));
        log.println("lines stage 2");
        MaxentModel second = fit(secondEvents);
        LineModel model = new LineModel(spec, first, second);

        double best = -1;
        double threshold = 0.5;
        for (double t : new double[]{0.5, 0.6, 0.7, 0.8, 0.9}) {
            PageExtractor ex = new StandardPageExtractor(new HtmlExtractor(null), model.withThreshold(t), 60_000);
            ExtractionEvaluator.Report r = ExtractionEvaluator.evaluate(ex, corpus, split.validation(), true, line -> {
            });
            double score = (r.articleF1() + r.commentF1()) / 2;
            log.printf("lines: validation (text dumps) at drop threshold %.1f: article F1 %.3f, comment F1 %.3f%n", t,
                    r.articleF1(), r.commentF1());
            if (score > best) {
                best = score;
                threshold = t;
            }
        }
        double seconds = (System.nanoTime() - start) / 1e9;
        Map<String, Object> params = new LinkedHashMap<>();
        params.put("algorithm", "OpenNLP maxent (GIS), two stages, text-only paragraph features");
        params.put("iterations", options.iterations());
        params.put("cutoff", options.cutoff());
        params.put("folds", folds);
        params.put("trainPages", trainIds.size());
        params.put("training text", "Dragnet pages rendered as dumps: one paragraph per DOM block");
        params.put("dropThreshold", threshold);
        params.put("dropThresholdChosenOn", "validation pages (split.json)");
        Provenance provenance = ProvenanceBuilder.of("extraction", "extraction-text-lines")
                .version("1." + Instant.now().toString().substring(0, 10)).seed(options.seed()).params(params)
                .data(dataName(options.dragnet()), options.dragnet())
                .licences(List.of("Dragnet benchmark data (seomoz/dragnet_data, collected 2012 by Moz): AGPL-3.0",
                        "OpenNLP (tools): Apache-2.0")).seconds(seconds).build();
        Map<String, byte[]> binaries = new LinkedHashMap<>();
        binaries.put(LineModel.STAGE_ONE, BlockModel.bytes(first));
        binaries.put(LineModel.STAGE_TWO, BlockModel.bytes(second));
        Path file = options.linesFile();
        // provenance.json beside the models is the block model's (the folder's main model)
        ModelArchive.write(file, LineModel.Spec.defaults(threshold), provenance, binaries, "text-lines.provenance.json");
        log.printf("text-line model written to %s (drop threshold %.1f, %.0f s)%n", file, threshold, seconds);
    }

    private Result blocks(DragnetCorpus corpus, Split split, List<String> trainIds) {
        long start = System.nanoTime();
        log.printf("extraction: %d train, %d validation, %d test pages (seed %d)%n", trainIds.size(),
                split.validation().size(), split.test().size(), options.seed());
        BlockFeatures.Spec spec = BlockFeatures.Spec.defaults();
        BlockFeatures features = new BlockFeatures(spec);
        List<Prepared> prepared = new ArrayList<>();
        long t0 = System.nanoTime();
        int[] labelCounts = new int[3];
        for (int i = 0; i < trainIds.size(); i++) {
            DragnetCorpus.Page page = corpus.page(trainIds.get(i));
            List<HtmlBlocks.Block> blocks = HtmlBlocks.of(body(page), Deadline.none());
            BlockLabeler labeler = new BlockLabeler(page.article(), page.comments());
            List<String> labels = new ArrayList<>(blocks.size());
            for (HtmlBlocks.Block b : blocks) {
                String l = labeler.label(b);
                labels.add(l);
                labelCounts[spec.labels().indexOf(l)]++;
            }
            prepared.add(new Prepared(intern(features.contexts(blocks)), labels));
            progress("features", i + 1, trainIds.size(), t0);
        }
        log.printf("blocks: article %d, comment %d, boilerplate %d%n", labelCounts[0], labelCounts[1], labelCounts[2]);

        // Stage two learns from stage-one labels produced by models that never saw the page.
        int folds = Math.max(2, options.folds());
        List<List<String>> crossLabels = new ArrayList<>(Collections.nCopies(prepared.size(), null));
        for (int f = 0; f < folds; f++) {
            List<Prepared> in = new ArrayList<>();
            for (int i = 0; i < prepared.size(); i++) {
                if (i % folds != f) {
                    in.add(prepared.get(i));
                }
            }
            log.printf("stage 1, fold %d/%d%n", f + 1, folds);
            MaxentModel m = fit(stageOneEvents(in));
            for (int i = f; i < prepared.size(); i += folds) {
                crossLabels.set(i, BlockModel.best(m, prepared.get(i).contexts()));
            }
        }
        List<Event> secondEvents = new ArrayList<>();
        for (int i = 0; i < prepared.size(); i++) {
            Prepared p = prepared.get(i);
            List<String[]> ctx = intern(features.stageTwo(p.contexts(), crossLabels.get(i)));
            for (int j = 0; j < ctx.size(); j++) {
                secondEvents.add(new Event(p.labels().get(j), ctx.get(j)));
            }
        }
        log.println("stage 1, all training pages");
        List<Event> firstEvents = stageOneEvents(prepared);
        MaxentModel first = fit(firstEvents);
        log.println("stage 2");
        MaxentModel second = fit(secondEvents);
        double seconds = (System.nanoTime() - start) / 1e9;

        BlockModel model = new BlockModel(spec, first, second);
        Map<String, Object> params = new LinkedHashMap<>();
        params.put("algorithm", "OpenNLP maxent (GIS), two stages");
        params.put("iterations", options.iterations());
        params.put("cutoff", options.cutoff());
        params.put("folds", folds);
        params.put("trainPages", trainIds.size());
        params.put("validationPages", split.validation().size());
        params.put("testPages", split.test().size());
        params.put("split", "seeded shuffle: 15% test, 10% validation, rest train; see training-data/extraction/split.json");
        params.put("events", firstEvents.size());
        Provenance provenance = ProvenanceBuilder.of("extraction", "extraction-blocks")
                .version("1." + Instant.now().toString().substring(0, 10)).seed(options.seed()).params(params)
                .data(dataName(options.dragnet()), options.dragnet())
                .licences(List.of("Dragnet benchmark data (seomoz/dragnet_data, collected 2012 by Moz): AGPL-3.0",
                        "OpenNLP (tools, pre-trained English models): Apache-2.0")).seconds(seconds).build();
        Map<String, byte[]> binaries = new LinkedHashMap<>();
        binaries.put(BlockModel.STAGE_ONE, BlockModel.bytes(first));
        binaries.put(BlockModel.STAGE_TWO, BlockModel.bytes(second));
        ModelArchive.write(options.modelFile(), spec, provenance, binaries);
        log.printf("model written to %s (%.0f s)%n", options.modelFile(), seconds);

        PageExtractor extractor = new StandardPageExtractor(new HtmlExtractor(model), 60_000);
        ExtractionEvaluator.Report v = ExtractionEvaluator.evaluate(extractor, corpus, split.validation(), false, line -> {
        });
        log.printf("validation: article F1 %.3f (P %.3f R %.3f), comment F1 %.3f (P %.3f R %.3f) on %d pages%n",
                v.articleF1(), v.articlePrecision(), v.articleRecall(), v.commentF1(), v.commentPrecision(),
                v.commentRecall(), v.pages());
        return new Result(trainIds.size(), split.validation().size(), split.test().size(), firstEvents.size(), seconds,
                v.articleF1(), v.commentF1());
    }

    static org.jsoup.nodes.Element body(DragnetCorpus.Page page) {
        org.jsoup.nodes.Document doc = HtmlExtractor.parse(page.htmlText());
        return doc.body() == null ? doc : doc.body();
    }

    private List<Event> stageOneEvents(List<Prepared> pages) {
        List<Event> events = new ArrayList<>();
        for (Prepared p : pages) {
            for (int j = 0; j < p.contexts().size(); j++) {
                events.add(new Event(p.labels().get(j), p.contexts().get(j)));
            }
        }
        return events;
    }

    private MaxentModel fit(List<Event> events) {
        TrainingParameters params = new TrainingParameters();
        params.put(TrainingParameters.ALGORITHM_PARAM, "MAXENT");
        params.put(TrainingParameters.ITERATIONS_PARAM, options.iterations());
        params.put(TrainingParameters.CUTOFF_PARAM, options.cutoff());
        params.put(TrainingParameters.THREADS_PARAM, Math.max(1, options.threads()));
        params.put("PrintMessages", false);
        EventTrainer trainer = TrainerFactory.getEventTrainer(params, null);
        long t = System.nanoTime();
        try {
            MaxentModel m = trainer.train(new CollectionObjectStream<>(events));
            double s = (System.nanoTime() - t) / 1e9;
            log.printf("  %d events, %d iterations in %.1f s (%.0f events/s)%n", events.size(), options.iterations(), s,
                    events.size() * (double) options.iterations() / s);
            return m;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private List<String[]> intern(List<String[]> contexts) {
        for (String[] c : contexts) {
            for (int i = 0; i < c.length; i++) {
                c[i] = interned.computeIfAbsent(c[i], k -> k);
            }
        }
        return contexts;
    }

    private void progress(String what, int done, int total, long t0) {
        if (done % 50 == 0 || done == total) {
            double s = (System.nanoTime() - t0) / 1e9;
            double rate = done / s;
            log.printf("%s: %d/%d pages, %.1f pages/s, ETA %.0f s%n", what, done, total, rate, (total - done) / rate);
        }
    }

    private void writeSplit(Split split) {
        if (options.splitFile() == null) {
            return;
        }
        try {
            Files.createDirectories(options.splitFile().toAbsolutePath().getParent());
            Files.write(options.splitFile(), ModelArchive.json().writeValueAsBytes(split));
        } catch (IOException e) {
            throw new UncheckedIOException("cannot write " + options.splitFile(), e);
        }
    }

    private static String dataName(Path p) {
        String s = p.toString();
        int at = s.indexOf("shared/data/");
        return at >= 0 ? "../" + s.substring(at) : s;
    }
}
