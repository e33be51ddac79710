package io.parley.extraction;

import org.jsoup.nodes.Document;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The story-label corrections: each rule on a small page with the model's labels set by hand (so the rule, not the
 * model, is what is tested), and the whole extractor on the held-out news pages of training-data/extraction/news.
 */
class ArticleBlocksTest {

    private static final String P1 = "The council voted on Tuesday night to build a new bridge over the river, ending a long dispute in the town.";
    private static final String P2 = "The bridge will replace a span from 1938 that engineers closed to trucks last spring after finding cracks.";
    private static final String P3 = "State officials have promised to pay most of the cost, and construction could begin as early as next summer.";

    private static PageExtractor extractor;

    @BeforeAll
    static void load() {
        extractor = PageExtractors.standard();
    }

    private static List<HtmlBlocks.Block> blocks(String body) {
        Document doc = HtmlExtractor.parse("<html><body>" + body + "</body></html>");
        return HtmlBlocks.of(doc.body(), new Deadline(60_000));
    }

    private static List<String> storyTexts(List<HtmlBlocks.Block> blocks, List<String> labels) {
        List<String> out = new ArrayList<>();
        for (int i = 0; i < blocks.size(); i++) {
            if (BlockFeatures.ARTICLE.equals(labels.get(i))) {
                out.add(blocks.get(i).text);
            }
        }
        return out;
    }

    private static List<String> all(int n, String label) {
        return new ArrayList<>(Collections.nCopies(n, label));
    }

    @Test
    void theLargestContainerOfProseIsTheStoryWhenTheModelKeptNothingLarger() {
        List<HtmlBlocks.Block> blocks = blocks("<ul><li><a href='/'>Home</a></li><li><a href='/n'>News</a></li></ul>"
                + "<h1>Council approves new bridge</h1>"
                + "<table><tr><td>" + P1 + " " + P2 + "<br>" + P3 + " " + P1 + "</td></tr></table>"
                + "<div class='side'><p>Sign up for our newsletter today.</p></div>");
        List<String> labels = ArticleBlocks.refine(blocks, all(blocks.size(), BlockFeatures.BOILERPLATE), "Council approves new bridge | The Courier");
        assertThat(storyTexts(blocks, labels)).containsExactly(P1 + " " + P2, P3 + " " + P1);
    }

    @Test
    void aStoryTheModelFoundIsNotReplacedByASmallerContainer() {
        List<HtmlBlocks.Block> blocks = blocks("<div><p>" + P1 + "</p><p>" + P2 + "</p></div><div><p>" + P3 + "</p></div>");
        List<String> labels = all(blocks.size(), BlockFeatures.BOILERPLATE);
        labels.set(0, BlockFeatures.ARTICLE);
        labels.set(1, BlockFeatures.ARTICLE);
        assertThat(storyTexts(blocks, ArticleBlocks.refine(blocks, labels, "Bridge vote"))).containsExactly(P1, P2);
    }

    @Test
    void shortParagraphsListsAndSubheadsBesideTheStoryJoinItButCaptionsLinksAndTrailersDoNot() {
        List<HtmlBlocks.Block> blocks = blocks("<p><a href='/'>Home</a> <a href='/local'>Local</a></p><div class='story'>"
                + "<p>" + P1 + "</p><p>It passed 7 to 2.</p><p>" + P2 + "</p>"
                + "<figure><img src='x.jpg'><figcaption>The old span in 1938.</figcaption></figure>"
                + "<h3>What comes next</h3><p>Key dates:</p><ul><li>a hearing in May on the design</li><li>bids in June</li></ul>"
                + "<p>" + P3 + "</p><p>Tags: bridge, council</p></div><ul><li><a href='/a'>Council delays parking vote again</a></li></ul>");
        // the model's typical misses: only the long paragraphs and the links around them
        List<String> labels = new ArrayList<>();
        for (HtmlBlocks.Block b : blocks) {
            boolean longOrLinked = b.words >= 15 || b.linkDensity() > 0.9 || b.owner.normalName().equals("figcaption");
            labels.add(longOrLinked && !b.text.equals(P3) ? BlockFeatures.ARTICLE : BlockFeatures.BOILERPLATE);
        }
        assertThat(storyTexts(blocks, ArticleBlocks.refine(blocks, labels, "Bridge vote"))).containsExactly(P1, "It passed 7 to 2.", P2,
                "What comes next", "Key dates:", "a hearing in May on the design", "bids in June", P3);
    }

    @Test
    void theHeadlineIsTheHeadingWithThePageTitlesWordsNotTheFirstSubhead() {
        List<HtmlBlocks.Block> blocks = blocks("<h1>Council approves new bridge over the river</h1><p>" + P1 + "</p>"
                + "<h3>Costs</h3><p>" + P2 + "</p>");
        List<String> labels = all(blocks.size(), BlockFeatures.ARTICLE);
        labels.set(0, BlockFeatures.BOILERPLATE);
        assertThat(ArticleBlocks.headline(blocks, labels, "Council approves new bridge over the river | The Courier")).isZero();
        assertThat(ArticleBlocks.headline(blocks, labels, "The Courier")).isEqualTo(-1);
    }

    @Test
    void aSubheadAfterTheLeadNeitherBecomesTheTitleNorDropsTheLead() {
        String page = "<html><head><title>Weekly house prices</title></head><body><nav><a href='/'>Home</a></nav>"
                + "<div class='post'><p>" + P1 + "</p><h3>Seattle, WA</h3><p>" + P2 + "</p><p>" + P3 + "</p></div></body></html>";
        ExtractedArticle article = extractor.extract(page, PageFormat.HTML).article();
        assertThat(String.join("\n", article.paragraphs())).contains(P1).contains(P2).contains(P3);
        assertThat(article.title()).isNotEqualTo("Seattle, WA");
    }

    @Test
    void heldOutNewsPagesKeepTheirStory() throws IOException {
        // measured 0.978 (0.957 before the second held-out round's rules; main before any article rule: 0.892;
        // boilerpipe 0.900, python-readability 0.919)
        assertThat(newsF1("training-data/extraction/news", 10, 0.95, 0.85)).isGreaterThanOrEqualTo(0.96);
    }

    @Test
    void secondHeldOutNewsRoundKeepsItsStoryWithoutInsertsOrMetadata() throws IOException {
        // measured 0.981; main before these rules 0.905 (boilerpipe 0.823 / 0.886, python-readability 0.857)
        assertThat(newsF1("training-data/extraction/news2", 18, 0.85, 0.85)).isGreaterThanOrEqualTo(0.96);
    }

    /** Mean bag-of-words F1 of title + byline + paragraphs against each page's gold; every page at least as given. */
    private static double newsF1(String set, int pages, double minRecall, double minF1) throws IOException {
        Path dir = Path.of(set, "pages");
        List<String> names = Files.readAllLines(Path.of(set, "pages.txt")).stream().filter(s -> !s.isBlank()).toList();
        assertThat(names).hasSize(pages);
        double sum = 0;
        for (String name : names) {
            ExtractedArticle a = extractor.extract(Files.readString(dir.resolve(name + ".html")), PageFormat.HTML).article();
            List<String> parts = new ArrayList<>();
            for (String s : new String[] {a.title(), a.byline()}) {
                if (s != null) {
                    parts.add(s);
                }
            }
            parts.addAll(a.paragraphs());
            BagOfWords f = BagOfWords.score(String.join("\n", parts), Files.readString(dir.resolve(name + ".txt")));
            assertThat(f.recall()).as(name + " recall").isGreaterThanOrEqualTo(minRecall);
            assertThat(f.f1()).as(name + " F1").isGreaterThanOrEqualTo(minF1);
            sum += f.f1();
        }
        return sum / names.size();
    }

    @Test
    void dateAndBylineLinesAreTheStorysMetadataNotItsWordsButTheBylineStaysForTheExtractor() {
        List<HtmlBlocks.Block> blocks = blocks("<h1>Council approves new bridge over the river</h1>"
                + "<div class='meta'>By Jo Reyes</div><div class='date'>Published Jan. 12, 2023 at 5:41 p.m. | Updated Jan. 13</div>"
                + "<div>Von Sabine Kr\u00fcger 22.09.2023, 06:00 Uhr 3 Min. Lesezeit</div><div>Hannah Lowe, Transport correspondent</div>"
                + "<div class='share'><a href='/f'>Facebook</a> <a href='/t'>Twitter</a></div>"
                + "<div class='body'><p>" + P1 + "</p><p>" + P2 + "</p><div class='entry'><span>8:14 p.m.</span> Posted by Nick Ames</div>"
                + "<p>" + P3 + "</p><p>The council will vote again on March 4.</p></div>");
        List<String> labels = ArticleBlocks.refine(blocks, all(blocks.size(), BlockFeatures.ARTICLE),
                "Council approves new bridge over the river | The Courier");
        assertThat(storyTexts(blocks, labels)).containsExactly("Council approves new bridge over the river", "By Jo Reyes",
                P1, P2, P3, "The council will vote again on March 4.");
    }

    @Test
    void subscribeBoxesEmbeddedPostsAndReadMoreLinksInTheStoryGoButItsParagraphsStay() {
        List<HtmlBlocks.Block> blocks = blocks("<h1>Council approves new bridge over the river</h1><div class='story'>"
                + "<p>" + P1 + "</p><div class='offer'><h4>Support local journalism</h4><p>You have read 3 of 5 free articles "
                + "this month. Subscribe for $1 a week to keep reading.</p><a href='/login'>Log in</a></div>"
                + "<p>Tickets go on sale next week.</p><p>" + P2 + "</p>"
                + "<blockquote class='twitter-tweet'><p>Heavy smoke over the east side this morning, keep windows shut.</p>"
                + "\u2014 Fire Dept (@FD) <a href='https://twitter.com/FD/status/1'>March 2, 2024</a></blockquote>"
                + "<p>Lire aussi : <a href='/r'>Dans la r\u00e9gion, une piscine sur cinq est ferm\u00e9e</a></p>"
                + "<div class='ad-slot'><span>Advertisement \u00b7 Scroll to continue</span></div>"
                + "<p>" + P3 + "</p></div>");
        List<String> labels = ArticleBlocks.refine(blocks, all(blocks.size(), BlockFeatures.ARTICLE),
                "Council approves new bridge over the river");
        assertThat(storyTexts(blocks, labels)).containsExactly("Council approves new bridge over the river", P1,
                "Tickets go on sale next week.", P2, P3);
    }

    @Test
    void aStoryThatIsOneCreditLineIsKeptRatherThanLeftEmpty() {
        List<HtmlBlocks.Block> blocks = blocks("<h1>Casual Batman characters</h1><div class='post'><p>Created by <a href='http://blog.example'>Michael Turner, "
                + "blog.example</a></p></div><div class='footer'><p>If you find anything interesting here and decide to share it, "
                + "please link back to this blog.</p></div>");
        List<String> labels = all(blocks.size(), BlockFeatures.BOILERPLATE);
        labels.set(0, BlockFeatures.ARTICLE);
        labels.set(1, BlockFeatures.ARTICLE);
        assertThat(storyTexts(blocks, ArticleBlocks.refine(blocks, labels, "Casual Batman characters")))
                .containsExactly("Casual Batman characters", "Created by Michael Turner, blog.example");
    }

    @Test
    void aPostContainerNamedByItsCategoryIsNoShareBox() {
        List<HtmlBlocks.Block> blocks = blocks("<div class='post-157 post hentry category-worth-sharing'><p>" + P1 + "</p>"
                + "<p>Probably not.</p><p>" + P2 + "</p><p>" + P3 + "</p><p>" + P1 + "</p><p>" + P2 + "</p><p>" + P3 + "</p><p>" + P1 + "</p></div>"
                + "<div class='sharing'><a href='/f'>Facebook</a> <span>Share this story with a friend today</span></div>");
        List<String> labels = ArticleBlocks.refine(blocks, all(blocks.size(), BlockFeatures.ARTICLE), "Bridge vote");
        assertThat(storyTexts(blocks, labels)).containsExactly(P1, "Probably not.", P2, P3, P1, P2, P3, P1);
    }

    @Test
    void aPullQuoteRepeatingTheStoryGoesButAQuotedParagraphOfItsOwnStays() {
        List<HtmlBlocks.Block> blocks = blocks("<div class='story'><p>" + P1 + "</p><aside class='pq'><blockquote><p>"
                + "a new bridge over the river, ending a long dispute</p></blockquote></aside><p>" + P2 + "</p>"
                + "<blockquote><p>We have talked about this long enough, and people on the east side drive around.</p></blockquote>"
                + "<p>" + P3 + "</p></div>");
        List<String> labels = ArticleBlocks.refine(blocks, all(blocks.size(), BlockFeatures.ARTICLE), "Bridge vote");
        assertThat(storyTexts(blocks, labels)).containsExactly(P1, P2,
                "We have talked about this long enough, and people on the east side drive around.", P3);
    }

    @Test
    void aGapInTheStoryIsMeasuredWithoutThePicturesAndInsertsSetInIt() {
        List<HtmlBlocks.Block> blocks = blocks("<div class='story'><p>" + P1 + "</p><ul><li>Night-shift workers would wait four hours.</li>"
                + "<li>Fresh food would come four times a week.</li></ul><aside class='newsletter-insert'><h3>Enjoying this story?</h3>"
                + "<p>Get the best of the Courier in your inbox every Sunday.</p></aside>"
                + "<figure><img src='/a.jpg'><figcaption>The old span in 1938.</figcaption></figure><p>" + P2 + "</p></div>");
        List<String> labels = all(blocks.size(), BlockFeatures.BOILERPLATE);
        labels.set(0, BlockFeatures.ARTICLE);
        labels.set(blocks.size() - 1, BlockFeatures.ARTICLE);
        assertThat(storyTexts(blocks, ArticleBlocks.refine(blocks, labels, "Bridge vote"))).containsExactly(P1,
                "Night-shift workers would wait four hours.", "Fresh food would come four times a week.", P2);
    }

    @Test
    void aLiveBlogsTitledEntriesByOneWriterAreTheStoryNotComments() throws IOException {
        ExtractedPage page = extractor.extract(Files.readString(Path.of("training-data/extraction/news2/pages/liveblog-2025.html")),
                PageFormat.HTML);
        assertThat(page.comments()).isEmpty();
        assertThat(page.commentSection().status()).isEqualTo(CommentSection.Status.NONE);
        String story = String.join("\n", page.article().paragraphs());
        for (String entry : Files.readString(Path.of("training-data/extraction/news2/pages/liveblog-2025.txt")).split("\n\n")) {
            if (!entry.startsWith("Polls closed") && !entry.startsWith("Live:")) { // the summary above the entries is not read yet
                assertThat(story).contains(entry.strip());
            }
        }
    }

    @Test
    void commentsByManyReadersUnderAStoryStayComments() {
        StringBuilder thread = new StringBuilder();
        String[] names = {"riverwatcher", "J. Pruitt", "oldtimer44"};
        for (int i = 0; i < 3; i++) {
            thread.append("<li class='comment' id='comment-").append(i).append("'><div class='comment-author vcard'><cite class='fn'>")
                    .append(names[i]).append("</cite> says:</div><div class='comment-meta'><a href='#c").append(i)
                    .append("'>June 3, 2011 at ").append(i + 1).append(":15 pm</a></div><h4>Reply ").append(i)
                    .append("</h4><p>I have lived here for years and this bridge vote is the best news in a while, number ")
                    .append(i).append(".</p></li>");
        }
        String html = "<html><head><title>Council approves new bridge</title></head><body><h1>Council approves new bridge</h1>"
                + "<div class='entry-content'><p>" + P1 + "</p><p>" + P2 + "</p></div><div id='comments'><ol class='commentlist'>"
                + thread + "</ol></div></body></html>";
        ExtractedPage page = extractor.extract(html, PageFormat.HTML);
        assertThat(page.comments()).hasSize(3);
    }

    // ---- 2008 markup (training-data/extraction/news3): one test per cue, the model's labels set by hand

    @Test
    void aNarrowFloatedTableBesideTheStoryIsABoxNotTheStory() {
        List<HtmlBlocks.Block> blocks = blocks("<div class='body'><p>" + P1 + "</p><p>" + P2 + "</p>"
                + "<table align='right' width='220'><tr><td><b>THE BRIDGE</b><br>Built: 1938<br>Length: 410 feet</td></tr></table>"
                + "<p>" + P3 + "</p><p>" + P1 + "</p></div>");
        List<String> labels = ArticleBlocks.refine(blocks, all(blocks.size(), BlockFeatures.ARTICLE), "Bridge vote");
        assertThat(storyTexts(blocks, labels)).containsExactly(P1, P2, P3, P1);
    }

    @Test
    void aWideFloatIsALayoutColumnAndKeepsItsLines() {
        List<HtmlBlocks.Block> blocks = blocks("<div style='width:386px;float:left'>Posted by <a href='/a'>Robert Brady</a></div>"
                + "<div class='body'><p>" + P1 + "</p><p>" + P2 + "</p><p>" + P3 + "</p></div>");
        List<String> labels = ArticleBlocks.refine(blocks, all(blocks.size(), BlockFeatures.ARTICLE), "Bridge vote");
        assertThat(storyTexts(blocks, labels)).contains("Posted by Robert Brady");
    }

    @Test
    void captionsInRunTogetherClassesAndInAPictureCellAreThePicturesWords() {
        List<HtmlBlocks.Block> blocks = blocks("<div class='story'><p class='photocap'>The old span in 1938.</p>"
                + "<p class='photocred'>TOM LACASSE/Register</p><p>" + P1 + "</p>"
                + "<table width='100%'><tr><td><img src='/b.jpg' width='460'><br><font size='1'>A truck on the old bridge. (Courier photo)</font></td></tr></table>"
                + "<p>" + P2 + "</p><table><tr><td><img src='/c.jpg'><br><span class='cutline'>Engineers inspect the cracks.</span></td></tr></table>"
                + "<p>" + P3 + "</p></div>");
        List<String> labels = ArticleBlocks.refine(blocks, all(blocks.size(), BlockFeatures.ARTICLE), "Bridge vote");
        assertThat(storyTexts(blocks, labels)).containsExactly(P1, P2, P3);
    }

    @Test
    void aTagClassWithCapInItIsNoCaption() {
        List<HtmlBlocks.Block> blocks = blocks("<div class='post tag-big-cap-stocks'><p>What is more important is what the chief executives say.</p>"
                + "<p>" + P1 + "</p><p>" + P2 + "</p></div>");
        List<String> labels = ArticleBlocks.refine(blocks, all(blocks.size(), BlockFeatures.ARTICLE), "Bridge vote");
        assertThat(storyTexts(blocks, labels)).containsExactly("What is more important is what the chief executives say.", P1, P2);
    }

    @Test
    void theHeadsToolBarBylineBoxAndDeckAreNotTheStoryButALinkedListOfSourcesIsNoToolBar() {
        List<HtmlBlocks.Block> blocks = blocks("<h1>Council approves new bridge</h1><h2 class='deck'>Vote ends a ten-year fight over the span</h2>"
                + "<div class='storybyline'>Andrea Wong<br>Canwest News Service</div>"
                + "<div class='tools'><a href='#'>Email</a> | <a href='#'>Print</a> | <a href='#'>Comments (2)</a> | <a href='#'>Recommend (0)</a> | Text size: <a href='#'>+</a> <a href='#'>-</a> | <a href='#'>Share</a></div>"
                + "<p><a href='/1'>Tampa Bay Times</a> | <a href='/2'>The New York Times</a> | <a href='/3'>Slate</a> | <a href='/4'>The Washington Post</a></p>"
                + "<div class='body'><p>" + P1 + "</p><p>" + P2 + "</p></div>");
        List<String> labels = ArticleBlocks.refine(blocks, all(blocks.size(), BlockFeatures.ARTICLE), "Council approves new bridge | Courier");
        assertThat(storyTexts(blocks, labels)).containsExactly("Council approves new bridge",
                "Tampa Bay Times | The New York Times | Slate | The Washington Post", P1, P2);
    }

    @Test
    void cellsOfAScoreboardAfterTheStoryAreNoStoryButItsOwnLastParagraphAfterPicturesIs() {
        List<HtmlBlocks.Block> blocks = blocks("<div class='body'><p>" + P1 + "</p><p>" + P2 + "</p><p>" + P3 + "</p><p>" + P1 + "</p>"
                + "<div class='pic'><img src='/1.jpg'></div><div class='pic'><img src='/2.jpg'></div><h4>Pictures</h4><h4>More</h4><h4>Again</h4>"
                + "<p>And, the goodbye.</p></div><h3>Most read</h3><ul><li><a href='/x'>Other story one</a></li></ul><h3>Scoreboard</h3>"
                + "<table><tr><td>Hawks</td><td>5</td><td>Rivercats</td><td>4</td></tr></table>");
        List<String> labels = all(blocks.size(), BlockFeatures.BOILERPLATE);
        for (int i = 0; i < blocks.size(); i++) {
            String t = blocks.get(i).owner.normalName();
            if (t.equals("p") || t.equals("td")) {
                labels.set(i, BlockFeatures.ARTICLE);
            }
        }
        assertThat(storyTexts(blocks, ArticleBlocks.refine(blocks, labels, "Bridge vote"))).containsExactly(P1, P2, P3, P1, "And, the goodbye.");
    }

    @Test
    void contactLinesTheCommentSectionsHeadAndStoryContinuesBelowCloseNoStory() {
        List<HtmlBlocks.Block> blocks = blocks("<div class='body'><p>" + P1 + "</p><div class='storyad'><span>Story continues below</span></div>"
                + "<p>" + P2 + "</p><p>" + P3 + "</p><p>Contact:<br>Lisa Berg<br>(507) 555-0100</p>"
                + "<p>Reach Sarah Gupta at 555-0188 or sgupta@herald.example.</p></div>"
                + "<div><h3>Have your say</h3><p>Here is a selection of your comments, the views expressed are those of the readers.</p></div>");
        List<String> labels = ArticleBlocks.refine(blocks, all(blocks.size(), BlockFeatures.ARTICLE), "Bridge vote");
        assertThat(storyTexts(blocks, labels)).containsExactly(P1, P2, P3);
    }

    @Test
    void aClosingQuoteParagraphTheModelTookForACommentIsTheStorys() {
        String quote = "\"Sunday afternoon is our busiest time for families,\" Tran said. \"We are very grateful.\"";
        List<HtmlBlocks.Block> blocks = blocks("<div class='printbody'><p>" + P1 + "</p><p>" + P2 + "</p><p>" + quote + "</p></div>"
                + "<div class='comments'><p>Great news for the library and for the families who use it.</p></div>");
        List<String> labels = all(blocks.size(), BlockFeatures.COMMENT);
        labels.set(0, BlockFeatures.ARTICLE);
        labels.set(1, BlockFeatures.ARTICLE);
        List<String> out = ArticleBlocks.refine(blocks, labels, "Library hours");
        assertThat(storyTexts(blocks, out)).containsExactly(P1, P2, quote);
        assertThat(out.get(3)).isEqualTo(BlockFeatures.COMMENT);
    }

    @Test
    void theNews3PagesOf2008MarkupComeOutAsTheirGold() throws IOException {
        // the round's figure is bench/extraction/news-run's; here every page must hold its gold's words
        Path dir = Path.of("training-data/extraction/news3");
        assertThat(meanWordF1(dir)).isGreaterThan(0.98);
    }
    // ---- 2009-2011 markup (training-data/extraction/news4): one test per cue, the model's labels set by hand

    @Test
    void aHeadingSentenceRightUnderTheHeadlineIsTheDeckButASubheadInTheStoryStays() {
        List<HtmlBlocks.Block> blocks = blocks("<h1>Council approves new bridge</h1><h2>Vote ends a ten-year fight over the old span at last.</h2>"
                + "<div class='body'><p>" + P1 + "</p><h2>What the state will pay for now</h2><p>" + P2 + "</p></div>");
        List<String> labels = ArticleBlocks.refine(blocks, all(blocks.size(), BlockFeatures.ARTICLE), "Council approves new bridge - Courier");
        assertThat(storyTexts(blocks, labels)).containsExactly("Council approves new bridge", P1, "What the state will pay for now", P2);
    }

    @Test
    void countersMediaLabelsOnePageLinksPromosAndBioLinesAreNoStory() {
        List<HtmlBlocks.Block> blocks = blocks("<h1>Council approves new bridge</h1><div class='views'>4,812 views</div>"
                + "<div class='tools'><a href='#'>Comments</a> (11) | <a href='#'>Share</a> | <a href='#'>Print</a> | <a href='#'>Email</a> | Like 34 Tweet 19</div>"
                + "<div class='body'><p>" + P1 + "</p><p class='v'>Video: Crews Work On The Old Bridge</p><p>" + P2 + "</p>"
                + "<div class='one'><a href='#'>View this article on one page</a></div><div class='abc'>Story continues below \u2193</div><p>" + P3 + "</p>"
                + "<p>Ann Lee is a reporter for the Courier, based in Dayton.</p>"
                + "<p><i>Follow Ann Lee on Twitter: www.twitter.com/annlee</i></p>"
                + "<p>Keep up with everything in Dayton: sign up for our free daily newsletter.</p>"
                + "<p>Tell us: what do you think of the bridge? Let us know in the comments.</p></div>"
                + "<div class='contact'><h3>Contacts</h3><p>Courier Media<br>Jim Porter, 408-555-0142</p></div>");
        List<String> labels = ArticleBlocks.refine(blocks, all(blocks.size(), BlockFeatures.ARTICLE), "Council approves new bridge - Courier");
        assertThat(storyTexts(blocks, labels)).containsExactly("Council approves new bridge", P1, P2, P3);
    }

    @Test
    void aStorySentenceNamingAReporterOrAPhotoCreditIsNotTakenForChrome() {
        String said = "Ann Lee is a reporter for the Courier who first wrote about the cracks, and she said the state knew of them in 2005.";
        List<HtmlBlocks.Block> blocks = blocks("<div class='body'><p>" + P1 + "</p><p>" + said + "</p><p>" + P2 + "</p><p>Photo: Statia Grossman for the Courier</p></div>");
        List<String> labels = ArticleBlocks.refine(blocks, all(blocks.size(), BlockFeatures.ARTICLE), "Bridge vote");
        assertThat(storyTexts(blocks, labels)).containsExactly(P1, said, P2, "Photo: Statia Grossman for the Courier");
    }

    @Test
    void theNews4PagesOf2009To2011MarkupComeOutAsTheirGold() throws IOException {
        Path dir = Path.of("training-data/extraction/news4");
        // main before this round's rules: 0.970 by news-run's measure (which also counts the byline)
        assertThat(meanWordF1(dir)).isGreaterThan(0.985);
    }
    // ---- 2008 publisher markup (training-data/extraction/news5): one test per cue, the model's labels set by hand

    @Test
    void shortLinesBetweenTheHeadlineAndTheFirstParagraphAreNoStoryButASetApartDatelineStays() {
        List<HtmlBlocks.Block> blocks = blocks("<h1>Council approves new bridge</h1><div class='sub'>Vote Ends Fight; Work Could Start In Spring</div>"
                + "<div class='src'>Courier News</div><table><tr><td>1</td><td>2</td><td>T</td></tr><tr><td>Bears</td><td>28</td><td>96</td></tr></table>"
                + "<p><b>DAYTON--</b></p><p>" + P1 + "</p><p>" + P2 + "</p>");
        List<String> labels = ArticleBlocks.refine(blocks, all(blocks.size(), BlockFeatures.ARTICLE), "Council approves new bridge - Courier");
        assertThat(storyTexts(blocks, labels)).containsExactly("Council approves new bridge", "DAYTON--", P1, P2);
    }

    @Test
    void aShortSentenceUnderTheHeadlineStaysWhenItIsTheStorysFirstParagraph() {
        List<HtmlBlocks.Block> blocks = blocks("<h1>Council approves new bridge</h1><p>The vote was 6-2.</p><p>" + P1 + "</p>");
        List<String> labels = ArticleBlocks.refine(blocks, all(blocks.size(), BlockFeatures.ARTICLE), "Council approves new bridge - Courier");
        assertThat(storyTexts(blocks, labels)).containsExactly("Council approves new bridge", "The vote was 6-2.", P1);
    }

    @Test
    void clickHereLinksContactAndSourceLinesAndAOneNameBioAreNoStory() {
        List<HtmlBlocks.Block> blocks = blocks("<h1>Council approves new bridge</h1><div class='body'><p>" + P1 + "</p>"
                + "<p><a href='/politics/'>Click here for more on the bridge vote.</a></p><p>" + P2 + "</p><p>" + P3 + "</p>"
                + "<p>He was a reporter for the Courier for 30 years.</p>"
                + "<p>Lee is a correspondent in the Courier's Dayton bureau.</p>"
                + "<p>To contact the reporter on this story: Ann Lee in Dayton at alee@courier.example</p>"
                + "<p>E-mail Ann Lee at alee@courier.example.</p>"
                + "<p><b>Source:</b> Courier and agencies</p></div>");
        List<String> labels = ArticleBlocks.refine(blocks, all(blocks.size(), BlockFeatures.ARTICLE), "Council approves new bridge - Courier");
        assertThat(storyTexts(blocks, labels)).containsExactly("Council approves new bridge", P1, P2, P3, "He was a reporter for the Courier for 30 years.");
    }

    @Test
    void theNews5PagesOf2008PublisherMarkupComeOutAsTheirGold() throws IOException {
        Path dir = Path.of("training-data/extraction/news5");
        // main before this round's rules: 0.969 by news-run's measure (which also counts the byline)
        assertThat(meanWordF1(dir)).isGreaterThan(0.99);
    }

    // ---- 2008-2010 publisher markup (training-data/extraction/news6): one test per cue, the model's labels set by hand

    @Test
    void aPullQuoteShortenedFromAParagraphAndItsAttributionAreNoStory() {
        String said = "\"Users, it turns out, would rather fail three times than spend two minutes reading,\" she said.";
        List<HtmlBlocks.Block> blocks = blocks("<h1>Council approves new bridge</h1><div class='body'><p>" + P1 + "</p><p>" + said + "</p>"
                + "<div class='pullquote'>Users would rather fail three times than spend two minutes reading.<div class='attrib'>\u2013 Ann Lee, designer</div></div>"
                + "<p>" + P2 + "</p></div>");
        List<String> labels = ArticleBlocks.refine(blocks, all(blocks.size(), BlockFeatures.ARTICLE), "Council approves new bridge - Courier");
        assertThat(storyTexts(blocks, labels)).containsExactly("Council approves new bridge", P1, said, P2);
    }

    @Test
    void aQuoteBoxThatRepeatsNothingStays() {
        String letter = "We ask the council to keep the old span open to bicycles and to people on foot.";
        List<HtmlBlocks.Block> blocks = blocks("<h1>Council approves new bridge</h1><div class='body'><p>" + P1 + "</p>"
                + "<blockquote class='quote'>" + letter + "</blockquote><p>" + P2 + "</p></div>");
        List<String> labels = ArticleBlocks.refine(blocks, all(blocks.size(), BlockFeatures.ARTICLE), "Council approves new bridge - Courier");
        assertThat(storyTexts(blocks, labels)).containsExactly("Council approves new bridge", P1, letter, P2);
    }

    @Test
    void aRelatedBoxAndAnAdLabelBetweenParagraphsDoNotCutTheStory() {
        List<HtmlBlocks.Block> blocks = blocks("<h1>Council approves new bridge</h1><div class='body'><p>" + P1 + "</p><p>" + P2 + "</p>"
                + "<div class='box'><h3>Related Links</h3><ul><li><a href='/a'>Bridge closed to trucks</a></li><li><a href='/b'>Cracks found in 1938 span</a></li></ul></div>"
                + "<p>" + P3 + "</p><p class='continues'>Story continues below ad</p><p>" + P1 + "</p></div>");
        List<String> labels = all(blocks.size(), BlockFeatures.BOILERPLATE);
        for (int i = 0; i < blocks.size(); i++) {
            String t = blocks.get(i).text;
            if (t.equals(P1) || t.equals(P2) || t.startsWith("Council")) {
                labels.set(i, BlockFeatures.ARTICLE);
            }
        }
        labels = ArticleBlocks.refine(blocks, labels, "Council approves new bridge - Courier");
        assertThat(storyTexts(blocks, labels)).containsExactly("Council approves new bridge", P1, P2, P3, P1);
    }

    @Test
    void aCorrectionAContactLineTagsAndTheReadersHeadUnderTheStoryAreNoStory() {
        List<HtmlBlocks.Block> blocks = blocks("<h1>Council approves new bridge</h1><div class='body'><p>" + P1 + "</p><p>" + P2 + "</p><p>" + P3 + "</p>"
                + "<p><i>Courier reporter Ann Lee can be reached at 555-448-8000 or alee@courier.example.</i></p>"
                + "<div class='readmore'>Read more about: bridges, Dayton, council</div>"
                + "<p>Correction: An article on Sunday about the bridge misstated the year it was built. It was 1938, not 1939.</p>"
                + "<h3>Have your say</h3><p>Tom, Dayton wrote: About time. That old bridge has scared me for years.</p></div>");
        List<String> labels = ArticleBlocks.refine(blocks, all(blocks.size(), BlockFeatures.ARTICLE), "Council approves new bridge - Courier");
        assertThat(storyTexts(blocks, labels)).containsExactly("Council approves new bridge", P1, P2, P3);
    }

    @Test
    void theNews6PagesOf2008To2010PublisherMarkupComeOutAsTheirGold() throws IOException {
        Path dir = Path.of("training-data/extraction/news6");
        // main before this round's rules: 0.961 by news-run's measure (which also counts the byline)
        assertThat(meanWordF1(dir)).isGreaterThan(0.99);
    }

    /** Mean bag-of-words F1 of title + body against each page's gold text (news-run's measure without the byline). */
    private double meanWordF1(Path dir) throws IOException {
        List<String> ids = Files.readAllLines(dir.resolve("pages.txt"));
        double sum = 0;
        for (String id : ids) {
            ExtractedPage page = extractor.extract(Files.readString(dir.resolve("pages/" + id + ".html")), PageFormat.HTML);
            String got = String.join("\n", page.article().paragraphs()) + "\n" + page.article().title();
            sum += ThreadEvaluator.wordF1(Texts.words(Files.readString(dir.resolve("pages/" + id + ".txt"))), Texts.words(got));
        }
        return sum / ids.size();
    }
}
