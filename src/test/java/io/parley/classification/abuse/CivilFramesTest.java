package io.parley.classification.abuse;

import io.parley.classification.abuse.CivilFrames.Frame;
import org.junit.jupiter.api.Test;

import java.util.EnumSet;
import java.util.Set;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Which words each civil frame replaces (issue 19). Positive cases are civil comments of suites 1-3 the served model
 * held (the frames were written on them); negative cases are abuse that must keep its words, written for this test.
 * Suite 4 is never read here.
 */
class CivilFramesTest {

    static String masked(Frame f, String text) {
        return CivilFrames.masked(text, EnumSet.of(f));
    }

    @Test
    void theWritersOwnIdentityIsReplacedWithinItsFrame() {
        assertThat(masked(Frame.SELF_IDENTIFICATION, "As a gay man I think the new community center is a great step forward."))
                .isEqualTo("As a local local I think the new community center is a great step forward.");
        assertThat(masked(Frame.SELF_IDENTIFICATION, "I'm a Muslim nurse at the county hospital and we are stretched thin this winter."))
                .doesNotContain("Muslim").contains("nurse at the county hospital");
        assertThat(masked(Frame.SELF_IDENTIFICATION, "Old white guy here, and I agree with the students on this one."))
                .doesNotContain("white");
        assertThat(masked(Frame.SELF_IDENTIFICATION, "My son is gay and his high school's new support group has been a lifeline."))
                .doesNotContain("gay");
        assertThat(masked(Frame.SELF_IDENTIFICATION, "Speaking as a Palestinian American, I thought the vigil was handled with real dignity."))
                .doesNotContain("Palestinian");
    }

    @Test
    void identityWordsOutsideTheWritersFrameKeepTheirWeight() {
        // the reader's identity, not the writer's
        assertThat(masked(Frame.SELF_IDENTIFICATION, "As a Muslim, you should be ashamed of this.")).isNull();
        // an attack after a self-identification keeps its words: only the frame's phrase is replaced
        assertThat(masked(Frame.SELF_IDENTIFICATION, "As a Christian I think Muslims are a cancer on this town."))
                .contains("Muslims are a cancer");
        // "I'm" that opens no noun phrase of identity
        assertThat(masked(Frame.SELF_IDENTIFICATION, "I'm sick of gay people shoving it in our faces.")).isNull();
        assertThat(masked(Frame.SELF_IDENTIFICATION, "I hate them for being gay.")).isNull();
        assertThat(masked(Frame.SELF_IDENTIFICATION, "Jews run the bank and the paper.")).isNull();
        // "as a" inside a clause is no self-identification
        assertThat(masked(Frame.SELF_IDENTIFICATION, "I see no such thing as a decent Muslim in this town.")).isNull();
    }

    @Test
    void strongWordsAtThingsAreReplacedAndAtPeopleKept() {
        assertThat(masked(Frame.UNDIRECTED_STRONG_WORDS, "This damn printer jams every single time I try to print the ballot guide."))
                .isEqualTo("This bad printer jams every single time I try to print the ballot guide.");
        assertThat(masked(Frame.UNDIRECTED_STRONG_WORDS, "The stupid parking meter ate my quarters again."))
                .doesNotContain("stupid");
        assertThat(masked(Frame.UNDIRECTED_STRONG_WORDS, "My internet has been crap all week.")).doesNotContain("crap");
        // a person named anywhere in the comment: the word may be aimed at them
        assertThat(masked(Frame.UNDIRECTED_STRONG_WORDS, "You are a stupid piece of crap.")).isNull();
        assertThat(masked(Frame.UNDIRECTED_STRONG_WORDS, "The mayor is a damn disgrace.")).isNull();
        assertThat(masked(Frame.UNDIRECTED_STRONG_WORDS, "He's too stupid to run a bake sale.")).isNull();
        assertThat(masked(Frame.UNDIRECTED_STRONG_WORDS, "Whoever wrote this is an ugly hag.")).isNull();
        assertThat(masked(Frame.UNDIRECTED_STRONG_WORDS, "@USER that article is garbage")).isNull();
        // beside an obscenity no strong word is excused
        assertThat(masked(Frame.UNDIRECTED_STRONG_WORDS, "this page is crap, shit all over it")).isNull();
    }

    @Test
    void violentIdiomsAndNewsOfDeathsAreReplacedThreatsKept() {
        assertThat(masked(Frame.VIOLENT_IDIOMS, "This budget will kill the arts in our schools."))
                .isEqualTo("This budget will bad the arts in our schools.");
        assertThat(masked(Frame.VIOLENT_IDIOMS, "This heat is killing me.")).doesNotContain("killing");
        assertThat(masked(Frame.VIOLENT_IDIOMS, "I would murder a burrito right now.")).doesNotContain("murder");
        assertThat(masked(Frame.VIOLENT_IDIOMS, "That comedian killed it last night, I was crying laughing."))
                .doesNotContain("killed");
        assertThat(masked(Frame.VIOLENT_IDIOMS, "The war has killed thousands of civilians and the world barely notices."))
                .doesNotContain("killed");
        assertThat(masked(Frame.VIOLENT_IDIOMS, "That defense got absolutely slaughtered in the second half."))
                .doesNotContain("slaughtered");
        // harm aimed at a person, or any threat cue in the comment, is no idiom
        assertThat(masked(Frame.VIOLENT_IDIOMS, "I will kill you and your whole family.")).isNull();
        assertThat(masked(Frame.VIOLENT_IDIOMS, "Somebody should kill the mayor.")).isNull();
        assertThat(masked(Frame.VIOLENT_IDIOMS, "I'll kill the arts director if I see him, and I hope someone shoots him.")).isNull();
    }

    @Test
    void reportedAbuseTheReportedSpeechRuleLeavesIsReplaced() {
        assertThat(masked(Frame.REPORTED_ABUSE, "Someone shouted a homophobic slur at us outside the theater. We filed a report."))
                .isEqualTo("Someone shouted something at us outside the theater. We filed a report.");
        assertThat(masked(Frame.REPORTED_ABUSE, "The troll wrote that reporters are lying scum, and nobody deleted it."))
                .doesNotContain("scum");
        // a list of quotations: the reported-speech rule masks the first, this frame the rest
        String first = ReportedSpeech.masked("Back in high school they called me \"four eyes\" and \"loser\" every day.");
        assertThat(first).contains("\"loser\"");
        assertThat(CivilFrames.masked(first, EnumSet.of(Frame.REPORTED_ABUSE), true)).doesNotContain("loser");
        // ... and only after the reported-speech rule's mask: the word itself is no report
        assertThat(masked(Frame.REPORTED_ABUSE, "She held on to something \"almost\" happening for years.")).isNull();
        // the writer's own words, or words that address the reader, are no report
        assertThat(masked(Frame.REPORTED_ABUSE, "I wrote that reporters are lying scum and I stand by it.")).isNull();
        assertThat(masked(Frame.REPORTED_ABUSE, "Your neighbor said that you are a worthless drunk.")).isNull();
        assertThat(masked(Frame.REPORTED_ABUSE, "Reporters are lying scum.")).isNull();
    }

    /**
     * The strong-word frame limited to a sentence that names an everyday thing ({@code strong-words-at-things}): the
     * words at the weather, the roads, the fees are replaced; the same words with no such thing in their sentence, or
     * in a comment naming a person, a group or an identity, keep their weight (written for this test, abuse9).
     */
    @Test
    void strongWordsAreReplacedOnlyBesideAnEverydayThing() {
        Frame f = Frame.STRONG_WORDS_AT_THINGS;
        assertThat(masked(f, "The damn snowplow skipped our road again.")).isEqualTo("The bad snowplow skipped our road again.");
        assertThat(masked(f, "Holy crap, have a look at the gas prices on Route 4.")).doesNotContain("crap");
        assertThat(masked(f, "This new recycling rule is garbage. The bins all look the same.")).doesNotContain("garbage");
        assertThat(masked(f, "Damn, the traffic lights on Elm are out again.")).doesNotContain("Damn");
        // no everyday thing in the sentence: Jigsaw's raters call these toxic, the frame leaves them
        assertThat(masked(f, "Picture sucks.")).isNull();
        assertThat(masked(f, "This whole discussion is stupid garbage.")).isNull();
        assertThat(masked(f, "What a load of crap. Ridiculous.")).isNull();
        // a person, a group or an identity anywhere: the word may be aimed at them
        assertThat(masked(f, "The parking rules are garbage and so is the idiot who wrote them.")).isNull();
        assertThat(masked(f, "Those stupid girls blocked the whole lane again.")).isNull();
        assertThat(masked(f, "This dumb lady gave away our water and the taxes went up.")).isNull();
        assertThat(masked(f, "Trailer park trash white families ruin every pool in town.")).isNull();
        assertThat(masked(f, "The bus schedule is a joke, just like the mayor.")).isNull();
        // beside an obscenity nothing is excused
        assertThat(masked(f, "The damn traffic is shit every morning.")).isNull();
    }

    /**
     * Identity words describing people, places or groups in the third person ({@code identity-mentions}, abuse10;
     * written on suites 4-5's held comments): replaced beside a neutral noun; in a comment with an attack word, an
     * insult, an obscenity or a reader addressed they keep their weight.
     */
    @Test
    void identityWordsDescribingSomeoneAreReplacedAttacksKept() {
        Frame f = Frame.IDENTITY_MENTIONS;
        assertThat(masked(f, "A Muslim doctor saved my father's life last year.")).isEqualTo(
                "A local doctor saved my father's life last year.");
        assertThat(masked(f, "Our gay-straight alliance raised money for the food bank.")).doesNotContain("gay");
        assertThat(masked(f, "My Nigerian-born husband loves that grocery.")).doesNotContain("Nigerian");
        assertThat(masked(f, "The Vietnamese and Korean churches share a parking lot.")).doesNotContain("Vietnamese")
                .doesNotContain("Korean");
        assertThat(masked(f, "Immigration reform is long overdue.")).isEqualTo("local reform is long overdue.");
        // attacks keep their words: generalisations, dehumanising nouns, calls to expel, insults, the reader
        assertThat(masked(f, "Muslim families should be sent back where they came from.")).isNull();
        assertThat(masked(f, "Black neighborhoods are full of criminals.")).isNull();
        assertThat(masked(f, "Mexican workers are lazy, every single one.")).isNull();
        assertThat(masked(f, "Point to when the Republicans had the black family squared away, ignorant racist.")).isNull();
        assertThat(masked(f, "You Jewish bankers own this town.")).isNull();
        assertThat(masked(f, "Those gay couples are disgusting.")).isNull();
        // gender and political words are not described away: "angry white men", "liberal voters"
        assertThat(masked(f, "Hey queer boy, stop editing my page.")).isNull();
    }

    /**
     * News of violence ({@code news-of-violence}, abuse10): the violent words of a sentence in a news voice are
     * replaced; a call for violence, an insult, the reader or a threat cue anywhere keeps them.
     */
    @Test
    void newsOfViolenceIsReplacedCallsAndInsultsKept() {
        Frame f = Frame.NEWS_OF_VIOLENCE;
        assertThat(masked(f, "Police say the suspect threatened the cashier with a knife before fleeing."))
                .isEqualTo("Police say the suspect bad the cashier with a bad before fleeing.");
        assertThat(masked(f, "The jury heard that the victim was beaten with a pipe. Horrible case.")).doesNotContain("beaten");
        assertThat(masked(f, "Another overdose death in our county.")).doesNotContain("death");
        // only the news sentence
        assertThat(masked(f, "Two men were stabbed outside the bar, police said. I walk there every day."))
                .endsWith("I walk there every day.");
        assertThat(masked(f, "Do what the police do when someone runs: shoot him.")).isNull();
        assertThat(masked(f, "The suspect was shot by police. Good riddance, he should have been shot sooner.")).isNull();
        assertThat(masked(f, "Liar. One other person was injured, police said.")).isNull();
        assertThat(masked(f, "Police said you will be shot if you show up.")).isNull();
    }

    /** Violence as a figure of speech the idiom frame does not know ({@code figurative-violence}, abuse10). */
    @Test
    void figurativeViolenceIsReplacedThreatsKept() {
        Frame f = Frame.FIGURATIVE_VIOLENCE;
        assertThat(masked(f, "The bill was dead on arrival in the state senate.")).isEqualTo(
                "The bill was bad on arrival in the state senate.");
        assertThat(masked(f, "I'd shoot myself in the foot voting against the levy.")).doesNotContain("shoot");
        assertThat(masked(f, "Time to bury the hatchet.")).doesNotContain("hatchet");
        assertThat(masked(f, "The Warriors murdered the Eagles 42-7.")).doesNotContain("murdered");
        assertThat(masked(f, "That band absolutely slayed at the fair.")).doesNotContain("slayed");
        assertThat(masked(f, "My calves are still screaming after the race.")).doesNotContain("screaming");
        // a threat cue or an insult anywhere: nothing is excused
        assertThat(masked(f, "Bury the hatchet? I'll break your jaw first, councilman.")).isNull();
        assertThat(masked(f, "Those idiots killed tourism.")).isNull();
    }

    /**
     * Abuse reported by a witness or its target in shapes the reported-speech rule leaves ({@code witnessed-abuse},
     * abuse10): the reported words are replaced; words aimed at the reader or at the piece's author, and the writer's
     * own words, keep their weight.
     */
    @Test
    void witnessedAbuseIsReplacedTheWritersOwnKept() {
        Frame f = Frame.WITNESSED_ABUSE;
        assertThat(masked(f, "At the game a fan kept yelling that the ref was a blind idiot until security moved him."))
                .isEqualTo("At the game a fan kept yelling that something.");
        assertThat(masked(f, "After my op-ed ran, strangers messaged me that I was a moron.")).doesNotContain("moron");
        assertThat(masked(f, "My daughter was told by a boy in her class that girls are too dumb for math."))
                .doesNotContain("dumb");
        assertThat(masked(f, "The graffiti on the wall included a swastika and an obscene slogan.")).doesNotContain("swastika");
        assertThat(masked(f, "Quoting the candidate directly: \"My opponent is a crook.\" That's the debate now."))
                .doesNotContain("crook");
        // the reader, the author of the piece, the writer as the speaker: no report
        assertThat(masked(f, "To quote your own post: 'moron'. Suits you perfectly.")).isNull();
        assertThat(masked(f, "To quote a wise man: \"the author of this article is a moron.\"")).isNull();
        assertThat(masked(f, "I kept telling him that he was a useless idiot.")).isNull();
        assertThat(masked(f, "Kudos to the reporter for calling the county back for comment.")).isNull();
        assertThat(masked(f, "Pot calling the kettle black. Hypocrite.")).isNull();
    }

    @Test
    void framesAreOnlyThoseNamed() {
        String text = "This damn printer jams again.";
        assertThat(CivilFrames.masked(text, Set.of())).isNull();
        assertThat(masked(Frame.SELF_IDENTIFICATION, text)).isNull();
        assertThat(Frame.of("self-identification")).isEqualTo(Frame.SELF_IDENTIFICATION);
        assertThat(Frame.of("no-such-frame")).isNull();
    }

    /**
     * identity-absent: a comment naming no identity cannot be an identity attack, so that label alone never holds it
     * (civil comments of suites 1-8 the served model held on identity_attack alone, and attacks of those suites and
     * Jigsaw's whose group the lexicon must name). Suite 9 is never read here.
     */
    @Test
    void aCommentNamesAnIdentityOrNot() {
        // held on identity_attack alone by 20261207-a3368ca1, no identity named
        assertThat(CivilFrames.namesIdentity("The cell reception downtown is terrible.")).isFalse();
        assertThat(CivilFrames.namesIdentity("These forced software updates are a plague.")).isFalse();
        assertThat(CivilFrames.namesIdentity("This tax bill is pure theft from the middle class.")).isFalse();
        assertThat(CivilFrames.namesIdentity("cant believe they closed the pool again smh")).isFalse();
        // attacks keep their label: the group is named, as a word, a demonym, a slur or a stand-in
        assertThat(CivilFrames.namesIdentity("Everyone from the reservation is a drunk with a hand out.")).isTrue();
        assertThat(CivilFrames.namesIdentity("Guatemalans come here to have anchor babies on our dime.")).isTrue();
        assertThat(CivilFrames.namesIdentity("COME OUT OF THE CLOSET JEWBOY.")).isTrue();
        assertThat(CivilFrames.namesIdentity("Your kind isn't welcome here.")).isTrue();
        assertThat(CivilFrames.namesIdentity("Those people breed like rats.")).isTrue();
        assertThat(CivilFrames.namesIdentity("Muslims don't belong here.")).isTrue();
        assertThat(CivilFrames.namesIdentity("a bunch of leftwing cranks")).isTrue();
        // words inside longer words are not names ("manager", "oldest" have no identity word)
        assertThat(CivilFrames.namesIdentity("The manager closed the oldest branch.")).isFalse();
        // a long text is read token by token, with the same answer
        String filler = "the bridge report is late again ".repeat(100);
        assertThat(CivilFrames.namesIdentity(filler)).isFalse();
        assertThat(CivilFrames.namesIdentity(filler + "and the left-wing council hid it")).isTrue();
        assertThat(CivilFrames.namesIdentity(filler + "(Muslims, again)")).isTrue();
    }

    @Test
    void identityAbsentIsAFrameAModelFileMayName() {
        assertThat(Frame.of("identity-absent")).isEqualTo(Frame.IDENTITY_ABSENT);
        // it replaces no words: the classifier caps one label instead
        assertThat(CivilFrames.masked("The cell reception downtown is terrible.", EnumSet.of(Frame.IDENTITY_ABSENT)))
                .isNull();
    }
}
