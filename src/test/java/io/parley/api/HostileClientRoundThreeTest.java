package io.parley.api;

import io.parley.site.Site;
import io.parley.support.Api;
import io.parley.support.IntegrationTest;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The third hostile-client sweep against a running service: requests that were taken in a way the client did not
 * mean, or refused without naming why. Each is a 4xx problem naming the field and the rule, and nothing is stored.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class HostileClientRoundThreeTest extends IntegrationTest {

    Site site;
    Api machine;

    @BeforeAll
    void seed() {
        site = sites.create("hostile3", "Hostile 3", "test");
        machine = new Api(port, Api.bearer(accounts.issueApiKey(site, "test", "test")));
        assertThat(machine.postJson("/api/v1/sites/hostile3/articles",
                "{\"externalId\":\"times\",\"title\":\"T\",\"body\":\"Text.\"}").status()).isEqualTo(201);
    }

    private static void assertProblem(Api.Response r, int status, String field) {
        assertThat(r.status()).as(r.body()).isEqualTo(status);
        assertThat(r.contentType()).startsWith("application/problem+json");
        assertThat(r.json().get("fields").get(0).get("field").asText()).as(r.body()).isEqualTo(field);
    }

    private int stored(String table, String externalId) {
        return jdbc.queryForObject("SELECT count(*) FROM " + table + " WHERE site_id = ? AND external_id = ?",
                Integer.class, site.id(), externalId);
    }

    /**
     * Was a 201: Jackson read a JSON number, or a string of digits, as seconds since 1970 (1641837600 stored as
     * 2022-01-10T18:00Z), while fetchedAt=1641837600 on /pages and /extract was refused as no ISO-8601 time.
     */
    @ParameterizedTest
    @ValueSource(strings = {"1641837600", "\"1641837600\"", "1641837600.5", "\"1641837600.5\"", "1641837600000"})
    void aNumberForATimeIsA400NamingTheFieldAndNothingIsStored(String time) {
        Api.Response article = machine.postJson("/api/v1/sites/hostile3/articles",
                "{\"externalId\":\"epoch\",\"title\":\"T\",\"body\":\"Text.\",\"published\":" + time + "}");
        assertProblem(article, 400, "published");
        assertThat(article.json().get("detail").asText()).contains("ISO-8601");
        assertThat(stored("articles", "epoch")).isZero();

        Api.Response comment = machine.postJson("/api/v1/sites/hostile3/articles/times/comments",
                "{\"comments\":[{\"externalId\":\"ok-1\",\"text\":\"fine\"},"
                        + "{\"externalId\":\"epoch-1\",\"text\":\"hello\",\"postedAt\":" + time + "}]}");
        assertProblem(comment, 400, "comments[1].postedAt");
        assertThat(stored("comments", "ok-1") + stored("comments", "epoch-1")).isZero();
    }

    /**
     * Was "…; a number is not read as one" for every bad time, an empty string and a date without its time included: the
     * message says what was sent instead, and still says so for a number.
     */
    @Test
    void aBadTimeIsRefusedSayingWhatWasWrongWithIt() {
        String[][] cases = {{"\"\"", "it was an empty string"}, {"\"  \"", "it was only whitespace"},
                {"\"2022-01-10\"", "\"2022-01-10\" is not one"}, {"\"yesterday\"", "\"yesterday\" is not one"},
                {"true", "true is not one"}, {"1641837600", "a number is not read as one"},
                {"\"1641837600\"", "a number is not read as one, also as a string"}};
        for (String[] c : cases) {
            Api.Response r = machine.postJson("/api/v1/sites/hostile3/articles",
                    "{\"externalId\":\"bad-time\",\"title\":\"T\",\"body\":\"Text.\",\"published\":" + c[0] + "}");
            assertProblem(r, 400, "published");
            assertThat(r.json().get("detail").asText()).as(c[0]).contains("must be an ISO-8601 time").endsWith(c[1]);
            if (!c[1].contains("number")) {
                assertThat(r.json().get("detail").asText()).as(c[0]).doesNotContain("number");
            }
        }
        assertThat(stored("articles", "bad-time")).isZero();
    }

    /** The same times as ISO-8601 strings are read as before (an offset other than Z included). */
    @Test
    void anIsoTimeIsStillRead() {
        Api.Response r = machine.postJson("/api/v1/sites/hostile3/articles/times/comments",
                "{\"comments\":[{\"externalId\":\"iso-1\",\"text\":\"hello\",\"postedAt\":\"2022-01-10T19:00:00+01:00\"}]}");
        assertThat(r.status()).as(r.body()).isEqualTo(201);
        assertThat(jdbc.queryForObject("SELECT posted_at = '2022-01-10T18:00:00Z'::timestamptz FROM comments"
                + " WHERE site_id = ? AND external_id = 'iso-1'", Boolean.class, site.id())).isTrue();
    }

    /**
     * Was "body: the body is not valid JSON of the expected shape": the body is valid JSON, past one of Jackson's
     * reading limits, and the client was left to look for a syntax error that is not there.
     */
    @Test
    void jsonNestedPastJacksonsDepthNamesTheLimit() {
        Api.Response r = machine.postJson("/api/v1/classify",
                "{\"text\":\"hi\",\"x\":" + "[".repeat(1500) + "]".repeat(1500) + "}");
        assertProblem(r, 400, "body");
        assertThat(r.json().get("detail").asText()).contains("more than 1000 levels deep");
    }

    @Test
    void aNumberOfTwoThousandDigitsNamesTheLimitAndNothingIsStored() {
        Api.Response r = machine.postJson("/api/v1/classify", "{\"text\":\"hi\",\"x\":" + "1".repeat(2000) + "}");
        assertProblem(r, 400, "body");
        assertThat(r.json().get("detail").asText()).contains("more than 1000 digits");

        Api.Response likes = machine.postJson("/api/v1/sites/hostile3/articles/times/comments",
                "{\"comments\":[{\"externalId\":\"big-1\",\"text\":\"hi\",\"likes\":" + "9".repeat(2000) + "}]}");
        assertThat(likes.status()).as(likes.body()).isEqualTo(400);
        assertThat(likes.json().get("fields").get(0).get("field").asText()).startsWith("comments[0]");
        assertThat(likes.json().get("detail").asText()).contains("more than 1000 digits");
        assertThat(stored("comments", "big-1")).isZero();
    }

    private Api.Response postBytes(String path, byte[] body, String type) {
        return machine.post(path, type, body);
    }

    /**
     * Was a 201 storing "a/b": Jackson decodes the overlong "C0 AF" as "/" (and "E0 80 80" as NUL, which then was
     * called "a NUL character", "ED A0 80" an "unpaired surrogate"). A body is stored as sent or refused.
     */
    @ParameterizedTest
    @ValueSource(strings = {"C0AF", "C1BF", "E080AF", "F08080AF", "F4908080", "EDA080", "EDA0BDEDB880", "C080"})
    void aSequenceThatIsNoUtf8IsA400AtItsByteAndNothingIsStored(String hex) {
        byte[] bad = java.util.HexFormat.of().parseHex(hex);
        byte[] head = "{\"comments\":[{\"externalId\":\"lax-1\",\"text\":\"a".getBytes(java.nio.charset.StandardCharsets.UTF_8);
        byte[] tail = "b\"}]}".getBytes(java.nio.charset.StandardCharsets.UTF_8);
        byte[] body = new byte[head.length + bad.length + tail.length];
        System.arraycopy(head, 0, body, 0, head.length);
        System.arraycopy(bad, 0, body, head.length, bad.length);
        System.arraycopy(tail, 0, body, head.length + bad.length, tail.length);
        Api.Response r = postBytes("/api/v1/sites/hostile3/articles/times/comments", body, "application/json");
        assertProblem(r, 400, "body");
        assertThat(r.json().get("detail").asText()).contains("not valid UTF-8 at byte " + head.length);
        assertThat(stored("comments", "lax-1")).isZero();
    }

    /** Unchanged: a Latin-1 byte in a UTF-8 body is named by its field; UTF-16 JSON and a UTF-8 BOM are read. */
    @Test
    void otherCharsetsAreAsBefore() {
        byte[] latin1 = "{\"comments\":[{\"externalId\":\"l1\",\"text\":\"caf\u00e9\"}]}"
                .getBytes(java.nio.charset.StandardCharsets.ISO_8859_1);
        assertProblem(postBytes("/api/v1/sites/hostile3/articles/times/comments", latin1, "application/json"), 400,
                "comments[0].text");
        byte[] utf16 = "{\"comments\":[{\"externalId\":\"u16\",\"text\":\"caf\u00e9 \u00c0 \uc0af \ud83d\ude00\"}]}"
                .getBytes(java.nio.charset.StandardCharsets.UTF_16LE);
        Api.Response r = postBytes("/api/v1/sites/hostile3/articles/times/comments", utf16, "application/json");
        assertThat(r.status()).as(r.body()).isEqualTo(201);
        assertThat(jdbc.queryForObject("SELECT text FROM comments WHERE site_id = ? AND external_id = 'u16'", String.class,
                site.id())).isEqualTo("caf\u00e9 \u00c0 \uc0af \ud83d\ude00");
        byte[] utf16be = "{\"comments\":[{\"externalId\":\"u16be\",\"text\":\"\u00c0\"}]}"
                .getBytes(java.nio.charset.StandardCharsets.UTF_16BE);
        assertThat(postBytes("/api/v1/sites/hostile3/articles/times/comments", utf16be, "application/json").status())
                .isEqualTo(201);
        byte[] bom = "\ufeff{\"comments\":[{\"externalId\":\"bom\",\"text\":\"\u00e9\"}]}"
                .getBytes(java.nio.charset.StandardCharsets.UTF_8);
        assertThat(postBytes("/api/v1/sites/hostile3/articles/times/comments", bom, "application/json; charset=utf-8")
                .status()).isEqualTo(201);
    }

    /**
     * Was a 201 making a second account: "Hostile3-Mod" beside "hostile3-mod", with its own password, where the owner
     * meant to grant the existing moderator a role; the audit and decisions then showed two people who read as one.
     */
    @Test
    void aUserNameDifferingOnlyInCaseFromAnExistingOneIsA422() {
        accounts.addUser("hostile3-mod", "moderator-pass-1", io.parley.site.Role.MODERATOR, "hostile3", "test");
        accounts.addUser("hostile3-owner", "owner-pass-1", io.parley.site.Role.OWNER, "hostile3", "test");
        Api owner = new Api(port, Api.basic("hostile3-owner", "owner-pass-1"));
        Api.Response r = owner.postJson("/api/v1/sites/hostile3/users",
                "{\"username\":\"Hostile3-Mod\",\"password\":\"another-pass-1\",\"role\":\"owner\"}");
        assertProblem(r, 422, "username");
        assertThat(r.json().get("detail").asText()).contains("'hostile3-mod' already exists");
        assertThat(jdbc.queryForObject("SELECT count(*) FROM users WHERE lower(username) = 'hostile3-mod'", Integer.class))
                .isEqualTo(1);
        Api.Response grant = owner.postJson("/api/v1/sites/hostile3/users",
                "{\"username\":\"hostile3-mod\",\"role\":\"owner\"}");
        assertThat(grant.status()).as(grant.body()).isIn(200, 201);
    }
}
