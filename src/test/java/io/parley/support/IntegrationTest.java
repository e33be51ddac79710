package io.parley.support;

import io.parley.ingest.IngestService;
import io.parley.site.Accounts;
import io.parley.site.SiteDirectory;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

/**
 * Base for tests that run the whole service on real PostgreSQL (never a stand-in): see TestDatabase.
 * Almost every such test makes a site, a person or a page and then looks at the database, so those
 * handles live here once instead of in each test class.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
        // one database per test JVM, where Spring may keep several contexts alive: only webhook tests deliver, so a
        // cached context with other webhook settings never takes (and fails) their events
        properties = {"parley.demo.enabled=false", "parley.pipeline.poll-millis=50", "parley.webhooks.deliver=false"})
public abstract class IntegrationTest {

    @LocalServerPort
    protected int port;
    @Autowired
    protected SiteDirectory sites;
    @Autowired
    protected Accounts accounts;
    @Autowired
    protected IngestService ingest;
    @Autowired
    protected JdbcTemplate jdbc;

    /**
     * Puts {@code n} held comments of one new article straight into the site's review queue (no pipeline), claimed
     * by {@code claimedBy} for an hour when it is not null; returns the review item ids in order.
     */
    protected java.util.List<Long> queueHeldComments(io.parley.site.Site site, int n, String claimedBy) {
        long article = jdbc.queryForObject("INSERT INTO articles (site_id, external_id, title) VALUES (?, 'a', 'A') RETURNING id",
                Long.class, site.id());
        jdbc.update("""
                INSERT INTO comments (site_id, article_id, external_id, author, text, position, status)
                SELECT ?, ?, 'c' || g, 'author', 'comment ' || g, g, 'held' FROM generate_series(1, ?) g""", site.id(), article, n);
        jdbc.update("""
                INSERT INTO review_items (site_id, comment_id, priority, reason, settings_version, claimed_by, claim_token, lease_until)
                SELECT site_id, id, 0.5, '[{"rule":"label","label":"insult","action":"hold"}]', 1, ?::text,
                       CASE WHEN ?::text IS NULL THEN NULL ELSE gen_random_uuid() END,
                       CASE WHEN ?::text IS NULL THEN NULL ELSE now() + interval '1 hour' END
                FROM comments WHERE site_id = ? ORDER BY id""", claimedBy, claimedBy, claimedBy, site.id());
        return jdbc.queryForList("SELECT id FROM review_items WHERE site_id = ? ORDER BY id", Long.class, site.id());
    }

    /** Waits (up to 120 s) until {@code sql}, a count with the site's id as its one parameter, reads 0: the pipeline's work done. */
    protected void awaitNone(io.parley.site.Site site, String sql) throws InterruptedException {
        awaitNone(site, sql, 120);
    }

    /** As {@link #awaitNone(io.parley.site.Site, String)}, for fixtures that need longer on a busy machine. */
    protected void awaitNone(io.parley.site.Site site, String sql, int seconds) throws InterruptedException {
        long deadline = System.currentTimeMillis() + seconds * 1000L;
        while (System.currentTimeMillis() < deadline) {
            if (jdbc.queryForObject(sql, Integer.class, site.id()) == 0) {
                return;
            }
            Thread.sleep(100);
        }
        throw new AssertionError("not done within " + seconds + " s: " + sql);
    }

    @DynamicPropertySource
    static void database(DynamicPropertyRegistry registry) {
        registry.add("spring.datasource.url", TestDatabase::url);
    }
}
