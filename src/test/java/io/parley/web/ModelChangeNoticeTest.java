package io.parley.web;

import io.parley.classification.CommentClassifier;
import io.parley.ingest.ArticleInput;
import io.parley.ingest.CommentInput;
import io.parley.moderation.ModelChangeRescoring;
import io.parley.site.Role;
import io.parley.site.Site;
import io.parley.support.IntegrationTest;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * After a model upgrade the settings page says so: which models scored the site's comments before, that recent and
 * held comments are scored again, and whether the preview already counts the new scores. In a trial of 52d83abe ->
 * dc3ea1ba the page of a site with thresholds of its own showed the same note before and after the upgrade (the
 * model's defaults, which had not changed), and nothing told the owner the preview's scores were of another model.
 */
class ModelChangeNoticeTest extends IntegrationTest {

    private static final String EARLIER = "parley-abuse-linear-20261206-52d83abe+stance-mlp-20261206-d039a5a5-e5";

    @Autowired
    CommentClassifier models;
    @Autowired
    ModelChangeRescoring rescoring;

    @Test
    void theSettingsPageSaysTheModelsChangedAndWhetherThePreviewReadsTheNewScores() throws Exception {
        WebFixtures f = new WebFixtures(sites, accounts, ingest, jdbc);
        Site site = f.site("model-notice", "Model notice");
        f.user("model-notice-owner", Role.OWNER, "model-notice");
        ingest.upsertArticle(site, new ArticleInput("meeting", null, "Council meeting", null, null,
                "The council met on Tuesday to discuss the budget.", null, "en"));
        ingest.addComments(site, "meeting", List.of(
                new CommentInput("c0", null, "reader0", null, null,
                        "A man called me a 'stupid cow' at the meeting and nobody said a thing.", List.of()),
                new CommentInput("c1", null, "reader1", null, null, "Thanks for covering the budget.", List.of())));
        awaitNone(site, "SELECT count(*) FROM comments WHERE site_id = ? AND status = 'received'");
        WebSession owner = WebSession.login(port, "model-notice-owner");
        assertThat(owner.get("/sites/model-notice/settings").body()).doesNotContain("id=\"model-change\"");

        jdbc.update("UPDATE classifications SET model_version = ? WHERE comment_id IN (SELECT id FROM comments WHERE site_id = ?)",
                EARLIER, site.id());
        assertThat(rescoring.rescore(site, models.modelName(), models.modelVersion())).isEqualTo(2);
        awaitNone(site, "SELECT count(*) FROM outbox o JOIN comments c ON c.id = o.comment_id WHERE c.site_id = ?");

        String page = owner.get("/sites/model-notice/settings").body();
        assertThat(page).contains("id=\"model-change\"").contains(models.modelName() + "@" + models.modelVersion())
                .contains(models.modelName() + "@" + EARLIER).contains("the preview below counts the new scores");
    }
}
