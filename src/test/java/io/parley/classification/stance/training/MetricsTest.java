package io.parley.classification.stance.training;

import io.parley.classification.stance.StanceView;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

class MetricsTest {

    @Test
    void fncScoreWeightsRelatedRowsAsTheOfficialScorer() {
        Metrics m = new Metrics(StanceView.ARTICLE.labels());
        int agree = 0;
        int disagree = 1;
        int discuss = 2;
        int unrelated = 3;
        m.add(unrelated, unrelated); // 0.25 of 0.25
        m.add(unrelated, discuss);   // 0 of 0.25
        m.add(agree, agree);         // 1.0 of 1.0
        m.add(disagree, discuss);    // 0.25 of 1.0
        m.add(discuss, unrelated);   // 0 of 1.0
        assertThat(m.fncScore()).isCloseTo(100 * 1.5 / 3.5, within(1e-9));
    }

    @Test
    void fAvgIsTheMeanOfFavorAndAgainstF1() {
        Metrics m = new Metrics(StanceView.TARGET.labels());
        m.add(0, 0);
        m.add(0, 1);
        m.add(1, 1);
        m.add(2, 2);
        // favor: p=1, r=0.5 -> 2/3; against: p=0.5, r=1 -> 2/3
        assertThat(m.fAvg()).isCloseTo(2.0 / 3, within(1e-9));
        assertThat(m.f1("none")).isEqualTo(1.0);
    }

    @Test
    void classNeverPredictedHasZeroF1() {
        Metrics m = new Metrics(StanceView.PARENT.labels());
        m.add(1, 3);
        m.add(3, 3);
        assertThat(m.f1("deny")).isZero();
        assertThat(m.accuracy()).isEqualTo(0.5);
    }
}
