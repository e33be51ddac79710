package io.parley.extraction;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;
import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

/** Threads in rendered text dumps, scored against the thread gold of the pages they were rendered from. */
class DumpThreadsTest {

    private final TextExtractor text = new TextExtractor(Deadline.none());

    @ParameterizedTest
    @ValueSource(strings = {"wordpress", "disqus-rendered", "hackernews", "discourse", "invision4"})
    void everyCommentWithItsAuthorAndParent(String name) throws IOException {
        String dump = Files.readString(Path.of("src/test/resources/extraction/dumps/" + name + ".txt"), StandardCharsets.UTF_8);
        ThreadEvaluator.GoldPage gold = gold(name);
        ExtractedPage page = text.extract(dump);
        ThreadEvaluator.Tally t = ThreadEvaluator.page(gold, page);
        assertThat(page.commentSection().status()).isEqualTo(CommentSection.Status.FOUND);
        assertThat(t.f1()).as("comment F1").isEqualTo(1.0);
        assertThat(t.author()).as("author").isGreaterThanOrEqualTo(0.85);
        assertThat(t.parent()).as("parent").isGreaterThanOrEqualTo(0.9);
    }

    /**
     * The third held-out round (training-data/extraction/heldout3-text), written for the text path and measured before
     * any rule was changed for it (text comment F1 0.793, author 0.627, parent 0.672; README there): each page's
     * committed {@code w3m -dump}, with the reply cue the page shows as text: "level N" lines (new Reddit), "1 reply"
     * boxes (Giscus), "In reply to <subject> by X" (Drupal 9), a spacer image's indent (Hacker News-like), "In response
     * to X" under a forum user box (Khoros), quote boxes (Discourse), nested lists (Disqus, Viafoura).
     */
    @ParameterizedTest
    @CsvSource({"reddit-new, 1.0, 1.0", "giscus, 1.0, 1.0", "drupal9, 1.0, 1.0", "hn-ind, 1.0, 0.8", "khoros, 1.0, 0.85",
            "discourse-quotes, 0.7, 1.0", "disqus-static, 1.0, 1.0", "viafoura, 1.0, 1.0"})
    void unseenTextDumpsYieldTheirRepliesAndAuthors(String name, double minAuthor, double minParent) throws IOException {
        String dir = "training-data/extraction/heldout3-text";
        ExtractedPage page = dump(dir, name);
        ThreadEvaluator.Tally t = ThreadEvaluator.page(gold(dir, name), page);
        assertThat(page.commentSection().status()).isEqualTo(CommentSection.Status.FOUND);
        assertThat(t.f1()).as("comment F1").isGreaterThanOrEqualTo(0.95);
        assertThat(t.author()).as("author").isGreaterThanOrEqualTo(minAuthor);
        assertThat(t.parent()).as("parent").isGreaterThanOrEqualTo(minParent);
    }

    /**
     * User boxes around a post's header line in the second held-out round's dumps: bbPress prints "[avatar]name /
     * Moderator" under the date line, Commento "initial / name / 20 points" over it; both gave no author before.
     */
    @ParameterizedTest
    @ValueSource(strings = {"bbpress", "commento"})
    void theNameInAUserBoxIsTheAuthor(String name) throws IOException {
        String dir = "training-data/extraction/heldout2";
        ExtractedPage page = dump(dir, name);
        ThreadEvaluator.Tally t = ThreadEvaluator.page(gold(dir, name), page);
        assertThat(t.f1()).as("comment F1").isGreaterThanOrEqualTo(0.95);
        assertThat(t.author()).as("author").isGreaterThanOrEqualTo(0.9);
    }

    /**
     * Flarum as text (heldout2): "• 19 Nov" (day and month alone) heads each post, the name with the avatar's initial
     * glued to it ("MMorwenna T"), and a reply opens with the name of the post it answers (a mention link). Before:
     * no comment at all ({@code unparsed}).
     */
    @Test
    void flarumPostsAreFoundWithAuthorsAndMentionedParents() throws IOException {
        String dir = "training-data/extraction/heldout2";
        ExtractedPage page = dump(dir, "flarum");
        ThreadEvaluator.Tally t = ThreadEvaluator.page(gold(dir, "flarum"), page);
        assertThat(page.commentSection().status()).isEqualTo(CommentSection.Status.FOUND);
        assertThat(t.f1()).as("comment F1").isGreaterThanOrEqualTo(0.9);
        assertThat(t.author()).as("author").isGreaterThanOrEqualTo(0.9);
        assertThat(t.parent()).as("parent").isGreaterThanOrEqualTo(0.8);
    }

    /**
     * NodeBB as text (heldout, committed {@code w3m -dump}): a numbered breadcrumb ("1. Home / 2. Local / 3. Saturday
     * library closure") and the topic heading over the bulleted posts made one fake parent of every post (parent
     * 0.00), and "Wendell_K @Quentin" under an avatar initial was taken whole as the author (0.82).
     */
    @Test
    void aNumberedBreadcrumbIsNoParentAndAnAtNameIsTheRepliedPost() throws IOException {
        String dir = "training-data/extraction/heldout";
        ExtractedPage page = dump(dir, "nodebb");
        ThreadEvaluator.Tally t = ThreadEvaluator.page(gold(dir, "nodebb"), page);
        assertThat(t.f1()).as("comment F1").isGreaterThanOrEqualTo(0.85);
        assertThat(t.author()).as("author").isEqualTo(1.0);
        assertThat(t.parent()).as("parent").isEqualTo(1.0);
        assertThat(page.comments()).noneMatch(c -> c.text().startsWith("Home") || c.text().startsWith("Saturday library closure"));
    }

    /**
     * Vanilla as text (heldout): the avatar's alt text, the name and the role glued in one line
     * ("PradeepPradeepModerator", "Rashida O.Rashida O.Member"; author 0.00 before), and a quote box printed at one
     * indent, header and all, deeper than the post's text ("Rashida O. said:"; parent 0.67 before).
     */
    @Test
    void aDoubledNameWithItsRoleAndAnIndentedQuoteBox() throws IOException {
        String dir = "training-data/extraction/heldout";
        ExtractedPage page = dump(dir, "vanilla");
        ThreadEvaluator.Tally t = ThreadEvaluator.page(gold(dir, "vanilla"), page);
        assertThat(t.f1()).as("comment F1").isGreaterThanOrEqualTo(0.9);
        assertThat(t.author()).as("author").isEqualTo(1.0);
        assertThat(t.parent()).as("parent").isEqualTo(1.0);
        assertThat(page.comments()).noneMatch(c -> c.text().contains(" said:"));
    }

    /**
     * The NYT-like page as text (heldout2): w3m glues each commenter's place to the name ("Yusuf AdeyemiCardiff",
     * "bosun42Plymouth, UK") and a badge to the date ("Nov. 14Times Pick"); author 0.00 before.
     */
    @Test
    void aPlaceGluedToMostNamesAndABadgeGluedToTheDateAreNoPartOfTheAuthor() throws IOException {
        String dir = "training-data/extraction/heldout2";
        ExtractedPage page = dump(dir, "nyt-like");
        ThreadEvaluator.Tally t = ThreadEvaluator.page(gold(dir, "nyt-like"), page);
        assertThat(t.f1()).as("comment F1").isGreaterThanOrEqualTo(0.95);
        assertThat(t.author()).as("author").isGreaterThanOrEqualTo(0.9);
        assertThat(t.parent()).as("parent").isEqualTo(1.0);
        assertThat(page.comments()).extracting(ExtractedComment::author).doesNotContain("Times Pick");
    }

    /**
     * The Steam discussion as text (heldout3): reply headers print a year-less date glued to the name
     * ("weirwalker12 Nov @ 1:12pm") under a "Showing 1-11 of 11 comments" heading, a "#1" post number under each;
     * before, no header was recognised and the page came back with no comment and status "none" (a silent miss).
     */
    @Test
    void steamPostsWithYearlessDatesAreFoundNotASilentMiss() throws IOException {
        String dir = "training-data/extraction/heldout3";
        ExtractedPage page = dump(dir, "steam");
        ThreadEvaluator.Tally t = ThreadEvaluator.page(gold(dir, "steam"), page);
        assertThat(page.commentSection().status()).isEqualTo(CommentSection.Status.FOUND);
        assertThat(t.f1()).as("post F1").isGreaterThanOrEqualTo(0.9);
        assertThat(t.author()).as("author").isEqualTo(1.0);
        assertThat(t.parent()).as("parent (quoted post)").isGreaterThanOrEqualTo(0.9);
        assertThat(page.comments()).noneMatch(c -> c.text().startsWith("#"));
    }

    /**
     * Giscus and Khoros as text (heldout3), both {@code unparsed} before: Giscus prints "on Nov 19" under the name
     * (text before the date that is no name) and "Write a reply" after each thread; Khoros puts a direction mark
     * before each date ("\u200e11-16-2026 11:42 AM") and "0 Views" under each post.
     */
    @ParameterizedTest
    @ValueSource(strings = {"giscus", "khoros"})
    void giscusAndKhorosDumpsGiveTheirCommentsWithAuthors(String name) throws IOException {
        String dir = "training-data/extraction/heldout3";
        ExtractedPage page = dump(dir, name);
        ThreadEvaluator.Tally t = ThreadEvaluator.page(gold(dir, name), page);
        assertThat(page.commentSection().status()).isEqualTo(CommentSection.Status.FOUND);
        assertThat(t.f1()).as("comment F1").isGreaterThanOrEqualTo(0.95);
        assertThat(t.author()).as("author").isEqualTo(1.0);
    }

    /**
     * Giscus as text prints replies flat, with a "Write a reply" box after each thread: the box closes the thread, so
     * the first comment after one is top level and the rest are its replies (parent 0.50 flat before).
     */
    @Test
    void aWriteAReplyBoxClosesEachFlatThread() throws IOException {
        String dir = "training-data/extraction/heldout3";
        ExtractedPage page = dump(dir, "giscus");
        ThreadEvaluator.Tally t = ThreadEvaluator.page(gold(dir, "giscus"), page);
        assertThat(t.parent()).as("parent").isEqualTo(1.0);
        assertThat(page.comments()).filteredOn(c -> c.parentId() == null).hasSize(7);
    }

    /**
     * Steam's opening post prints its name and date on lines of their own above "Showing 1-11 of 11 comments" (the
     * replies glue name and date): its starter also heads a later reply, so it is the thread's first post (missed
     * before, so the reply quoting it had no parent).
     */
    @Test
    void theOpeningPostAboveTheRepliesHeadingIsAPost() throws IOException {
        String dir = "training-data/extraction/heldout3";
        ExtractedPage page = dump(dir, "steam");
        ThreadEvaluator.Tally t = ThreadEvaluator.page(gold(dir, "steam"), page);
        assertThat(t.f1()).as("post F1").isEqualTo(1.0);
        assertThat(t.parent()).as("parent").isEqualTo(1.0);
        assertThat(page.comments().get(0).author()).isEqualTo("Oksana Petrenko");
        assertThat(page.comments()).noneMatch(c -> c.text().contains("Showing 1-11"));
    }

    /**
     * A mailing-list archive as text (HyperKitty, heldout3): each reply quotes its parent under "On &lt;date&gt;, X wrote:
     * &gt; …"; the quoted author and time name the parent, also when that author posted again later (author 0.20,
     * parent 0.10 before: "Show replies by date" gave the author "date", the quote's date the time).
     */
    @Test
    void aMailQuoteAttributionNamesTheParentByAuthorAndTime() throws IOException {
        String dir = "training-data/extraction/heldout3";
        ExtractedPage page = dump(dir, "hyperkitty");
        ThreadEvaluator.Tally t = ThreadEvaluator.page(gold(dir, "hyperkitty"), page);
        assertThat(t.f1()).as("post F1").isGreaterThanOrEqualTo(0.95);
        assertThat(t.author()).as("author").isEqualTo(1.0);
        assertThat(t.parent()).as("parent").isEqualTo(1.0);
        assertThat(page.comments()).noneMatch(c -> c.text().contains(" wrote:") || "date".equals(c.author()));
    }

    /**
     * WoltLab as text (heldout3): "Posts / 2100" and "Reactions Received / 439" in the user box are profile fields,
     * not footers ending the header; "□ #1" under the date is still the header; "Quote from X" heads a quote box
     * (author 0.00 before, the last post dropped).
     */
    @Test
    void aDefinitionListUserBoxAndAQuoteFromBox() throws IOException {
        String dir = "training-data/extraction/heldout3";
        ExtractedPage page = dump(dir, "woltlab");
        ThreadEvaluator.Tally t = ThreadEvaluator.page(gold(dir, "woltlab"), page);
        assertThat(t.f1()).as("post F1").isGreaterThanOrEqualTo(0.95);
        assertThat(t.author()).as("author").isEqualTo(1.0);
        assertThat(t.parent()).as("parent (quoted post)").isEqualTo(1.0);
        assertThat(page.comments()).noneMatch(c -> c.text().contains("Quote from") || c.text().contains("Reactions Received"));
    }

    /**
     * The fourth held-out round (training-data/extraction/heldout4-text), measured before any rule was changed for it
     * (text F1 0.783, author 0.514, parent 0.542; README there), each page's committed {@code w3m -dump} with the reply
     * cue it shows as text: Bugzilla's "Comment 3 Ann 2026-11-25 18:26:00 UTC" heads and "(In reply to X from comment
     * #N)" over "> " quoted lines (a silent miss before), Jive's "(in response to X)" after the date, a Guardian-like
     * depth cap (replies deeper than one level among their thread's, "in reply to X"), Nitter's "Full Name@handle" /
     * "10h" / "Replying to @x @op" ({@code unparsed} before), Tildes' "17h ago" under a "↑" button (5 of 13 before),
     * vBulletin 5's user box over a rule and "Originally posted by X View Post" over an unboxed quote (author 0.00).
     */
    @ParameterizedTest
    @CsvSource({"bugzilla, 1.0, 1.0", "jive, 1.0, 1.0", "guardian-like, 1.0, 1.0", "nitter, 1.0, 1.0", "tildes, 1.0, 1.0",
            "vbulletin5, 1.0, 1.0"})
    void replyCuesInTextDumpsNameTheParent(String name, double minAuthor, double minParent) throws IOException {
        String dir = "training-data/extraction/heldout4-text";
        ExtractedPage page = dump(dir, name);
        ThreadEvaluator.Tally t = ThreadEvaluator.page(gold(dir, name), page);
        assertThat(page.commentSection().status()).isEqualTo(CommentSection.Status.FOUND);
        assertThat(t.f1()).as("comment F1").isEqualTo(1.0);
        assertThat(t.author()).as("author").isGreaterThanOrEqualTo(minAuthor);
        assertThat(t.parent()).as("parent").isGreaterThanOrEqualTo(minParent);
        // the quoted parent is no part of the reply's text, nor is the cue that names it
        assertThat(page.comments()).noneMatch(c -> c.text().startsWith(">") || c.text().contains("In reply to")
                || c.text().contains("Originally posted by") || c.text().startsWith("Replying to"));
    }

    /**
     * vBulletin 5's unboxed quote: the quoted words of the parent, printed flush with the reply's own, are cut from the
     * reply once the parent is known; the reply's own text stays (twelve words: one reply's own text opens with the
     * same eight words as its parent's).
     */
    @Test
    void anUnboxedQuoteOfTheParentIsCutFromTheReply() throws IOException {
        String dir = "training-data/extraction/heldout4-text";
        ExtractedPage page = dump(dir, "vbulletin5");
        Map<String, ExtractedComment> byId = new HashMap<>();
        page.comments().forEach(c -> byId.put(c.id(), c));
        List<ExtractedComment> replies = page.comments().stream().filter(c -> c.parentId() != null).toList();
        assertThat(replies).hasSize(5);
        for (ExtractedComment r : replies) {
            String parentStart = String.join(" ", java.util.Arrays.copyOf(byId.get(r.parentId()).text().split("\\s+"), 12));
            assertThat(r.text()).as(r.author()).doesNotStartWith(parentStart);
        }
    }

    /**
     * XenForo 2 as text (threads' xenforo2, committed dump): the dump's first line, the site's navigation ("Home News
     * Sport Contact"), and the thread title over the first post's user box were taken for its author; the name over
     * its rank ("bridgewatcher / Well-known member") is. "quietcommuter said:" over a quote of quietcommuter's first
     * post names that post, not quietcommuter's later one (author 0.88, parent 0.75 before).
     */
    @Test
    void theNameOverItsRankIsTheAuthorAndAQuotesWordsPickThePost() throws IOException {
        String dump = Files.readString(Path.of("src/test/resources/extraction/dumps/xenforo2.txt"), StandardCharsets.UTF_8);
        ExtractedPage page = text.extract(dump);
        ThreadEvaluator.Tally t = ThreadEvaluator.page(gold("xenforo2"), page);
        assertThat(t.f1()).as("post F1").isEqualTo(1.0);
        assertThat(t.author()).as("author").isEqualTo(1.0);
        assertThat(t.parent()).as("parent").isEqualTo(1.0);
        assertThat(page.comments().get(0).author()).isEqualTo("bridgewatcher");
    }

    /**
     * Askbot as text (heldout4-text): each answer's text comes before its signature ("answered Nov 25 '26" and the
     * user card, "Ann gravatar imageAnn"), each comment's before "name (Nov 26 '26) edit"; the comments after an
     * answer are its replies (author 0.07, parent 0.36 before: every signature was read as the next text's header).
     */
    @Test
    void qAndASignaturesAfterTheTextNameTheAuthorAndCommentsReplyToTheAnswer() throws IOException {
        String dir = "training-data/extraction/heldout4-text";
        ExtractedPage page = dump(dir, "askbot");
        ThreadEvaluator.Tally t = ThreadEvaluator.page(gold(dir, "askbot"), page);
        assertThat(t.f1()).as("comment F1").isGreaterThanOrEqualTo(0.95);
        assertThat(t.author()).as("author").isEqualTo(1.0);
        assertThat(t.parent()).as("parent").isEqualTo(1.0);
        assertThat(page.comments()).noneMatch(c -> "answered".equals(c.author()) || c.text().contains("gravatar image"));
    }

    /**
     * A user cell printed beside each post (two columns: "Beatrix        Default Re: …" / "Moderator      ━━━" / "Join
     * Date: Nov 2004   time, always …"): its first line is the author, its lines no text (vBulletin 3 in threads'
     * committed dump, UBB.threads in heldout4-text, whose "Re: subject [Re: X]" names the parent; author 0.00 on both
     * before, UBB.threads parent 0.50).
     */
    @Test
    void aUserCellBesideThePostNamesItsAuthor() throws IOException {
        String dump = Files.readString(Path.of("src/test/resources/extraction/dumps/vbulletin3-tables.txt"), StandardCharsets.UTF_8);
        ExtractedPage vb = text.extract(dump);
        ThreadEvaluator.Tally t = ThreadEvaluator.page(gold("vbulletin3-tables"), vb);
        assertThat(t.author()).as("vBulletin 3 author").isEqualTo(1.0);
        assertThat(vb.comments()).noneMatch(c -> c.text().contains("Join Date") || c.text().startsWith("Beatrix "));
        String dir = "training-data/extraction/heldout4-text";
        ExtractedPage ubb = dump(dir, "ubbthreads");
        ThreadEvaluator.Tally u = ThreadEvaluator.page(gold(dir, "ubbthreads"), ubb);
        assertThat(u.f1()).as("UBB.threads post F1").isEqualTo(1.0);
        assertThat(u.author()).as("UBB.threads author").isEqualTo(1.0);
        assertThat(u.parent()).as("UBB.threads parent").isEqualTo(1.0);
        assertThat(ubb.comments()).noneMatch(c -> c.text().contains("Registered:"));
    }

    /** One gold page of our own (the Dragnet ones need ../shared, which the default suite does without). */
    /**
     * The fifth held-out round (training-data/extraction/heldout5-text), measured before any rule was changed for it
     * (text F1 0.743, author 0.574, parent 0.529; README there), each page's committed {@code w3m -dump} with the cue it
     * shows as text: Jira's "Ann added a comment - 28/Nov/26 2:18 PM" and a reply opening with the mentioned name (none
     * found before), Trac's "Changed 3 days ago by ann" with "in reply to: ↑ 1" and "Replying to ann:" over a citation,
     * Redmine's "Updated by ann 3 days ago" journals and "Ann wrote in #note-2:" (a miss before: {@code unparsed}),
     * Google Groups' "On <date> Ann <ann@…> wrote:" (2 of 9 before), Confluence's nested list with the date in the
     * footer (its first comment lost before), Zendesk's "Avatar" alt line over the name (author "Avatar" before),
     * Moodle's "Show parent" action (a reply printed flat: the comment above).
     */
    @ParameterizedTest
    @CsvSource({"jira, 1.0, 1.0", "trac, 1.0, 1.0", "redmine, 1.0, 1.0", "googlegroups, 1.0, 0.75", "confluence, 1.0, 1.0",
            "zendesk, 1.0, 0.9", "moodle, 1.0, 0.5"})
    void fifthRoundCuesGiveAuthorsAndParents(String name, double minAuthor, double minParent) throws IOException {
        String dir = "training-data/extraction/heldout5-text";
        ExtractedPage page = dump(dir, name);
        ThreadEvaluator.Tally t = ThreadEvaluator.page(gold(dir, name), page);
        assertThat(page.commentSection().status()).isEqualTo(CommentSection.Status.FOUND);
        assertThat(t.f1()).as("comment F1").isEqualTo(1.0);
        assertThat(t.author()).as("author").isGreaterThanOrEqualTo(minAuthor);
        assertThat(t.parent()).as("parent").isGreaterThanOrEqualTo(minParent);
        // the quoted parent, the quote's attribution and a tracker's property changes are no part of a reply's text
        assertThat(page.comments()).noneMatch(c -> c.text().contains("wrote in #note") || c.text().startsWith("Replying to")
                || c.text().contains(" wrote:") || c.text().contains("changed from"));
    }

    /**
     * The fifth round's second set (training-data/extraction/heldout5b-text), measured on main and this branch before any
     * rule changed for it (text F1 0.869, author 0.528, parent 0.509, Mantis a silent miss): "Ann Lee (annlee) wrote on
     * …" over a "> " quote with no attribution (Launchpad), "Date: …" under "Posted by: X" and "Quote / name" boxes
     * (Phorum), "Name Town" over the date and "In reply to Name" (Commentics).
     */
    @ParameterizedTest
    @CsvSource({"launchpad, 1.0, 0.85", "phorum, 0.75, 1.0", "commentics, 1.0, 1.0"})
    void secondSetCuesGiveAuthorsAndParents(String name, double minAuthor, double minParent) throws IOException {
        String dir = "training-data/extraction/heldout5b-text";
        ExtractedPage page = dump(dir, name);
        ThreadEvaluator.Tally t = ThreadEvaluator.page(gold(dir, name), page);
        assertThat(t.f1()).as("comment F1").isGreaterThanOrEqualTo(0.9);
        assertThat(t.author()).as("author").isGreaterThanOrEqualTo(minAuthor);
        assertThat(t.parent()).as("parent").isGreaterThanOrEqualTo(minParent);
        assertThat(page.comments()).noneMatch(c -> c.text().startsWith(">") || c.text().startsWith("Quote"));
    }

    /** Mantis' notes as a table (dates in the user cell beside each note): not taken apart, but no silent none. */
    @Test
    void datesBesideASecondColumnOfProseAreAnUnparsedSection() throws IOException {
        ExtractedPage page = dump("training-data/extraction/heldout5b-text", "mantis");
        assertThat(page.commentSection().status()).isEqualTo(CommentSection.Status.UNPARSED);
    }

    /**
     * Bylines printed under each comment's last sentence with a blank line after them (MetaFilter's "posted by X at …
     * on …"): each names the comment above it, not the one below; before, every author was shifted by one.
     */
    @Test
    void aBylineUnderTheTextNamesTheCommentAbove() {
        String dump = """
                Island ferry cut to four sailings

                The operator will cut the winter timetable from six sailings a day to four.
                posted by Morag Sinclair at 8:02 AM - 3 comments (3 new) Share Favorite

                Having worked on the boats, the car park charges need an independent review
                before March. I have taken that crossing twice a day for eleven years.
                posted by barnacle at 9:50 AM on November 22, 2026 [3 favorites] [!]

                Call me old-fashioned, but the weather cancellations have worked better than
                anyone expected.
                posted by puffin_watch at 10:21 AM on November 22, 2026 [5 favorites] [!]

                Strangely, the ticket machines have worked better than anyone expected. It was
                cancelled fourteen times last January.
                posted by Eilidh M at 12:01 PM on November 22, 2026 [47 favorites] [!]


                « Older The last lighthouse keepers | Maps of every bus route Newer »
                """;
        List<ExtractedComment> c = text.extract(dump).comments();
        assertThat(c).extracting(ExtractedComment::author).containsExactly("barnacle", "puffin_watch", "Eilidh M");
        assertThat(c.get(0).text()).startsWith("Having worked on the boats");
        assertThat(c.get(2).text()).startsWith("Strangely, the ticket machines");
        assertThat(c).extracting(ExtractedComment::postedAt).containsExactly("2026-11-22T09:50", "2026-11-22T10:21", "2026-11-22T12:01");
    }

    /**
     * A "Parent" action only under replies (LiveJournal; Moodle's "Show parent"), their nesting only in CSS: the dump
     * prints no indent, so a reply is given the comment above it, and a comment without the action stays top level.
     */
    @Test
    void aParentActionMarksAReplyToTheCommentAbove() {
        String dump = """
                Comments

                ann_lee
                November 20 2026, 09:12:00 UTC
                The harbour board should publish the figures before the vote. Nobody has seen them.
                  • Reply
                  • Thread
                bob_k
                November 20 2026, 10:40:00 UTC
                They were in the minutes last month, page four. Worth a read before Thursday.
                  • Reply
                  • Thread
                  • Parent
                cara
                November 20 2026, 11:05:00 UTC
                Separate point, but the ferry is late again this morning. Third time this week.
                  • Reply
                  • Thread
                """;
        List<ExtractedComment> c = text.extract(dump).comments();
        assertThat(c).extracting(ExtractedComment::author).containsExactly("ann_lee", "bob_k", "cara");
        assertThat(c).extracting(ExtractedComment::parentId).containsExactly(null, "c1", null);
    }

    /** A gold set's committed {@code w3m -dump} of one page, read as text: the tests need no w3m. */
    /**
     * Habr as text (heldout5): the count after the heading's word ("Comments 14") and each header a name glued to a
     * 24-hour date ("priyanatarajan19 Nov at 12:39") after w3m's space for the avatar, the text printed left of it.
     * Before: {@code unparsed}, no comment; then the last comment lost, its text read as the thread's end.
     */
    @Test
    void aCountAfterTheHeadingAndATwentyFourHourDateGluedToTheName() {
        String dump = """
                Wexcombe Tech Log in

                dariusznowak 17 Nov at 09:00

                How a town library moved its catalogue off a 2009 server in one weekend

                Our library was going to lose its Saturday opening, and with it the one day the
                volunteer IT group could touch the servers.

                Comments 3

                 priyanatarajan19 Nov at 12:39

                Practically speaking, the reading room has been promised for four years now.
                Try getting there by bus with a buggy.

                +4
                ReplyShare
                 kemalt19 Nov at 13:12

                Speaking as a teacher, the late opening on Thursdays needs a proper bus link to
                make any sense.

                +7
                ReplyShare
                 owenp19 Nov at 16:18

                Call me cynical, but the book budget should be paused until the new budget is
                set. The consultation ran for eleven days over Easter.

                +6
                ReplyShare

                Only those users with full accounts are able to leave comments.
                """;
        ExtractedPage page = text.extract(dump);
        assertThat(page.comments()).extracting(ExtractedComment::author).containsExactly("priyanatarajan", "kemalt", "owenp");
        assertThat(page.comments()).allMatch(c -> c.parentId() == null);
        assertThat(page.comments().get(2).text()).startsWith("Call me cynical").doesNotContain("Only those users");
    }

    /**
     * Steemit as text (heldout5): each reply's date continues its name line after a separator ("inkpot (26) / ·  5
     * days ago"), the separator indented by w3m. Before: every reply nested under the story's byline (parent 0.00 on
     * the page) and the last reply lost.
     */
    @Test
    void aSeparatorIndentedBeforeTheDateIsNoNesting() {
        String dump = """
                Our town library will close on Saturdays. Here is what we are doing about it

                marisolvega (64) in #library · 13 days ago

                The council will close the town's central library on Saturdays from February
                and cut its Thursday late opening, under budget plans published on Tuesday.

                library community books
                $4.21 33 votes
                13 Reply Share
                Sort: [Trending]
                [-]
                inkpot (26)
                  ·  5 days ago

                Having volunteered there, the new self-service kiosks was decided before the
                consultation even closed.


                $0.05
                31 votes
                Reply
                [-]
                marginalia (47)
                  ·  4 days ago

                As a regular, the heating in the main hall needs a proper bus link to make any
                sense.


                $0.21
                17 votes
                Reply
                [-]
                bronwen (40)
                  ·  4 days ago

                Practically speaking, the heating in the main hall deserves an independent
                audit before April.


                $0.71
                36 votes
                Reply
                """;
        List<ExtractedComment> c = text.extract(dump).comments();
        assertThat(c).extracting(ExtractedComment::author).endsWith("inkpot", "marginalia", "bronwen");
        assertThat(c).allMatch(x -> x.parentId() == null);
    }

    /**
     * django-comments-xtd as text (heldout6): the name alone on its own line under the date, on every record. Before:
     * no author and the name the first words of the text.
     */
    @Test
    void aNameAloneUnderTheDateOnEveryRecordIsTheAuthor() {
        String dump = """
                Bridge closure: have your say

                The footbridge closes for nine months from March.

                3 comments

                  • [4100]

                    Nov. 20, 2026, 1:41 p.m.  ¶


                    wharf_rat

                    Frankly, the funding bid should have been planned years ago. Ask anyone who
                    cycles to the station.

                    Reply
                  • [4107]

                    Nov. 20, 2026, 4:55 p.m.  ¶


                    Anjali Rao

                    As a commuter, the funding bid was never explained to residents.

                    Reply
                  • [4121]

                    Nov. 20, 2026, 6:39 p.m.  ¶


                    lockkeeper

                    From experience, the engineers' survey needs a proper timetable.

                    Reply
                """;
        List<ExtractedComment> c = text.extract(dump).comments();
        assertThat(c).extracting(ExtractedComment::author).containsExactly("wharf_rat", "Anjali Rao", "lockkeeper");
        assertThat(c.get(0).text()).startsWith("Frankly, the funding bid");
    }

    /**
     * Phorum as text (heldout7): the user box printed as a second column beside the post's head ("Petra Novak
     * Registered: 9 years ago / Re: subject   Posts: 36 / date"). Before: no author on any post.
     */
    @Test
    void aUserBoxInASecondColumnBesideTheHeadNamesTheAuthor() {
        String dump = """
                Wexcombe Forums
                Forum List » Town » Schools
                Crossing patrol cut from April
                Harriet Cole                                            Registered: 12 years ago
                Crossing patrol cut from April                          Posts: 412
                Nov 24, 2026 06:37
                The council wants to cut the school crossing patrols from April. Has anyone
                heard whether the Eastfield session is definitely happening?
                Reply Quote Report
                Petra Novak                                             Registered: 9 years ago
                Re: Crossing patrol cut from April                      Posts: 36
                Nov 24, 2026 09:44
                Realistically, the walking bus was always going to be cut first. I drive the
                school bus.
                Reply Quote Report
                Yusuf Ali                                               Registered: 9 years ago
                Re: Crossing patrol cut from April                      Posts: 424
                Nov 24, 2026 14:51
                Fair point, but, the zebra crossing makes the morning chaos worse.
                Reply Quote Report
                """;
        List<ExtractedComment> c = text.extract(dump).comments();
        assertThat(c).extracting(ExtractedComment::author).containsExactly("Harriet Cole", "Petra Novak", "Yusuf Ali");
    }

    /**
     * Moodle as text (heldout5): w3m glues the actions together ("PermalinkShow parentReply"). Before: the "Show
     * parent" cue was missed and every reply came out top level (parent 0.08 on the page).
     */
    @Test
    void aShowParentActionGluedToTheOthersStillMarksAReply() {
        String dump = """
                Library users' forum

                Picture of Owen P.

                Saturday closing - what are the alternatives?

                by Owen P. - Saturday, 21 November 2026, 12:24 PM

                Does anyone know whether the Eastfield Saturday session is definitely going
                ahead?

                PermalinkReply
                Picture of Saoirse

                Re: Saturday closing - what are the alternatives?

                by Saoirse - Saturday, 21 November 2026, 2:50 PM

                Sadly, the computer suite will hit pensioners and students hardest.

                PermalinkShow parentReply
                Picture of inkpot

                Re: Saturday closing - what are the alternatives?

                by inkpot - Saturday, 21 November 2026, 4:26 PM

                If the report is right, the book budget needs a proper bus link to make any
                sense.

                PermalinkShow parentReply
                """;
        List<ExtractedComment> c = text.extract(dump).comments();
        assertThat(c).hasSize(3);
        assertThat(c.get(0).parentId()).isNull();
        assertThat(c.get(1).parentId()).isEqualTo(c.get(0).id());
        assertThat(c.get(2).parentId()).isNotNull();
    }

    private ExtractedPage dump(String dir, String name) throws IOException {
        return text.extract(Files.readString(Path.of(dir, "text", name + ".txt"), StandardCharsets.UTF_8));
    }

    private static ThreadEvaluator.GoldPage gold(String name) throws IOException {
        return gold("training-data/extraction/threads", name);
    }

    private static ThreadEvaluator.GoldPage gold(String dir, String name) throws IOException {
        JsonNode doc = new ObjectMapper().readTree(Path.of(dir, name + ".json").toFile());
        List<ThreadEvaluator.GoldComment> comments = new ArrayList<>();
        for (JsonNode c : doc.path("comments")) {
            comments.add(new ThreadEvaluator.GoldComment(c.get("id").asText(), c.path("parent").textValue(),
                    c.path("author").textValue(), c.path("time").textValue(),
                    c.hasNonNull("likes") ? c.get("likes").asInt() : null, c.get("text").asText()));
        }
        return new ThreadEvaluator.GoldPage(name, doc.path("system").asText(), doc.path("forum").asBoolean(), new byte[0], comments);
    }

    @Test
    void headerBodyAndFooterAreSeparatedAndRepliesNestByIndent() {
        String dump = """
                Council approves the bridge

                The council voted on Tuesday to fund a new bridge across the river, ending a
                decade of debate about traffic in the old town.

                3 thoughts on "Council approves the bridge"

                 1. [100]Old Town Resident says:
                    November 20, 2026 at 3:33 am

                    The environmental report is still not public. What a waste of public
                    money.

                    Reply
                     1. [102]Henrietta says:
                        November 20, 2026 at 11:48 am

                        I live two streets from the river and the plans look nothing like
                        the drawings.

                        Reply
                 2. [103]noname42 says:
                    November 20, 2026 at 3:56 pm

                    The budget doubled in two years.

                    Like (3) Reply

                Leave a Reply
                """;
        List<ExtractedComment> c = text.extract(dump).comments();
        assertThat(c).extracting(ExtractedComment::author).containsExactly("Old Town Resident", "Henrietta", "noname42");
        assertThat(c).extracting(ExtractedComment::parentId).containsExactly(null, "c1", null);
        assertThat(c).extracting(ExtractedComment::postedAt)
                .containsExactly("2026-11-20T03:33", "2026-11-20T11:48", "2026-11-20T15:56");
        assertThat(c).extracting(ExtractedComment::likes).containsExactly(null, null, 3);
        assertThat(c.get(0).text()).isEqualTo("The environmental report is still not public. What a waste of public money.");
    }

    @Test
    void bloggerClassicSaidHeadersWithTimeOfDayFooters() {
        String dump = """
                Storm hits the coast

                Heavy rain fell on the coast on Sunday, flooding roads in the low-lying parts
                of town and cutting power to some 3,000 households for several hours.

                3 comments:

                Anonymous said...

                    Terrible weather again. The council should have cleaned the drains.

                    10:31 PM

                jane_roe said...

                    We lost power for six hours. Nobody told us anything.

                    11:02 PM

                Anonymous said...

                    @jane_roe same here, the whole street was dark.

                    11:40 PM

                Post a Comment
                """;
        List<ExtractedComment> c = text.extract(dump).comments();
        assertThat(c).extracting(ExtractedComment::author).containsExactly("Anonymous", "jane_roe", "Anonymous");
        assertThat(c).extracting(ExtractedComment::text).containsExactly(
                "Terrible weather again. The council should have cleaned the drains.",
                "We lost power for six hours. Nobody told us anything.", "@jane_roe same here, the whole street was dark.");
        // Blogger classic's list is flat in its markup, and a lone typed "@jane_roe" (one comment of three) is too weak a
        // cue to nest on: on real flat lists such names are mostly not replies in the markup's sense (DumpNameCues nests
        // typed names only where a page's comments do it often; DumpTypedNamesTest has the page-level cases)
        assertThat(c).extracting(ExtractedComment::parentId).containsExactly(null, null, null);
    }

    @Test
    void aDatedListOfOtherStoriesIsNoThread() {
        String dump = """
                Storm hits the coast

                Heavy rain fell on the coast on Sunday, flooding roads in the low-lying parts
                of town and cutting power to some 3,000 households for several hours.

                More stories

                Bridge plans delayed again
                November 12

                New school opens in the old town
                November 9

                Ferry fares to rise in spring
                November 8
                """;
        ExtractedPage page = text.extract(dump);
        assertThat(page.comments()).isEmpty();
        assertThat(page.commentSection().status()).isEqualTo(CommentSection.Status.NONE);
    }
}
