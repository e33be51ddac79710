package io.parley.moderation;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.parley.classification.CommentClassifier;
import io.parley.classification.CommentContext;
import io.parley.classification.StanceOutcome;
import io.parley.ingest.ArticleInput;
import io.parley.ingest.CommentInput;
import io.parley.site.Site;
import io.parley.site.SiteSettings;
import io.parley.support.IntegrationTest;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A site whose rules have no stance action gets its comments' statuses without waiting for stance, and their stance
 * right after (the stance stage), the same stance the models give with the decision; a site with a stance action gets
 * it with the decision, which may depend on it.
 */
class StanceAfterDecisionTest extends IntegrationTest {

    private static final String ARTICLE = "NATO and Russia held talks in Geneva on Monday. The alliance rejected "
            + "Moscow's demand to bar Ukraine from ever joining, and both sides said the talks would go on.";
    private static final List<String> TEXTS = List.of(
            "NATO was right to reject the demand, Ukraine must decide for itself.",
            "This is nonsense, the talks were a waste of time and nobody believes them.",
            "Does anyone know when the next round of talks is planned?",
            "I completely disagree with the alliance here.");

    @Autowired
    CommentClassifier models;
    @Autowired
    ObjectMapper json;

    @Test
    void stanceComesAfterTheStatusAndEqualsTheStanceGivenWithIt() throws Exception {
        Site site = sites.create("stance-later", "Stance later", "test");
        List<Long> ids = post(site);
        awaitDecided(site);
        awaitNoStancePending(site);
        Map<Long, JsonNode> stored = stances(ids);
        assertThat(stored).hasSize(TEXTS.size());
        List<StanceOutcome> expected = expected(site);
        for (int i = 0; i < ids.size(); i++) {
            JsonNode s = stored.get(ids.get(i));
            assertThat(s).as("stance of comment %d", i).isNotNull();
            assertThat(json.treeToValue(s, StanceOutcome.class)).isEqualTo(expected.get(i));
            assertThat(s.path("article").asText()).isNotEmpty();
        }
    }

    @Test
    void aSiteWithAStanceActionGetsStanceWithTheDecision() throws Exception {
        Site site = sites.create("stance-now", "Stance now", "test");
        SiteSettings s = sites.settings(site.id()).settings();
        sites.save(site.id(), new SiteSettings(s.thresholds(), Map.of("article.disagree", "hold"), s.targets(),
                s.holdFirstComments(), s.unsupportedLanguageAction(), s.queueOrder(), s.authorRules()), "test");
        assertThat(ModerationPolicy.usesStance(sites.settings(site.id()).settings())).isTrue();
        List<Long> ids = post(site);
        awaitDecided(site);
        // no stance left for later: every decided comment has it in the classification the decision was made on
        assertThat(jdbc.queryForObject("SELECT count(*) FROM stance_outbox WHERE comment_id = ANY(?::bigint[])",
                Integer.class, (Object) ids.toArray(Long[]::new))).isZero();
        Map<Long, JsonNode> stored = stances(ids);
        List<StanceOutcome> expected = expected(site);
        for (int i = 0; i < ids.size(); i++) {
            assertThat(json.treeToValue(stored.get(ids.get(i)), StanceOutcome.class)).isEqualTo(expected.get(i));
        }
    }

    @Test
    void publishOnlyStanceActionsDoNotNeedStance() {
        SiteSettings d = SiteSettings.defaults();
        assertThat(ModerationPolicy.usesStance(d)).isFalse();
        assertThat(ModerationPolicy.usesStance(new SiteSettings(d.thresholds(), Map.of("article.unrelated", "publish",
                "parent.deny", "publish"), List.of(), false, null, null))).isFalse();
        assertThat(ModerationPolicy.usesStance(new SiteSettings(d.thresholds(), Map.of("target.against", "reject@0.9"),
                List.of(), false, null, null))).isTrue();
    }

    private List<Long> post(Site site) {
        ingest.upsertArticle(site, new ArticleInput("geneva", null, "Talks in Geneva", null, null, ARTICLE, null, "en"));
        List<CommentInput> batch = new ArrayList<>();
        for (int i = 0; i < TEXTS.size(); i++) {
            batch.add(new CommentInput("c" + i, i == 3 ? "c0" : null, "reader" + i, null, null, TEXTS.get(i), List.of()));
        }
        ingest.addComments(site, "geneva", batch);
        return jdbc.queryForList("SELECT id FROM comments WHERE site_id = ? ORDER BY external_id", Long.class, site.id());
    }

    /** What the models say with the decision for the same comments (c3 answers c0). */
    private List<StanceOutcome> expected(Site site) {
        List<String> targets = sites.settings(site.id()).settings().targets();
        List<CommentContext> contexts = new ArrayList<>();
        for (int i = 0; i < TEXTS.size(); i++) {
            contexts.add(new CommentContext(TEXTS.get(i), ARTICLE, "en", i == 3 ? TEXTS.get(0) : null, targets));
        }
        return models.classify(contexts, true).stream().map(c -> c.stance()).toList();
    }

    private Map<Long, JsonNode> stances(List<Long> ids) throws Exception {
        Map<Long, JsonNode> out = new LinkedHashMap<>();
        for (Map<String, Object> r : jdbc.queryForList("SELECT comment_id, stance::text AS stance FROM classifications"
                + " WHERE comment_id = ANY(?::bigint[]) AND stance IS NOT NULL", (Object) ids.toArray(Long[]::new))) {
            out.put(((Number) r.get("comment_id")).longValue(), json.readTree((String) r.get("stance")));
        }
        return out;
    }

    private void awaitDecided(Site site) throws InterruptedException {
        await(site, "SELECT count(*) FROM comments WHERE site_id = ? AND status = 'received'", "decided");
    }

    private void awaitNoStancePending(Site site) throws InterruptedException {
        await(site, "SELECT count(*) FROM stance_outbox o JOIN comments c ON c.id = o.comment_id WHERE c.site_id = ?",
                "given their stance");
    }

    private void await(Site site, String sql, String what) throws InterruptedException {
        long deadline = System.currentTimeMillis() + 120_000;
        while (System.currentTimeMillis() < deadline) {
            if (jdbc.queryForObject(sql, Integer.class, site.id()) == 0) {
                return;
            }
            Thread.sleep(100);
        }
        throw new AssertionError("comments not " + what + " within 120 s");
    }
}
