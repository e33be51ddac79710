package io.parley.api;

import io.parley.site.Role;
import io.parley.site.Site;
import io.parley.support.Api;
import io.parley.support.IntegrationTest;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import static org.assertj.core.api.Assertions.assertThat;

/** A bad entry anywhere in a bulk decision is a 422 naming its index, and no entry is written (all or nothing). */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class BulkDecisionInputTest extends IntegrationTest {

    Site site;
    long first;
    long second;

    @BeforeAll
    void seed() {
        site = sites.create("bulk-input", "Bulk", "test");
        accounts.addUser("bulk-mod", "moderator-pass-1", Role.MODERATOR, "bulk-input", "test");
        long article = jdbc.queryForObject("INSERT INTO articles (site_id, external_id, title) VALUES (?, 'a', 'A') RETURNING id",
                Long.class, site.id());
        jdbc.update("""
                INSERT INTO comments (site_id, article_id, external_id, author, text, position, status)
                SELECT ?, ?, 'c' || g, 'author', 'comment ' || g, g, 'held' FROM generate_series(1, 2) g""", site.id(), article);
        jdbc.update("""
                INSERT INTO review_items (site_id, comment_id, priority, reason, settings_version, claimed_by, claim_token, lease_until)
                SELECT site_id, id, 0.5, '[{"rule":"label","label":"insult","action":"hold"}]', 1,
                       'bulk-mod', gen_random_uuid(), now() + interval '1 hour'
                FROM comments WHERE site_id = ? ORDER BY id""", site.id());
        first = jdbc.queryForObject("SELECT min(id) FROM review_items WHERE site_id = ?", Long.class, site.id());
        second = jdbc.queryForObject("SELECT max(id) FROM review_items WHERE site_id = ?", Long.class, site.id());
    }

    @ParameterizedTest(name = "{0} -> {1}")
    @CsvSource(delimiter = '|', value = {
            "[null] | decisions[0]",
            "[{first}, null] | decisions[1]",
            "[null, {first}] | decisions[0]",
            "[{first}, {\"itemId\":{second},\"action\":\"nuke\"}] | decisions[1].action",
            "[{first}, {\"itemId\":{second},\"action\":\"reject\",\"labelCorrections\":{\"insult\":2}}] | decisions[1].labelCorrections.insult"})
    void isRefusedNamingTheEntryAndNothingIsDecided(String decisions, String field) {
        String valid = "{\"itemId\":" + first + ",\"action\":\"approve\"}";
        String body = "{\"decisions\":" + decisions.replace("{first}", valid).replace("{second}", Long.toString(second)) + "}";
        Api.Response r = new Api(port, Api.basic("bulk-mod", "moderator-pass-1"))
                .postJson("/api/v1/sites/bulk-input/decisions", body);
        assertThat(r.status()).as(r.body()).isEqualTo(422);
        assertThat(r.contentType()).startsWith("application/problem+json");
        assertThat(r.json().get("fields").get(0).get("field").asText()).isEqualTo(field);
        assertThat(jdbc.queryForObject("SELECT count(*) FROM decisions WHERE site_id = ?", Integer.class, site.id())).isZero();
        assertThat(jdbc.queryForObject("SELECT count(*) FROM review_items WHERE site_id = ? AND state = 'open'"
                + " AND claimed_by = 'bulk-mod'", Integer.class, site.id())).isEqualTo(2);
    }
}
