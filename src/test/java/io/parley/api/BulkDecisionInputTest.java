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
        java.util.List<Long> items = queueHeldComments(site, 2, "bulk-mod");
        first = items.get(0);
        second = items.get(1);
    }

    @ParameterizedTest(name = "{0} -> {1}")
    @CsvSource(delimiter = '|', value = {
            "[null] | decisions[0]",
            "[{first}, null] | decisions[1]",
            "[null, {first}] | decisions[0]",
            "[{first}, {\"itemId\":{second},\"action\":\"nuke\"}] | decisions[1].action",
            "[{first}, {\"itemId\":{second},\"action\":\"reject\",\"labelCorrections\":{\"insult\":2}}] | decisions[1].labelCorrections.insult",
            // was a 409 "this item was already decided" though the batch rolled back and nothing was decided
            "[{first}, {\"itemId\":{firstId},\"action\":\"reject\"}] | decisions[1].itemId"})
    void isRefusedNamingTheEntryAndNothingIsDecided(String decisions, String field) {
        String valid = "{\"itemId\":" + first + ",\"action\":\"approve\"}";
        String body = "{\"decisions\":" + decisions.replace("{first}", valid).replace("{second}", Long.toString(second))
                .replace("{firstId}", Long.toString(first)) + "}";
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
