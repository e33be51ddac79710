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
    Api owner;

    @BeforeAll
    void seed() {
        site = sites.create("hostile", "Hostile", "test");
        accounts.addUser("hostile-mod", "moderator-pass-1", Role.MODERATOR, "hostile", "test");
        accounts.addUser("hostile-owner", "owner-pass-1", Role.OWNER, "hostile", "test");
        owner = new Api(port, Api.basic("hostile-owner", "owner-pass-1"));
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

    /** Was a 200 scoring the text "5": Jackson turned a number, a boolean into text where a string is expected. */
    @ParameterizedTest
    @ValueSource(strings = {"5", "1.5", "true"})
    void aScalarWhereTextIsExpectedIsA400NamingTheField(String value) {
        Api.Response r = machine.postJson("/api/v1/classify", "{\"text\": " + value + "}");
        assertProblem(r, 400, "text");
        assertThat(r.json().get("fields").get(0).get("message").asText()).isEqualTo("must be a string");
        assertProblem(machine.postJson("/api/v1/classify", "{\"text\": {\"a\": 1}}"), 400, "text");
        assertProblem(machine.postJson("/api/v1/classify", "{\"text\": \"fine\", \"targets\": [" + value + "]}"),
                400, "targets[0]");
    }

    /** Were a 200: the second object, or the first "text", was silently dropped. */
    @Test
    void trailingValuesAndDuplicateFieldsAreA400() {
        Api.Response trailing = machine.postJson("/api/v1/classify", "{\"text\": \"a\"} {\"text\": \"b\"}");
        assertProblem(trailing, 400, "body");
        assertThat(trailing.json().get("detail").asText()).contains("more than one JSON value");
        Api.Response twice = machine.postJson("/api/v1/classify", "{\"text\": \"a\", \"text\": \"b\"}");
        assertProblem(twice, 400, "body");
        assertThat(twice.json().get("detail").asText()).contains("duplicate field 'text'");
    }

    /** The same through ingest: {"author": 5} had been stored as the author "5"; a number where one belongs still is. */
    @Test
    void aNumberForAnAuthorIsA400AndNothingIsStored() {
        assertThat(machine.postJson("/api/v1/sites/hostile/articles",
                "{\"externalId\":\"typed\",\"title\":\"T\",\"body\":\"Text.\"}").status()).isEqualTo(201);
        Api.Response r = machine.postJson("/api/v1/sites/hostile/articles/typed/comments",
                "{\"comments\":[{\"externalId\":\"t1\",\"author\":5,\"likes\":3,\"text\":\"hello\"}]}");
        assertProblem(r, 400, "comments[0].author");
        assertThat(jdbc.queryForObject("SELECT count(*) FROM comments WHERE site_id = ? AND external_id = 't1'",
                Integer.class, site.id())).isZero();
        Api.Response ok = machine.postJson("/api/v1/sites/hostile/articles/typed/comments",
                "{\"comments\":[{\"externalId\":\"t1\",\"author\":\"5\",\"likes\":3,\"text\":\"hello\"}]}");
        assertThat(ok.status()).as(ok.body()).isEqualTo(201);
    }

    /** Was a 422 that had stored the article anyway: its comments were refused after the article was committed. */
    @Test
    void anArticleWhoseCommentsAreRefusedIsNotStoredEither() {
        Api.Response r = machine.postJson("/api/v1/sites/hostile/articles", "{\"externalId\":\"half\",\"title\":\"T\","
                + "\"body\":\"Text.\",\"comments\":[{\"externalId\":\"h1\",\"text\":\"fine\"},{\"externalId\":\"h2\",\"text\":\" \"}]}");
        assertProblem(r, 422, "comments[1].text");
        assertThat(jdbc.queryForObject("SELECT count(*) FROM articles WHERE site_id = ? AND external_id = 'half'",
                Integer.class, site.id())).isZero();
        Api.Response retry = machine.postJson("/api/v1/sites/hostile/articles", "{\"externalId\":\"half\",\"title\":\"T\","
                + "\"body\":\"Text.\",\"comments\":[{\"externalId\":\"h1\",\"text\":\"fine\"},{\"externalId\":\"h2\",\"text\":\"also\"}]}");
        assertThat(retry.status()).as(retry.body()).isEqualTo(201);
        assertThat(retry.json().get("article").get("created").asBoolean()).isTrue();
        assertThat(retry.json().get("comments").get("created").asInt()).isEqualTo(2);
    }

    /** Was a 200: any string was taken as the article's language, which a short comment is then scored in. */
    @ParameterizedTest
    @ValueSource(strings = {"zz-!!", "english please", "e", "en-GB-aaaaaaaaaaaaaaaaaaaaaaaaaaaaaaa"})
    void anArticleLanguageThatIsNoLanguageTagIsA400(String language) {
        assertProblem(machine.postJson("/api/v1/classify", "{\"text\": \"hi\", \"articleLanguage\": \"" + language
                + "\"}"), 400, "articleLanguage");
        assertProblem(machine.postJson("/api/v1/classify", "{\"text\": \"hi\", \"articleLanguage\": \""
                + "x".repeat(500) + "\"}"), 400, "articleLanguage");
    }

    /** Was a 200 {"revoked": false}: a mistyped prefix read as if the key were already gone. */
    @Test
    void revokingAnUnknownApiKeyIsA404AndAKnownOneIsRevokedOnce() {
        Api.Response none = owner.delete("/api/v1/sites/hostile/api-keys/no-such-key");
        assertProblem(none, 404, null);
        assertThat(none.json().get("detail").asText()).contains("no-such-key");
        String key = owner.postJson("/api/v1/sites/hostile/api-keys", "{\"label\": \"to revoke\"}").json()
                .get("apiKey").asText();
        String prefix = key.split("_")[1];
        assertThat(owner.delete("/api/v1/sites/hostile/api-keys/" + prefix).json().get("revoked").asBoolean()).isTrue();
        Api.Response again = owner.delete("/api/v1/sites/hostile/api-keys/" + prefix);
        assertThat(again.status()).isEqualTo(200);
        assertThat(again.json().get("revoked").asBoolean()).isFalse();
        // another site's key is not this site's
        Site other = sites.create("hostile-other", "Other", "test");
        String otherPrefix = accounts.issueApiKey(other, "x", "test").split("_")[1];
        assertProblem(owner.delete("/api/v1/sites/hostile/api-keys/" + otherPrefix), 404, null);
    }

    /** Was a 422 "no such reason" for a code the site never had, and the same 422 for a retried DELETE. */
    @Test
    void retiringAnUnknownReasonIsA404AndARetriedRetireIsAnIdempotent200() {
        Api.Response none = owner.delete("/api/v1/sites/hostile/reasons/no-such-reason");
        assertProblem(none, 404, null);
        assertThat(none.json().get("detail").asText()).contains("no-such-reason");
        assertThat(owner.postJson("/api/v1/sites/hostile/reasons", "{\"label\": \"Off the record\"}").status())
                .isEqualTo(200);
        Api.Response first = owner.delete("/api/v1/sites/hostile/reasons/off-the-record");
        assertThat(first.status()).isEqualTo(200);
        assertThat(first.json().get("changed").asBoolean()).isTrue();
        Api.Response again = owner.delete("/api/v1/sites/hostile/reasons/off-the-record");
        assertThat(again.status()).isEqualTo(200);
        assertThat(again.json().get("changed").asBoolean()).isFalse();
        assertThat(owner.get("/api/v1/sites/hostile/reasons").json().toString()).doesNotContain("off-the-record");
    }

    /** Was a 200 {"revoked": false} for a user who does not exist; one who merely lacks the role still gets that. */
    @Test
    void takingARoleFromAnUnknownUserIsA404() {
        assertProblem(owner.delete("/api/v1/sites/hostile/users/no-such-user/roles/moderator"), 404, null);
        Api.Response lacks = owner.delete("/api/v1/sites/hostile/users/hostile-owner/roles/moderator");
        assertThat(lacks.status()).isEqualTo(200);
        assertThat(lacks.json().get("revoked").asBoolean()).isFalse();
    }

    /** Was a 201: a site named by 5,000 characters (and a 500 for a NUL in it) (the admin form stops at 200), shown in every page's header. */
    @Test
    void anOverLongOrNulSiteNameIsA422AndNoSiteIsMade() {
        accounts.addUser("hostile-admin", "admin-pass-12", Role.ADMIN, null, "test");
        Api admin = new Api(port, Api.basic("hostile-admin", "admin-pass-12"));
        Api.Response r = admin.postJson("/api/v1/sites", "{\"slug\": \"long-name\", \"name\": \"" + "n".repeat(5000) + "\"}");
        assertProblem(r, 422, "name");
        assertThat(jdbc.queryForObject("SELECT count(*) FROM sites WHERE slug = 'long-name'", Integer.class)).isZero();
        // was a 500: PostgreSQL refuses a NUL in text
        assertProblem(admin.postJson("/api/v1/sites", "{\"slug\": \"nul-name\", \"name\": \"a\\u0000b\"}"), 422, "name");
        assertThat(admin.postJson("/api/v1/sites", "{\"slug\": \"long-name\", \"name\": \"" + "n".repeat(200) + "\"}")
                .status()).isEqualTo(201);
    }

    /** Was "body: the body is not valid JSON of the expected shape" for no body at all. */
    @Test
    void anEmptySettingsBodyIsNamedAsEmpty() {
        Api.Response r = owner.call("PUT", "/api/v1/sites/hostile/settings", "application/json", "");
        assertProblem(r, 400, "body");
        assertThat(r.json().get("detail").asText()).contains("empty");
        // "{}": was "holdFirstComments: wrong type or value" for a field that was simply left out
        Api.Response none = owner.call("PUT", "/api/v1/sites/hostile/settings", "application/json", "{}");
        assertProblem(none, 400, "holdFirstComments");
        assertThat(none.json().get("detail").asText()).isEqualTo("holdFirstComments: is required (true or false)");
    }

    /** Were "body: the body is not valid JSON of the expected shape": Map.copyOf refused the null without a name. */
    @Test
    void aNullThresholdOrTargetInSettingsIsA422NamingIt() throws Exception {
        int versions = owner.get("/api/v1/sites/hostile/settings/history").json().size();
        com.fasterxml.jackson.databind.node.ObjectNode settings = (com.fasterxml.jackson.databind.node.ObjectNode)
                owner.get("/api/v1/sites/hostile/settings").json().get("settings");
        String label = settings.get("thresholds").fieldNames().next();
        ((com.fasterxml.jackson.databind.node.ObjectNode) settings.get("thresholds")).putNull(label);
        assertProblem(owner.call("PUT", "/api/v1/sites/hostile/settings", "application/json", settings.toString()), 422,
                "thresholds." + label);
        settings = (com.fasterxml.jackson.databind.node.ObjectNode) owner.get("/api/v1/sites/hostile/settings").json().get("settings");
        settings.putArray("targets").addNull();
        assertProblem(owner.call("PUT", "/api/v1/sites/hostile/settings", "application/json", settings.toString()), 422,
                "targets[0]");
        assertThat(owner.get("/api/v1/sites/hostile/settings/history").json().size()).isEqualTo(versions);
    }

    /** Was a 500: the author key is indexed, and a key of many kilobytes failed the insert in the database. */
    @Test
    void suspendingAnOverLongAuthorIsA422() {
        // letters that do not compress: PostgreSQL compresses index entries, so "aaa…" would fit
        StringBuilder id = new StringBuilder();
        java.util.Random random = new java.util.Random(7);
        while (id.length() < 5000) {
            id.append((char) ('a' + random.nextInt(26)));
        }
        Api.Response r = owner.call("PUT", "/api/v1/sites/hostile/authors/id:" + id + "/suspension",
                "application/json", "{\"action\": \"hold\"}");
        assertProblem(r, 422, "author");
        assertThat(jdbc.queryForObject("SELECT count(*) FROM author_suspensions WHERE site_id = ?", Integer.class,
                site.id())).isZero();
        Api.Response ok = owner.call("PUT", "/api/v1/sites/hostile/authors/id:" + "a".repeat(200) + "/suspension",
                "application/json", "{\"action\": \"hold\"}");
        assertThat(ok.status()).as(ok.body()).isEqualTo(200);
    }
}
