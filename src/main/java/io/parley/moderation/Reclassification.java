package io.parley.moderation;

import io.parley.site.Site;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Queues every comment of a site for classification again, e.g. after a model upgrade. The outbox
 * worker stores one classification per comment and model version, so re-running is harmless, and it
 * leaves statuses alone (they may be moderators' decisions).
 */
@Service
public class Reclassification {

    private final JdbcTemplate jdbc;

    Reclassification(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    /**
     * Enqueues the site's comments whose newest classification is not by this model version; returns how many. The
     * newest, not any: after a rollback to a model that once scored them, every page reads the newer model's rows
     * (the newest per comment), and "has a row of this version somewhere" queued nothing.
     */
    @Transactional
    public int enqueue(Site site, String modelName, String modelVersion) {
        return jdbc.update("""
                INSERT INTO outbox (comment_id)
                SELECT c.id FROM comments c WHERE c.site_id = ? AND NOT EXISTS (
                    SELECT 1 FROM (SELECT k.model_name, k.model_version FROM classifications k WHERE k.comment_id = c.id
                                   ORDER BY k.id DESC LIMIT 1) l
                    WHERE l.model_name = ? AND l.model_version = ?)
                ON CONFLICT (comment_id) DO NOTHING""", site.id(), modelName, modelVersion);
    }

    /**
     * The latest model change the site saw ({@link ModelChangeRescoring}'s {@code model.changed} entry) when it names
     * {@code served}, the model now in service: the settings page says which model its preview reads and since when.
     */
    public java.util.Optional<ModelChange> latestChange(Site site, String served) {
        return jdbc.query("""
                SELECT subject, (SELECT string_agg(m, ', ' ORDER BY m) FROM jsonb_object_keys(details -> 'earlier') m) AS earlier, (details ->> 'rescoring')::int AS rescoring, at
                FROM audit_events WHERE site_id = ? AND action = 'model.changed' ORDER BY id DESC LIMIT 1""",
                (rs, i) -> new ModelChange(rs.getString(1), rs.getString(2), rs.getInt(3),
                        rs.getObject(4, java.time.OffsetDateTime.class)), site.id())
                .stream().filter(c -> c.model().equals(served)).findFirst();
    }

    /** @param earlier the earlier models (name@version, comma-separated) whose scores were replaced */
    public record ModelChange(String model, String earlier, int rescoring, java.time.OffsetDateTime at) {
    }

    /** Comments of the site still waiting in the outbox. */
    public int pending(Site site) {
        Integer n = jdbc.queryForObject("""
                SELECT count(*) FROM outbox o JOIN comments c ON c.id = o.comment_id WHERE c.site_id = ?""",
                Integer.class, site.id());
        return n == null ? 0 : n;
    }
}
