package io.parley.web;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.parley.classification.AbuseLabel;
import io.parley.classification.StoredClassification;
import org.junit.jupiter.api.Test;

import java.time.OffsetDateTime;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

class DisplayTest {

    /** Display names come from the served model's file, e.g. "identity attack" for identity_attack. */
    static final Display.LabelNames NAMES = Display.LabelNames.of(List.of(new AbuseLabel("insult", "insult"),
            new AbuseLabel("identity_attack", "identity attack"), new AbuseLabel("spam", "unsolicited ads")));

    static final ObjectMapper JSON = new ObjectMapper().findAndRegisterModules();

    static JsonNode json(String s) throws Exception {
        return JSON.readTree(s);
    }

    /** A stored classification as the store reads it back (the same JSON shape the API shows). */
    static StoredClassification stored(String s) throws Exception {
        return JSON.readValue(s, StoredClassification.class);
    }

    @Test
    void spansBecomeMarkedSegmentsAndTheTextIsNeverLostOrDuplicated() throws Exception {
        String text = "you are a wormy little troll, really";
        StoredClassification c = stored("""
                {"spans":[{"label":"insult","start":10,"end":28,"weight":0.9},
                          {"label":"toxicity","start":16,"end":22},
                          {"label":"insult","start":30,"end":99},
                          {"label":"insult","start":-1,"end":3}]}""");
        List<Display.Segment> s = Display.segments(text, c);
        assertThat(s).extracting(Display.Segment::text).containsExactly("you are a ", "wormy little troll", ", really");
        assertThat(s).extracting(Display.Segment::label).containsExactly(null, "insult", null);
        assertThat(String.join("", s.stream().map(Display.Segment::text).toList())).isEqualTo(text);
        assertThat(Display.segments(text, null)).extracting(Display.Segment::text).containsExactly(text);
    }

    @Test
    void chipsShowTheHighestLabelsAndAlwaysTheTopOne() throws Exception {
        StoredClassification c = stored("{\"scores\":{\"toxicity\":0.2,\"insult\":0.91,\"threat\":0.05,\"obscene\":0.55,\"identity_attack\":0.31}}");
        assertThat(Display.chips(c, 3, NAMES)).extracting(Display.Chip::text)
                .containsExactly("insult 0.91", "obscene 0.55", "identity attack 0.31");
        assertThat(Display.chips(c, 3, NAMES).get(0).css()).contains("chip-high");
        StoredClassification low = stored("{\"scores\":{\"toxicity\":0.12,\"insult\":0.02}}");
        assertThat(Display.chips(low, 3, NAMES)).extracting(Display.Chip::text).containsExactly("toxicity 0.12");
        // a label only the model file knows reads as the file names it
        assertThat(Display.chips(stored("{\"scores\":{\"spam\":0.9,\"insult\":null}}"), 3, NAMES))
                .extracting(Display.Chip::text).containsExactly("unsolicited ads 0.90");
    }

    @Test
    void stanceBadgesSkipTargetsWithoutStance() throws Exception {
        StoredClassification c = stored("{\"stance\":{\"article\":\"disagree\",\"parent\":null,\"targets\":{\"NATO\":\"against\",\"EU\":\"none\"}}}");
        assertThat(Display.stance(c)).extracting(Display.Badge::text).containsExactly("article: disagree", "NATO: against");
    }

    @Test
    void relatedParagraphPrefersTheQuoteThenSharedWords() throws Exception {
        List<String> ps = List.of("Talks in Geneva ended without a breakthrough.",
                "Sherman threatened sanctions on key Russian financial institutions.",
                "The council meets in Vienna on Thursday.");
        assertThat(Display.relatedParagraph(ps, json("[{\"text\":\"sanctions on key Russian financial\"}]"), "whatever")).isEqualTo(1);
        assertThat(Display.relatedParagraph(ps, json("[]"), "The Vienna council meets Thursday, nothing will change"))
                .isEqualTo(2);
        assertThat(Display.relatedParagraph(ps, json("[]"), "lol")).isEqualTo(-1);
    }

    @Test
    void ageIsShortAndNeverNegative() {
        OffsetDateTime now = OffsetDateTime.parse("2026-01-02T10:00:00Z");
        assertThat(Display.age(now.minusSeconds(20), now)).isEqualTo("<1m");
        assertThat(Display.age(now.minusMinutes(42), now)).isEqualTo("42m");
        assertThat(Display.age(now.minusHours(5), now)).isEqualTo("5h");
        assertThat(Display.age(now.minusDays(3), now)).isEqualTo("3d");
        assertThat(Display.age(now.plusMinutes(5), now)).isEqualTo("<1m");
    }

    /**
     * Under a stance sort each row shows the probability the order is by: the argmax badge alone ("article: discuss")
     * said nothing about why a row stood first in "most disagreeing".
     */
    @Test
    void aStanceSortShowsTheProbabilityItSortsBy() throws Exception {
        StoredClassification c = stored("""
                {"stance":{"article":"discuss","parent":"deny","targets":{"NATO":"none","Putin":"against"},
                 "detail":{"article":{"agree":0.05,"disagree":0.41,"discuss":0.47,"unrelated":0.07},
                           "parent":{"support":0.1,"deny":0.7,"query":0.1,"comment":0.1},
                           "targets":{"NATO":{"favor":0.2,"against":0.35,"none":0.45},
                                      "Putin":{"favor":0.05,"against":0.8,"none":0.15}}}}}""");
        assertThat(Display.stanceSortValue(c, "stance:article.disagree").text()).isEqualTo("article disagree 0.41");
        assertThat(Display.stanceSortValue(c, "stance:parent.deny").text()).isEqualTo("parent deny 0.70");
        // the target whose probability the order used: the highest over the comment's targets
        assertThat(Display.stanceSortValue(c, "stance:target.against").text()).isEqualTo("Putin against 0.80");
        assertThat(Display.stanceSortValue(c, "stance:target.favor").text()).isEqualTo("NATO favor 0.20");
        // not a stance sort: nothing shown; a comment without the probability: said, as it sorts last
        assertThat(Display.stanceSortValue(c, "score")).isNull();
        assertThat(Display.stanceSortValue(c, null)).isNull();
        assertThat(Display.stanceSortValue(stored("{\"stance\":{\"article\":\"agree\"}}"), "stance:article.disagree").text())
                .isEqualTo("article disagree: no score");
        assertThat(Display.stanceSortValue(null, "stance:parent.deny").p()).isNull();
    }
}
