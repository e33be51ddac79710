package io.parley.cli;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.parley.LocalService;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.Map;
import java.util.Optional;

/**
 * The service that holds the embedded database right now, reached through its API with the local admin
 * token it left in the data directory: an embedded database opens in one process only, so while the service
 * runs, the CLI's admin commands ask it instead of opening the database themselves.
 */
final class RunningService {

    private static final ObjectMapper JSON = new ObjectMapper();
    private final LocalService.Endpoint endpoint;
    private final HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();

    RunningService(LocalService.Endpoint endpoint) {
        this.endpoint = endpoint;
    }

    /** The service to go through, when the configured embedded database is held by one. */
    static Optional<RunningService> find() {
        return LocalService.embeddedDir().filter(LocalService::locked).flatMap(LocalService::running)
                .map(RunningService::new);
    }

    String describe() {
        return "the running service (pid " + endpoint.pid() + ", " + endpoint.url() + ")";
    }

    JsonNode get(String path) {
        return send(HttpRequest.newBuilder(URI.create(endpoint.url() + path)).GET());
    }

    JsonNode post(String path, Map<String, ?> body) {
        try {
            return send(HttpRequest.newBuilder(URI.create(endpoint.url() + path))
                    .header("Content-Type", "application/json")
                    .POST(HttpRequest.BodyPublishers.ofString(JSON.writeValueAsString(body))));
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
    }

    /**
     * The problem's detail, then each field it does not already say, as "field: message": the raw fields list was
     * appended as JSON, so one refused slug printed its message twice, once inside JSON.
     */
    static String message(JsonNode problem, String raw) {
        String detail = problem.path("detail").asText(raw);
        StringBuilder out = new StringBuilder(detail);
        for (JsonNode f : problem.path("fields")) {
            String said = f.path("field").asText() + ": " + f.path("message").asText();
            if (!detail.contains(said)) {
                out.append("; ").append(said);
            }
        }
        return out.toString();
    }

    private JsonNode send(HttpRequest.Builder request) {
        try {
            HttpResponse<String> r = http.send(request.header("Authorization", "Bearer " + endpoint.token())
                    .timeout(Duration.ofSeconds(30)).build(), HttpResponse.BodyHandlers.ofString());
            JsonNode body = r.body().isBlank() ? JSON.createObjectNode() : JSON.readTree(r.body());
            if (r.statusCode() == 400 || r.statusCode() == 422) {
                // the input is at fault (a bad slug, a short password): a usage error, exit 2, as without the service
                throw new UsageProblem(message(body, r.body()) + " (HTTP " + r.statusCode() + " from " + describe() + ")");
            }
            if (r.statusCode() >= 400) {
                throw new IllegalStateException(message(body, r.body()) + " (HTTP " + r.statusCode() + " from "
                        + describe() + ")");
            }
            return body;
        } catch (IOException e) {
            throw new IllegalStateException("cannot reach " + describe() + ": " + e.getMessage(), e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted", e);
        }
    }
}
