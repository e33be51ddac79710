package io.parley.api;

import io.parley.site.Role;
import io.parley.site.Site;
import io.parley.support.Api;
import io.parley.support.IntegrationTest;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A label filter the site has no label for (a typo, "Insult", a label of another model) was an empty 200 on the queue
 * and on Outcomes, read by a moderator's script as "nothing held for insults"; it is a 422 naming the site's labels,
 * as an unknown sort or status already was.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class ListFiltersTest extends IntegrationTest {

    Site site;
    Api mod;

    @BeforeAll
    void seed() {
        site = sites.create("list-filters", "Filters", "test");
        accounts.addUser("filters-mod", "moderator-pass-1", Role.MODERATOR, "list-filters", "test");
        queueHeldComments(site, 3, null);
        mod = new Api(port, Api.basic("filters-mod", "moderator-pass-1"));
    }

    @Test
    void anUnknownLabelIsRefusedNamingTheSitesLabels() {
        for (String path : new String[]{"/queue?label=Insult", "/queue?label=insults", "/outcomes?label=bogus",
                "/outcomes?label=bogus&band=0.5-1"}) {
            Api.Response r = mod.get("/api/v1/sites/list-filters" + path);
            assertThat(r.status()).as(path + " " + r.body()).isEqualTo(422);
            assertThat(r.json().get("fields").get(0).get("field").asText()).as(path).isEqualTo("label");
            assertThat(r.json().get("detail").asText()).as(path).contains("insult").contains("toxicity");
        }
    }

    /**
     * Was a 200 with every comment: a query parameter the endpoint does not have (a filter it does not take, a typo of
     * one) was ignored, so {@code /comments?article=x} or {@code ?stauts=held} read as "these are the ones".
     */
    @Test
    void anUnknownQueryParameterIsRefusedNamingTheOnesTheEndpointTakes() {
        String[][] cases = {{"/comments?article=nosuch", "article"}, {"/comments?stauts=held", "stauts"},
                {"/queue?after=5", "after"}, {"/articles?status=held&limit=5", "status"}};
        for (String[] c : cases) {
            String path = c[0];
            String name = c[1];
            Api.Response r = mod.get("/api/v1/sites/list-filters" + path);
            assertThat(r.status()).as(path + " " + r.body()).isEqualTo(400);
            assertThat(r.contentType()).startsWith("application/problem+json");
            assertThat(r.json().get("fields").get(0).get("field").asText()).as(path).isEqualTo(name);
            assertThat(r.json().get("detail").asText()).as(path).contains("unknown query parameter '" + name + "'")
                    .contains("this endpoint takes");
        }
        assertThat(mod.get("/api/v1/sites/list-filters/comments?status=held").json().get("items").size()).isEqualTo(3);
        assertThat(mod.get("/api/v1/sites/list-filters/comments?status=held&_=1733571234").status()).isEqualTo(200);
        assertThat(mod.get("/api/v1/sites/list-filters/comments?status=published").json().get("items").size()).isZero();
    }

    /**
     * An offset of -1 was refused as "limit: limit between 1 and 500, offset >= 0" (found by trial8); the detail then
     * left the name out (found by the new-user sweep).
     */
    @Test
    void anOutOfRangePageIsRefusedNamingTheParameterThatIsOut() {
        String[][] cases = {{"/queue?offset=-1", "offset"}, {"/outcomes?offset=-5", "offset"}, {"/queue?limit=0", "limit"},
                {"/outcomes?limit=501", "limit"}};
        for (String[] c : cases) {
            Api.Response r = mod.get("/api/v1/sites/list-filters" + c[0]);
            assertThat(r.status()).as(c[0] + " " + r.body()).isEqualTo(400);
            assertThat(r.json().get("fields").get(0).get("field").asText()).as(c[0]).isEqualTo(c[1]);
            assertThat(r.json().get("fields").size()).as(c[0]).isEqualTo(1);
            // was "must be between 1 and 500": the name was only in fields, unlike every other problem's detail
            assertThat(r.json().get("detail").asText()).as(c[0]).startsWith(c[1] + ": must be");
        }
        assertThat(mod.get("/api/v1/sites/list-filters/queue?offset=2&limit=1").json().size()).isEqualTo(1);
    }

    @Test
    void aKnownLabelStillFilters() {
        Api.Response held = mod.get("/api/v1/sites/list-filters/queue?label=insult");
        assertThat(held.status()).isEqualTo(200);
        assertThat(held.json().size()).isEqualTo(3);
        assertThat(mod.get("/api/v1/sites/list-filters/queue?label=threat").json().size()).isZero();
        assertThat(mod.get("/api/v1/sites/list-filters/outcomes?label=insult&band=0.5-1").status()).isEqualTo(200);
        // what the language and stance rules record as a reason's label still filters
        assertThat(mod.get("/api/v1/sites/list-filters/queue?label=ara").status()).isEqualTo(200);
        assertThat(mod.get("/api/v1/sites/list-filters/queue?label=article.unrelated").status()).isEqualTo(200);
    }

    /** Was an empty 200: from after to matches nothing, read by a script as "nothing decided in that week". */
    @Test
    void anOutcomesRangeGivenBackwardsIsA400NamingBothDates() {
        Api.Response r = mod.get("/api/v1/sites/list-filters/outcomes?from=2026-12-05&to=2026-12-01");
        assertThat(r.status()).as(r.body()).isEqualTo(400);
        assertThat(r.contentType()).startsWith("application/problem+json");
        assertThat(r.json().get("fields").get(0).get("field").asText()).isEqualTo("from");
        assertThat(r.json().get("detail").asText()).contains("from 2026-12-05").contains("to 2026-12-01");
        // one day (from = to) and an open end are still ranges
        assertThat(mod.get("/api/v1/sites/list-filters/outcomes?from=2026-12-01&to=2026-12-01").status()).isEqualTo(200);
        assertThat(mod.get("/api/v1/sites/list-filters/outcomes?from=2026-12-05").status()).isEqualTo(200);
    }

    /** Was an empty 200: comments carry a language as deu, so "de" matched nothing and read as "none held in German". */
    @Test
    void aTwoLetterLanguageCodeIsRefusedNamingTheThreeLetterOne() {
        for (String path : new String[]{"/queue?label=de", "/outcomes?label=de"}) {
            Api.Response r = mod.get("/api/v1/sites/list-filters" + path);
            assertThat(r.status()).as(path + " " + r.body()).isEqualTo(422);
            assertThat(r.json().get("detail").asText()).as(path).contains("deu for de");
        }
        assertThat(mod.get("/api/v1/sites/list-filters/queue?label=deu").status()).isEqualTo(200);
    }

    /**
     * Was the whole queue: the API had no stance filter, so the page's "?stance=article=disagree" sent to it answered every
     * open item; and a stance the model never gives matched nothing. Now the API filters by it and refuses what is none.
     */
    @Test
    void theApiFiltersByStanceAsThePageDoesAndRefusesAnUnknownOne() {
        for (String bad : new String[]{"zzz", "article=bogus", "tone=angry"}) {
            Api.Response r = mod.get("/api/v1/sites/list-filters/queue?stance=" + bad.replace("=", "%3D"));
            assertThat(r.status()).as(bad + " " + r.body()).isEqualTo(422);
            assertThat(r.json().get("fields").get(0).get("field").asText()).isEqualTo("stance");
        }
        // the held comments here carry no stance: a real stance filter finds none of them, unfiltered finds all three
        assertThat(mod.get("/api/v1/sites/list-filters/queue?stance=article%3Ddisagree").json().size()).isZero();
        assertThat(mod.get("/api/v1/sites/list-filters/queue").json().size()).isEqualTo(3);
    }
}
