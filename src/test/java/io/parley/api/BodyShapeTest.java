package io.parley.api;

import io.parley.site.Site;
import io.parley.support.Api;
import io.parley.support.IntegrationTest;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Bodies of the wrong shape (trial9): a number too large for its field ("likes": 99999999999) was "wrong type or
 * value" where -5 named the range, and a list or string where one object is read was "the body is not valid JSON of
 * the expected shape". Each now says what was wrong; nothing is stored.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class BodyShapeTest extends IntegrationTest {

    Site site;
    Api api;

    @BeforeAll
    void seed() {
        site = sites.find("body-shape").orElseGet(() -> sites.create("body-shape", "Body shape", "test"));
        api = new Api(port, Api.bearer(accounts.issueApiKey(site, "test", "test")));
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', value = {
            "{\"externalId\": \"a1\", \"title\": \"T\", \"body\": \"b\", \"comments\": [{\"externalId\": \"c1\", \"text\": \"hi\", \"likes\": 99999999999}]}"
                    + " | comments[0].likes | comments[0].likes: a number out of range: this field takes a whole number from -2147483648 to 2147483647",
            "[] | body | body: must be one JSON object ({…}), not a list",
            "[{\"externalId\": \"a1\"}] | body | body: must be one JSON object ({…}), not a list",
            "\"article\" | body | body: must be one JSON object ({…}), not a string",
            "42 | body | body: must be one JSON object ({…}), not a number"})
    void aBodyOfTheWrongShapeSaysWhatWasWrong(String body, String field, String detail) {
        Api.Response r = api.postJson("/api/v1/sites/body-shape/articles", body);
        assertThat(r.status()).as(r.body()).isEqualTo(400);
        assertThat(r.json().get("detail").asText()).isEqualTo(detail);
        assertThat(r.json().get("fields").get(0).get("field").asText()).isEqualTo(field);
        assertThat(jdbc.queryForObject("SELECT count(*) FROM articles WHERE site_id = ?", Integer.class, site.id())).isZero();
    }
}
