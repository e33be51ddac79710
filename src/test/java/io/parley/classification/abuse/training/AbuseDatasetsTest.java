package io.parley.classification.abuse.training;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class AbuseDatasetsTest {

    @TempDir
    Path dir;

    @Test
    void insultsTextIsUnquotedAndUnescapedTwice() {
        assertThat(AbuseDatasets.unescapeInsult("\"You fuck your dad.\"")).isEqualTo("You fuck your dad.");
        assertThat(AbuseDatasets.unescapeInsult("\"A\\\\xc2\\\\xa0majority\\\\n\\\\nUnless\""))
                .isEqualTo("A\u00a0majority\n\nUnless");
        assertThat(AbuseDatasets.unescapeInsult("\"point.\\xa0 It\"")).isEqualTo("point.\u00a0 It");
    }

    @Test
    void toxicSpanOffsetsArePythonCodePointsAndBecomeJavaCharRanges() {
        String text = "\uD83D\uDE00 you idiot";   // one emoji = 1 code point, 2 Java chars
        List<int[]> r = AbuseDatasets.codePointOffsetsToRanges(text, new int[]{6, 7, 8, 9, 10});
        assertThat(r).hasSize(1);
        assertThat(text.substring(r.get(0)[0], r.get(0)[1])).isEqualTo("idiot");
    }

    @Test
    void olidIsSplitOnTabsWithLiteralQuotesAndJoinsExternalLabels() throws IOException {
        Path tsv = Files.writeString(dir.resolve("t.tsv"), "id\ttweet\n1\t\"quoted\" start\n2\tfine\n");
        Path labels = Files.writeString(dir.resolve("l.csv"), "1,OFF\n2,NOT\n");
        List<AbuseDatasets.Example> rows = AbuseDatasets.read(AbuseFormat.OLID, tsv, labels, false);
        assertThat(rows).extracting(AbuseDatasets.Example::text).containsExactly("\"quoted\" start", "fine");
        assertThat(rows.get(0).labels()[Heads.OLID]).isEqualTo(1f);
        assertThat(rows.get(1).labels()[Heads.OLID]).isEqualTo(0f);
        assertThat(rows.get(0).labels()[Heads.TOXICITY]).isNaN();
    }

    @Test
    void davidsonMapsClassesAndDecodesEntities() throws IOException {
        Path csv = Files.writeString(dir.resolve("d.csv"),
                ",count,hate_speech,offensive_language,neither,class,tweet\n"
                        + "1,3,3,0,0,0,a &amp; b\n2,3,0,3,0,1,x\n3,3,0,0,3,2,\"multi\nline\"\n");
        List<AbuseDatasets.Example> rows = AbuseDatasets.read(AbuseFormat.DAVIDSON, csv, null, true);
        assertThat(rows).extracting(AbuseDatasets.Example::clazz).containsExactly(0, 1, 2);
        assertThat(rows.get(0).text()).isEqualTo("a & b");
        assertThat(rows.get(0).labels()[Heads.DAVIDSON_HATE]).isEqualTo(1f);
        assertThat(rows.get(2).labels()[Heads.DAVIDSON_ABUSIVE]).isEqualTo(0f);
        assertThat(rows.get(2).labels()[Heads.TOXICITY]).isEqualTo(0f);
    }

    @Test
    void jigsawWithoutLabelColumnsNeedsALabelsFileAndSkipsUnscoredRows() throws IOException {
        Path test = Files.writeString(dir.resolve("test.csv"), "id,comment_text\na,hello\nb,you idiot\n");
        assertThatThrownBy(() -> AbuseDatasets.read(AbuseFormat.JIGSAW, test, null, false))
                .hasMessageContaining("--labels");
        Path labels = Files.writeString(dir.resolve("labels.csv"),
                "id,toxic,severe_toxic,obscene,threat,insult,identity_hate\na,-1,-1,-1,-1,-1,-1\nb,1,0,0,0,1,0\n");
        List<AbuseDatasets.Example> rows = AbuseDatasets.read(AbuseFormat.JIGSAW, test, labels, false);
        assertThat(rows).singleElement().satisfies(e -> {
            assertThat(e.labels()[Heads.INSULT]).isEqualTo(1f);
            assertThat(e.labels()[Heads.OBSCENE]).isEqualTo(0f);
        });
    }

    @Test
    void wrongHeaderAndInvalidUtf8GiveClearMessages() throws IOException {
        Path bad = Files.writeString(dir.resolve("bad.csv"), "foo,bar\n1,2\n");
        assertThatThrownBy(() -> AbuseDatasets.read(AbuseFormat.INSULTS, bad, null, false))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("missing column 'insult'");
        Path binary = Files.write(dir.resolve("bin.csv"), new byte[]{'a', ',', (byte) 0xC3, (byte) 0x28, '\n'});
        assertThatThrownBy(() -> AbuseDatasets.read(AbuseFormat.INSULTS, binary, null, false))
                .hasMessageContaining("not valid UTF-8");
    }

    /** Was "For input string: "banana"": neither the file, the row nor the column, from a NumberFormatException. */
    @Test
    void aLabelThatIsNoNumberNamesFileRowAndColumn() throws IOException {
        Path jigsaw = Files.writeString(dir.resolve("jigsaw.csv"), "id,comment_text,toxic,severe_toxic,obscene,threat,"
                + "insult,identity_hate\na,hello,0,0,0,0,0,0\nb,you idiot,1,0,0,0,banana,0\n");
        assertThatThrownBy(() -> AbuseDatasets.read(AbuseFormat.JIGSAW, jigsaw, null, false))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage(jigsaw + " row 3: column 'insult' is not a number: 'banana'");
        Path partial = Files.writeString(dir.resolve("partial.csv"), "id,comment_text,toxic\na,hello,1\n");
        assertThatThrownBy(() -> AbuseDatasets.read(AbuseFormat.JIGSAW, partial, null, false))
                .hasMessageStartingWith(partial + ": missing column 'severe_toxic'");
        Path davidson = Files.writeString(dir.resolve("davidson.csv"), "class,tweet\n2,hello\nhate,you idiot\n");
        assertThatThrownBy(() -> AbuseDatasets.read(AbuseFormat.DAVIDSON, davidson, null, false))
                .hasMessage(davidson + " row 3: column 'class' must be 0, 1 or 2, not 'hate'");
    }

    @Test
    void toxicSpansPostsTrainToxicityBySentence() {
        Heads heads = Heads.withExtra(List.of());
        String text = "You are an utter idiot. The budget vote is on Tuesday night.\nok then. Call the mayor's office today!";
        int idiot = text.indexOf("idiot");
        AbuseDatasets.Example post = new AbuseDatasets.Example("tsd-9", AbuseFormat.TOXIC_SPANS, text, heads.unknown(),
                List.of(new int[]{idiot, idiot + 5}), -1);
        List<AbuseDatasets.Example> s = AbuseTrainer.spanSentences(post, heads);
        // "ok then." has fewer than four words
        assertThat(s).extracting(AbuseDatasets.Example::text).containsExactly("You are an utter idiot.",
                "The budget vote is on Tuesday night.", "Call the mayor's office today!");
        assertThat(s).extracting(e -> e.labels()[Heads.TOXICITY]).containsExactly(1f, 0f, 0f);
        assertThat(s).allMatch(e -> Float.isNaN(e.labels()[Heads.INSULT]) && e.spans() == null);
        // a post without an agreed span gives no sentences
        assertThat(AbuseTrainer.spanSentences(new AbuseDatasets.Example("tsd-10", AbuseFormat.TOXIC_SPANS, text,
                heads.unknown(), List.of(), -1), heads)).isEmpty();
    }
}
