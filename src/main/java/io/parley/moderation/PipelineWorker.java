package io.parley.moderation;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.micrometer.core.instrument.MeterRegistry;
import io.parley.classification.CommentClassification;
import io.parley.classification.CommentClassifier;
import io.parley.classification.CommentContext;
import io.parley.classification.StanceOutcome;
import io.parley.ingest.ClassificationStore;
import io.parley.ingest.CommentsIngested;
import io.parley.ingest.UnnestBatch;
import io.parley.site.SiteDirectory;
import io.parley.site.VersionedSettings;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.context.SmartLifecycle;
import org.springframework.stereotype.Component;
import org.springframework.transaction.event.TransactionalEventListener;
import org.springframework.transaction.support.TransactionTemplate;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Semaphore;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.locks.ReentrantLock;

/**
 * Drains the outbox: classify, apply the site's policy, store classification and status, queue what is
 * held, delete the outbox row, all in one transaction. Rows are taken with FOR UPDATE SKIP LOCKED, so
 * any number of instances (and threads) can run this with no leader and no comment is processed twice; a crash
 * rolls the batch back into the outbox. Each batch costs a fixed number of statements however many comments it
 * holds. Ingest wakes the workers as soon as its transaction commits ({@link CommentsIngested}); the poll interval
 * only matters for rows another instance queued and for retries.
 */
@Component
@org.springframework.boot.autoconfigure.condition.ConditionalOnProperty(name = "parley.pipeline.enabled", havingValue = "true", matchIfMissing = true)
class PipelineWorker implements SmartLifecycle {

    private static final Logger log = LoggerFactory.getLogger(PipelineWorker.class);

    private final JdbcTemplate jdbc;
    private final ClassificationStore classifications;
    private final TransactionTemplate tx;
    private final ObjectProvider<CommentClassifier> classifier;
    private final SiteDirectory sites;
    private final ObjectMapper json;
    private final MeterRegistry meters;
    private final int batchSize;
    private final long pollMillis;
    private final int threads;
    private final boolean stanceAfterDecision;
    private final int stanceBatchSize;
    private final long stanceQuietNanos;
    private final long stanceMaxLagMillis;
    /** When comments last came in or were decided: the stance stage waits for a quiet spell after it. */
    private volatile long lastDecisionWork = System.nanoTime();
    private volatile long stanceRetryAt = System.nanoTime();
    /**
     * When this instance first left a stance for later since its stance stage last found nothing to do (0: nothing
     * left). Kept here rather than asked of the database on every poll: during a burst that was a query per wake-up.
     */
    private final java.util.concurrent.atomic.AtomicLong stanceWaitingSince = new java.util.concurrent.atomic.AtomicLong();
    /** One worker at a time adds stance, so a decision always finds a thread free. */
    private final ReentrantLock stanceStage = new ReentrantLock();
    private final AtomicBoolean warnedNoModel = new AtomicBoolean();
    private final Authors authors;
    private final org.springframework.context.ApplicationEventPublisher events;
    private final Semaphore wake = new Semaphore(0);
    private final List<Thread> workers = new ArrayList<>();
    private volatile boolean running;

    PipelineWorker(JdbcTemplate jdbc, ClassificationStore classifications, TransactionTemplate tx,
                   ObjectProvider<CommentClassifier> classifier, SiteDirectory sites, ObjectMapper json,
                   MeterRegistry meters, Authors authors, @Value("${parley.pipeline.batch-size:256}") int batchSize,
                   @Value("${parley.pipeline.poll-millis:200}") long pollMillis,
                   @Value("${parley.pipeline.threads:2}") int threads,
                   @Value("${parley.pipeline.stance-after-decision:true}") boolean stanceAfterDecision,
                   @Value("${parley.pipeline.stance-batch-size:64}") int stanceBatchSize,
                   @Value("${parley.pipeline.stance-quiet-millis:500}") long stanceQuietMillis,
                   @Value("${parley.pipeline.stance-max-lag-seconds:120}") long stanceMaxLagSeconds,
                   org.springframework.context.ApplicationEventPublisher events) {
        this.stanceQuietNanos = TimeUnit.MILLISECONDS.toNanos(stanceQuietMillis);
        this.stanceMaxLagMillis = TimeUnit.SECONDS.toMillis(stanceMaxLagSeconds);
        this.stanceAfterDecision = stanceAfterDecision;
        this.stanceBatchSize = Math.max(1, stanceBatchSize);
        this.authors = authors;
        this.events = events;
        this.jdbc = jdbc;
        this.classifications = classifications;
        this.tx = tx;
        this.classifier = classifier;
        this.sites = sites;
        this.json = json;
        this.meters = meters;
        this.batchSize = batchSize;
        this.pollMillis = pollMillis;
        this.threads = Math.max(1, threads);
    }

    private record Row(long outboxId, long commentId, long siteId, String author, String text, long articleId,
                       String articleLanguage, String parentText, int attempts, String status,
                       List<String> ownQuotes) {
    }

    /** New comments are committed: wake a worker now rather than at the next poll. */
    @TransactionalEventListener(fallbackExecution = true)
    void ingested(CommentsIngested event) {
        lastDecisionWork = System.nanoTime();
        wake.release();
    }

    @Override
    public synchronized void start() {
        running = true;
        for (int i = 0; i < threads; i++) {
            // Two threads overlap one batch's database round trips with the next one's classification.
            Thread t = new Thread(this::run, "pipeline-" + i);
            t.setDaemon(true);
            workers.add(t);
            t.start();
        }
    }

    @Override
    public synchronized void stop() {
        running = false;
        wake.release(threads);
        for (Thread t : workers) {
            try {
                t.join(30_000); // a batch in flight commits or rolls back; it is not interrupted mid-statement
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                return;
            }
        }
        workers.clear();
    }

    @Override
    public boolean isRunning() {
        return running;
    }

    private void run() {
        while (running) {
            poll();
            try {
                if (wake.tryAcquire(pollMillis, TimeUnit.MILLISECONDS)) {
                    wake.drainPermits();
                }
            } catch (InterruptedException e) {
                return;
            }
        }
    }

    void poll() {
        CommentClassifier models = classifier.getIfAvailable();
        if (models == null) {
            if (warnedNoModel.compareAndSet(false, true)) {
                log.warn("no classifier loaded: comments stay 'received' in the outbox until one is");
            }
            return;
        }
        try {
            int taken;
            do {
                taken = drainOnce(models);
                if (taken > 0) {
                    lastDecisionWork = System.nanoTime();
                }
            } while (running && taken == batchSize); // keep going while batches come back full
            if (stanceAfterDecision && System.nanoTime() - stanceRetryAt >= 0 && stanceStage.tryLock()) {
                try {
                    // Stance fills quiet time: it starts once no comment has come in or been decided for a moment
                    // (or its oldest comment has waited too long), and ingest's wake-up or a waiting outbox row ends it
                    // after the current (small) batch.
                    if (System.nanoTime() - lastDecisionWork >= stanceQuietNanos || stanceOverdue()) {
                        int annotated = 0;
                        while (running && wake.availablePermits() == 0 && !decisionsWaiting()
                                && (annotated = annotateOnce(models)) == stanceBatchSize) {
                            // keep going while stance batches come back full
                        }
                        if (annotated < stanceBatchSize) {
                            stanceWaitingSince.set(0); // drained (what another instance leaves, it times itself)
                        }
                    }
                } catch (RuntimeException e) {
                    // stance is not what a comment waits for: the decisions go on, the stage tries again later
                    log.warn("stance stage failed, will retry in 30 s: {}", e.getMessage());
                    stanceRetryAt = System.nanoTime() + TimeUnit.SECONDS.toNanos(30);
                } finally {
                    stanceStage.unlock();
                }
            }
        } catch (RuntimeException e) {
            log.warn("pipeline batch failed, will retry with back-off: {}", e.getMessage());
            backOff(e);
        }
    }

    /** The failed batch rolled back; push the same head of the queue back so one bad comment cannot spin. */
    private void backOff(RuntimeException cause) {
        try {
            jdbc.update("""
                    UPDATE outbox SET attempts = attempts + 1, last_error = left(?, 500),
                        available_at = now() + make_interval(secs => power(2, least(attempts, 10)))
                    WHERE id IN (SELECT id FROM outbox WHERE available_at <= now() ORDER BY id LIMIT ?
                                 FOR UPDATE SKIP LOCKED)""", String.valueOf(cause.getMessage()), batchSize);
        } catch (RuntimeException ignored) {
            // the database itself is down: the next poll tries again
        }
    }

    /** Processes one batch; returns how many outbox rows it took. */
    int drainOnce(CommentClassifier models) {
        Integer n = tx.execute(status -> {
            relaxCommit();
            List<Row> rows = jdbc.query("""
                    WITH picked AS (
                        SELECT id, comment_id, attempts FROM outbox WHERE available_at <= now()
                        ORDER BY id LIMIT ? FOR UPDATE SKIP LOCKED)
                    SELECT p.id AS outbox_id, c.id, c.site_id, c.author, c.text, c.article_id, a.language,
                           par.text AS parent_text, p.attempts, c.status,
                           (SELECT coalesce(json_agg(q->>'text'), '[]'::json)::text FROM jsonb_array_elements(c.quotes) q
                            WHERE jsonb_typeof(c.quotes) = 'array' AND q->>'byCommenter' = 'true' AND q->>'text' IS NOT NULL) AS own_quotes
                    FROM picked p JOIN comments c ON c.id = p.comment_id JOIN articles a ON a.id = c.article_id
                    LEFT JOIN comments par ON par.id = c.parent_id ORDER BY p.id""",
                    (rs, i) -> new Row(rs.getLong("outbox_id"), rs.getLong("id"), rs.getLong("site_id"),
                            rs.getString("author"), rs.getString("text"), rs.getLong("article_id"), rs.getString("language"),
                            rs.getString("parent_text"), rs.getInt("attempts"),
                            rs.getString("status"), strings(rs.getString("own_quotes"))), batchSize);
            if (rows.isEmpty()) {
                return 0;
            }
            lastDecisionWork = System.nanoTime();
            Map<Long, VersionedSettings> settings = new HashMap<>();
            Map<Long, String> bodies = articleBodies(rows.stream().map(Row::articleId).toList());
            List<CommentContext> contexts = new ArrayList<>(rows.size());
            for (Row r : rows) {
                VersionedSettings s = settings.computeIfAbsent(r.siteId(), sites::settings);
                String body = bodies.get(r.articleId());
                contexts.add(new CommentContext(r.text(), body == null || body.isBlank() ? null : body,
                        r.articleLanguage(), r.parentText(), s.settings().targets(), r.ownQuotes(),
                        s.settings().targetSides()));
            }
            List<CommentClassification> results = classify(models, rows, contexts, settings);
            List<Verdict> verdicts = new ArrayList<>(rows.size());
            List<CommentsModerated.Moderated> moderated = new ArrayList<>(rows.size());
            Map<String, Double> severity = ModerationPolicy.severities(models.labels());
            // Every author's standing (history, trust, suspension) for the whole batch in one statement.
            Map<Long, AuthorStanding> standings = authors.standings(rows.stream().map(Row::commentId).toList(),
                    rows.stream().map(r -> settings.get(r.siteId()).settings().authorRules().days()).toList(),
                    settings.values().stream().anyMatch(v -> v.settings().authorRules().any()));
            for (int i = 0; i < rows.size(); i++) {
                Row r = rows.get(i);
                Verdict v = ModerationPolicy.decide(settings.get(r.siteId()), results.get(i),
                        standings.getOrDefault(r.commentId(), AuthorStanding.first(false)), severity);
                verdicts.add(v);
                if (CommentStatus.RECEIVED.wire().equals(r.status())) { // a first status, not a re-classification
                    moderated.add(new CommentsModerated.Moderated(r.siteId(), r.commentId(), v.status().wire(), v.reasons()));
                }
            }
            store(models, rows, results, verdicts, settings);
            events.publishEvent(new CommentsModerated(moderated)); // in this transaction: listeners' writes commit with it
            return rows.size();
        });
        return n == null ? 0 : n;
    }

    /**
     * The batch's classifications. A comment whose site has a stance action gets its stance now (the verdict may depend
     * on it); the others are decided on abuse and language alone and queued for the stance stage ({@link
     * #annotateOnce}), so a comment's status does not wait for three stance views, OpenNLP and the stance encoder
     * heads, which cannot change it. Their stance is the same either way: the stage runs the same model on the same
     * text, article and parent.
     */
    private List<CommentClassification> classify(CommentClassifier models, List<Row> rows, List<CommentContext> contexts,
                                                 Map<Long, VersionedSettings> settings) {
        List<Integer> now = new ArrayList<>();
        List<Integer> later = new ArrayList<>();
        for (int i = 0; i < rows.size(); i++) {
            boolean defer = deferStance(settings.get(rows.get(i).siteId()));
            (defer ? later : now).add(i);
        }
        if (later.isEmpty()) {
            return models.classify(contexts, true);
        }
        CommentClassification[] out = new CommentClassification[rows.size()];
        for (List<Integer> part : List.of(now, later)) {
            if (part.isEmpty()) {
                continue;
            }
            List<CommentClassification> r = models.classify(part.stream().map(contexts::get).toList(), part == now);
            for (int j = 0; j < part.size(); j++) {
                out[part.get(j)] = r.get(j);
            }
        }
        return Arrays.asList(out);
    }

    private boolean deferStance(VersionedSettings s) {
        return stanceAfterDecision && !ModerationPolicy.usesStance(s.settings());
    }

    /**
     * This transaction's commit returns before its WAL reaches the disk. Safe here and only here: a worker batch is
     * derived work that a crash may lose whole (never in part) and the outbox row it deletes then comes back, so the
     * comment is classified again; what a caller was promised (the ingest's commit) stays synchronous, and any later
     * synchronous commit (a moderator's decision) flushes this one first. A batch no longer waits for a disk flush
     * while ingest requests queue for theirs.
     */
    private void relaxCommit() {
        jdbc.execute("SET LOCAL synchronous_commit = off");
    }

    /** Whether a stance this instance left for later has waited longer than the maximum lag. */
    private boolean stanceOverdue() {
        long since = stanceWaitingSince.get();
        return since != 0 && System.nanoTime() - since >= TimeUnit.MILLISECONDS.toNanos(stanceMaxLagMillis);
    }

    /** Whether a comment is waiting for its decision (in this instance or another): the stance stage gives way. */
    private boolean decisionsWaiting() {
        return Boolean.TRUE.equals(jdbc.queryForObject(
                "SELECT EXISTS (SELECT 1 FROM outbox WHERE available_at <= now())", Boolean.class));
    }

    private record Pending(long commentId, long siteId, String text, long articleId, String parentText) {
    }

    /**
     * The stance stage: adds the stance to up to {@code stanceBatchSize} classifications the pipeline stored without
     * it (for the current model version) and takes them off {@code stance_outbox}, in one transaction; returns how
     * many rows it took. Rows of another model version wait for an instance that serves it; re-classifying a comment
     * replaces its row.
     */
    int annotateOnce(CommentClassifier models) {
        Integer n = tx.execute(status -> {
            relaxCommit();
            List<Pending> rows = jdbc.query("""
                    WITH picked AS (
                        SELECT comment_id FROM stance_outbox WHERE model_name = ? AND model_version = ?
                        ORDER BY comment_id LIMIT ? FOR UPDATE SKIP LOCKED)
                    SELECT c.id, c.site_id, c.text, c.article_id, par.text AS parent_text
                    FROM picked p JOIN comments c ON c.id = p.comment_id
                    LEFT JOIN comments par ON par.id = c.parent_id ORDER BY c.id""",
                    (rs, i) -> new Pending(rs.getLong("id"), rs.getLong("site_id"), rs.getString("text"),
                            rs.getLong("article_id"), rs.getString("parent_text")),
                    models.modelName(), models.modelVersion(), stanceBatchSize);
            if (rows.isEmpty()) {
                return 0;
            }
            Map<Long, String> bodies = articleBodies(rows.stream().map(Pending::articleId).toList());
            Map<Long, VersionedSettings> settings = new HashMap<>();
            List<CommentContext> contexts = new ArrayList<>(rows.size());
            for (Pending r : rows) {
                VersionedSettings s = settings.computeIfAbsent(r.siteId(), sites::settings);
                String body = bodies.get(r.articleId());
                // the language does not enter stance; the targets are the site's now, as a moderator reads them
                contexts.add(new CommentContext(r.text(), body == null || body.isBlank() ? null : body, null,
                        r.parentText(), s.settings().targets(), List.of(), s.settings().targetSides()));
            }
            List<StanceOutcome> stances = models.stance(contexts);
            Long[] ids = rows.stream().map(Pending::commentId).toArray(Long[]::new);
            jdbc.update(UnnestBatch.of("""
                    UPDATE classifications k SET stance = t.stance::jsonb
                    FROM (SELECT ?::text AS name, ?::text AS version) m, unnest(?::bigint[], ?::text[]) AS t(id, stance)
                    WHERE k.comment_id = t.id AND k.model_name = m.name AND k.model_version = m.version""")
                    .scalar(models.modelName()).scalar(models.modelVersion()).column("bigint", ids)
                    .column("text", stances.stream().map(o -> o == null ? null : write(o)).toArray()).statement());
            jdbc.update(UnnestBatch.of("DELETE FROM stance_outbox WHERE comment_id = ANY(?)").column("bigint", ids)
                    .statement());
            return rows.size();
        });
        return n == null ? 0 : n;
    }

    /**
     * The bodies of the batch's articles, read once each: a batch is mostly one page's comments, and reading the body
     * with every row had the database de-TOAST and send a whole article per comment (4 KB on average with real
     * articles), and the stance caches hash a fresh copy each time. One String per article also lets them match it
     * by identity.
     */
    private Map<Long, String> articleBodies(List<Long> articleIds) {
        Map<Long, String> out = new HashMap<>();
        Long[] ids = articleIds.stream().distinct().toArray(Long[]::new);
        jdbc.query(UnnestBatch.of("SELECT id, body FROM articles WHERE id = ANY(?)").column("bigint", ids).statement(),
                rs -> {
                    out.put(rs.getLong("id"), rs.getString("body"));
                });
        return out;
    }

    /**
     * Classifications, statuses, queue rows and the outbox delete of one batch: one statement each, however many
     * comments the batch holds.
     */
    private void store(CommentClassifier models, List<Row> rows, List<CommentClassification> results,
                       List<Verdict> verdicts, Map<Long, VersionedSettings> settings) {
        classifications.saveAll(models.modelName(), models.modelVersion(), rows.stream().map(Row::commentId).toList(),
                results);
        Long[] later = java.util.stream.IntStream.range(0, rows.size()).filter(i -> results.get(i).stance() == null
                && deferStance(settings.get(rows.get(i).siteId()))).mapToObj(i -> rows.get(i).commentId()).toArray(Long[]::new);
        if (later.length > 0) {
            jdbc.update(UnnestBatch.of("""
                    INSERT INTO stance_outbox (comment_id, model_name, model_version)
                    SELECT t.id, ?, ? FROM unnest(?::bigint[]) AS t(id)
                    ON CONFLICT (comment_id) DO UPDATE SET model_name = excluded.model_name,
                        model_version = excluded.model_version, created_at = now()""")
                    .scalar(models.modelName()).scalar(models.modelVersion()).column("bigint", later).statement());
            stanceWaitingSince.compareAndSet(0, System.nanoTime());
        }
        String model = models.modelName() + "@" + models.modelVersion();
        List<Object[]> statuses = new ArrayList<>();
        List<Object[]> held = new ArrayList<>();
        List<Object[]> rescored = new ArrayList<>();
        for (int i = 0; i < rows.size(); i++) {
            Row r = rows.get(i);
            Verdict v = verdicts.get(i);
            if (!CommentStatus.RECEIVED.wire().equals(r.status())) {
                // Re-classification after a model upgrade: new scores are stored, but a comment's status,
                // possibly set by a moderator, is never changed behind their back. Its place in the queue is the
                // model's, not a person's: it follows the new scores, as the queue's chips do.
                rescored.add(new Object[]{r.commentId(), v.priority()});
                continue;
            }
            statuses.add(new Object[]{r.commentId(), v.status().wire(),
                    write(Map.of("reasons", v.reasons(), "model", model)), results.get(i).language()});
            if (v.status() == CommentStatus.HELD) {
                int version = v.reasons().isEmpty() ? settings.get(r.siteId()).version()
                        : v.reasons().get(0).settingsVersion();
                held.add(new Object[]{r.siteId(), r.commentId(), v.priority(), write(v.reasons()), version});
            }
            meters.counter("parley.comments.decided", "status", v.status().wire()).increment();
        }
        if (!statuses.isEmpty()) {
            jdbc.update(UnnestBatch.of("""
                    UPDATE comments c SET status = t.status, status_reason = t.reason::jsonb, language = t.language,
                        updated_at = now()
                    FROM unnest(?::bigint[], ?::text[], ?::text[], ?::text[]) AS t(id, status, reason, language)
                    WHERE c.id = t.id""").columns(statuses, "bigint", "text", "text", "text").statement());
        }
        if (!held.isEmpty()) {
            jdbc.update(UnnestBatch.of("""
                    INSERT INTO review_items (site_id, comment_id, priority, reason, settings_version)
                    SELECT t.site, t.comment, t.priority, t.reason::jsonb, t.version
                    FROM unnest(?::bigint[], ?::bigint[], ?::float8[], ?::text[], ?::int[])
                         AS t(site, comment, priority, reason, version)
                    ON CONFLICT (comment_id) DO NOTHING""")
                    .columns(held, "bigint", "bigint", "float8", "text", "int4").statement());
        }
        if (!rescored.isEmpty()) {
            jdbc.update(UnnestBatch.of("""
                    UPDATE review_items r SET priority = t.priority
                    FROM unnest(?::bigint[], ?::float8[]) AS t(comment, priority)
                    WHERE r.comment_id = t.comment AND r.state <> 'decided'""")
                    .columns(rescored, "bigint", "float8").statement());
        }
        jdbc.update(UnnestBatch.of("DELETE FROM outbox WHERE id = ANY(?)")
                .column("bigint", rows.stream().map(Row::outboxId).toArray(Long[]::new)).statement());
    }

    private List<String> strings(String jsonArray) {
        try {
            return List.of(json.readValue(jsonArray, String[].class));
        } catch (JsonProcessingException e) {
            return List.of();
        }
    }

    private String write(Object o) {
        try {
            return json.writeValueAsString(o);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
    }
}
