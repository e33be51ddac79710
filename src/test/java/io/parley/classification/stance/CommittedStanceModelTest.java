package io.parley.classification.stance;

import com.fasterxml.jackson.databind.JsonNode;
import io.parley.model.ModelArchive;
import io.parley.model.ModelNotFound;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** Golden checks of the committed model: it loads, says where it came from, and behaves sensibly. */
class CommittedStanceModelTest {

    static StanceClassifier model;

    @BeforeAll
    static void load() {
        model = StanceClassifier.load("");
    }

    @Test
    void provenanceNamesDataHashesAndTheSemevalTerms() {
        ModelArchive archive = ModelArchive.readResource("models/" + StanceClassifier.MODEL_PATH);
        assertThat(archive.provenance().task()).isEqualTo("stance");
        assertThat(archive.provenance().data()).containsKey("../shared/data/stance/fnc1/train_bodies.csv");
        assertThat(archive.provenance().licences()).anySatisfy(l -> assertThat(l).contains("not to redistribute"));
        assertThat(model.modelVersion()).isEqualTo(archive.provenance().version());
    }

    @Test
    void committedMetricsMeetTheUnrelatedAndDisagreeBars() throws Exception {
        JsonNode m = ModelArchive.json().readTree(Files.readAllBytes(Path.of("models/stance/metrics.json")));
        JsonNode test = m.get("article").get("test");
        assertThat(test.get("unrelated_f1").asDouble()).isGreaterThanOrEqualTo(0.97);
        assertThat(test.get("disagree_f1").asDouble()).isGreaterThanOrEqualTo(0.30);
    }

    @Test
    void offTopicCommentIsUnrelatedAndOnTopicOneIsNot() {
        String article = "Russia and the United States held more than seven hours of tense talks in Geneva on Monday "
                + "about Moscow's demands that NATO stop its eastward expansion and that Ukraine never join the alliance. "
                + "The U.S. said the demands were a non-starter and threatened sanctions if Russia invades Ukraine.";
        StanceResult off = model.classify("Best banana bread recipe: ripe bananas, butter, sugar and an hour in the oven.",
                article, null, List.of());
        StanceResult on = model.classify("Russia demands NATO stop expansion as Geneva talks with the U.S. end without "
                + "a breakthrough", article, null, List.of());
        assertThat(off.article().label()).isEqualTo("unrelated");
        assertThat(on.article().label()).isNotEqualTo("unrelated");
        assertThat(on.article().probability("unrelated")).isLessThan(off.article().probability("unrelated"));
    }

    @Test
    void aTargetNoTrainingSetHasIsScoredByTheUnseenTargetHead() {
        assertThat(model.encoderHeads().unseen()).as("the committed model has an unseen-target head").isNotNull();
        String t = "Donald Trump";
        StanceLabel against = model.classify("Donald Trump is a disgrace and a liar. Worst candidate this country has ever seen.",
                null, null, List.of(t)).targets().get(t);
        StanceLabel favor = model.classify("Trump will make America great again! Proud to vote for him #Trump2016",
                null, null, List.of(t)).targets().get(t);
        StanceLabel off = model.classify("Best banana bread recipe: ripe bananas, butter, sugar and an hour in the oven.",
                null, null, List.of(t)).targets().get(t);
        assertThat(against.label()).isEqualTo("against");
        assertThat(favor.label()).isEqualTo("favor");
        // a comment that is not about the target leans to none far more than one that is
        assertThat(off.probability("none")).isGreaterThan(against.probability("none") + 0.3);
    }

    @Test
    void modelFileCarriesATemperaturePerView() {
        for (StanceView v : StanceView.values()) {
            assertThat(model.encoderHeads().temperature(v)).as(v.key()).isBetween(0.2, 5.0);
        }
        assertThat(model.encoderHeads().temperatures()).hasSize(StanceView.values().length);
    }

    @Test
    void viewsWithoutContextAreNullAndProbabilitiesSumToOne() {
        StanceResult r = model.classify("Is this confirmed? Any source?", null, "Police say the gunman was shot dead.",
                List.of("gun control", "police"));
        assertThat(r.article()).isNull();
        assertThat(r.parent().probabilities().keySet()).containsExactly("support", "deny", "query", "comment");
        assertThat(r.parent().probabilities().values().stream().mapToDouble(Double::doubleValue).sum())
                .isCloseTo(1.0, org.assertj.core.data.Offset.offset(1e-3));
        assertThat(r.targets().keySet()).containsExactly("gun control", "police");
        assertThat(r.targets().get("police").probabilities().keySet()).containsExactly("favor", "against", "none");
    }

    @Test
    void questionReplyIsAQuery() {
        StanceResult r = model.classify("Is this really confirmed?? Any source for that?", null,
                "BREAKING: Gunman reported dead after shooting at parliament", List.of());
        assertThat(r.parent().label()).isEqualTo("query");
    }

    @Test
    void batchGivesTheSameAnswersAsSingleCalls() {
        List<StanceInput> in = List.of(
                new StanceInput("NATO expansion caused this crisis.", "Talks on NATO in Geneva ended.", null, List.of("NATO")),
                new StanceInput("This is fake news, a hoax.", null, "Putin is missing, say reports.", List.of()));
        List<StanceResult> batch = model.classifyAll(in);
        for (int i = 0; i < in.size(); i++) {
            StanceInput x = in.get(i);
            assertThat(batch.get(i)).isEqualTo(model.classify(x.comment(), x.articleText(), x.parentText(), x.targets()));
        }
    }

    @Test
    void anUnseenTargetAlwaysGoesThroughTheEncoderAndATrainingTargetOnlyWhenTheNetworkIsUnsure() {
        assertThat(model.encoderHeads()).as("committed model has encoder heads").isNotNull();
        assertThat(model.encoder().spec()).isEqualTo(model.encoderHeads().encoder());
        long before = model.encoderUse().get("target")[1];
        StanceResult unseen = model.classify("Stop the eastward expansion, it only provokes a war.", null, null,
                List.of("Russia's demands on NATO"));
        assertThat(model.encoderUse().get("target")[1]).isEqualTo(before + 1);
        assertThat(unseen.targets().get("Russia's demands on NATO").probabilities().values().stream()
                .mapToDouble(Double::doubleValue).sum()).isCloseTo(1.0, org.assertj.core.data.Offset.offset(1e-3));
        StanceResult seen = model.classify("There is no god and religion poisons everything.", null, null,
                List.of("Atheism"));
        // the per-target head runs only inside the band (top network probability below it)
        assertThat(model.encoderUse().get("target")[1]).isBetween(before + 1, before + 2);
        // SemEval's "Atheism" is stance toward atheism: rejecting god is in favour of it
        assertThat(seen.targets().get("Atheism").label()).isEqualTo("favor");
    }

    @Test
    void missingModelsDirectoryFailsFast() {
        assertThatThrownBy(() -> new StanceConfiguration().stanceClassifier("/nonexistent/models",
                new org.springframework.beans.factory.support.DefaultListableBeanFactory().getBeanProvider(io.parley.model.EarlyLoads.class)))
                .isInstanceOf(ModelNotFound.class).hasMessageContaining("stance.zip");
    }
}
