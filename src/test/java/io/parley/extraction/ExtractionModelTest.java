package io.parley.extraction;

import io.parley.model.ModelArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

class ExtractionModelTest {

    @Test
    void committedModelCarriesItsFeatureSpecAndTheDataLicence() {
        ModelArchive archive = ModelArchive.readResource("models/" + PageExtractors.MODEL);
        BlockFeatures.Spec spec = archive.spec(BlockFeatures.Spec.class);
        assertThat(spec.labels()).containsExactly("article", "comment", "boilerplate");
        assertThat(spec.stages()).isEqualTo(2);
        assertThat(archive.provenance().licences()).anyMatch(l -> l.contains("AGPL-3.0"));
        assertThat(archive.provenance().data()).containsKey("../shared/data/extraction/dragnet/dragnet_train.tar.gz");
        assertThat(archive.entry(BlockModel.STAGE_ONE)).isNotEmpty();
    }

    @Test
    void splitIsSeededAndDisjoint() {
        List<String> ids = java.util.stream.IntStream.range(0, 200).mapToObj(i -> "R" + i).toList();
        ExtractionTrainer.Split a = ExtractionTrainer.split(ids, 5);
        ExtractionTrainer.Split b = ExtractionTrainer.split(ids, 5);
        assertThat(a).isEqualTo(b);
        assertThat(a.test()).hasSize(30).doesNotContainAnyElementsOf(a.train()).doesNotContainAnyElementsOf(a.validation());
        assertThat(a.validation()).hasSize(20).doesNotContainAnyElementsOf(a.train());
        assertThat(a.train()).hasSize(150);
        assertThat(ExtractionTrainer.split(ids, 6).test()).isNotEqualTo(a.test());
    }

    @Test
    void blockLabelsComeFromTheGoldSections() {
        BlockLabeler labeler = new BlockLabeler("The council approved the new budget on Tuesday evening.",
                "I think the budget is far too small for our schools.");
        org.jsoup.nodes.Document doc = org.jsoup.Jsoup.parse("<div><p>The council approved the new budget on Tuesday evening.</p>"
                + "<p>I think the budget is far too small for our schools.</p><p>Subscribe to our newsletter today</p></div>");
        List<HtmlBlocks.Block> blocks = HtmlBlocks.of(doc.body(), Deadline.none());
        assertThat(blocks).extracting(labeler::label).containsExactly("article", "comment", "boilerplate");
    }

    @Test
    void trainingOnATinyCorpusWritesALoadableModel(@TempDir Path dir) throws Exception {
        Path data = dir.resolve("dragnet");
        Files.createDirectories(data.resolve("HTML"));
        Files.createDirectories(data.resolve("Corrected"));
        for (int i = 0; i < 12; i++) {
            String story = "Story number " + i + " tells how the river flooded the old town and the council met at night.";
            String comment = "Reader " + i + " says the council should have acted years ago.";
            Files.writeString(data.resolve("HTML/p" + i + ".html"), "<html><body><ul class=nav><li><a href=/>Home</a></li>"
                    + "<li><a href=/n>News</a></li></ul><div class=story><h1>Flood " + i + "</h1><p>" + story + "</p></div>"
                    + "<ol class=comments><li class=comment><p>" + comment + "</p></li><li class=comment><p>" + comment
                    + " Again.</p></li></ol><div class=footer>Copyright</div></body></html>");
            Files.writeString(data.resolve("Corrected/p" + i + ".html.corrected.txt"),
                    "Flood " + i + "\n" + story + "\n!@#$%^&*()  COMMENTS\n" + comment + "\n" + comment + " Again.\n");
        }
        Path model = dir.resolve("m.zip");
        ByteArrayOutputStream log = new ByteArrayOutputStream();
        ExtractionTrainer.Result r = ExtractionTrainer.train(new ExtractionTrainer.Options(data, model,
                dir.resolve("split.json"), 1, 30, 0, 2, 0, 1, true, true), new PrintStream(log, true));
        assertThat(r.trainPages()).isEqualTo(9);
        assertThat(log.toString()).contains("validation: article F1");
        assertThat(dir.resolve("split.json")).exists();
        assertThat(dir.resolve("provenance.json")).exists();
        PageExtractor loaded = PageExtractors.load(model);
        ExtractedPage page = loaded.extract(Files.readString(data.resolve("HTML/p11.html")), PageFormat.AUTO);
        assertThat(ExtractionEvaluator.articleText(page)).contains("river flooded");
    }
}
