package io.parley.classification.abuse;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Which words a comment reports rather than says (issue 19): the target quoting abuse gets a masked reading, abuse
 * merely wrapped in quotation marks and aimed at a reader does not. Sentences written for this test, none from the
 * civility suites.
 */
class ReportedSpeechTest {

    @Test
    void abuseQuotedOrReportedByItsTargetIsMasked() {
        assertThat(ReportedSpeech.masked("At the bake sale a woman called me a \"fat pig\" in front of my kids."))
                .isEqualTo("At the bake sale a woman called me a something in front of my kids.")
                .doesNotContain("pig");
        assertThat(ReportedSpeech.masked("The man at the pump told me I was a worthless moron. Gas is $4 again."))
                .doesNotContain("moron").contains("Gas is $4 again.");
        assertThat(ReportedSpeech.masked("I was called a slut on the school bus for years.")).doesNotContain("slut");
        assertThat(ReportedSpeech.masked("“Dumb cripple,” the driver shouted at my sister. Thanks to the witnesses."))
                .doesNotContain("cripple");
        assertThat(ReportedSpeech.masked("The note on the windshield said 'die, scum'. I called the police."))
                .doesNotContain("scum");
    }

    @Test
    void abuseAimedAtTheReaderOrSaidByTheWriterIsNotMasked() {
        // quotation marks around an insult are no report when the comment addresses someone in it
        assertThat(ReportedSpeech.masked("\"Fat pig\" is what you are, Linda.")).isNull();
        assertThat(ReportedSpeech.masked("Everyone on the bus called you a \"dumb cripple\" and they meant it.")).isNull();
        assertThat(ReportedSpeech.masked("He told me I was a moron, and you are one too.")).isNull();
        // the writer as the speaker is the writer's own abuse
        assertThat(ReportedSpeech.masked("I called him a \"worthless moron\" and I meant every word.")).isNull();
        // quotation marks without anyone said to speak
        assertThat(ReportedSpeech.masked("My name for the sheriff: \"Fat Useless Pig.\"")).isNull();
        assertThat(ReportedSpeech.masked("The troll who wrote this is a \"moron\".")).isNull();
        assertThat(ReportedSpeech.masked("Nothing to report here, the park looked lovely.")).isNull();
    }
}
