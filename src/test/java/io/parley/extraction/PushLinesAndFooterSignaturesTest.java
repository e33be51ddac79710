package io.parley.extraction;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Issue 22's leftovers on existing gold (branch text17): PTT's push lines (heldout13-forums, `unparsed` in HTML and
 * text on main 3b5a737), Ameba's footer signatures "name2026-11-23 14:27:05" under a title line (heldout13, authors
 * taken from the title "無題"), and the heldout13-text dumps that main read as fewer or misaligned comments (Over-blog,
 * Tiki, PivotX, Chyrp, Weibo). Each assertion failed on main.
 */
class PushLinesAndFooterSignaturesTest {

    private static List<ExtractedComment> dump(String round, String page) throws Exception {
        String dump = Files.readString(Path.of("training-data/extraction/" + round + "/text/" + page + ".txt"));
        return new TextExtractor(Deadline.none()).extract(dump).comments();
    }

    @Test
    void bbsPushLinesAreCommentsUnderTheOpeningPost() throws Exception {
        List<String> authors = GoldPageComments.goldAuthors("heldout13-forums", "ptt");
        // HTML: one div per push, "推 " "tomatoboy" ": words" " 1.160.7.13 11/25 15:08"; the article its first post
        List<ExtractedComment> html = GoldPageComments.of("heldout13-forums", "ptt", null);
        assertThat(html).extracting(ExtractedComment::author).containsExactlyElementsOf(authors);
        assertThat(html.get(0).postedAt()).isEqualTo("2026-11-25T12:01"); // ("Wed Nov 25 12:01:00 2026", asctime)
        assertThat(html.get(0).text()).doesNotContain("\u767c\u4fe1\u7ad9").doesNotContain("--");
        assertThat(html.get(1).postedAt()).isEqualTo("2026-11-25T15:08"); // (the year from the article's date)
        assertThat(html.get(1).text()).startsWith("\u8001\u5b9e\u8bb2").doesNotContain("1.160.7.13");
        assertThat(html).allMatch(c -> c.parentId() == null);
        // the same as w3m prints it: pushes wrapped over lines, the IP and date on the next line at times
        List<ExtractedComment> text = dump("heldout13-forums", "ptt");
        assertThat(text).extracting(ExtractedComment::author).containsExactlyElementsOf(authors);
        assertThat(text.get(3).text()).endsWith("\u6211\u4ece2008\u5e74\u5c31\u79cd14\u53f7\u5730\u3002"); // (CJK wrapped before "14")
        assertThat(text.get(11).postedAt()).isEqualTo("2026-11-27T02:15");
        assertThat(Dates.find("\u6642\u9593Wed Nov 25 12:01:00 2026")).isEqualTo("2026-11-25T12:01");
        // a list of dated headlines is still no such group (its words are the link)
        assertThat(LineRecords.read(org.jsoup.Jsoup.parse("<ul>" + "<li class=n><span>News</span><a>Council closes the footbridge for repairs</a><span>11/25 15:08</span></li>".repeat(4)
                + "</ul>").body(), null)).isEmpty();
    }

    @Test
    void aFooterSignatureGluedToItsDateNamesTheWriterOverTheTitle() throws Exception {
        // "• 無題 / words / yuki_garden2026-11-23 14:27:05": the title is neither author nor text
        List<ExtractedComment> cs = dump("heldout13", "ameblo");
        assertThat(cs).extracting(c -> c.author().replace(" ", ""))
                .containsExactlyElementsOf(GoldPageComments.goldAuthors("heldout13", "ameblo").stream().map(a -> a.replace(" ", "")).toList());
        assertThat(cs).noneMatch(c -> c.text().startsWith("Re:") || c.text().startsWith("\u7121\u984c"));
        assertThat(DumpSignedNames.nameBeforeDate("yuki_garden2026-11-23 14:27:05")).isEqualTo("yuki_garden");
        assertThat(DumpSignedNames.nameBeforeDate("Posted by: marry john on Oct 31, 2012 6:44:07 AM")).isNull();
        assertThat(DumpSignedNames.subject("Re:\u3053\u3053\u3067\u4e8c\u5341\u5e74\u8015\u3057\u2026")).isTrue();
        assertThat(DumpSignedNames.subject("Re: the budget was fine, I think.")).isFalse();
    }

    @Test
    void aCommentNumberLabelLeavesTopLevelAndReplyHeadsOneShape() throws Exception {
        assertThat(DumpCommentLabels.strip("Commentaire n\u00b01 post\u00e9 par Yannick Le Gall le 17/11/2026 \u00e0 14h25"))
                .isEqualTo("post\u00e9 par Yannick Le Gall le 17/11/2026 \u00e0 14h25");
        assertThat(DumpCommentLabels.strip("Comment No. 3 was long")).isEqualTo("Comment No. 3 was long"); // (no date: no head)
        List<ExtractedComment> cs = dump("heldout13-text", "overblog");
        assertThat(cs).extracting(ExtractedComment::author).containsExactlyElementsOf(GoldPageComments.goldAuthors("heldout13-text", "overblog"));
        assertThat(GoldPageComments.parents(cs)).containsExactlyElementsOf(GoldPageComments.goldParents("heldout13-text", "overblog"));
        assertThat(cs.get(0).postedAt()).isEqualTo("2026-11-17T14:25"); // ("\u00e0 14h25" after the header's date)
    }

    @Test
    void tikiAndPivotxDatesAndSignaturesAreRead() throws Exception {
        assertThat(Dates.find("posted by Suki Tanaka on Sat 21 of Nov, 2026 09:45 UTC")).isEqualTo("2026-11-21T09:45");
        assertThat(Dates.find("towpath_tess - 22 November '26 - 18:20")).isEqualTo("2026-11-22T18:20");
        assertThat(dump("heldout13-text", "tiki")).extracting(ExtractedComment::author)
                .containsExactlyElementsOf(GoldPageComments.goldAuthors("heldout13-text", "tiki"));
        // "words / / towpath_tess - 22 November '26 - 18:20": the signature closes the words above it
        List<ExtractedComment> pivotx = dump("heldout13-text", "pivotx");
        assertThat(pivotx).extracting(ExtractedComment::author).containsExactlyElementsOf(GoldPageComments.goldAuthors("heldout13-text", "pivotx"));
        assertThat(pivotx.get(0).text()).startsWith("Having crossed it for thirty years, the ferry stopgap");
        assertThat(dump("heldout13-text", "chyrp").get(0).author()).isEqualTo("Elspeth Moir"); // ("X said, on <date>")
    }

    @Test
    void aNameDateNameSignatureClosesTheEntryAboveIt() throws Exception {
        // "words / 27... / □ şikayet / □ engelle / bahcivan_ayse / 18.11.2026 08:03 / bahcivan_ayse" (Ekşi Sözlük):
        // main read each date as the head of the next entry's words
        assertThat(DumpDoubledNames.merge(List.of("words.", "ann_lee", "18.11.2026 08:03", "ann_lee", "more.", "bo", "18.11.2026 09:03", "bo",
                "x.", "cy", "18.11.2026 10:03", "cy"))).containsExactly("words.", "", "ann_lee 18.11.2026 08:03", "", "more.", "",
                "bo 18.11.2026 09:03", "", "x.", "", "cy 18.11.2026 10:03", "");
        List<ExtractedComment> cs = dump("heldout13-forums", "eksisozluk");
        assertThat(cs).extracting(ExtractedComment::author).containsExactlyElementsOf(GoldPageComments.goldAuthors("heldout13-forums", "eksisozluk"));
        assertThat(cs.get(0).text()).startsWith("Y\u00f6netim marttan").doesNotContain("engelle").doesNotContain("bahcivan_ayse");
    }

    @Test
    void anUpLinkInAFooterBylineMarksAReply() throws Exception {
        // SB Nation (heldout12-real T49, a real 2012 page): "by X on Aug 8, 2012 12:39 PM MST via mobile up reply
        // actions" under a reply, no "up" under a top-level comment; main read all 52 as top-level (parent 0.26)
        Path archive = Path.of("../shared/data/extraction/dragnet/dragnet_train.tar.gz");
        org.junit.jupiter.api.Assumptions.assumeTrue(Files.exists(archive) && Files.isExecutable(Path.of("/usr/bin/w3m")),
                "../shared/data or w3m is absent");
        DragnetCorpus corpus = DragnetCorpus.open(archive);
        String html = PageInput.of(Files.readAllBytes(corpus.html("T49")), "text/html", null).content();
        List<ExtractedComment> cs = new TextExtractor(Deadline.none()).extract(ThreadEvaluator.w3m(html)).comments();
        List<Integer> gold = GoldPageComments.goldParents("heldout12-real", "dragnet-T49");
        List<Integer> got = GoldPageComments.parents(cs);
        assertThat(got).hasSameSizeAs(gold);
        long right = java.util.stream.IntStream.range(0, gold.size()).filter(i -> gold.get(i).equals(got.get(i))).count();
        assertThat(right).isGreaterThanOrEqualTo(40); // (a reply's parent taken as the comment above: 42 of 52)
        assertThat(cs.get(0).parentId()).isNull();
        assertThat(cs.get(1).parentId()).isEqualTo(cs.get(0).id());
    }

    @Test
    void weiboNamesAndReplyTotalsGiveTheTree() throws Exception {
        assertThat(DumpReplyTotals.total("\u51711\u6761\u56de\u590d")).isEqualTo(1);
        assertThat(DumpReplyTotals.colonName("\u738b\u6653\u6885\u56de\u590d @\u4e1c\u5cb8\u5c45\u6c11\uff1a\u4f5c\u4e3a\u672c\u5730\u5c45\u6c11"))
                .containsExactly("\u738b\u6653\u6885", "\u4e1c\u5cb8\u5c45\u6c11", "\u4f5c\u4e3a\u672c\u5730\u5c45\u6c11");
        List<String> authors = GoldPageComments.goldAuthors("heldout13-text", "weibo");
        List<Integer> parents = GoldPageComments.goldParents("heldout13-text", "weibo");
        List<ExtractedComment> text = dump("heldout13-text", "weibo");
        assertThat(text).extracting(ExtractedComment::author).containsExactlyElementsOf(authors);
        assertThat(GoldPageComments.parents(text)).containsExactlyElementsOf(parents);
        List<ExtractedComment> html = GoldPageComments.of("heldout13-text", "weibo", null);
        assertThat(html).extracting(ExtractedComment::author).containsExactlyElementsOf(authors);
        assertThat(GoldPageComments.parents(html)).containsExactlyElementsOf(parents);
        assertThat(html).noneMatch(c -> c.text().startsWith("\uff1a"));
    }
}
