package io.parley.cli;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.sun.net.httpserver.HttpServer;
import io.parley.LocalService;
import org.junit.jupiter.api.Test;

import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** What `sites add` and `users add` print when the running service refuses them: one message, no JSON. */
class RunningServiceTest {

    private static final ObjectMapper JSON = new ObjectMapper();

    /** Was "slug: lower-case … [{"message":"lower-case …","field":"slug"}]": the same message twice, once as JSON. */
    @Test
    void aRefusedFieldIsSaidOnceInWords() throws Exception {
        String body = "{\"status\":422,\"detail\":\"slug: lower-case letters\",\"fields\":[{\"message\":\"lower-case letters\","
                + "\"field\":\"slug\"}]}";
        assertThat(RunningService.message(JSON.readTree(body), body)).isEqualTo("slug: lower-case letters");
    }

    @Test
    void fieldsTheDetailDoesNotNameAreAddedInWords() throws Exception {
        String body = "{\"status\":422,\"detail\":\"some fields are invalid\",\"fields\":[{\"message\":\"at least 8 characters\","
                + "\"field\":\"password\"},{\"message\":\"1-64 letters\",\"field\":\"username\"}]}";
        assertThat(RunningService.message(JSON.readTree(body), body))
                .isEqualTo("some fields are invalid; password: at least 8 characters; username: 1-64 letters");
        assertThat(RunningService.message(JSON.createObjectNode(), "Bad Gateway")).isEqualTo("Bad Gateway");
    }

    /**
     * A refusal of the input (400, 422: a bad slug) is a usage error, exit 2, as everywhere else in the CLI; it was
     * exit 1. Other refusals (409: the site exists, 5xx) stay failures, exit 1.
     */
    @Test
    void aRefusedInputIsAUsageErrorAndAConflictIsAFailure() throws Exception {
        HttpServer server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
        server.createContext("/", x -> {
            boolean bad = x.getRequestURI().getPath().endsWith("/bad");
            byte[] body = (bad ? "{\"status\":422,\"detail\":\"slug: lower-case letters\"}"
                    : "{\"status\":409,\"detail\":\"site 'a' already exists\"}").getBytes(StandardCharsets.UTF_8);
            x.getResponseHeaders().add("Content-Type", "application/problem+json");
            x.sendResponseHeaders(bad ? 422 : 409, body.length);
            x.getResponseBody().write(body);
            x.close();
        });
        server.start();
        try {
            RunningService service = new RunningService(new LocalService.Endpoint(1, "http://127.0.0.1:"
                    + server.getAddress().getPort(), "token"));
            assertThatThrownBy(() -> service.post("/bad", Map.of("slug", "Bad Slug")))
                    .isInstanceOf(UsageProblem.class).hasMessageStartingWith("slug: lower-case letters (HTTP 422");
            assertThatThrownBy(() -> service.post("/taken", Map.of("slug", "a")))
                    .isNotInstanceOf(UsageProblem.class).hasMessageStartingWith("site 'a' already exists (HTTP 409");
        } finally {
            server.stop(0);
        }
    }
}
