package io.parley.extraction;

import org.junit.jupiter.api.Test;

import java.nio.file.Path;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The held-out thread pages (training-data/extraction/heldout: comment and forum systems the development gold does
 * not cover, measured before any rule was written for them) as HTML: every comment found, with its author and its
 * place in the reply tree, and no page silent about its comments. The first measurement (README there) was comment F1
 * 0.830, author 0.674, parent 0.884, one silent miss; the floors here are below today's figures, not at them.
 */
class HeldOutThreadsTest {

    @Test
    void unseenCommentSystemsYieldTheirCommentsAuthorsAndReplies() {
        ThreadEvaluator.Report r = scoredAtTheFloors("training-data/extraction/heldout", 14, 0.80);
        assertThat(r.tallies().get("html-forums").author()).isGreaterThanOrEqualTo(0.95);
    }

    /**
     * The second round (training-data/extraction/heldout2: Commento, Remark42, Ghost, LiveJournal, Typepad, Substack,
     * Coral, Lobsters, a NYT-style CMS, Discuz!, Kunena, Flarum, bbPress, a GitHub issue, Mastodon). Measured before
     * any rule was written for it: comment F1 0.831, author 0.593, parent 0.844, forum authors 0.059; the floors
     * are below the figures after the fixes (README there).
     */
    @Test
    void aSecondRoundOfUnseenSystemsYieldsItsThreads() {
        ThreadEvaluator.Report r = scoredAtTheFloors("training-data/extraction/heldout2", 15, 0.85);
        ThreadEvaluator.Tally forums = r.tallies().get("html-forums");
        assertThat(forums.f1()).isGreaterThanOrEqualTo(0.95);
        assertThat(forums.author()).isGreaterThanOrEqualTo(0.95);
    }

    /**
     * The third round (training-data/extraction/heldout3: YouTube-like, Medium, Giscus, Hyvor, Cusdis, Telegram,
     * IntenseDebate, the Facebook plugin, Disqus's static list, HyperKitty, Khoros, WoltLab, Steam). Measured before
     * any rule was written for it: comment F1 0.889, author 0.734, parent 0.813 (Medium and the Facebook plugin
     * unparsed, YouTube and Giscus replies glued to their comments); the floors are below the figures after the fixes
     * (F1 1.000, author 1.000, parent 0.950).
     */
    @Test
    void aThirdRoundOfUnseenSystemsYieldsItsThreads() {
        ThreadEvaluator.Report r = ThreadEvaluator.evaluate(PageExtractors.standard(), Path.of("training-data/extraction/heldout3"), null,
                false, line -> {
                });
        ThreadEvaluator.Tally html = r.tallies().get("html");
        assertThat(html.pages).isEqualTo(13);
        assertThat(html.f1()).isGreaterThanOrEqualTo(0.97);
        assertThat(html.author()).isGreaterThanOrEqualTo(0.97);
        assertThat(html.parent()).isGreaterThanOrEqualTo(0.92);
        assertThat(html.silentMisses).isZero();
        assertThat(r.tallies().get("html-forums").f1()).isGreaterThanOrEqualTo(0.95);
    }

    /**
     * The fourth round (training-data/extraction/heldout4: Waline, Artalk, Talkyard, a Guardian-style CMS, MetaFilter,
     * Tildes, Discourse's embed, Bluesky, Wix, GitLab, vBulletin 5, Bugzilla, and four comment-section status pages).
     * Measured before any rule was written for it: comment F1 0.916, author 0.912, likes 0.602, parent 0.944, Bluesky
     * a silent miss; the floors are below the figures after the fixes (F1 0.997, author 1.000, parent 0.972).
     */
    @Test
    void aFourthRoundOfUnseenSystemsYieldsItsThreads() {
        ThreadEvaluator.Report r = ThreadEvaluator.evaluate(PageExtractors.standard(), Path.of("training-data/extraction/heldout4"), null,
                false, line -> {
                });
        ThreadEvaluator.Tally html = r.tallies().get("html");
        assertThat(html.pages).isEqualTo(16);
        assertThat(html.f1()).isGreaterThanOrEqualTo(0.97);
        assertThat(html.author()).isGreaterThanOrEqualTo(0.97);
        assertThat(html.time()).isGreaterThanOrEqualTo(0.95);
        assertThat(html.likes()).isGreaterThanOrEqualTo(0.85);
        assertThat(html.parent()).isGreaterThanOrEqualTo(0.93);
        assertThat(html.silentMisses).isZero();
    }

    /**
     * heldout4's status pages have no comments to read: Disqus and Facebook embeds and a Next.js page load theirs by
     * script ({@code unparsed}), a WordPress post says its comments are closed ({@code none}); each says why.
     */
    @Test
    void pagesWithoutReadableCommentsSayWhichKindTheyAre() throws Exception {
        PageExtractor extractor = PageExtractors.standard();
        Path dir = Path.of("training-data/extraction/heldout4");
        int seen = 0;
        try (var files = java.nio.file.Files.list(dir)) {
            for (Path f : files.filter(p -> p.toString().endsWith(".json")).sorted().toList()) {
                var doc = new com.fasterxml.jackson.databind.ObjectMapper().readTree(f.toFile());
                if (!doc.hasNonNull("expectSection")) {
                    continue;
                }
                seen++;
                String html = java.nio.file.Files.readString(dir.resolve(doc.path("page").path("file").asText()));
                ExtractedPage out = extractor.extract(html, PageFormat.HTML);
                assertThat(out.comments()).as(f.toString()).isEmpty();
                assertThat(out.commentSection().status().json()).as(f.toString()).isEqualTo(doc.get("expectSection").asText());
                assertThat(out.commentSection().reason()).as(f.toString()).isNotBlank();
            }
        }
        assertThat(seen).isEqualTo(4);
    }

    /**
     * The fifth round (training-data/extraction/heldout5: Trac, Redmine, Moodle, Forem, HashOver, Komento, Steemit,
     * Jira, Zendesk, Habr, Phabricator, ProBoards). Measured before any rule was written for it: comment F1 0.917,
     * author 0.713, parent 0.934, two silent misses (Redmine, Phabricator: their times only in tooltips or without a
     * year); the floors are below the figures after the fixes (README there).
     */
    @Test
    void aFifthRoundOfUnseenSystemsYieldsItsThreads() {
        ThreadEvaluator.Report r = ThreadEvaluator.evaluate(PageExtractors.standard(), Path.of("training-data/extraction/heldout5"), null,
                false, line -> {
                });
        ThreadEvaluator.Tally html = r.tallies().get("html");
        assertThat(html.pages).isEqualTo(12);
        assertThat(html.f1()).isGreaterThanOrEqualTo(0.97);
        assertThat(html.author()).isGreaterThanOrEqualTo(0.97);
        assertThat(html.parent()).isGreaterThanOrEqualTo(0.95);
        assertThat(html.silentMisses).isZero();
    }

    /**
     * The sixth round (training-data/extraction/heldout6: Gitea, Launchpad, utterances, django-comments-xtd, Staticman,
     * Drupal 10 Olivero, Squarespace), scored after the fifth round's fixes and before any rule for it: F1 0.932,
     * author 0.681, parent 1.000 (main: parent 0.913); utterances unparsed, django-comments-xtd and Launchpad without
     * authors. The floors are below the figures after the fixes (F1 1.000, author 1.000, parent 1.000).
     */
    @Test
    void aSixthRoundOfUnseenSystemsYieldsItsThreads() {
        ThreadEvaluator.Report r = ThreadEvaluator.evaluate(PageExtractors.standard(), Path.of("training-data/extraction/heldout6"), null,
                false, line -> {
                });
        ThreadEvaluator.Tally html = r.tallies().get("html");
        assertThat(html.pages).isEqualTo(7);
        assertThat(html.f1()).isGreaterThanOrEqualTo(0.97);
        assertThat(html.author()).isGreaterThanOrEqualTo(0.97);
        assertThat(html.parent()).isGreaterThanOrEqualTo(0.95);
        assertThat(html.silentMisses).isZero();
    }

    /**
     * The eighth round (training-data/extraction/heldout8: Muut, GraphComment, Remarkbox, JustComments, FastComments,
     * Commentics, a Brightspot-style flat list with data-depth, Cackle, Schnack, YAF.NET), written after branch html5
     * and scored on main before any rule for it: F1 0.927, author 1.000, time 0.833, parent 0.990 (Schnack's text in
     * a blockquote read as a quote, GraphComment's exact time only in data-date, Cackle's "Name20 November 2026" glued).
     * After: 1.000 / 1.000 / 1.000 / 1.000; the floors keep the time fixes too.
     */
    @Test
    void anEighthRoundOfUnseenSystemsYieldsItsThreads() {
        ThreadEvaluator.Report r = ThreadEvaluator.evaluate(PageExtractors.standard(), Path.of("training-data/extraction/heldout8"), null,
                false, line -> {
                });
        ThreadEvaluator.Tally html = r.tallies().get("html");
        assertThat(html.pages).isEqualTo(10);
        assertThat(html.f1()).isGreaterThanOrEqualTo(0.97);
        assertThat(html.author()).isGreaterThanOrEqualTo(0.97);
        assertThat(html.parent()).isGreaterThanOrEqualTo(0.97);
        assertThat(html.time()).isGreaterThanOrEqualTo(0.95);
        assertThat(html.silentMisses).isZero();
    }

    /**
     * heldout4-text's pages as HTML (written for the text path, never tuned on by the HTML one until this round's
     * fixes): Bugzilla's "(In reply to X from comment #1)" with only the number linked, Jive's "(in response to X)",
     * UBB.threads' "[Re: X]", Mbin's data-subject-parent-value, Guardian-like responses flattened under the top
     * comment with "in reply to" links, Askbot's answers (their times only in tooltips). Before: F1 0.935, author
     * 0.872, parent 0.660.
     */
    @Test
    void replyLinksDataAttributesAndTooltipTimesGiveTheTree() {
        ThreadEvaluator.Report r = ThreadEvaluator.evaluate(PageExtractors.standard(), Path.of("training-data/extraction/heldout4-text"), null,
                false, line -> {
                });
        ThreadEvaluator.Tally html = r.tallies().get("html");
        assertThat(html.pages).isEqualTo(9);
        assertThat(html.f1()).isGreaterThanOrEqualTo(0.95);
        assertThat(html.author()).isGreaterThanOrEqualTo(0.95);
        assertThat(html.parent()).isGreaterThanOrEqualTo(0.95);
        assertThat(html.silentMisses).isZero();
    }

    /** The floors both rounds share: every page scored, comments, authors and replies found, no page silent. */
    private static ThreadEvaluator.Report scoredAtTheFloors(String dir, int pages, double minTime) {
        ThreadEvaluator.Report r = ThreadEvaluator.evaluate(PageExtractors.standard(), Path.of(dir), null, false, line -> {
        });
        ThreadEvaluator.Tally html = r.tallies().get("html");
        assertThat(html.pages).isEqualTo(pages);
        assertThat(html.f1()).isGreaterThanOrEqualTo(0.95);
        assertThat(html.author()).isGreaterThanOrEqualTo(0.95);
        assertThat(html.parent()).isGreaterThanOrEqualTo(0.95);
        assertThat(html.time()).isGreaterThanOrEqualTo(minTime);
        assertThat(html.silentMisses).isZero();
        return r;
    }
}
