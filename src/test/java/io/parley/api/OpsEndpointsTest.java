package io.parley.api;

import io.parley.site.Role;
import io.parley.support.Api;
import io.parley.support.IntegrationTest;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class OpsEndpointsTest extends IntegrationTest {

    @Test
    void healthIsOpenEverythingElseNeedsCredentials() {
        Api anonymous = new Api(port, null);
        assertThat(anonymous.get("/actuator/health").status()).isEqualTo(200);
        assertThat(anonymous.get("/actuator/prometheus").status()).isEqualTo(401);
        assertThat(anonymous.get("/v3/api-docs").status()).isEqualTo(401);
    }

    @Test
    void openApiDocumentListsEveryEndpointAndMetricsAreExposed() {
        accounts.addUser("ops-admin", "ops-password-1", Role.ADMIN, null, "test");
        Api admin = new Api(port, Api.basic("ops-admin", "ops-password-1"));
        Api.Response docs = admin.get("/v3/api-docs");
        assertThat(docs.status()).isEqualTo(200);
        assertThat(docs.json().get("paths").toString()).contains("/api/v1/sites/{site}/pages",
                "/api/v1/sites/{site}/articles/{article}/comments", "/api/v1/sites/{site}/articles/{article}/thread",
                "/api/v1/sites/{site}/queue/claim", "/api/v1/sites/{site}/queue/{item}/decision",
                "/api/v1/sites/{site}/settings/preview", "/api/v1/classify", "/api/v1/extract");
        // Spring Boot tests switch metric exporters (Prometheus) off; the metrics endpoint shows the meters.
        Api.Response metrics = admin.get("/actuator/metrics");
        assertThat(metrics.status()).isEqualTo(200);
        assertThat(metrics.body()).contains("jvm.memory.used", "hikaricp.connections", "http.server.requests");
        // requests are timed once (above), not again by every Security filter (application.yml: it cost CPU per request)
        assertThat(metrics.body()).doesNotContain("spring.security.filterchains");
    }

    /** Was "No static resource api/v1/sites/x/authors.": Spring's words for a file, not the caller's mistake. */
    @Test
    void aMistypedApiPathIsAProblemSayingSoNotAStaticResource() {
        accounts.addUser("ops-admin2", "ops-password-1", Role.ADMIN, null, "test");
        Api admin = new Api(port, Api.basic("ops-admin2", "ops-password-1"));
        for (String path : new String[]{"/api/v1/nosuch", "/api/v1/sites/x/authors/"}) {
            Api.Response r = admin.get(path);
            assertThat(r.status()).as(path).isEqualTo(404);
            assertThat(r.contentType()).as(path).startsWith("application/problem+json");
            assertThat(r.json().get("detail").asText()).as(path).contains("no such endpoint").doesNotContain("static resource");
        }
    }

    /**
     * The document described the pages' script endpoints (/sites/{site}/queue/bulk, /queue/open, …: page session and
     * CSRF token, no API) beside the API, said 200 where ingest answers 201 for anything new, and named no error
     * answer at all, while every operation refuses bad input with a 4xx problem+json (found by trial8).
     */
    @Test
    void openApiDocumentDescribesTheApiAsItAnswers() {
        accounts.addUser("ops-admin3", "ops-password-1", Role.ADMIN, null, "test");
        Api admin = new Api(port, Api.basic("ops-admin3", "ops-password-1"));
        com.fasterxml.jackson.databind.JsonNode paths = admin.get("/v3/api-docs").json().get("paths");
        paths.fieldNames().forEachRemaining(p -> assertThat(p).startsWith("/api/v1/"));
        for (String p : new String[]{"/api/v1/sites/{site}/pages", "/api/v1/sites/{site}/articles",
                "/api/v1/sites/{site}/articles/{article}/comments"}) {
            assertThat(paths.get(p).get("post").get("responses").has("201")).as(p).isTrue();
            assertThat(paths.get(p).get("post").get("responses").has("200")).as(p).isTrue();
        }
        paths.fields().forEachRemaining(path -> path.getValue().fields().forEachRemaining(op -> {
            com.fasterxml.jackson.databind.JsonNode refused = op.getValue().path("responses").path("4XX");
            assertThat(refused.path("content").has("application/problem+json")).as(op.getKey() + " " + path.getKey()).isTrue();
        }));
        // and the document's claim holds: a bad request to one of them is such a problem
        Api.Response bad = admin.get("/api/v1/sites/nosuch/comments?limit=0");
        assertThat(bad.contentType()).startsWith("application/problem+json");
    }
}
