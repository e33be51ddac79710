package io.parley.classification;

import io.parley.ingest.ArticleInput;
import io.parley.ingest.CommentInput;
import io.parley.ingest.CommentQueries;
import io.parley.ingest.CommentView;
import io.parley.moderation.ImpactPreview;
import io.parley.moderation.QueueItem;
import io.parley.moderation.ReviewQueue;
import io.parley.site.InvalidSettings;
import io.parley.site.Site;
import io.parley.site.SiteSettings;
import io.parley.site.Thresholds;
import io.parley.support.IntegrationTest;
import io.parley.support.TestDatabase;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * The whole path for a label no code names: the service serving {@link ExtraLabelTest}'s model (six standard labels
 * plus {@code spam}) accepts a spam threshold in a site's settings, stores the spam score of an ingested comment,
 * holds the comment for it, lists it under the queue's spam filter and charts spam in the impact preview. Serving
 * the label took the training data only (the model file carries the label map): no code, SQL, CSS or settings list.
 */
class ExtraLabelPipelineTest extends IntegrationTest {

    @TempDir
    static Path dir;
    static Path models;

    @BeforeAll
    static void train() throws Exception {
        models = ExtraLabelTest.trainSpamModels(dir);
    }

    @DynamicPropertySource
    static void modelsDir(DynamicPropertyRegistry registry) {
        registry.add("parley.models.dir", () -> models.toString());
        // other cached contexts' pipeline workers (standard model) must not take this service's comments
        // (hikari.jdbc-url: bound onto the pool after spring.datasource.url, so it wins over the base class's)
        registry.add("spring.datasource.hikari.jdbc-url", TestDatabase::separate);
    }

    @Autowired
    CommentQueries comments;
    @Autowired
    ReviewQueue queue;
    @Autowired
    ImpactPreview preview;

    @Test
    void aSpamThresholdHoldsSpamAndTheQueueFiltersByIt() throws Exception {
        assertThat(sites.labels()).extracting(AbuseLabel::name).endsWith("spam");
        Site site = sites.create("extra-label", "Extra label", "test");
        Map<String, Thresholds> thresholds = new LinkedHashMap<>(SiteSettings.defaults().thresholds());
        thresholds.put("spam", new Thresholds(0.5, 0.99));
        SiteSettings d = SiteSettings.defaults();
        sites.save(site.id(), new SiteSettings(thresholds, d.stanceActions(), d.targets(), false,
                d.unsupportedLanguageAction(), d.queueOrder()), "test");
        assertThatThrownBy(() -> sites.save(site.id(), new SiteSettings(Map.of("rudeness", new Thresholds(0.5, 0.9)),
                Map.of(), List.of(), false, "hold", "score"), "test"))
                .isInstanceOf(InvalidSettings.class).hasMessageContaining("spam");

        ingest.upsertArticle(site, new ArticleInput("a1", null, "The library", null, null,
                "The town library reopens on Monday after the repairs to its roof.", null, "en"));
        ingest.addComments(site, "a1", List.of(
                new CommentInput("spam", null, "seller", null, null,
                        "Buy cheap watches now, free shipping, click here to order today", List.of()),
                new CommentInput("ham", null, "reader", null, null,
                        "Good to hear the library reopens on Monday, the roof repairs took long enough.", List.of())));
        CommentView spam = settled(site, "spam");
        CommentView ham = settled(site, "ham");

        assertThat(spam.classification().scores()).containsKey("spam");
        assertThat(spam.classification().scores().get("spam")).isGreaterThan(0.5);
        assertThat(ham.classification().scores().get("spam")).isLessThan(spam.classification().scores().get("spam"));
        assertThat(spam.status()).isEqualTo("held");
        assertThat(spam.statusReason().toString()).contains("\"label\":\"spam\"");
        List<QueueItem> filtered = queue.list(site, new ReviewQueue.Filter(io.parley.moderation.ItemState.OPEN, "spam", null, null), 0, 50);
        assertThat(filtered).extracting(QueueItem::commentExternalId).containsExactly("spam");
        assertThat(filtered.get(0).classification().scores()).containsKey("spam");
        assertThat(preview.preview(site, sites.settings(site.id()).settings(), 100).histograms()).containsKey("spam");
    }

    private CommentView settled(Site site, String id) throws InterruptedException {
        for (int i = 0; i < 600; i++) {
            CommentView c = comments.comment(site, id).orElseThrow();
            if (!c.status().equals("received")) {
                return c;
            }
            Thread.sleep(100);
        }
        throw new AssertionError("comment " + id + " was not classified within 60 s");
    }
}
