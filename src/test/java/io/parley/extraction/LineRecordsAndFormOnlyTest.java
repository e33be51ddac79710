package io.parley.extraction;

import org.jsoup.Jsoup;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Issue 22's status on two heldout13 pages: PTT's push lines (a name, the text and "IP 11/25 15:08" in one line of
 * spans, no cue the record miner takes) came back {@code none} with 11 posts on main 1a1efdc0; Grav's dump (the site's
 * own comment form, an empty "Comments" heading over the sidebar, no comment) came back {@code unparsed}; heldout13's
 * Fark-like replies ("quoteName" span and a "quoted" box over the reply) took the quoted poster for the author.
 */
class LineRecordsAndFormOnlyTest {

    private static PageExtractor extractor;

    @BeforeAll
    static void load() {
        extractor = PageExtractors.standard();
    }

    private static ExtractedPage page(String path, PageFormat format) throws IOException {
        return extractor.extract(Files.readString(Path.of("training-data/extraction/" + path)), format);
    }

    private static Element body(String html) {
        return Jsoup.parse(html).body();
    }

    @Test
    void pushLinesOfABbsAreNoSilentMiss() throws IOException {
        CommentSection s = page("heldout13-forums/pages/ptt.html", PageFormat.HTML).commentSection();
        assertThat(s.status()).isNotEqualTo(CommentSection.Status.NONE);
        if (s.status() == CommentSection.Status.UNPARSED) {
            assertThat(s.reason()).contains("div.push");
        }
    }

    @Test
    void aLineRecordHasANameTextAndADateWithItsClock() {
        String line = "<div class=\"line\"><span class=\"tag\">+</span><span class=\"who\">ann_lee</span>"
                + "<span class=\"said\">: the new meters will never be fair to the upper path</span><span class=\"at\"> 11/25 15:08</span></div>";
        String[] where = {null};
        assertThat(LineRecords.count(body(line.repeat(3)), where)).isEqualTo(3);
        assertThat(where[0]).isEqualTo("div.line");
        // two lines are no group, and a line without its clock is no record
        assertThat(LineRecords.count(body(line.repeat(2)), where)).isZero();
        assertThat(LineRecords.count(body(line.replace("15:08", "").repeat(3)), where)).isZero();
    }

    @Test
    void aListOfDatedHeadlinesIsNoLineRecordGroup() {
        // the words are the link, and a section word ahead of them is no name of a poster
        String item = "<li class=\"item\"><span class=\"cat\">Sport</span><a href=\"/a\">Council shuts the footbridge until the summer</a>"
                + "<span class=\"date\">11/25 15:08</span></li>";
        String[] where = {null};
        assertThat(LineRecords.count(body("<ul>" + item.repeat(5) + "</ul>"), where)).isZero();
        String noName = "<li class=\"item\"><a href=\"/a\">Council shuts the footbridge until summer</a><span class=\"sum\">Engineers found"
                + " corrosion in the girders</span><span class=\"date\">11/25 15:08</span></li>";
        assertThat(LineRecords.count(body("<ul>" + noName.repeat(5) + "</ul>"), where)).isZero();
    }

    @Test
    void aDumpWithOnlyItsCommentFormUnderAnEmptyHeadingHasNone() throws IOException {
        String dump = Files.readString(Path.of("training-data/extraction/heldout13-text/text/grav.txt"));
        assertThat(DumpCommentForms.formOnly(dump)).isTrue();
        assertThat(extractor.extract(dump, PageFormat.TEXT).commentSection().status()).isEqualTo(CommentSection.Status.NONE);
        // a line of prose after the heading is a comment not read: unparsed stays
        String withProse = dump.replace("Popular Tags", "I walked round by the road bridge today and it took me forty minutes.\n\nPopular Tags");
        assertThat(DumpCommentForms.formOnly(withProse)).isFalse();
        // without the site's own form the empty heading may be a section a script fills: not none
        String noForm = dump.replaceAll("(?m)^(Name|Email|Message) \\[ +\\]$", "");
        assertThat(DumpCommentForms.formOnly(noForm)).isFalse();
        assertThat(extractor.extract(noForm, PageFormat.TEXT).commentSection().status()).isNotEqualTo(CommentSection.Status.NONE);
    }

    @Test
    void aQuotedBoxOverAReplyIsTheParentsWordsNotTheReply() throws IOException {
        ExtractedPage page = page("heldout13/pages/fark.html", PageFormat.HTML);
        ExtractedComment reply = page.comments().get(1);
        assertThat(reply.author()).isEqualTo("shedking");
        assertThat(reply.parentId()).isEqualTo(page.comments().get(0).id());
        assertThat(reply.text()).startsWith("To be fair to the committee").doesNotContain("Gerald:");
        assertThat(reply.quotes()).extracting(Quote::text).anyMatch(q -> q.startsWith("As a new tenant"));
    }
}
