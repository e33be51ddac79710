package io.parley.extraction;

import org.junit.jupiter.api.Test;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

/**
 * Names typed at a comment's head on a flat text dump (issue 22, text parents). Each case failed on main f2e3f769:
 * real 2012 pages whose markup nests nothing (their gold all top level) came back with readers' "@Jacob …",
 * "Jacob, …", "Sabrina: …" taken for replies, and a WordPress theme's "lucky said," byline read as a second name in
 * the header, so each of lucky's comments was put under lucky's one before.
 */
class DumpTypedNamesTest {

    private static final Path ARCHIVE = GoldPageComments.DRAGNET_TRAIN;

    private static List<ExtractedComment> dump(String text) {
        return new TextExtractor(Deadline.none()).extract(text).comments();
    }

    private static List<ExtractedComment> realDump(String round, String id) throws Exception {
        assumeTrue(Files.exists(ARCHIVE), "../shared/data is absent: the real pages cannot be read");
        assumeTrue(Files.isExecutable(Path.of("/usr/bin/w3m")), "w3m is absent: no text dumps");
        DragnetCorpus corpus = DragnetCorpus.open(ARCHIVE);
        String html = PageInput.of(Files.readAllBytes(corpus.html(id)), "text/html", null).content();
        List<ExtractedComment> cs = GoldPageComments.extractor().extract(ThreadEvaluator.w3m(html), PageFormat.TEXT, null).comments();
        assertThat(GoldPageComments.goldParents(round, "dragnet-" + id)).containsOnly(-1); // (the page's markup is flat)
        return cs;
    }

    /** Ten dated comments, the given ones opening with "@" and an earlier commenter's name. */
    private static String thread(int... mentioning) {
        String[] names = {"Ann Lee", "bob_k", "Carla", "dmitri", "Eve Moss", "frank99", "Gita", "hal", "Ivo Petrov", "jun"};
        StringBuilder b = new StringBuilder("Council closes the library on Saturdays\n\nThe council will close the central library"
                + " on Saturdays from February, under budget plans.\n\n10 Responses\n\n");
        for (int i = 0; i < names.length; i++) {
            b.append(names[i]).append(" says:\nNovember ").append(10 + i).append(", 2026 at 9:").append(10 + i).append(" am\n\n");
            boolean mentions = false;
            for (int m : mentioning) {
                mentions |= m == i;
            }
            b.append(mentions ? "@" + names[i - 1].replace(" ", "") + " " : "").append("I think the Saturday closing is the wrong")
                    .append(" saving for families, number ").append(i).append(". The consultation ran over Easter.\n\nReply\n\n");
        }
        return b.toString();
    }

    @Test
    void aFewTypedMentionsInAFlatListLeaveItFlat() {
        // main: the two "@Carla …" / "@Gita …" comments under Carla's and Gita's
        List<ExtractedComment> cs = dump(thread(3, 7));
        assertThat(cs).hasSize(10);
        assertThat(cs).extracting(ExtractedComment::parentId).containsOnlyNulls();
    }

    @Test
    void mentionsOnAGoodShareOfTheCommentsStillNameTheParent() {
        List<ExtractedComment> cs = dump(thread(1, 3, 5, 7));
        assertThat(cs).hasSize(10);
        assertThat(cs.get(3).parentId()).isEqualTo(cs.get(2).id());
        assertThat(cs.get(7).parentId()).isEqualTo(cs.get(6).id());
        assertThat(cs.get(2).parentId()).isNull();
    }

    @Test
    void readersAddressingEachOtherOnARealFlatPageStayTopLevel() throws Exception {
        // main: 9 of 45 put under "Jacob" and others ("@Jacob OMG", "Jacob, sorry but", "Jacob: “But …")
        assertThat(realDump("heldout13-real", "R220")).hasSizeGreaterThanOrEqualTo(40)
                .extracting(ExtractedComment::parentId).containsOnlyNulls();
        // main: "@Tyler …", "@travisp …" under Tyler Stambaugh and TravisP
        assertThat(realDump("heldout13-real", "R437")).extracting(ExtractedComment::parentId).containsOnlyNulls();
    }

    @Test
    void theAuthorsSaidLineIsItsBylineNotANameItAnswers() throws Exception {
        // main: "1. August 9th, 2012 at 8:41 am / lucky said," read lucky and "lucky said", a reply to lucky
        List<ExtractedComment> cs = realDump("heldout12-real", "T132");
        assertThat(cs).hasSizeGreaterThanOrEqualTo(40).extracting(ExtractedComment::parentId).containsOnlyNulls();
        assertThat(cs.stream().filter(c -> "lucky".equals(c.author())).count()).isGreaterThanOrEqualTo(5);
    }
}
