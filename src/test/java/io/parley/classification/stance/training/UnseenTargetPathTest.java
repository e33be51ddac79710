package io.parley.classification.stance.training;

import io.parley.classification.stance.EncoderHeads;
import io.parley.classification.stance.StanceClassifier;
import io.parley.classification.stance.StanceLabel;
import io.parley.classification.stance.StanceView;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

/**
 * A target no training set has (SemEval-2016 task B's "Donald Trump") takes one path everywhere: `evaluate stance
 * --format semeval2016` (what the hidden check runs), a site target in serving ({@link StanceClassifier#classify}) and
 * the leave-one-target-out measurement (the head's own {@link EncoderHeads#unseenProbabilities}) give the same
 * probabilities with the committed model.
 */
class UnseenTargetPathTest {

    static StanceClassifier model;

    @TempDir
    static Path dir;

    @BeforeAll
    static void load() {
        model = StanceClassifier.load("");
    }

    @Test
    void evaluationServingAndTheHeadAgreeOnATargetNoTrainingSetHas() throws Exception {
        String target = "Donald Trump";
        List<String> tweets = List.of("Donald Trump is a disgrace and a liar. #SemST",
                "Proud to vote for Trump, he will make America great again! #SemST",
                "Watching the debate tonight with friends. #SemST");
        Path file = dir.resolve("b.txt");
        StringBuilder tsv = new StringBuilder("ID\tTarget\tTweet\tStance\n");
        for (int i = 0; i < tweets.size(); i++) {
            tsv.append(10001 + i).append('\t').append(target).append('\t').append(tweets.get(i)).append("\tNONE\n");
        }
        Files.writeString(file, tsv, StandardCharsets.UTF_8);
        List<Example> rows = StanceFormat.SEMEVAL2016.read(file, null);
        float[][] evaluated = ViewEvaluator.probabilities(model, StanceView.TARGET, rows);

        EncoderHeads.Unseen unseen = model.encoderHeads().unseen();
        float[] dir = unseen.usesPrototypes() ? EncoderHeads.direction(unseen,
                model.encoder().encode(EncoderHeads.prototypes(unseen, target))) : null;
        float[] t = model.encoder().encode(List.of(target))[0];
        for (int i = 0; i < tweets.size(); i++) {
            StanceLabel served = model.classify(tweets.get(i), null, null, List.of(target)).targets().get(target);
            float[] c = model.encoder().encode(List.of(tweets.get(i)))[0];
            float[] raw = EncoderHeads.unseenProbabilities(unseen, c, t, dir, tweets.get(i), target);
            // a head with a calibration of its own has applied it; one without takes the target view's temperature
            float[] head = unseen.calibrated() ? raw
                    : EncoderHeads.calibrate(raw, model.encoderHeads().temperature(StanceView.TARGET));
            List<String> labels = StanceView.TARGET.labels();
            for (int k = 0; k < labels.size(); k++) {
                assertThat(served.probability(labels.get(k))).as(tweets.get(i) + " " + labels.get(k))
                        .isCloseTo(evaluated[i][k], within(1e-4))
                        .isCloseTo(head[k], within(1e-4));
            }
        }
    }

    /**
     * With the owner's side sentences a site target is served what the head computes from them; without sentences (or
     * with one side only) it is served exactly the name-only answer; a target with a head of its own ignores them.
     */
    @Test
    void servingPassesAnOwnersSideSentencesToTheHeadAndNothingElseChanges() {
        String target = "Donald Trump";
        var sides = new io.parley.classification.stance.TargetSides(
                List.of("Trump will make America great again.", "I am voting for Trump."),
                List.of("Trump is a liar and a fraud.", "Never vote for Trump."));
        EncoderHeads.Unseen unseen = model.encoderHeads().unseen();
        assertThat(unseen.usesOwnerSides()).isTrue();
        float[] owner = EncoderHeads.ownerDirection(model.encoder().encode(sides.favor()),
                model.encoder().encode(sides.against()));
        float[] name = EncoderHeads.direction(unseen, model.encoder().encode(EncoderHeads.prototypes(unseen, target)));
        float[] t = model.encoder().encode(List.of(target))[0];
        List<String> labels = StanceView.TARGET.labels();
        boolean moved = false;
        for (String tweet : List.of("Donald Trump is a disgrace and a liar. #SemST",
                "Proud to vote for Trump, he will make America great again! #SemST",
                "Watching the debate tonight with friends. #SemST")) {
            StanceLabel plain = model.classify(tweet, null, null, List.of(target)).targets().get(target);
            StanceLabel none = model.classify(tweet, null, null, List.of(target), java.util.Map.of()).targets().get(target);
            StanceLabel oneSided = model.classify(tweet, null, null, List.of(target), java.util.Map.of(target,
                    new io.parley.classification.stance.TargetSides(sides.favor(), List.of()))).targets().get(target);
            StanceLabel served = model.classify(tweet, null, null, List.of(target), java.util.Map.of(target, sides))
                    .targets().get(target);
            float[] c = model.encoder().encode(List.of(tweet))[0];
            float[] raw = EncoderHeads.unseenProbabilities(unseen, c, t, name, owner, tweet, target);
            float[] head = unseen.calibrated() ? raw
                    : EncoderHeads.calibrate(raw, model.encoderHeads().temperature(StanceView.TARGET));
            for (int k = 0; k < labels.size(); k++) {
                assertThat(none.probability(labels.get(k))).isEqualTo(plain.probability(labels.get(k)));
                assertThat(oneSided.probability(labels.get(k))).isEqualTo(plain.probability(labels.get(k)));
                assertThat(served.probability(labels.get(k))).as(tweet + " " + labels.get(k))
                        .isCloseTo(head[k], within(1e-4));
            }
            moved |= Math.abs(served.probability("favor") - plain.probability("favor")) > 0.01;
        }
        assertThat(moved).as("the sentences change the answer somewhere").isTrue();
        // a training target keeps its own head whatever the owner writes
        String tweet = "There is no God, only people. #SemST";
        assertThat(model.classify(tweet, null, null, List.of("Atheism"), java.util.Map.of("Atheism", sides))
                .targets().get("Atheism").probabilities())
                .isEqualTo(model.classify(tweet, null, null, List.of("Atheism")).targets().get("Atheism").probabilities());
    }
}
