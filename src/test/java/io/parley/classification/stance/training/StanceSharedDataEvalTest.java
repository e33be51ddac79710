package io.parley.classification.stance.training;

import io.parley.classification.stance.StanceClassifier;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.file.Path;

import static org.assertj.core.api.Assertions.assertThat;

/** The committed model on the held-out rows of the shared data (needs ../shared/data; runs with -Peval). */
@Tag("eval")
class StanceSharedDataEvalTest {

    static final Path DATA = Path.of("../shared/data/stance");
    static StanceClassifier model;

    @TempDir
    static Path splits;

    @BeforeAll
    static void setUp() {
        model = StanceClassifier.load("");
        // The same seed as the committed model's training run gives the same held-out rows.
        long seed = provenanceSeed();
        new StanceTrainer(new PrintStream(new ByteArrayOutputStream())).exportSplits(DATA, seed, splits);
    }

    static long provenanceSeed() {
        return io.parley.model.ModelArchive.readResource("models/" + StanceClassifier.MODEL_PATH).provenance().seed();
    }

    @Test
    void fncTestSplitBeatsTheIssueBars() {
        var r = StanceEvaluation.fnc1(model, splits.resolve("fnc1_test_bodies.csv"), splits.resolve("fnc1_test_stances.csv"));
        assertThat((double) r.figures().get("fnc_score")).isGreaterThanOrEqualTo(82.0);
        assertThat((double) r.figures().get("unrelated_f1")).isGreaterThanOrEqualTo(0.97);
        assertThat((double) r.figures().get("disagree_f1")).isGreaterThanOrEqualTo(0.30);
    }

    @Test
    void rumourEvalDevBeatsTheMajorityClassOnMacroF1() {
        var r = StanceEvaluation.replies(model, DATA.resolve(StanceTrainer.RUMOUR_DEV));
        // majority class ("comment") alone: macro-F1 = F1(comment)/4, about 0.19
        assertThat((double) r.figures().get("macro_f1")).isGreaterThan(0.45);
    }

    @Test
    void semevalTestSplitBeatsAnAlwaysAgainstGuess() {
        var r = StanceEvaluation.semeval2016(model, splits.resolve("semeval2016_test.txt"));
        // always AGAINST: F1(against) about 0.65, F1(favor) 0 -> F_avg about 0.33
        assertThat((double) r.figures().get("f_avg")).isGreaterThan(0.5);
    }
}
