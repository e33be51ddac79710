package io.parley.faults;

import io.parley.site.Site;
import io.parley.support.Api;
import io.parley.support.IntegrationTest;
import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

/** A write the database refuses for lack of resources is a 503 with Retry-After, and nothing half-stored. */
class DiskFullTest extends IntegrationTest {

    @Test
    void diskFullOnWriteIs503AndTheRetrySucceedsOnceThereIsRoom() {
        Site site = sites.create("disk-full", "Disk", "test");
        Api api = new Api(port, Api.bearer(accounts.issueApiKey(site, "d", "test")));
        assertThat(api.postJson("/api/v1/sites/disk-full/articles", Map.of("externalId", "a", "title", "t", "body", "b"))
                .status()).isEqualTo(201);
        // PostgreSQL raises SQLSTATE 53100 when it cannot extend a file; a trigger makes it do so here.
        jdbc.execute("""
                CREATE OR REPLACE FUNCTION parley_test_disk_full() RETURNS trigger LANGUAGE plpgsql AS $$
                BEGIN RAISE EXCEPTION 'could not extend file: No space left on device' USING ERRCODE = 'disk_full'; END $$""");
        jdbc.execute("CREATE TRIGGER parley_test_disk_full BEFORE INSERT ON comments FOR EACH ROW WHEN (NEW.site_id = "
                + site.id() + ") EXECUTE FUNCTION parley_test_disk_full()");
        Map<String, Object> batch = Map.of("comments", List.of(Map.of("externalId", "c1", "text", "hello"),
                Map.of("externalId", "c2", "parentId", "c1", "text", "reply")));
        try {
            Api.Response full = api.postJson("/api/v1/sites/disk-full/articles/a/comments", batch);
            assertThat(full.status()).isEqualTo(503);
            assertThat(full.contentType()).startsWith("application/problem+json");
            assertThat(full.raw().headers().firstValue("Retry-After")).isPresent();
            assertThat(jdbc.queryForObject("SELECT count(*) FROM comments WHERE site_id = ?", Integer.class, site.id())).isZero();
        } finally {
            jdbc.execute("DROP TRIGGER parley_test_disk_full ON comments");
        }
        Api.Response retry = api.postJson("/api/v1/sites/disk-full/articles/a/comments", batch);
        assertThat(retry.status()).isEqualTo(201);
        assertThat(jdbc.queryForObject("SELECT count(*) FROM comments WHERE site_id = ?", Integer.class, site.id())).isEqualTo(2);
    }
}
