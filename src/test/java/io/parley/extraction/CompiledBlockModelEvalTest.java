package io.parley.extraction;

import io.parley.model.ModelArchive;
import io.parley.classification.text.OpenNlp;
import opennlp.tools.langdetect.Language;
import opennlp.tools.langdetect.LanguageDetectorME;
import opennlp.tools.langdetect.LanguageDetectorModel;
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

    /** OpenNlp.language (compiled) against OpenNLP's own detector on each page's text, as extraction detects it. */
    @Test
    void compiledLanguageDetectionEqualsOpenNlpOnEveryDragnetPage() throws java.io.IOException {
        LanguageDetectorME reference;
        try (java.io.InputStream in = getClass().getClassLoader().getResourceAsStream("langdetect-183.bin")) {
            reference = new LanguageDetectorME(new LanguageDetectorModel(in));
        }
        DragnetCorpus corpus = DragnetCorpus.open(Path.of("../shared/data/extraction/dragnet/dragnet_train.tar.gz"));
        java.util.Set<String> languages = new java.util.HashSet<>();
        for (String id : corpus.ids()) {
            Document doc = HtmlExtractor.parse(corpus.page(id).htmlText());
            String body = doc.body() == null ? doc.text() : doc.body().text();
            for (String text : List.of(body.substring(0, Math.min(600, body.length())), doc.title())) {
                Language fast = OpenNlp.language(text);
                Language slow = reference.predictLanguage(text);
                assertThat(fast.getLang()).as("language of page %s", id).isEqualTo(slow.getLang());
                assertThat(fast.getConfidence()).as("confidence for page %s", id).isEqualTo(slow.getConfidence());
                languages.add(fast.getLang());
            }
        }
        assertThat(languages).hasSizeGreaterThan(3);
    }
}
