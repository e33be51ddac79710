package io.parley.api;

import io.parley.site.Role;
import io.parley.site.Site;
import io.parley.support.Api;
import io.parley.support.IntegrationTest;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Every endpoint of a site, called with no credentials, with another site's credentials, with a role
 * too weak for it, and with a role that may: 401, 404 (the site is hidden), 403, and success.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class AccessMatrixTest extends IntegrationTest {

    String machineA;
    String machineB;

    record Endpoint(String method, String path, String body, String needs) {
        @Override
        public String toString() {
            return method + " " + path;
        }
    }

    static final String PAGE = "text/plain";

    static List<Endpoint> endpoints() {
        // every label: a PUT that leaves one out is a 422 (trial7)
        String settings = "{\"thresholds\":{\"toxicity\":{\"hold\":0.5,\"reject\":0.9},\"severe_toxicity\":{\"hold\":0.5,\"reject\":0.9},\"insult\":{\"hold\":0.5,\"reject\":0.9},\"threat\":{\"hold\":0.5,\"reject\":0.9},\"obscene\":{\"hold\":0.5,\"reject\":0.9},\"identity_attack\":{\"hold\":0.5,\"reject\":0.9}},\"stanceActions\":{},\"targets\":[],"
                + "\"holdFirstComments\":false,\"unsupportedLanguageAction\":\"hold\",\"queueOrder\":\"score\"}";
        return List.of(
                new Endpoint("POST", "/articles", "{\"externalId\":\"m-%s\",\"title\":\"t\",\"body\":\"b\"}", "INGEST"),
                new Endpoint("POST", "/articles/a1/comments", "{\"comments\":[{\"externalId\":\"x-%s\",\"text\":\"hi\"}]}", "INGEST"),
                new Endpoint("GET", "/articles", null, "READ"),
                new Endpoint("GET", "/articles/a1", null, "READ"),
                new Endpoint("GET", "/articles/a1/thread", null, "READ"),
                new Endpoint("GET", "/comments", null, "READ"),
                new Endpoint("GET", "/comments/c1", null, "READ"),
                new Endpoint("GET", "/queue", null, "MODERATE"),
                new Endpoint("POST", "/queue/claim?count=1", null, "MODERATE"),
                new Endpoint("POST", "/queue/renew", null, "MODERATE"),
                new Endpoint("POST", "/queue/release", null, "MODERATE"),
                new Endpoint("GET", "/decisions", null, "MODERATE"),
                new Endpoint("GET", "/settings", null, "MODERATE"),
                new Endpoint("GET", "/authors/name:reader", null, "MODERATE"),
                new Endpoint("PUT", "/authors/id:acc-x/trust", null, "CONFIGURE"),
                new Endpoint("PUT", "/authors/id:acc-y/suspension", "{\"action\":\"hold\"}", "CONFIGURE"),
                new Endpoint("DELETE", "/authors/id:acc-y/suspension", null, "CONFIGURE"),
                new Endpoint("PUT", "/settings", settings, "CONFIGURE"),
                new Endpoint("GET", "/settings/history", null, "CONFIGURE"),
                new Endpoint("POST", "/settings/preview", settings, "CONFIGURE"),
                new Endpoint("GET", "/stats", null, "CONFIGURE"),
                new Endpoint("GET", "/audit", null, "CONFIGURE"),
                new Endpoint("GET", "/api-keys", null, "CONFIGURE"),
                new Endpoint("POST", "/api-keys", "{\"label\":\"x\"}", "CONFIGURE"),
                new Endpoint("GET", "/users", null, "CONFIGURE"),
                new Endpoint("POST", "/users", "{\"username\":\"u-%s\",\"password\":\"long-enough-1\",\"role\":\"moderator\"}", "CONFIGURE"));
    }

    static final java.util.Map<String, Set<String>> ALLOWED = java.util.Map.of(
            "machine", Set.of("INGEST", "READ"),
            "moderator", Set.of("READ", "MODERATE"),
            "owner", Set.of("INGEST", "READ", "MODERATE", "CONFIGURE"),
            "admin", Set.of("INGEST", "READ", "MODERATE", "CONFIGURE"));

    @BeforeAll
    void sites() {
        Site a = sites.create("acc-a", "A", "test");
        Site b = sites.create("acc-b", "B", "test");
        machineA = accounts.issueApiKey(a, "a", "test");
        machineB = accounts.issueApiKey(b, "b", "test");
        accounts.addUser("mod-a", "password-a1", Role.MODERATOR, "acc-a", "test");
        accounts.addUser("owner-a", "password-a2", Role.OWNER, "acc-a", "test");
        accounts.addUser("owner-b", "password-b2", Role.OWNER, "acc-b", "test");
        accounts.addUser("root-admin", "password-r1", Role.ADMIN, null, "test");
        Api api = new Api(port, Api.bearer(machineA));
        api.postJson("/api/v1/sites/acc-a/articles",
                "{\"externalId\":\"a1\",\"title\":\"t\",\"body\":\"b\",\"comments\":[{\"externalId\":\"c1\",\"text\":\"hello\"}]}");
    }

    String credential(String who) {
        return switch (who) {
            case "machine" -> Api.bearer(machineA);
            case "moderator" -> Api.basic("mod-a", "password-a1");
            case "owner" -> Api.basic("owner-a", "password-a2");
            case "admin" -> Api.basic("root-admin", "password-r1");
            default -> throw new IllegalArgumentException(who);
        };
    }

    Stream<Arguments> matrix() {
        List<Arguments> cases = new ArrayList<>();
        int n = 0;
        for (Endpoint e : endpoints()) {
            cases.add(Arguments.of(e, "none", 401));
            cases.add(Arguments.of(e, "other site's key", 404));
            cases.add(Arguments.of(e, "other site's owner", 404));
            for (String who : List.of("machine", "moderator", "owner", "admin")) {
                cases.add(Arguments.of(e, who, ALLOWED.get(who).contains(e.needs()) ? 200 : 403));
            }
        }
        return cases.stream();
    }

    private int unique;

    @ParameterizedTest(name = "{0} as {1} -> {2}")
    @MethodSource("matrix")
    void everyEndpointChecksTheCallerForThisSite(Endpoint e, String who, int expected) {
        String auth = switch (who) {
            case "none" -> null;
            case "other site's key" -> Api.bearer(machineB);
            case "other site's owner" -> Api.basic("owner-b", "password-b2");
            default -> credential(who);
        };
        String body = e.body() == null ? null : e.body().replace("%s", who.replace(' ', '-') + (unique++));
        Api.Response r = new Api(port, auth).call(e.method(), "/api/v1/sites/acc-a" + e.path(), "application/json", body);
        if (expected == 200) {
            assertThat(r.status()).as(r.body()).isBetween(200, 299);
        } else {
            assertThat(r.status()).as(r.body()).isEqualTo(expected);
            assertThat(r.contentType()).startsWith("application/problem+json");
        }
    }
}
