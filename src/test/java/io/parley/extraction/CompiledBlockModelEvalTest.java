package io.parley.extraction;

import io.parley.model.ModelArchive;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;

import java.nio.file.Path;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The compiled block model against the reference (feature strings evaluated by OpenNLP) on every Dragnet
 * page, training and held-out alike: same features in the same order, bit-equal probabilities, same labels.
 * Needs ../shared/data; runs with -Peval.
 */
@Tag("eval")
class CompiledBlockModelEvalTest {

    @Test
    void compiledModelEqualsOpenNlpOnEveryDragnetPage() {
        BlockModel model = BlockModel.from(ModelArchive.readResource("models/" + PageExtractors.MODEL));
        assertThat(model.compiled()).isTrue();
        DragnetCorpus corpus = DragnetCorpus.open(Path.of("../shared/data/extraction/dragnet/dragnet_train.tar.gz"));
        List<String> ids = corpus.ids();
        int blocks = 0;
        for (String id : ids) {
            Document doc = HtmlExtractor.parse(corpus.page(id).htmlText());
            List<HtmlBlocks.Block> b = HtmlBlocks.of(doc.body() == null ? doc : doc.body(), Deadline.none());
            CompiledBlockModelTest.assertSameAsReference(model, b);
            blocks += b.size();
        }
        assertThat(ids).hasSizeGreaterThan(900);
        assertThat(blocks).isGreaterThan(100_000);
    }
}
