package io.parley.classification.stance.training;

import com.fasterxml.jackson.databind.JsonNode;
import io.parley.classification.stance.StanceClassifier;
import io.parley.classification.stance.StanceView;
import io.parley.model.ModelArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/** Train (quick, generated sample) -> save -> load gives the same model: the reloaded one scores the test rows alike. */
class QuickTrainRoundTripTest {

    @TempDir
    Path modelsDir;

    @Test
    void quickModelSurvivesSaveAndLoad() throws Exception {
        long seed = 7;
        Path out = modelsDir.resolve("stance");
        var outcome = StanceTrainer.train(new StanceTrainingOptions(null, out, true, seed, null, List.of(), 1),
                new PrintStream(new ByteArrayOutputStream()));

        assertThat(outcome.model()).exists();
        assertThat(out.resolve("provenance.json")).exists();
        JsonNode metrics = ModelArchive.json().readTree(Files.readAllBytes(out.resolve("metrics.json")));
        StanceClassifier loaded = StanceClassifier.load(modelsDir.toString());
        assertThat(loaded.modelVersion()).startsWith("quick-");

        for (StanceView v : StanceView.values()) {
            List<Example> all = QuickSample.generate(v, seed, 300);
            Metrics again = ViewEvaluator.evaluate(loaded.view(v), all.subList(270, 300));
            JsonNode saved = metrics.get(v.key()).get("test");
            assertThat(again.macroF1()).as(v.key()).isEqualTo(saved.get("macro_f1").asDouble(), org.assertj.core.data.Offset.offset(1e-4));
            assertThat(again.accuracy()).as(v.key()).isEqualTo(saved.get("accuracy").asDouble(), org.assertj.core.data.Offset.offset(1e-4));
        }
        // The spec inside the zip drives serving: the vocabulary was learned from the generated sample.
        ModelArchive archive = ModelArchive.read(outcome.model());
        assertThat(archive.spec().get("views").get("target").get("contextVocab").toString()).contains("nato");
        assertThat(archive.provenance().licences()).anySatisfy(l -> assertThat(l).contains("generated"));
    }
}
