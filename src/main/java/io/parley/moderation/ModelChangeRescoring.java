package io.parley.moderation;

import io.parley.classification.CommentClassifier;
import io.parley.site.AuditLog;
import io.parley.site.Site;
import io.parley.site.SiteDirectory;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.annotation.Profile;
import org.springframework.context.event.EventListener;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * When the service starts with models other than the ones that scored a site's recent comments (a model upgrade), those
 * comments are queued to be scored again, with the site's open review items, and the site's audit trail says so.
 * Without it the settings page's impact preview replayed the earlier model's stored scores as if they were the served
 * model's (issue 19: sites not on the defaults get "an impact preview against the new model", nothing silent), and
 * the queue showed the earlier scores of held comments until someone ran {@code parley reclassify} with the service
 * stopped. Only the preview's window is queued (the newest {@link #WINDOW} classified comments of each site, and every
 * open item), so new comments wait seconds behind it, not the hours a whole site's history would take; statuses stay
 * as they are ({@link PipelineWorker} never changes a decided status). {@code parley reclassify} still does a whole site.
 * Instances that classify do it; HTTP-only instances and CLI commands ({@code export} must not write) leave it to them.
 */
@Component
@Profile("!cli")
@ConditionalOnProperty(name = "parley.pipeline.enabled", havingValue = "true", matchIfMissing = true)
public class ModelChangeRescoring {

    private static final Logger LOG = LoggerFactory.getLogger(ModelChangeRescoring.class);

    /** The settings page's preview window (its last 1,000 comments). */
    static final int WINDOW = 1000;

    static final String ACTOR = "parley (model change)";

    private final JdbcTemplate jdbc;
    private final TransactionTemplate tx;
    private final SiteDirectory sites;
    private final AuditLog audit;
    private final ObjectProvider<CommentClassifier> classifier;

    ModelChangeRescoring(JdbcTemplate jdbc, TransactionTemplate tx, SiteDirectory sites, AuditLog audit,
                         ObjectProvider<CommentClassifier> classifier) {
        this.jdbc = jdbc;
        this.tx = tx;
        this.sites = sites;
        this.audit = audit;
        this.classifier = classifier;
    }

    @EventListener(ApplicationReadyEvent.class)
    void onStart() {
        CommentClassifier models = classifier.getIfAvailable();
        if (models == null) {
            return;
        }
        int total = 0;
        int changedSites = 0;
        for (Site site : sites.all()) {
            int n = rescore(site, models.modelName(), models.modelVersion());
            total += n;
            changedSites += n > 0 ? 1 : 0;
        }
        if (total > 0) {
            LOG.info("models changed to {}@{}: {} recent comment(s) and open review items of {} site(s) scored by earlier "
                    + "models are queued to be scored again (statuses kept), so the settings preview and the queue show "
                    + "the served model's scores; 'parley reclassify --site S' rescores a whole site",
                    models.modelName(), models.modelVersion(), total, changedSites);
        }
    }

    /**
     * Queues the site's recent comments and open review items whose newest classification is by another model than
     * {@code modelName@modelVersion}, and records one {@code model.changed} audit entry naming the earlier versions;
     * returns how many comments were queued (0: nothing to do, no entry).
     */
    public int rescore(Site site, String modelName, String modelVersion) {
        Integer n = tx.execute(status -> {
            List<Map<String, Object>> earlier = jdbc.queryForList("""
                    WITH recent AS (
                        (SELECT c.id FROM comments c
                         WHERE c.site_id = ? AND c.status <> 'received'
                           AND EXISTS (SELECT 1 FROM classifications k WHERE k.comment_id = c.id)
                         ORDER BY c.id DESC LIMIT ?)
                        UNION
                        SELECT r.comment_id FROM review_items r WHERE r.site_id = ? AND r.state <> 'decided'),
                    latest AS (
                        SELECT w.id, l.model_name, l.model_version FROM recent w
                        JOIN LATERAL (SELECT k.model_name, k.model_version FROM classifications k
                                      WHERE k.comment_id = w.id ORDER BY k.id DESC LIMIT 1) l ON true
                        WHERE NOT (l.model_name = ? AND l.model_version = ?)),
                    queued AS (
                        INSERT INTO outbox (comment_id) SELECT id FROM latest
                        ON CONFLICT (comment_id) DO NOTHING RETURNING comment_id)
                    SELECT l.model_name || '@' || l.model_version AS model, count(q.comment_id) AS n
                    FROM latest l LEFT JOIN queued q ON q.comment_id = l.id
                    GROUP BY 1 ORDER BY 2 DESC, 1""", site.id(), WINDOW, site.id(), modelName, modelVersion);
            Map<String, Long> byModel = new LinkedHashMap<>();
            long queued = 0;
            for (Map<String, Object> row : earlier) {
                long c = ((Number) row.get("n")).longValue();
                if (c > 0) {
                    byModel.put((String) row.get("model"), c);
                    queued += c;
                }
            }
            if (queued > 0) {
                audit.record(site.id(), ACTOR, "model.changed", modelName + "@" + modelVersion,
                        Map.of("earlier", byModel, "rescoring", queued));
            }
            return (int) queued;
        });
        return n == null ? 0 : n;
    }
}
