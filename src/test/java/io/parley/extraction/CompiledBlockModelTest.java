package io.parley.extraction;

import io.parley.model.ModelArchive;
import opennlp.tools.ml.model.MaxentModel;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Serving labels blocks with feature ids and compiled maxent stages; training (and this reference) with
 * feature strings evaluated by OpenNLP. Both must give the same features in the same order, bit-equal
 * probabilities and so the same labels. Here on generated pages that touch every feature family; on every
 * Dragnet page in {@link CompiledBlockModelEvalTest}.
 */
class CompiledBlockModelTest {

    private static BlockModel model;

    @BeforeAll
    static void load() {
        model = BlockModel.from(ModelArchive.readResource("models/" + PageExtractors.MODEL));
    }

    @Test
    void committedModelIsServedCompiled() {
        assertThat(model.compiled()).isTrue();
    }

    @Test
    void idsAndCompiledStagesAgreeWithStringsAndOpenNlpOnGeneratedPages() {
        Random random = new Random(42);
        int blocks = 0;
        Map<String, Integer> labels = new HashMap<>();
        for (int page = 0; page < 40; page++) {
            Document doc = HtmlExtractor.parse(generatedPage(random));
            List<HtmlBlocks.Block> b = HtmlBlocks.of(doc.body(), Deadline.none());
            blocks += b.size();
            for (String l : assertSameAsReference(model, b)) {
                labels.merge(l, 1, Integer::sum);
            }
        }
        assertThat(blocks).isGreaterThan(1000);
        // The pages are varied enough that the model gives every label somewhere.
        assertThat(labels).containsKeys("article", "comment", "boilerplate");
    }

    @Test
    void compiledEvaluatorEqualsOpenNlpOnAnyContext() {
        MaxentModel second = readStage(BlockModel.STAGE_TWO);
        CompiledMaxent compiled = CompiledMaxent.of(second);
        Object[] data = ((opennlp.tools.ml.model.AbstractModel) second).getDataStructures();
        @SuppressWarnings("unchecked")
        String[] predicates = ((Map<String, ?>) data[1]).keySet().toArray(String[]::new);
        Random random = new Random(7);
        for (int t = 0; t < 2000; t++) {
            // Random predicates, some unknown and some repeated (OpenNLP counts a repeat twice).
            String[] context = new String[random.nextInt(60)];
            for (int i = 0; i < context.length; i++) {
                context[i] = random.nextInt(10) == 0 ? "unknown-" + i : predicates[random.nextInt(predicates.length)];
            }
            int[] ids = Arrays.stream(context).mapToInt(compiled::index).toArray();
            assertThat(compiled.eval(ids, ids.length)).containsExactly(second.eval(context));
        }
    }

    /** Asserts the compiled path equals the reference on one page's blocks; returns the labels. */
    static List<String> assertSameAsReference(BlockModel model, List<HtmlBlocks.Block> blocks) {
        BlockFeatures features = new BlockFeatures(model.spec());
        List<String[]> stageOne = features.contexts(blocks);
        BlockIds ids = model.ids();
        String[] byId = new String[ids.rows().size()];
        ids.rows().forEach((name, id) -> byId[id] = name);
        int[][] one = ids.stageOne(features, features.facts(blocks));
        assertThat(one.length).isEqualTo(stageOne.size());
        for (int i = 0; i < one.length; i++) {
            assertThat(names(byId, one[i])).as("stage-one ids of block %d", i).containsExactly(known(ids, stageOne.get(i)));
        }
        List<String> firstLabels = BlockModel.best(model.first(), stageOne);
        int[] firstIndex = firstLabels.stream().mapToInt(l -> model.spec().labels().indexOf(l)).toArray();
        List<String[]> stageTwo = features.stageTwo(stageOne, firstLabels);
        int[][] two = ids.stageTwo(one, firstIndex);
        for (int i = 0; i < two.length; i++) {
            assertThat(names(byId, two[i])).as("stage-two ids of block %d", i).containsExactly(known(ids, stageTwo.get(i)));
            assertThat(model.compiledFirst().eval(one[i], one[i].length)).as("stage-one probabilities of block %d", i)
                    .containsExactly(model.first().eval(stageOne.get(i)));
            assertThat(model.compiledSecond().eval(two[i], two[i].length)).as("stage-two probabilities of block %d", i)
                    .containsExactly(model.second().eval(stageTwo.get(i)));
        }
        List<String> labels = model.label(blocks);
        assertThat(labels).isEqualTo(model.labelByStrings(blocks));
        for (HtmlBlocks.Block b : blocks) {
            assertThat(BlockFeatures.DATE_LIKE.matcher(b.text).find()).as("date-like %s", b.text)
                    .isEqualTo(FIRST_DATE_LIKE.matcher(b.text).find());
            assertThat(BlockFeatures.COMMENT_META.matcher(b.text).find()).as("comment meta %s", b.text)
                    .isEqualTo(FIRST_COMMENT_META.matcher(b.text).find());
        }
        return labels;
    }

    /** The block patterns as first written, before look-aheads made them cheaper to reject. */
    private static final java.util.regex.Pattern FIRST_DATE_LIKE = java.util.regex.Pattern.compile(
            "(?i)\\b(\\d{1,2}:\\d{2}|\\d{4}-\\d{2}-\\d{2}|(jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)[a-z]*\\.? \\d{1,2}|\\d+ (minutes?|hours?|days?|weeks?|months?|years?) ago)\\b");
    private static final java.util.regex.Pattern FIRST_COMMENT_META = java.util.regex.Pattern.compile(
            "(?i)^(reply|report|flag|like|permalink|quote|says:?|said:?|wrote:?)$|\\b(says|wrote):?$");

    private static String[] names(String[] byId, int[] row) {
        return Arrays.stream(row).mapToObj(id -> byId[id]).toArray(String[]::new);
    }

    private static String[] known(BlockIds ids, String[] context) {
        return Arrays.stream(context).filter(s -> ids.idOf(s) >= 0).toArray(String[]::new);
    }

    private static MaxentModel readStage(String entry) {
        ModelArchive archive = ModelArchive.readResource("models/" + PageExtractors.MODEL);
        try {
            return new opennlp.tools.ml.model.GenericModelReader(new opennlp.tools.ml.model.BinaryFileDataReader(
                    new java.io.ByteArrayInputStream(archive.entry(entry)))).getModel();
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }

    private static final String[] WORDS = ("the council voted on tuesday to fund a new bridge across river ending decade "
            + "of debate about traffic in old town and its narrow streets residents said they were pleased but worried "
            + "cost would rise again next year when work begins").split(" ");
    private static final String[] CLASSES = {"post", "entry-content", "comment", "commentBody-2", "byline", "meta", "nav",
            "menu", "footer", "sidebar", "widget", "share", "related", "author", "vcard", "reply", "storyText", "ad", ""};
    private static final String[] TAGS = {"div", "section", "article", "aside", "span", "p", "li", "td", "fb:like", "font",
            "blockquote", "h2", "h3", "dd", "custom-widget"};

    /** A page with navigation, a story, a comment list with replies and quotes, and footers, varied by the seed. */
    static String generatedPage(Random r) {
        StringBuilder h = new StringBuilder("<html><head><title>Page</title></head><body>");
        h.append("<ul id=menu>");
        for (int i = 0, n = 2 + r.nextInt(8); i < n; i++) {
            h.append("<li><a href=/s").append(i).append('>').append(words(r, 1 + r.nextInt(2))).append("</a></li>");
        }
        h.append("</ul><div id=").append(pick(r, CLASSES)).append(" class=\"").append(pick(r, CLASSES)).append("\">");
        h.append("<h1>").append(words(r, 4 + r.nextInt(6))).append("</h1>");
        h.append("<p class=byline>By Anna Berg on March ").append(1 + r.nextInt(28)).append(", 2021</p>");
        for (int i = 0, n = 1 + r.nextInt(12); i < n; i++) {
            String tag = r.nextInt(4) == 0 ? pick(r, TAGS) : "p";
            h.append('<').append(tag).append(" class=\"").append(pick(r, CLASSES)).append("\">")
                    .append(Character.toUpperCase(WORDS[r.nextInt(WORDS.length)].charAt(0))).append(words(r, 5 + r.nextInt(60)));
            if (r.nextBoolean()) {
                h.append(" <a href=/x>").append(words(r, 1 + r.nextInt(5))).append("</a>");
            }
            h.append(r.nextBoolean() ? "." : "").append("</").append(tag).append('>');
        }
        h.append("</div><div id=comments><h2>").append(r.nextInt(40)).append(" comments</h2><ol class=commentlist>");
        for (int i = 0, n = r.nextInt(10); i < n; i++) {
            h.append("<li class=\"comment depth-1\" id=comment-").append(i).append("><div class=comment-author>")
                    .append(pick(r, WORDS)).append(r.nextBoolean() ? " says:" : " WROTE").append("</div><div class=comment-body><p>")
                    .append(words(r, 3 + r.nextInt(40))).append(".</p>");
            if (r.nextInt(3) == 0) {
                h.append("<blockquote>").append(words(r, 6 + r.nextInt(10))).append("</blockquote>");
            }
            h.append("<p class=comment-meta>by ").append(pick(r, WORDS)).append(" on January ").append(1 + r.nextInt(28))
                    .append(", 2011 at 9:").append(10 + r.nextInt(50)).append(" am. <a href=#r>Reply</a></p></div>")
                    .append(r.nextBoolean() ? "<div class=reply><a href=#r>Reply</a></div>" : "");
            if (r.nextInt(3) == 0) {
                h.append("<ul class=children><li class=\"comment depth-2\"><p>").append(words(r, 3 + r.nextInt(20)))
                        .append("</p><span>").append(1 + r.nextInt(9)).append(" hours ago</span></li></ul>");
            }
            h.append("</li>");
        }
        h.append("</ol></div>");
        for (int i = 0, n = 1 + r.nextInt(4); i < n; i++) {
            h.append("<div class=").append(pick(r, CLASSES)).append("><a href=/about>About</a> <a href=/contact>Contact</a>")
                    .append(r.nextBoolean() ? "<p>Copyright 2021 Town News</p>" : "").append("</div>");
        }
        return h.append("</body></html>").toString();
    }

    private static String words(Random r, int n) {
        List<String> out = new ArrayList<>(n);
        for (int i = 0; i < n; i++) {
            out.add(WORDS[r.nextInt(WORDS.length)]);
        }
        return String.join(" ", out);
    }

    private static String pick(Random r, String[] from) {
        return from[r.nextInt(from.length)];
    }
}
