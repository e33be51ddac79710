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
    /**
     * Veiled threats and intimidation (model file {@code veiledThreats}): harm promised without a harm word. Each is a
     * cue with the veiled set on and none without it (the served rule of 20261207-890dbb56 and before), so a file
     * without the setting scores them as it did.
     */
    @Test
    void veiledThreatsAreCuesOnlyWithTheVeiledSet() {
        List<String> veiled = List.of(
                "Nice little bakery you run on Grove Street. It would be a shame if something happened to it.",
                "Mark my words, commissioner, you'll pay for that vote.",
                "I'd check under your truck before you drive to the hearing, Judge.",
                "I know which daycare your twins go to.",
                "Last warning, editor. We won't ask nicely again.",
                "Sleep well tonight, Alderman. Enjoy it while you still can.",
                "Run that story again and see how long you last.",
                "You'll regret the day you printed my name.",
                "I'm going to find that ref after the match and break both of his knees.",
                "Someone should pay the zoning chair a visit at home, and bring a few friends.");
        for (String t : veiled) {
            assertThat(ThreatCues.has(t, true)).as(t).isTrue();
            assertThat(ThreatCues.has(t, false)).as(t).isFalse();
            assertThat(ThreatCues.has(t)).as(t).isFalse();
        }
    }

    /**
     * Wishes of illness or death and calls for self-harm (model file {@code wishedHarm}, abuse9): a cue with the set on,
     * none without it (the served rule of 20261207-2bcec40a and before), so a file without the setting scores them as it
     * did. Written for this test, not taken from a suite.
     */
    @Test
    void wishedHarmIsACueOnlyWithItsSet() {
        List<String> wished = List.of(
                "I hope your kidneys give out, you miserable crook.",
                "Honestly I hope the commissioner gets cancer.",
                "Go kill yourself, nobody reads your column anyway.",
                "kys you clown",
                "Do the world a favor and jump off the Main Street bridge.",
                "Drop dead, councilman.",
                "I hope you croak before the vote.",
                "Why don't you go hang yourself.");
        for (String t : wished) {
            assertThat(ThreatCues.has(t, true, true)).as(t).isTrue();
            assertThat(ThreatCues.has(t, true, false)).as(t).isFalse();
            assertThat(ThreatCues.has(t, true)).as(t).isFalse();
        }
    }

    /** The same words in civil comments: no cue with the wished-harm set on. */
    @Test
    void illnessAndDeathWordsInCivilCommentsAreNoCue() {
        List<String> civil = List.of(
                "I hope my dad gets cancer treatment at the new clinic instead of driving to the city.",
                "We hope she never has a stroke again, the rehab staff were amazing.",
                "I hope they rot in jail for what they did to that family.",
                "Nobody should kill themselves over a bad grade, call the helpline.",
                "You'd just shoot yourself in the foot with that zoning vote.",
                "That was a drop dead gorgeous sunset over the lake.",
                "I could just die, my kid sang the anthem at the game!",
                "I hope your brakes never fail on that hill, it's steep.",
                "Hoping they get covid shots at the pharmacy this week.",
                "The article says the senator has cancer and will step down.");
        for (String t : civil) {
            assertThat(ThreatCues.has(t, true, true)).as(t).isFalse();
        }
    }

    /**
     * Harm endorsed as deserved or useful and harm promised as a consequence (model file {@code endorsedHarm},
     * abuse10; written on suite 5's missed threats): a cue with the set on, none without it. Written for this test.
     */
    @Test
    void endorsedHarmIsACueOnlyWithItsSet() {
        List<String> endorsed = List.of(
                "The zoning chair has earned himself a noose.",
                "A brick through the mayor's window might wake him up.",
                "The town would be better off if those picketers got run over.",
                "Crooks like the assessor are why God made rope.",
                "Your nose is getting broken Saturday, Phil.",
                "Keep printing lies and see what happens.",
                "I'd think twice before you show your face at the rink again.",
                "I hope somebody knocks the commissioner senseless.");
        for (String t : endorsed) {
            assertThat(ThreatCues.has(t, true, true, true)).as(t).isTrue();
            assertThat(ThreatCues.has(t, true, true, false)).as(t).isFalse();
        }
    }

    /** The same words in civil comments: no cue with the endorsed-harm set on. */
    @Test
    void endorsedHarmWordsInCivilCommentsAreNoCue() {
        List<String> civil = List.of(
                "The defense earned a win with that goal-line stand.",
                "If a bullet fired there would make it through his brain is the question the movie leaves open.",
                "The museum would be better if the parking lot got repaved.",
                "Think carefully before you vote on the levy, read both sides.",
                "I hope your tires hold up on these potholes.",
                "Funny how fast a house sells in this market.",
                "Police say the suspect deserved a bullet, according to the rioters' posts.",
                "A few bullet points would make this article easier to read.");
        for (String t : civil) {
            assertThat(ThreatCues.has(t, true, true, true)).as(t).isFalse();
        }
    }

    /** The same everyday words in civil comments: no cue, veiled set on or off. */
    @Test
    void everydayWordsOfVeiledThreatsAreNoCue() {
        List<String> civil = List.of(
                "We know where the new library will go, and it's a great spot.",
                "It would be a shame if the farmers market closed for good.",
                "Mark my words, the bridge will be over budget by spring.",
                "Check under your car for leaks before the inspection.",
                "Last warning from the county: leaf pickup ends Friday.",
                "Sleep well, everyone, big game tomorrow.",
                "You'll regret not trying the pie at Rosa's.",
                "Enjoy the sunshine while you can, rain is coming Thursday.",
                "My kids take the 7:15 bus every morning and the driver is wonderful.",
                "Nice house on the cover of the real estate section this week.",
                "I'll be at the library with my laptop if anyone wants help filing taxes.",
                "If you know what's good for you, you'll get the flu shot before December.");
        for (String t : civil) {
            assertThat(ThreatCues.has(t, true)).as(t).isFalse();
        }
    }

    /** One hint of a veiled threat is everyday talk; two different ones in a comment are a cue, covering both. */
    @Test
    void twoDifferentHintsAreACueOneIsNot() {
        assertThat(ThreatCues.has("Sleep well, everyone.", true)).isFalse();
        assertThat(ThreatCues.has("Mark my words, the levy passes.", true)).isFalse();
        assertThat(ThreatCues.has("Enjoy it while you can.", true)).isFalse();
        String two = "Your wife jogs past the quarry alone every evening. Sleep well, Senator.";
        List<int[]> cues = ThreatCues.find(two, true);
        assertThat(cues).isNotEmpty();
        assertThat(cues.stream().map(c -> two.substring(c[0], c[1])).toList()).contains("Sleep well");
    }
}
