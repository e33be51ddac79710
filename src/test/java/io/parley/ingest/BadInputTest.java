package io.parley.ingest;

import io.parley.site.Site;
import io.parley.support.Api;
import io.parley.support.IntegrationTest;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.List;
import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;

/** Every kind of bad input gets a 4xx problem+json naming the field, and leaves stored data as it was. */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class BadInputTest extends IntegrationTest {

    Site site;
    String key;

    @BeforeAll
    void seed() {
        site = sites.create("bad-input", "Bad input", "test");
        key = accounts.issueApiKey(site, "test", "test");
        Api api = new Api(port, Api.bearer(key));
        assertThat(api.postJson("/api/v1/sites/bad-input/articles", """
                {"externalId":"a1","title":"T","body":"text","comments":[{"externalId":"c1","text":"kept"}]}""").status())
                .isEqualTo(201);
    }

    static byte[] utf8(String s) {
        return s.getBytes(StandardCharsets.UTF_8);
    }

    static String comments(String json) {
        return "{\"comments\":[" + json + "]}";
    }

    static Stream<Arguments> cases() {
        String c = "/api/v1/sites/bad-input/articles/a1/comments";
        String a = "/api/v1/sites/bad-input/articles";
        byte[] badUtf8 = {'{', '"', 'c', 'o', 'm', 'm', 'e', 'n', 't', 's', '"', ':', '[', '{', '"', 't', 'e', 'x', 't', '"',
                ':', '"', (byte) 0xC3, (byte) 0x28, '"', '}', ']', '}'};
        byte[] huge = new byte[6 * 1024 * 1024];
        Arrays.fill(huge, (byte) 'a');
        return Stream.of(
                Arguments.of("malformed JSON", c, "application/json", utf8("{\"comments\": [ {"), 400, "body"),
                Arguments.of("unknown site", "/api/v1/sites/nope/articles/a1/comments", "application/json",
                        utf8(comments("{\"externalId\":\"x\",\"text\":\"t\"}")), 404, null),
                Arguments.of("unknown article", "/api/v1/sites/bad-input/articles/nope/comments", "application/json",
                        utf8(comments("{\"externalId\":\"x\",\"text\":\"t\"}")), 404, null),
                Arguments.of("oversize body", c, "application/json", huge, 413, "body"),
                Arguments.of("wrong content type", c, "text/csv", utf8("a,b"), 415, "Content-Type"),
                Arguments.of("missing externalId", c, "application/json", utf8(comments("{\"text\":\"t\"}")), 422,
                        "comments[0].externalId"),
                Arguments.of("missing text", c, "application/json", utf8(comments("{\"externalId\":\"x\"}")), 422,
                        "comments[0].text"),
                Arguments.of("blank text", c, "application/json", utf8(comments("{\"externalId\":\"x\",\"text\":\"  \"}")), 422,
                        "comments[0].text"),
                Arguments.of("quote without text", c, "application/json",
                        utf8(comments("{\"externalId\":\"x\",\"text\":\"t\",\"quotes\":[{}]}")), 422, "comments[0].quotes[0].text"),
                Arguments.of("quote text a number", c, "application/json",
                        utf8(comments("{\"externalId\":\"x\",\"text\":\"t\",\"quotes\":[{\"text\":1}]}")), 422,
                        "comments[0].quotes[0].text"),
                Arguments.of("quote of paragraph -1", c, "application/json",
                        utf8(comments("{\"externalId\":\"x\",\"text\":\"t\",\"quotes\":[{\"text\":\"q\",\"articleParagraph\":-1}]}")),
                        422, "comments[0].quotes[0].articleParagraph"),
                Arguments.of("quote of paragraph beyond int", c, "application/json",
                        utf8(comments("{\"externalId\":\"x\",\"text\":\"t\",\"quotes\":[{\"text\":\"q\",\"articleParagraph\":99999999999}]}")),
                        422, "comments[0].quotes[0].articleParagraph"),
                Arguments.of("quoted comment id a number", c, "application/json",
                        utf8(comments("{\"externalId\":\"x\",\"text\":\"t\",\"quotes\":[{\"text\":\"q\",\"commentId\":7}]}")),
                        422, "comments[0].quotes[0].commentId"),
                Arguments.of("article language no code", a, "application/json",
                        utf8("{\"externalId\":\"lang\",\"title\":\"T\",\"body\":\"b\",\"language\":\"klingon!!\"}"), 422, "language"),
                Arguments.of("article body and paragraphs", a, "application/json",
                        utf8("{\"externalId\":\"both\",\"title\":\"T\",\"body\":\"b\",\"paragraphs\":[\"p\"]}"), 422, "body"),
                Arguments.of("missing comments array", c, "application/json", utf8("{}"), 400, "comments"),
                Arguments.of("empty comments array", c, "application/json", utf8("{\"comments\":[]}"), 422, "comments"),
                Arguments.of("invalid UTF-8 JSON", c, "application/json", badUtf8, 400, "comments[0].text"),
                // (bytes that contradict their charset label are no longer refused: see api.PageInputSurfacesTest)
                Arguments.of("empty page", "/api/v1/sites/bad-input/pages", "text/html", new byte[0], 422, "body"),
                Arguments.of("empty text page", "/api/v1/sites/bad-input/pages", "text/plain", new byte[0], 422, "body"),
                Arguments.of("page url that gives no id", "/api/v1/sites/bad-input/pages?url=...", "text/plain",
                        utf8("Title\n\nA paragraph of the article."), 422, "url"),
                Arguments.of("page url of a NUL", "/api/v1/sites/bad-input/pages?url=%00", "text/plain",
                        utf8("Title\n\nA paragraph of the article."), 422, "url"),
                Arguments.of("parent that does not exist", c, "application/json",
                        utf8(comments("{\"externalId\":\"x\",\"parentId\":\"ghost\",\"text\":\"t\"}")), 422, "comments[0].parentId"),
                Arguments.of("reply cycle", c, "application/json",
                        utf8(comments("{\"externalId\":\"x\",\"parentId\":\"y\",\"text\":\"t\"},{\"externalId\":\"y\",\"parentId\":\"x\",\"text\":\"t\"}")),
                        422, null),
                Arguments.of("self parent", c, "application/json",
                        utf8(comments("{\"externalId\":\"x\",\"parentId\":\"x\",\"text\":\"t\"}")), 422, "comments[0].parentId"),
                Arguments.of("duplicate id in batch", c, "application/json",
                        utf8(comments("{\"externalId\":\"x\",\"text\":\"t\"},{\"externalId\":\"x\",\"text\":\"u\"}")), 422,
                        "comments[1].externalId"),
                Arguments.of("negative likes", c, "application/json",
                        utf8(comments("{\"externalId\":\"x\",\"text\":\"t\",\"likes\":-5}")), 422, "comments[0].likes"),
                Arguments.of("likes of wrong type", c, "application/json",
                        utf8(comments("{\"externalId\":\"x\",\"text\":\"t\",\"likes\":\"many\"}")), 400, "comments[0].likes"),
                Arguments.of("fractional likes", c, "application/json",
                        utf8(comments("{\"externalId\":\"x\",\"text\":\"t\",\"likes\":1.5}")), 400, "comments[0].likes"),
                Arguments.of("likes as a string of digits", c, "application/json",
                        utf8(comments("{\"externalId\":\"x\",\"text\":\"t\",\"likes\":\"5\"}")), 400, "comments[0].likes"),
                Arguments.of("likes beyond int", c, "application/json",
                        utf8(comments("{\"externalId\":\"x\",\"text\":\"t\",\"likes\":99999999999999}")), 400, "comments[0].likes"),
                Arguments.of("posted in year 3000", c, "application/json",
                        utf8(comments("{\"externalId\":\"x\",\"text\":\"t\",\"postedAt\":\"3000-01-01T00:00:00Z\"}")), 422,
                        "comments[0].postedAt"),
                Arguments.of("unparseable time", c, "application/json",
                        utf8(comments("{\"externalId\":\"x\",\"text\":\"t\",\"postedAt\":\"yesterday\"}")), 400, "comments[0].postedAt"),
                Arguments.of("text over 50,000 characters", c, "application/json",
                        utf8(comments("{\"externalId\":\"x\",\"text\":\"" + "w".repeat(50_001) + "\"}")), 422, "comments[0].text"),
                Arguments.of("NUL in text", c, "application/json",
                        utf8(comments("{\"externalId\":\"x\",\"text\":\"a\\u0000b\"}")), 422, "comments[0].text"),
                Arguments.of("lone surrogate in comment id", c, "application/json",
                        utf8(comments("{\"externalId\":\"x\\ud800\",\"text\":\"t\"}")), 422, "comments[0].externalId"),
                Arguments.of("lone surrogate in text", c, "application/json",
                        utf8(comments("{\"externalId\":\"x\",\"text\":\"a\\udc00b\"}")), 422, "comments[0].text"),
                Arguments.of("reversed surrogate pair in author", c, "application/json",
                        utf8(comments("{\"externalId\":\"x\",\"author\":\"\\udc00\\ud800\",\"text\":\"t\"}")), 422,
                        "comments[0].author"),
                Arguments.of("lone surrogate in quote text", c, "application/json",
                        utf8(comments("{\"externalId\":\"x\",\"text\":\"t\",\"quotes\":[{\"text\":\"q\\ud800\"}]}")), 422,
                        "comments[0].quotes[0]"),
                Arguments.of("lone surrogate in article id", a, "application/json",
                        utf8("{\"externalId\":\"a\\ud800\",\"title\":\"t\"}"), 422, "externalId"),
                Arguments.of("lone surrogate in article title", a, "application/json",
                        utf8("{\"externalId\":\"a2\",\"title\":\"t\\ud800\"}"), 422, "title"),
                Arguments.of("lone surrogate in article body", a, "application/json",
                        utf8("{\"externalId\":\"a2\",\"body\":\"b\\udfff\"}"), 422, "body"),
                Arguments.of("slash in article id", a, "application/json", utf8("{\"externalId\":\"a/b\",\"title\":\"t\"}"), 422,
                        "externalId"),
                Arguments.of("backslash in article id", a, "application/json", utf8("{\"externalId\":\"a\\\\b\"}"), 422,
                        "externalId"),
                Arguments.of("article id '..'", a, "application/json", utf8("{\"externalId\":\"..\"}"), 422, "externalId"),
                Arguments.of("article id '.'", a, "application/json", utf8("{\"externalId\":\".\"}"), 422, "externalId"),
                Arguments.of("slash in the id of a page", "/api/v1/sites/bad-input/pages?externalId=a%2Fb", "text/plain",
                        utf8("Title\n\nA paragraph."), 422, "externalId"),
                Arguments.of("semicolon in comment id", c, "application/json",
                        utf8(comments("{\"externalId\":\"x;1\",\"text\":\"t\"}")), 422, "comments[0].externalId"),
                Arguments.of("percent in comment id", c, "application/json",
                        utf8(comments("{\"externalId\":\"100%\",\"text\":\"t\"}")), 422, "comments[0].externalId"),
                Arguments.of("line separator in comment id", c, "application/json",
                        utf8(comments("{\"externalId\":\"x\\u2028y\",\"text\":\"t\"}")), 422, "comments[0].externalId"),
                Arguments.of("slash in an article id with comments", a, "application/json",
                        utf8("{\"externalId\":\"n/1\",\"comments\":[{\"externalId\":\"n1\",\"text\":\"t\"}]}"), 422,
                        "externalId"),
                Arguments.of("id of 201 characters", c, "application/json",
                        utf8(comments("{\"externalId\":\"" + "i".repeat(201) + "\",\"text\":\"t\"}")), 422, "comments[0].externalId"),
                Arguments.of("comments not an array", c, "application/json", utf8("{\"comments\":{\"a\":1}}"), 400, "comments"),
                Arguments.of("article without externalId", a, "application/json", utf8("{\"title\":\"x\"}"), 422, "externalId"),
                Arguments.of("article JSON array", a, "application/json", utf8("[1,2]"), 400, "body"),
                Arguments.of("bad page format", "/api/v1/sites/bad-input/pages?format=pdf", "text/plain", utf8("hello"), 400,
                        "format"),
                Arguments.of("bad status filter", "/api/v1/sites/bad-input/comments?status=gone", null, null, 400, "status"),
                Arguments.of("bad limit", "/api/v1/sites/bad-input/comments?limit=100000", null, null, 400, "limit"),
                Arguments.of("limit not a number", "/api/v1/sites/bad-input/comments?limit=ten", null, null, 400, "limit"));
    }

    @ParameterizedTest(name = "{0} -> {4}")
    @MethodSource("cases")
    void badInputIsA4xxProblemAndChangesNothing(String name, String path, String type, byte[] body, int status, String field) {
        int before = count();
        int articlesBefore = articles();
        Api api = new Api(port, Api.bearer(key));
        Api.Response r = body == null ? api.get(path) : api.post(path, type, body);
        assertThat(r.status()).as(name + ": " + r.body()).isEqualTo(status);
        assertThat(r.contentType()).as(name).startsWith("application/problem+json");
        assertThat(r.json().get("status").asInt()).isEqualTo(status);
        assertThat(r.json().get("detail").asText()).isNotBlank();
        if (field != null) {
            assertThat(r.json().get("fields").get(0).get("field").asText()).as(name).isEqualTo(field);
        }
        assertThat(count()).as("stored comments unchanged").isEqualTo(before);
        assertThat(articles()).as("stored articles unchanged").isEqualTo(articlesBefore);
        assertThat(jdbc.queryForObject("SELECT text FROM comments WHERE external_id = 'c1' AND site_id = ?", String.class,
                site.id())).isEqualTo("kept");
    }

    /** A parameter of the wrong type says what it takes and what was sent (it was "limit: not a valid value"). */
    @org.junit.jupiter.api.Test
    void aParameterOfTheWrongTypeSaysWhatItTakes() {
        Api.Response r = new Api(port, Api.bearer(key)).get("/api/v1/sites/bad-input/comments?limit=ten");
        assertThat(r.status()).isEqualTo(400);
        assertThat(r.json().get("detail").asText()).isEqualTo("limit: a whole number, not 'ten'");
        assertThat(r.json().get("fields").get(0).get("message").asText()).isEqualTo("a whole number, not 'ten'");
        // "field" first in every start (Map.of's order is salted per JVM)
        assertThat(r.body()).contains("\"fields\":[{\"field\":\"limit\",\"message\":");
    }

    /**
     * The 413 is written by a filter before any controller: it had no {@code instance}, which every other problem
     * carries, and went out as {@code application/problem+json;charset=ISO-8859-1} (trial11). By Content-Length and
     * for a chunked body (counted while read) alike.
     */
    @org.junit.jupiter.api.Test
    void anOversizeBodyIsA413ProblemWithItsInstance() throws Exception {
        var http = java.net.http.HttpClient.newHttpClient();
        String path = "/api/v1/sites/bad-input/articles/a1/comments";
        // valid JSON as far as it goes: a parser reads on to the limit instead of failing at the first byte
        byte[] huge = new byte[6 * 1024 * 1024];
        java.util.Arrays.fill(huge, (byte) 'x');
        byte[] head = "{\"comments\":[{\"externalId\":\"big\",\"text\":\"".getBytes(StandardCharsets.UTF_8);
        System.arraycopy(head, 0, huge, 0, head.length);
        int before = count();
        var sized = java.net.http.HttpRequest.newBuilder(java.net.URI.create("http://127.0.0.1:" + port + path))
                .header("Authorization", "Bearer " + key).header("Content-Type", "application/json")
                .POST(java.net.http.HttpRequest.BodyPublishers.ofByteArray(huge)).build();
        var chunked = java.net.http.HttpRequest.newBuilder(java.net.URI.create("http://127.0.0.1:" + port + path))
                .header("Authorization", "Bearer " + key).header("Content-Type", "application/json")
                .POST(java.net.http.HttpRequest.BodyPublishers.ofInputStream(() -> new java.io.ByteArrayInputStream(huge)))
                .build();
        for (var req : List.of(sized, chunked)) {
            var r = http.send(req, java.net.http.HttpResponse.BodyHandlers.ofString());
            assertThat(r.statusCode()).as(r.body()).isEqualTo(413);
            assertThat(r.headers().firstValue("Content-Type").orElse("")).isEqualTo("application/problem+json");
            var json = new com.fasterxml.jackson.databind.ObjectMapper().readTree(r.body());
            assertThat(json.get("instance").asText()).isEqualTo(path);
            assertThat(json.get("detail").asText()).startsWith("the body is larger than ");
            assertThat(json.get("fields").get(0).get("field").asText()).isEqualTo("body");
            assertThat(r.body()).contains("\"fields\":[{\"field\":\"body\",\"message\":");
        }
        assertThat(count()).isEqualTo(before);
    }

    /**
     * A body without a Content-Type was refused as "Content-Type 'null' is not supported.", one with a charset nobody
     * knows as "Could not parse Content-Type.", neither saying what to send nor naming the header in {@code fields}
     * as every other refusal does (found by trial8).
     */
    @org.junit.jupiter.api.Test
    void aBodyOfAnUnreadTypeIsRefusedSayingWhatToSend() throws Exception {
        var http = java.net.http.HttpClient.newHttpClient();
        String page = "http://127.0.0.1:" + port + "/api/v1/sites/bad-input/pages?externalId=typed";
        var none = http.send(java.net.http.HttpRequest.newBuilder(java.net.URI.create(page)).header("Authorization", "Bearer " + key)
                .POST(java.net.http.HttpRequest.BodyPublishers.ofString("Title\n\nA paragraph.")).build(),
                java.net.http.HttpResponse.BodyHandlers.ofString());
        var badCharset = http.send(java.net.http.HttpRequest.newBuilder(java.net.URI.create(page)).header("Authorization", "Bearer " + key)
                .header("Content-Type", "text/plain; charset=bogus-42")
                .POST(java.net.http.HttpRequest.BodyPublishers.ofString("Title\n\nA paragraph.")).build(),
                java.net.http.HttpResponse.BodyHandlers.ofString());
        for (var r : List.of(none, badCharset)) {
            assertThat(r.statusCode()).as(r.body()).isEqualTo(415);
            assertThat(r.headers().firstValue("Content-Type").orElse("")).startsWith("application/problem+json");
            var json = new com.fasterxml.jackson.databind.ObjectMapper().readTree(r.body());
            assertThat(json.get("fields").get(0).get("field").asText()).isEqualTo("Content-Type");
            assertThat(json.get("detail").asText()).contains("send ").contains("text/html").contains("text/plain")
                    .doesNotContain("'null'");
        }
        assertThat(new com.fasterxml.jackson.databind.ObjectMapper().readTree(none.body()).get("detail").asText())
                .startsWith("no Content-Type header");
        assertThat(new com.fasterxml.jackson.databind.ObjectMapper().readTree(badCharset.body()).get("detail").asText())
                .contains("bogus-42");
        assertThat(jdbc.queryForObject("SELECT count(*) FROM articles WHERE site_id = ? AND external_id = 'typed'",
                Integer.class, site.id())).isZero();
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("credentials")
    void credentialsAreRequiredAndChecked(String name, String authorization, int status) {
        Api.Response r = new Api(port, authorization).postJson("/api/v1/sites/bad-input/articles/a1/comments",
                comments("{\"externalId\":\"z\",\"text\":\"t\"}"));
        assertThat(r.status()).isEqualTo(status);
        assertThat(r.contentType()).startsWith("application/problem+json");
        // as every problem the controllers give: these refusals of the security filters had no instance (trial8)
        assertThat(r.json().path("instance").asText()).isEqualTo("/api/v1/sites/bad-input/articles/a1/comments");
    }

    Stream<Arguments> credentials() {
        return Stream.of(Arguments.of("no credentials", null, 401),
                Arguments.of("unknown key", "Bearer pk_nothing_here", 401),
                Arguments.of("garbage bearer", "Bearer \u00e9\u00e9", 401),
                Arguments.of("wrong basic password", Api.basic("nobody", "wrong"), 401));
    }

    private int articles() {
        return jdbc.queryForObject("SELECT count(*) FROM articles WHERE site_id = ?", Integer.class, site.id());
    }

    private int count() {
        return jdbc.queryForObject("SELECT count(*) FROM comments WHERE site_id = ?", Integer.class, site.id());
    }
}
