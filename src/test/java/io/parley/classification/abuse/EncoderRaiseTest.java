package io.parley.classification.abuse;

import io.parley.model.ModelArchive;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

/**
 * The encoder raise ({@link AbuseSpec.EncoderRaise}, issue 19) on the committed model: a raise whose own logit always
 * reaches its gate lifts threat to the floor on exactly the comments the cascade encodes, moves no other label, and
 * never fires from the estimate (a comment outside the band, or {@code --fast}); a gate no logit reaches changes nothing.
 */
class EncoderRaiseTest {

    static AbuseClassifier served;
    static int dim;

    @BeforeAll
    static void load() {
        served = AbuseClassifier.load(ModelArchive.readResource("models/abuse/abuse.zip"));
        dim = served.sentenceHeads().settings().mean().length;
    }

    /** A raise whose logit is the constant {@code c} for every embedding. */
    static AbuseClassifier raised(double c, double gate) {
        double[] w = new double[dim + 1];
        w[dim] = c;
        return served.withSpec(served.spec().withEncoderRaise(new AbuseSpec.EncoderRaise("threat", w, gate, 0.1)));
    }

    // one comment far inside the band (abuse the encoder reads) and one far below it (plainly civil)
    static final String ENCODED = "You are a pathetic idiot and everyone on this council knows it.";
    static final String NOT_ENCODED = "Thanks for the story about the library's new hours.";

    @Test
    void firesOnlyOnEncodedCommentsAndOnlyOnThreat() {
        AbuseClassifier on = raised(5, 0);
        List<AbuseScores> before = served.scoreAll(List.of(ENCODED, NOT_ENCODED));
        List<AbuseScores> after = on.scoreAll(List.of(ENCODED, NOT_ENCODED));
        assertThat(before.get(0).score("threat")).isLessThan(0.1);
        assertThat(after.get(0).score("threat")).isCloseTo(0.1, within(1e-9));
        assertThat(after.get(1).score("threat")).isEqualTo(before.get(1).score("threat"));
        for (String label : before.get(0).scores().keySet()) {
            if (!label.equals("threat")) {
                assertThat(after.get(0).score(label)).as(label).isEqualTo(before.get(0).score(label));
            }
        }
        // one comment alone takes the single-text path: the same raise
        assertThat(on.score(ENCODED).score("threat")).isCloseTo(0.1, within(1e-9));
        // without the encoder (classify --fast) nothing is raised
        assertThat(on.fast().score(ENCODED).score("threat")).isEqualTo(served.fast().score(ENCODED).score("threat"));
    }

    /** Threats the comment reports and violent idioms are excused by the model's rules: the raise leaves them. */
    @Test
    void notWhereReportedSpeechOrACivilFrameExcusesTheWords() {
        AbuseClassifier on = raised(5, 0);
        for (String text : List.of("At the meeting a man told my wife he would kill her if she spoke again.",
                "Honestly this budget will kill the arts program, and the mayor knows it.")) {
            long encodedBefore = on.encoderUse()[1];
            double threat = on.score(text).score("threat");
            // the encoder read it, so only the exclusion keeps the raise off
            assertThat(on.encoderUse()[1]).as(text).isGreaterThan(encodedBefore);
            assertThat(threat).as(text).isEqualTo(served.score(text).score("threat"));
        }
    }

    @Test
    void aGateNoLogitReachesChangesNothing() {
        AbuseClassifier off = raised(-5, 0);
        assertThat(off.score(ENCODED).scores()).isEqualTo(served.score(ENCODED).scores());
    }
}
