package io.parley.classification.stance.training;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class StanceDatasetsTest {

    @TempDir
    Path dir;

    @Test
    void fncHeadlineIsTheCommentAndBodyTheArticle() throws Exception {
        Path bodies = Files.writeString(dir.resolve("b.csv"), "Body ID,articleBody\n3,\"Body, with\nnewline\"\n");
        Path stances = Files.writeString(dir.resolve("s.csv"), "Headline,Body ID,Stance\nA claim,3,Disagree\n");
        List<Example> rows = StanceDatasets.fnc1(bodies, stances);
        assertThat(rows).singleElement().satisfies(e -> {
            assertThat(e.text()).isEqualTo("A claim");
            assertThat(e.context()).isEqualTo("Body, with\nnewline");
            assertThat(e.label()).isEqualTo("disagree");
        });
    }

    @Test
    void fncUnknownBodyIdIsNamed() throws Exception {
        Path bodies = Files.writeString(dir.resolve("b.csv"), "Body ID,articleBody\n3,x\n");
        Path stances = Files.writeString(dir.resolve("s.csv"), "Headline,Body ID,Stance\nA,4,agree\n");
        assertThatThrownBy(() -> StanceDatasets.fnc1(bodies, stances))
                .isInstanceOf(StanceDataException.class).hasMessageContaining("Body ID 4");
    }

    @Test
    void semevalTargetIsTheContext() throws Exception {
        Path f = Files.writeString(dir.resolve("t.txt"),
                "ID\tTarget\tTweet\tStance\tOpinion towards\tSentiment\n1\tAtheism\tGod is great #SemST\tAGAINST\tOTHER\tPOSITIVE\n");
        assertThat(StanceDatasets.semeval(f)).singleElement()
                .isEqualTo(new Example("God is great #SemST", "Atheism", null, "against", "Atheism"));
    }

    @Test
    void repliesUseSourceAsContextAndParentAsExtra() throws Exception {
        Path f = Files.writeString(dir.resolve("r.csv"), "id,parent_text,reply_text,label,parent_id,source_id,source_text,is_source,event\n"
                + "1,parent,reply,deny,2,3,source,false,ev\n"
                + "3,,source,support,,3,source,true,ev\n");
        List<Example> rows = StanceDatasets.replies(f);
        assertThat(rows.get(0)).isEqualTo(new Example("reply", "source", "parent", "deny", "ev"));
        assertThat(rows.get(1).extra()).isNull();
        assertThat(rows.get(1).context()).isEqualTo("source");
    }

    @Test
    void wrongHeaderIsReported() throws Exception {
        Path f = Files.writeString(dir.resolve("r.csv"), "a,b\n1,2\n");
        assertThatThrownBy(() -> StanceDatasets.replies(f))
                .isInstanceOf(StanceDataException.class).hasMessageContaining("no column 'reply_text'");
    }
}
