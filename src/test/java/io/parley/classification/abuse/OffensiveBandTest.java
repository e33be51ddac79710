package io.parley.classification.abuse;

import io.parley.classification.text.HashedNgrams;
import io.parley.model.ModelArchive;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The offensive band (`train abuse --offensive-band`, issue 20) on the committed model: the band's weight on OLID's
 * head sends more tweet-like comments to the encoder, whose logits then reach the data-set heads (OLID's) only; every
 * served score is the one the same model gives without that weight.
 */
class OffensiveBandTest {

    static AbuseClassifier served;
    static AbuseClassifier without;
    static int olid;

    @BeforeAll
    static void load() {
        served = AbuseClassifier.load(ModelArchive.readResource("models/abuse/abuse.zip"));
        olid = served.spec().heads().indexOf("olid_offensive");
        SentenceHeads heads = served.sentenceHeads();
        SentenceHeads.Settings s = heads.settings();
        double[] w = s.riskWeight().clone();
        w[olid] = 0;
        without = served.withSentenceHeads(heads.with(s.withBand(s.bandLow(), s.bandHigh(), s.riskA(), s.riskB(), w)));
    }

    static final List<String> TWEETS = List.of(
            "@USER he is so full of shit lol",
            "this game sucks ass",
            "What a load of crap from the league tonight",
            "@USER damn right, hell of a goal",
            "@USER She is a joke. MAGA",
            "Liberals are so dumb sometimes #smh",
            "@USER shut up already nobody asked",
            "@USER this is bullshit and you know it",
            "@USER Antifa are clowns",
            "@USER what the hell is wrong with these people",
            "Thanks for the story about the library's new hours.",
            "@USER great news, congrats to the whole team!");

    @Test
    void theCommittedModelDrawsItsBandOnOlidToo() {
        assertThat(served.sentenceHeads().settings().riskWeight()[olid]).isGreaterThan(0);
    }

    @Test
    void servedScoresAreThoseWithoutTheWeightAndOlidReadsTheEncoder() {
        List<AbuseScores> a = served.scoreAll(TWEETS);
        List<AbuseScores> b = without.scoreAll(TWEETS);
        int moved = 0;
        for (int i = 0; i < TWEETS.size(); i++) {
            assertThat(a.get(i).scores()).as(TWEETS.get(i)).isEqualTo(b.get(i).scores());
            // one comment alone takes the single-text path: the same scores
            assertThat(served.score(TWEETS.get(i)).scores()).isEqualTo(a.get(i).scores());
            HashedNgrams.Features f = served.features(TWEETS.get(i));
            double pa = served.probabilities(TWEETS.get(i), f)[olid];
            double pb = without.probabilities(TWEETS.get(i), f)[olid];
            moved += pa != pb ? 1 : 0;
        }
        // some of these tweets reach the encoder only through OLID's weight: their offensive score is the encoder's
        assertThat(moved).isGreaterThan(0);
    }
}
