package io.parley.extraction;

import io.parley.model.ModelArchive;
import io.parley.model.ModelCorrupt;
import opennlp.tools.ml.model.AbstractModel;
import opennlp.tools.ml.model.BinaryFileDataReader;
import opennlp.tools.ml.model.GenericModelReader;
import opennlp.tools.ml.model.GenericModelWriter;
import opennlp.tools.ml.model.MaxentModel;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.DataOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;

/** The learned block classifier: one or two OpenNLP maxent models plus the feature spec they were trained with. */
final class BlockModel {
    static final String STAGE_ONE = "blocks-stage1.maxent";
    static final String STAGE_TWO = "blocks-stage2.maxent";

    private final BlockFeatures.Spec spec;
    private final MaxentModel first;
    private final MaxentModel second;
    /** The same stages compiled for serving; null when a model cannot be compiled (then OpenNLP evaluates). */
    private final Compiled compiled;

    private record Compiled(BlockIds ids, CompiledMaxent first, CompiledMaxent second, int[] firstLabel) {
    }

    BlockModel(BlockFeatures.Spec spec, MaxentModel first, MaxentModel second) {
        this.spec = spec;
        this.first = first;
        this.second = second;
        this.compiled = compile(spec, first, second);
    }

    private static Compiled compile(BlockFeatures.Spec spec, MaxentModel first, MaxentModel second) {
        try {
            List<String[]> predicates = new ArrayList<>();
            predicates.add(predicates(first));
            if (second != null) {
                predicates.add(predicates(second));
            }
            BlockIds ids = new BlockIds(spec, predicates);
            CompiledMaxent one = CompiledMaxent.of(first, ids.rows());
            CompiledMaxent two = second == null ? null : CompiledMaxent.of(second, ids.rows());
            int[] firstLabel = new int[one.outcomes()];
            for (int o = 0; o < firstLabel.length; o++) {
                firstLabel[o] = spec.labels().indexOf(one.outcome(o));
                if (firstLabel[o] < 0) {
                    return null;
                }
            }
            return new Compiled(ids, one, two, firstLabel);
        } catch (IllegalArgumentException notGis) {
            return null;
        }
    }

    private static String[] predicates(MaxentModel model) {
        if (!(model instanceof opennlp.tools.ml.model.AbstractModel m)) {
            throw new IllegalArgumentException("not an OpenNLP model");
        }
        @SuppressWarnings("unchecked")
        java.util.Map<String, ?> pmap = (java.util.Map<String, ?>) m.getDataStructures()[1];
        return pmap.keySet().toArray(String[]::new);
    }

    BlockIds ids() {
        return compiled.ids();
    }

    MaxentModel first() {
        return first;
    }

    MaxentModel second() {
        return second;
    }

    CompiledMaxent compiledFirst() {
        return compiled.first();
    }

    CompiledMaxent compiledSecond() {
        return compiled.second();
    }

    /** Whether serving uses the compiled stages (else OpenNLP's evaluation of feature strings). */
    boolean compiled() {
        return compiled != null;
    }

    static BlockModel from(ModelArchive archive) {
        BlockFeatures.Spec spec = archive.spec(BlockFeatures.Spec.class);
        if (spec.labels() == null || spec.labels().size() != 3 || spec.version() != 1) {
            throw new ModelCorrupt(archive.location(), "extraction spec version " + spec.version() + " is not supported");
        }
        MaxentModel first = read(archive, STAGE_ONE);
        MaxentModel second = spec.stages() >= 2 ? read(archive, STAGE_TWO) : null;
        for (String label : spec.labels()) {
            if (first.getIndex(label) < 0) {
                throw new ModelCorrupt(archive.location(), "model has no outcome " + label);
            }
        }
        return new BlockModel(spec, first, second);
    }

    private static MaxentModel read(ModelArchive archive, String entry) {
        try {
            return new GenericModelReader(new BinaryFileDataReader(new ByteArrayInputStream(archive.entry(entry)))).getModel();
        } catch (IOException | RuntimeException e) {
            throw new ModelCorrupt(archive.location(), "cannot read " + entry + " (" + e.getMessage() + ")");
        }
    }

    static byte[] bytes(MaxentModel model) {
        try {
            ByteArrayOutputStream buf = new ByteArrayOutputStream();
            try (DataOutputStream out = new DataOutputStream(buf)) {
                new GenericModelWriter((AbstractModel) model, out).persist();
            }
            return buf.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    BlockFeatures.Spec spec() {
        return spec;
    }

    /** One label per block. */
    List<String> label(List<HtmlBlocks.Block> blocks) {
        if (compiled == null) {
            return labelByStrings(blocks);
        }
        BlockFeatures features = new BlockFeatures(spec);
        BlockFeatures.Facts facts = features.facts(blocks);
        int n = facts.n;
        int[][] one = compiled.ids().stageOne(features, facts);
        double[] scratch = new double[compiled.first().outcomes()];
        int[] firstLabels = new int[n];
        for (int i = 0; i < n; i++) {
            firstLabels[i] = compiled.firstLabel()[compiled.first().best(one[i], one[i].length, scratch)];
        }
        List<String> out = new ArrayList<>(n);
        if (compiled.second() == null) {
            for (int l : firstLabels) {
                out.add(spec.labels().get(l));
            }
            return out;
        }
        int[][] two = compiled.ids().stageTwo(one, firstLabels);
        CompiledMaxent second = compiled.second();
        scratch = new double[second.outcomes()];
        for (int i = 0; i < n; i++) {
            out.add(second.outcome(second.best(two[i], two[i].length, scratch)));
        }
        return out;
    }

    /** The reference path: feature strings evaluated by OpenNLP (training's view of a page). */
    List<String> labelByStrings(List<HtmlBlocks.Block> blocks) {
        BlockFeatures features = new BlockFeatures(spec);
        List<String[]> contexts = features.contexts(blocks);
        List<String> labels = best(first, contexts);
        if (second != null) {
            labels = best(second, features.stageTwo(contexts, labels));
        }
        return labels;
    }

    static List<String> best(MaxentModel model, List<String[]> contexts) {
        List<String> out = new ArrayList<>(contexts.size());
        for (String[] c : contexts) {
            out.add(model.getBestOutcome(model.eval(c)));
        }
        return out;
    }
}
