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

    BlockModel(BlockFeatures.Spec spec, MaxentModel first, MaxentModel second) {
        this.spec = spec;
        this.first = first;
        this.second = second;
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
