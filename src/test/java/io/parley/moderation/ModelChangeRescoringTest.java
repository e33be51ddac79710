package io.parley.moderation;

import io.parley.classification.CommentClassification;
import io.parley.classification.CommentClassifier;
import io.parley.classification.CommentContext;
import io.parley.ingest.ArticleInput;
import io.parley.ingest.CommentInput;
import io.parley.site.Site;
import io.parley.support.IntegrationTest;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A model upgrade (issue 19 item 4): comments an earlier model scored are scored again by the served model, so the
 * impact preview an owner sees on the settings page is the served model's, the held comments show its scores, the
 * audit trail says the model changed, and no status moves. Found by a trial of 20261206-52d83abe -> 20261207-dc3ea1ba:
 * after the restart the preview still counted the reported-speech comments the earlier model held ("A man called me
 * a 'stupid cow'...", toxicity 0.90 then, 0.01 now), with nothing saying its scores were the earlier model's.
 */
class ModelChangeRescoringTest extends IntegrationTest {

    private static final String ARTICLE = "The council met on Tuesday to discuss the budget. Residents spoke about "
            + "harassment in public places.";
    private static final List<String> TEXTS = List.of(
            "A man called me a 'stupid cow' at the meeting and nobody said a thing.",
            "She told me I was a worthless idiot, and I cried in the car park.",
            "Thanks for covering the library reopening.");
    /** What the earlier model stored for the first two (20261206-52d83abe, measured in the trial), the third civil. */
    private static final List<String> EARLIER_SCORES = List.of(
            "{\"toxicity\":0.897,\"insult\":0.514,\"identity_attack\":0.076}",
            "{\"toxicity\":0.943,\"insult\":0.739,\"identity_attack\":0.019}",
            "{\"toxicity\":0.004,\"insult\":0.002,\"identity_attack\":0.001}");
    private static final String EARLIER = "parley-abuse-linear-20261206-52d83abe+stance-mlp-20261206-d039a5a5-e5";

    @Autowired
    CommentClassifier models;
    @Autowired
    ModelChangeRescoring rescoring;
    @Autowired
    ImpactPreview preview;
    @Autowired
    Reclassification reclassification;

    @Test
    void commentsScoredByAnEarlierModelAreScoredAgainAndTheChangeIsAudited() throws Exception {
        Site site = sites.create("model-change", "Model change", "test");
        List<Long> ids = earlierModelState(site);
        ImpactPreview.Result before = preview.preview(site, sites.settings(site.id()).settings(), 1000);
        assertThat(before.current().totals().get("held")).as("the preview on the earlier model's scores").isEqualTo(2);
        assertThat(before.scoredBy()).as("and it says so").isEqualTo(Map.of(models.modelName() + "@" + EARLIER, 3));

        int queued = rescoring.rescore(site, models.modelName(), models.modelVersion());

        assertThat(queued).isEqualTo(3);
        Map<String, Object> event = jdbc.queryForMap(
                "SELECT actor, subject, details::text AS details FROM audit_events WHERE site_id = ? AND action = 'model.changed'",
                site.id());
        assertThat(event.get("subject")).isEqualTo(models.modelName() + "@" + models.modelVersion());
        assertThat((String) event.get("details")).contains(EARLIER).contains("\"rescoring\": 3");
        awaitNone(site, "SELECT count(*) FROM outbox o JOIN comments c ON c.id = o.comment_id WHERE c.site_id = ?");

        // every comment's newest scores are the served model's, and the preview counts with them
        assertThat(jdbc.queryForList("""
                SELECT (SELECT k.model_version FROM classifications k WHERE k.comment_id = c.id ORDER BY k.id DESC LIMIT 1)
                FROM comments c WHERE c.site_id = ?""", String.class, site.id())).containsOnly(models.modelVersion());
        List<CommentContext> contexts = new ArrayList<>();
        TEXTS.forEach(t -> contexts.add(new CommentContext(t, ARTICLE, "en", null, List.of())));
        List<CommentClassification> served = models.classify(contexts, false);
        Map<String, Double> severity = ModerationPolicy.severities(models.labels());
        long heldNow = served.stream().filter(c -> ModerationPolicy.decide(sites.settings(site.id()), c,
                AuthorStanding.first(false), severity).status() == CommentStatus.HELD).count();
        ImpactPreview.Result after = preview.preview(site, sites.settings(site.id()).settings(), 1000);
        assertThat(after.current().totals().getOrDefault("held", 0)).isEqualTo((int) heldNow);
        assertThat(after.scoredBy()).isEqualTo(Map.of(models.modelName() + "@" + models.modelVersion(), 3));
        // statuses are the moderators' to change: the held ones stay held
        assertThat(jdbc.queryForList("SELECT status FROM comments WHERE id = ANY(?::bigint[]) ORDER BY id", String.class,
                (Object) new Long[]{ids.get(0), ids.get(1)})).containsExactly("held", "held");

        // a second start finds nothing to do and writes nothing
        assertThat(rescoring.rescore(site, models.modelName(), models.modelVersion())).isZero();
        assertThat(jdbc.queryForObject("SELECT count(*) FROM audit_events WHERE site_id = ? AND action = 'model.changed'",
                Integer.class, site.id())).isEqualTo(1);
    }

    @Test
    void heldCommentsTakeTheirPlaceInTheQueueFromTheNewScores() throws Exception {
        Site site = sites.create("model-change-queue", "Model change queue", "test");
        List<Long> ids = earlierModelState(site);

        rescoring.rescore(site, models.modelName(), models.modelVersion());
        awaitNone(site, "SELECT count(*) FROM outbox o JOIN comments c ON c.id = o.comment_id WHERE c.site_id = ?");

        // the queue orders by risk = max severity x score: the served model's scores, which its chips show, not the
        // earlier model's 0.9 (a reported insult the served model scores 0.01 stayed above a threat at 0.25)
        Map<String, Double> severity = ModerationPolicy.severities(models.labels());
        for (int i = 0; i < 2; i++) {
            CommentClassification c = models.classify(List.of(new CommentContext(TEXTS.get(i), ARTICLE, "en", null,
                    List.of())), false).get(0);
            double risk = ModerationPolicy.decide(sites.settings(site.id()), c, AuthorStanding.first(false), severity)
                    .priority();
            assertThat(jdbc.queryForObject("SELECT priority FROM review_items WHERE comment_id = ?", Double.class,
                    ids.get(i))).as("queue priority of comment %d", i).isCloseTo(risk, org.assertj.core.data.Offset.offset(1e-4));
        }
        assertThat(jdbc.queryForObject("SELECT max(priority) FROM review_items WHERE site_id = ?", Double.class, site.id()))
                .isLessThan(0.9);
    }

    @Test
    void reclassifyAfterARollbackRescoresWhatTheNewerModelScored() throws Exception {
        Site site = sites.create("model-rollback", "Model rollback", "test");
        List<Long> ids = post(site);
        awaitNone(site, "SELECT count(*) FROM comments WHERE site_id = ? AND status = 'received'");
        // a newer model scored them after the served one (then the operator rolled back): its rows are the newest
        jdbc.update("""
                INSERT INTO classifications (comment_id, model_name, model_version, scores, stance, spans, language)
                SELECT comment_id, model_name, 'parley-abuse-linear-29991231-later', scores, stance, spans, language
                FROM classifications WHERE comment_id = ANY(?::bigint[])""", (Object) ids.toArray(Long[]::new));

        assertThat(reclassification.enqueue(site, models.modelName(), models.modelVersion()))
                .as("every comment's newest scores are another model's").isEqualTo(3);
        awaitNone(site, "SELECT count(*) FROM outbox o JOIN comments c ON c.id = o.comment_id WHERE c.site_id = ?");
        assertThat(jdbc.queryForList("""
                SELECT (SELECT k.model_version FROM classifications k WHERE k.comment_id = c.id ORDER BY k.id DESC LIMIT 1)
                FROM comments c WHERE c.site_id = ?""", String.class, site.id())).containsOnly(models.modelVersion());
        assertThat(reclassification.enqueue(site, models.modelName(), models.modelVersion())).isZero();
    }

    /** What the earlier model left: its scores for every comment, its holds of the first two in the queue. */
    private List<Long> earlierModelState(Site site) throws InterruptedException {
        List<Long> ids = post(site);
        awaitNone(site, "SELECT count(*) FROM comments WHERE site_id = ? AND status = 'received'");
        // the state the earlier model left: its scores, and its holds in the queue
        for (int i = 0; i < ids.size(); i++) {
            jdbc.update("UPDATE classifications SET model_version = ?, scores = ?::jsonb WHERE comment_id = ?",
                    EARLIER, EARLIER_SCORES.get(i), ids.get(i));
        }
        jdbc.update("UPDATE comments SET status = 'held' WHERE id = ANY(?::bigint[])", (Object) new Long[]{ids.get(0), ids.get(1)});
        jdbc.update("""
                INSERT INTO review_items (site_id, comment_id, priority, reason, settings_version)
                SELECT site_id, id, 0.9, '[{"rule":"label","label":"toxicity","action":"hold"}]', 1 FROM comments
                WHERE id = ANY(?::bigint[]) ON CONFLICT (comment_id) DO NOTHING""", (Object) new Long[]{ids.get(0), ids.get(1)});

        return ids;
    }

    private List<Long> post(Site site) {
        ingest.upsertArticle(site, new ArticleInput("meeting", null, "Council meeting", null, null, ARTICLE, null, "en"));
        List<CommentInput> batch = new ArrayList<>();
        for (int i = 0; i < TEXTS.size(); i++) {
            batch.add(new CommentInput("c" + i, null, "reader" + i, null, null, TEXTS.get(i), List.of()));
        }
        ingest.addComments(site, "meeting", batch);
        return jdbc.queryForList("SELECT id FROM comments WHERE site_id = ? ORDER BY external_id", Long.class, site.id());
    }
}
