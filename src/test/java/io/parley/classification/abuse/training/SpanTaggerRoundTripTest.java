package io.parley.classification.abuse.training;

import com.fasterxml.jackson.databind.node.ObjectNode;
import io.parley.classification.abuse.AbuseClassifier;
import io.parley.classification.abuse.AbuseScores;
import io.parley.classification.abuse.ScoredSpan;
import io.parley.classification.abuse.SpanTagger;
import io.parley.classification.text.HashedNgrams;
import io.parley.model.ModelArchive;
import io.parley.model.ModelCorrupt;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * The toxicity span tagger: trained by {@code train abuse} (quick model on the repo's sample, whose toxic
 * rows carry gold spans), stored in the model file, and served from it; files without it keep loading.
 */
class SpanTaggerRoundTripTest {

    @TempDir
    static Path dir;
    static final Path model = QuickModels.trained();
    static final List<AbuseDatasets.Example> sample = QuickModels.sample();

    @Test
    void theModelFileCarriesTheTaggerWithItsSettingsAndProvenance() {
        ModelArchive archive = ModelArchive.read(model);
        AbuseClassifier c = AbuseClassifier.load(archive);
        assertThat(c.tagger()).isNotNull();
        SpanTagger.Settings s = c.spec().spanTagger();
        assertThat(s).isEqualTo(c.tagger().settings());
        assertThat(s.tokenThreshold()).isBetween(0.05, 0.8);
        assertThat(s.relative()).isBetween(0.0, 0.9);
        assertThat(archive.entry(SpanTagger.ENTRY)).hasSize(4 * s.width(c.labels().size()));
        assertThat(archive.provenance().params()).containsKey("span_tagger");
        // the weights survive the byte round trip exactly
        assertThat(SpanTagger.weights(c.tagger().weightBytes())).isEqualTo(SpanTagger.weights(archive.entry(SpanTagger.ENTRY)));
    }

    @Test
    void servedToxicitySpansAreTheTaggersAndFitTheGoldSpansOfItsTrainingRows() {
        AbuseClassifier c = AbuseClassifier.load(ModelArchive.read(model));
        double tagged = 0;
        double head = 0;
        AbuseClassifier headOnly = c.withTagger(null);
        int n = 0;
        for (AbuseDatasets.Example e : sample) {
            HashedNgrams.Features f = c.features(e.text());
            double[] p = c.probabilities(e.text(), f);
            AbuseEvaluator.Scored r = new AbuseEvaluator.Scored(e, f, p);
            List<int[]> predicted = AbuseEvaluator.predictedSpans(c, r);
            tagged += Metrics.spanF1(e.text(), predicted, e.spans());
            head += Metrics.spanF1(e.text(), AbuseEvaluator.predictedSpans(headOnly, r), e.spans());
            n++;
            AbuseScores served = c.score(e.text());
            List<ScoredSpan> tox = served.spans().stream().filter(sp -> sp.label().equals("toxicity")).toList();
            if (p[Heads.TOXICITY] >= Math.max(c.spec().spanMinScore(), c.spec().threshold("toxicity"))) {
                // serving and evaluation give the same toxicity spans: both are the tagger's
                assertThat(ranges(tox)).as(e.text()).containsExactlyElementsOf(ranges(c.tagger().spans(c, e.text(), f,
                        p[Heads.TOXICITY])));
            } else {
                assertThat(tox).as(e.text()).isEmpty();
            }
        }
        // its own training rows: the tagger learnt the marked words (the head alone marks what raises the score)
        assertThat(tagged / n).isGreaterThan(0.8).isGreaterThanOrEqualTo(head / n);
    }

    @Test
    void aModelFileWithoutTheTaggerStillLoadsAndServesTheHeadSpans() throws Exception {
        ModelArchive archive = ModelArchive.read(model);
        ObjectNode spec = archive.spec().deepCopy();
        spec.remove("spanTagger");
        Path old = dir.resolve("old.zip");
        ModelArchive.write(old, spec, archive.provenance(), Map.of(AbuseClassifier.NETWORK,
                archive.entry(AbuseClassifier.NETWORK)));
        AbuseClassifier c = AbuseClassifier.load(ModelArchive.read(old));
        assertThat(c.tagger()).isNull();
        AbuseClassifier withTagger = AbuseClassifier.load(archive);
        for (AbuseDatasets.Example e : sample) {
            AbuseScores s = c.score(e.text());
            assertThat(s.scores()).isEqualTo(withTagger.score(e.text()).scores());
            HashedNgrams.Features f = c.features(e.text());
            if (s.toxicity() >= Math.max(c.spec().spanMinScore(), c.spec().threshold("toxicity"))) {
                assertThat(ranges(s.spans().stream().filter(sp -> sp.label().equals("toxicity")).toList()))
                        .containsExactlyElementsOf(ranges(c.spans(e.text(), f, Heads.TOXICITY,
                                c.spec().spanTokenThresholds()[Heads.TOXICITY])));
            }
        }
    }

    @Test
    void aSpecWrittenBeforeTheRelativeBarLoadsWithAFixedBar() {
        ModelArchive archive = ModelArchive.read(model);
        ObjectNode spec = archive.spec().deepCopy();
        ((ObjectNode) spec.get("spanTagger")).remove("relative");
        Path old = dir.resolve("fixed-bar.zip");
        ModelArchive.write(old, spec, archive.provenance(), Map.of(AbuseClassifier.NETWORK,
                archive.entry(AbuseClassifier.NETWORK), SpanTagger.ENTRY, archive.entry(SpanTagger.ENTRY)));
        AbuseClassifier c = AbuseClassifier.load(ModelArchive.read(old));
        assertThat(c.tagger().settings().relative()).isZero();
        assertThat(c.tagger().settings().tokenThreshold()).isEqualTo(
                AbuseClassifier.load(archive).tagger().settings().tokenThreshold());
    }

    @Test
    void aRelativeBarRisesWithTheBestTokenAndZeroIsTheFixedBar() {
        String text = "you stupid lazy idiot";
        HashedNgrams.Features f = AbuseClassifier.load(ModelArchive.read(model)).features(text);
        assertThat(f.tokens()).isEqualTo(4);
        double[] p = {0.1, 0.35, 0.3, 0.99};
        // fixed bar 0.3: "stupid lazy idiot" is one run
        assertThat(ranges(SpanTagger.spans(text, f, p, 0.3, 0, 0))).containsExactly("4-21");
        // logit(0.3) + 0.5 logit(0.99) = 1.45, p = 0.81: only the clearly toxic word stays
        assertThat(ranges(SpanTagger.spans(text, f, p, 0.3, 0, 0.5))).containsExactly("16-21");
        // a weak best token lowers the bar instead: logit(0.3) + 0.5 logit(0.35) = -1.16, p = 0.24
        double[] weak = {0.1, 0.35, 0.3, 0.25};
        assertThat(ranges(SpanTagger.spans(text, f, weak, 0.3, 0, 0.5))).containsExactly("4-21");
        // the gate still decides whether a comment gets spans at all
        assertThat(SpanTagger.spans(text, f, weak, 0.3, 0.4, 0.5)).isEmpty();
        assertThatThrownBy(() -> new SpanTagger.Settings(2, 3, 5, true, true, 1, 0.3, 0, 1, SpanTagger.HASH))
                .isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void aSpecNamingATaggerWithoutItsWeightsFailsFast() {
        ModelArchive archive = ModelArchive.read(model);
        Path broken = dir.resolve("broken.zip");
        ModelArchive.write(broken, archive.spec(), archive.provenance(), Map.of(AbuseClassifier.NETWORK,
                archive.entry(AbuseClassifier.NETWORK)));
        assertThatThrownBy(() -> AbuseClassifier.load(ModelArchive.read(broken)))
                .isInstanceOf(ModelCorrupt.class).hasMessageContaining(SpanTagger.ENTRY);
        Path short1 = dir.resolve("short.zip");
        ModelArchive.write(short1, archive.spec(), archive.provenance(), Map.of(AbuseClassifier.NETWORK,
                archive.entry(AbuseClassifier.NETWORK), SpanTagger.ENTRY, new byte[40]));
        assertThatThrownBy(() -> AbuseClassifier.load(ModelArchive.read(short1)))
                .isInstanceOf(ModelCorrupt.class).hasMessageContaining("span tagger weights");
    }

    private static List<String> ranges(List<ScoredSpan> spans) {
        List<String> out = new ArrayList<>();
        for (ScoredSpan s : spans) {
            out.add(s.start() + "-" + s.end());
        }
        return out;
    }
}
