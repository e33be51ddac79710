package io.parley.api;

import io.parley.site.Role;
import io.parley.site.Site;
import io.parley.support.Api;
import io.parley.support.IntegrationTest;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import java.io.ByteArrayInputStream;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Requests of a hostile or careless client that got a 500, a misleading answer, or stored what they should not
 * (found by sweeping every endpoint against a running service): each is now a 4xx problem naming what is wrong.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class HostileClientTest extends IntegrationTest {

    Site site;
    Api machine;
    Api moderator;

    @BeforeAll
    void seed() {
        site = sites.create("hostile", "Hostile", "test");
        accounts.addUser("hostile-mod", "moderator-pass-1", Role.MODERATOR, "hostile", "test");
        machine = new Api(port, Api.bearer(accounts.issueApiKey(site, "test", "test")));
        moderator = new Api(port, Api.basic("hostile-mod", "moderator-pass-1"));
    }

    private static void assertProblem(Api.Response r, int status, String field) {
        assertThat(r.status()).as(r.body()).isEqualTo(status);
        assertThat(r.contentType()).startsWith("application/problem+json");
        if (field != null) {
            assertThat(r.json().get("fields").get(0).get("field").asText()).as(r.body()).isEqualTo(field);
        }
    }

    /** Was a 500: LocalDate reads year 999,999,999, which PostgreSQL's timestamp cannot hold (and `to` + 1 day overflows). */
    @ParameterizedTest
    @ValueSource(strings = {"from", "to"})
    void anOutcomesDateBeyondWhatTheDatabaseHoldsIsA422NamingIt(String field) {
        assertProblem(moderator.get("/api/v1/sites/hostile/outcomes?" + field + "=%2B999999999-12-31"), 422, field);
        assertProblem(moderator.get("/api/v1/sites/hostile/outcomes?" + field + "=-0001-01-01"), 422, field);
        assertThat(moderator.get("/api/v1/sites/hostile/outcomes?" + field + "=9999-12-31").status()).isEqualTo(200);
    }

    /** Was a 200 with an empty list: NaN passed the range check because every comparison with it is false. */
    @ParameterizedTest
    @ValueSource(strings = {"NaN-1", "0-NaN", "NaN-NaN"})
    void aScoreBandWithNaNIsA422(String band) {
        assertProblem(moderator.get("/api/v1/sites/hostile/outcomes?band=" + band), 422, "band");
    }

    /** Was a 200: {"insult": "NaN"} was recorded as the moderator's correction and exported as training data. */
    @Test
    void aNaNLabelCorrectionIsRefusedAndNothingIsDecided() {
        long item = queueHeldComments(site, 1, "hostile-mod").get(0);
        Api.Response r = moderator.postJson("/api/v1/sites/hostile/queue/" + item + "/decision",
                "{\"action\":\"reject\",\"labelCorrections\":{\"insult\":\"NaN\"}}");
        assertProblem(r, 422, "labelCorrections.insult");
        assertThat(jdbc.queryForObject("SELECT count(*) FROM decisions WHERE review_item_id = ?", Integer.class, item))
                .isZero();
        assertThat(jdbc.queryForObject("SELECT state FROM review_items WHERE id = ?", String.class, item)).isEqualTo("open");
    }

    /**
     * Was a 400 "the body is not valid JSON": without a Content-Length the limit shows only while Jackson reads, and
     * its failure was answered before the limit filter could say 413.
     */
    @Test
    void anOversizedChunkedBodyIsA413() throws Exception {
        byte[] big = ("{\"text\":\"hi\",\"parentText\":\"" + "a".repeat(6 * 1024 * 1024) + "\"}")
                .getBytes(StandardCharsets.UTF_8);
        HttpResponse<String> r = HttpClient.newHttpClient().send(HttpRequest.newBuilder(
                        URI.create("http://127.0.0.1:" + port + "/api/v1/classify"))
                .header("Authorization", Api.bearer(accounts.issueApiKey(site, "chunked", "test")))
                .header("Content-Type", "application/json")
                // an input stream has no known length: the client sends it chunked
                .POST(HttpRequest.BodyPublishers.ofInputStream(() -> new ByteArrayInputStream(big))).build(),
                HttpResponse.BodyHandlers.ofString());
        assertThat(r.statusCode()).as(r.body()).isEqualTo(413);
        assertThat(r.headers().firstValue("Content-Type").orElse("")).startsWith("application/problem+json");
        assertThat(r.body()).contains("larger than");
    }

    /**
     * Was a 200 "duplicates: 1" for a comment that is under another article (ids are unique per site), and a reply to
     * it in the same batch was threaded onto the other article's comment.
     */
    @Test
    void aCommentIdStoredUnderAnotherArticleIsA422AndTheBatchIsNotStored() {
        for (String a : new String[]{"first", "second"}) {
            assertThat(machine.postJson("/api/v1/sites/hostile/articles",
                    "{\"externalId\":\"" + a + "\",\"title\":\"T\",\"body\":\"Text.\"}").status()).isEqualTo(201);
        }
        assertThat(machine.postJson("/api/v1/sites/hostile/articles/first/comments",
                "{\"comments\":[{\"externalId\":\"x1\",\"text\":\"on the first\"}]}").status()).isEqualTo(201);

        Api.Response r = machine.postJson("/api/v1/sites/hostile/articles/second/comments", "{\"comments\":["
                + "{\"externalId\":\"x2\",\"text\":\"new\"},{\"externalId\":\"x1\",\"text\":\"same id\"},"
                + "{\"externalId\":\"x3\",\"parentId\":\"x1\",\"text\":\"a reply\"}]}");
        assertProblem(r, 422, "comments[1].externalId");
        assertThat(r.json().get("detail").asText()).contains("'first'");
        assertThat(jdbc.queryForObject("SELECT count(*) FROM comments c JOIN articles a ON a.id = c.article_id"
                + " WHERE a.site_id = ? AND a.external_id = 'second'", Integer.class, site.id())).isZero();

        // the retry of the original batch to its own article is still idempotent
        Api.Response retry = machine.postJson("/api/v1/sites/hostile/articles/first/comments",
                "{\"comments\":[{\"externalId\":\"x1\",\"text\":\"on the first\"}]}");
        assertThat(retry.status()).as(retry.body()).isEqualTo(200);
        assertThat(retry.json().get("duplicates").asInt()).isEqualTo(1);
    }

    /** Was "credentials required: ...", which sent a caller with a mistyped password looking for a missing header. */
    @Test
    void aWrongPasswordIsNamedAsSuch() {
        Api.Response r = moderator.as(Api.basic("hostile-mod", "not-the-password")).get("/api/v1/sites/hostile/queue");
        assertThat(r.status()).isEqualTo(401);
        assertThat(r.json().get("detail").asText()).isEqualTo("wrong username or password");
        Api.Response none = moderator.as(null).get("/api/v1/sites/hostile/queue");
        assertThat(none.status()).isEqualTo(401);
        assertThat(none.json().get("detail").asText()).startsWith("credentials required");
    }
}
