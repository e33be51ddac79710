package io.parley.extraction;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.function.Consumer;

/**
 * Token-level (bag-of-words) precision, recall and F1 per page against Dragnet-style gold, averaged over
 * pages. Article figures average over every page; comment figures over pages whose gold has comment
 * text (the only pages where a comment score means something); pages without gold comments that get
 * comments anyway are counted separately as false alarms.
 */
public final class ExtractionEvaluator {

    /** Overall figures. */
    public record Report(int pages, double articlePrecision, double articleRecall, double articleF1,
                         int commentPages, double commentPrecision, double commentRecall, double commentF1,
                         int commentFalseAlarms, int failures, double pagesPerSecond) {

        /** The closing JSON line of {@code parley evaluate extraction}. */
        public String jsonLine() {
            return String.format(Locale.ROOT,
                    "{\"pages\":%d,\"article_precision\":%.4f,\"article_recall\":%.4f,\"article_f1\":%.4f,"
                            + "\"comment_precision\":%.4f,\"comment_recall\":%.4f,\"comment_f1\":%.4f,"
                            + "\"comment_pages\":%d,\"comment_false_alarms\":%d,\"failures\":%d,\"pages_per_second\":%.1f}",
                    pages, articlePrecision, articleRecall, articleF1, commentPrecision, commentRecall, commentF1,
                    commentPages, commentFalseAlarms, failures, pagesPerSecond);
        }
    }

    private ExtractionEvaluator() {
    }

    /** Every page of a Dragnet-layout directory (or archive), or only {@code ids} when given. */
    public static Report evaluate(PageExtractor extractor, Path dragnet, List<String> ids, Consumer<String> perPage) {
        return evaluate(extractor, dragnet, ids, false, perPage);
    }

    /**
     * @param asText feed each page as a plain-text dump (one paragraph per DOM block, what copy-paste of the
     *               rendered page gives) through the text reader instead of the HTML
     */
    public static Report evaluate(PageExtractor extractor, Path dragnet, List<String> ids, boolean asText,
                                  Consumer<String> perPage) {
        DragnetCorpus corpus = DragnetCorpus.open(dragnet);
        return evaluate(extractor, corpus, ids == null || ids.isEmpty() ? corpus.ids() : ids, asText, perPage);
    }

    /** The ids of the pages the committed model held out (its test split). */
    public static List<String> heldOut(Path splitFile) {
        ExtractionTrainer.Split split;
        try {
            split = io.parley.model.ModelArchive.json().readValue(splitFile.toFile(), ExtractionTrainer.Split.class);
        } catch (com.fasterxml.jackson.core.JsonProcessingException e) {
            // Jackson's own message runs over several lines and quotes the source; one line with the place is enough.
            com.fasterxml.jackson.core.JsonLocation at = e.getLocation();
            throw new IllegalArgumentException("split file " + splitFile + " is not a valid split"
                    + (at == null ? "" : " (line " + at.getLineNr() + ", column " + at.getColumnNr() + ")") + ": "
                    + e.getOriginalMessage().lines().findFirst().orElse(""));
        } catch (java.io.IOException e) {
            throw new IllegalArgumentException("cannot read split file " + splitFile + ": " + e.getMessage());
        }
        // Without this, an empty or missing list would silently evaluate every page instead of the held-out ones.
        if (split == null || split.test() == null || split.test().isEmpty()) {
            throw new IllegalArgumentException("split file " + splitFile + " has no \"test\" list of page ids");
        }
        return split.test();
    }

    static Report evaluate(PageExtractor extractor, DragnetCorpus corpus, List<String> ids, boolean asText,
                           Consumer<String> perPage) {
        double ap = 0, ar = 0, af = 0, cp = 0, cr = 0, cf = 0;
        int pages = 0, commentPages = 0, falseAlarms = 0, failures = 0;
        long nanos = 0;
        for (String id : ids) {
            DragnetCorpus.Page page = corpus.page(id);
            String html = page.htmlText();
            String input = asText ? dump(html) : html;
            ExtractedPage out;
            long t = System.nanoTime();
            try {
                out = extractor.extract(input, asText ? PageFormat.TEXT : PageFormat.HTML);
            } catch (PageNotExtractable e) {
                out = new ExtractedPage(new ExtractedArticle(null, null, null, List.of(), null), List.of(), null,
                        CommentSection.unparsed(0, "extraction failed"));
                failures++;
            }
            nanos += System.nanoTime() - t;
            BagOfWords a = BagOfWords.score(articleText(out), page.article());
            pages++;
            ap += a.precision();
            ar += a.recall();
            af += a.f1();
            String predictedComments = commentText(out);
            boolean goldComments = !Texts.words(page.comments()).isEmpty();
            String c = "-";
            if (goldComments) {
                BagOfWords s = BagOfWords.score(predictedComments, page.comments());
                commentPages++;
                cp += s.precision();
                cr += s.recall();
                cf += s.f1();
                c = String.format(Locale.ROOT, "P %.3f R %.3f F1 %.3f", s.precision(), s.recall(), s.f1());
            } else if (!Texts.words(predictedComments).isEmpty()) {
                falseAlarms++;
                c = "false alarm (" + Texts.words(predictedComments).size() + " words)";
            }
            perPage.accept(String.format(Locale.ROOT, "%-8s article P %.3f R %.3f F1 %.3f | comments %s", id,
                    a.precision(), a.recall(), a.f1(), c));
        }
        int n = Math.max(1, pages);
        int m = Math.max(1, commentPages);
        return new Report(pages, ap / n, ar / n, af / n, commentPages, cp / m, cr / m, cf / m, falseAlarms, failures,
                nanos == 0 ? 0 : pages / (nanos / 1e9));
    }

    /** A page as a plain-text dump: the text of each DOM block as one paragraph. */
    static String dump(String html) {
        org.jsoup.nodes.Document doc = HtmlExtractor.parse(html);
        StringBuilder b = new StringBuilder();
        for (HtmlBlocks.Block block : HtmlBlocks.of(doc.body() == null ? doc : doc.body(), Deadline.none())) {
            b.append(block.text).append("\n\n");
        }
        return b.toString();
    }

    /** The article as text: title, byline and paragraphs (what a reader sees as the story). */
    public static String articleText(ExtractedPage page) {
        List<String> parts = new ArrayList<>();
        ExtractedArticle a = page.article();
        if (a.title() != null) {
            parts.add(a.title());
        }
        if (a.byline() != null) {
            parts.add(a.byline());
        }
        parts.addAll(a.paragraphs());
        return String.join("\n", parts);
    }

    /**
     * All comments as the page shows them: the meta line as printed (else the author, unless the text already shows
     * it), own words, quoted parts. The ISO posting time is structured metadata and is left out.
     */
    public static String commentText(ExtractedPage page) {
        StringBuilder b = new StringBuilder();
        for (ExtractedComment c : page.comments()) {
            if (c.header() != null) {
                // the meta line as shown (author, date, "Reply"): part of what the page shows
                b.append(c.header()).append('\n');
            } else if (c.author() != null && !c.text().contains(c.author())) {
                b.append(c.author()).append('\n');
            }
            b.append(c.text()).append('\n');
            for (Quote q : c.quotes()) {
                b.append(q.text()).append('\n');
            }
        }
        return b.toString();
    }
}
