package io.parley.classification.abuse;

import org.junit.jupiter.api.Test;

import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Which comments threaten, wish or call for harm to someone (issue 19), and which only use violent words. Sentences
 * written for this test, none from the civility suites or the threat tuning sets.
 */
class ThreatCuesTest {

    @Test
    void wishesIntentsAndCallsOfHarmToAPersonAreCues() {
        List<String> threats = List.of(
                "I hope somebody sets the zoning office on fire with the director inside.",
                "That alderman should be shot for what he did to our park.",
                "Somebody needs to teach the paperboy a lesson he won't forget.",
                "People like the new sheriff deserve to get hurt.",
                "I know where you live, Gary, and I know your schedule.",
                "The commissioner better watch his back after this vote.",
                "Say it again at the fair and I'll break your jaw.",
                "I'm going to find out where that blogger lives.",
                "You'll leave the school board meeting in an ambulance.",
                "Hope the umpire gets run over in the parking lot.");
        for (String t : threats) {
            assertThat(ThreatCues.has(t)).as(t).isTrue();
        }
    }

    @Test
    void violentIdiomsNewsAndSportsAreNotCues() {
        List<String> civil = List.of(
                "This budget will kill the arts in our county.",
                "The striker murdered that shot into the top corner.",
                "I could kill for a coffee before the council session.",
                "Police say the suspect threatened to shoot the cashier before fleeing.",
                "Our team got slaughtered on Saturday, we need to beat the Hawks next week.",
                "The storm destroyed the pier and two people were killed.",
                "Watch your step on the new stairs by the library.",
                "I'll take a stab at answering the reporter's question.",
                "My husband snores so badly I would have to kill him if not for earplugs.",
                "The film's villain bombs a bridge in the last scene.");
        for (String t : civil) {
            assertThat(ThreatCues.has(t)).as(t).isFalse();
        }
    }

    @Test
    void theCueCoversTheThreateningWords() {
        String t = "Nice column. People like you should be shot, honestly.";
        List<int[]> cues = ThreatCues.find(t);
        assertThat(cues).hasSize(1);
        assertThat(t.substring(cues.get(0)[0], cues.get(0)[1])).isEqualTo("should be shot");
    }

    @Test
    void aThreatTheWriterReportsHasNoCueOnceMasked() {
        String reported = "My neighbor told me \"I'll break your legs\" over the fence, so we called the police.";
        assertThat(ThreatCues.has(reported)).isTrue();
        assertThat(ReportedSpeech.masked(reported)).isNotNull();
        assertThat(ThreatCues.has(ReportedSpeech.masked(reported))).isFalse();
    }
}
