package io.parley.web;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.parley.site.Role;
import io.parley.site.Site;
import io.parley.support.IntegrationTest;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;

import java.net.URI;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The pages' scripts (fetch with X-Requested-With, htmx with HX-Request) get their refusals as problem+json, as the
 * REST API answers: with {@code type} and {@code instance}, and the {@code detail} the scripts show. They were bare
 * {@code application/json} without either (found by trial8).
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class ScriptProblemsTest extends IntegrationTest {

    private final ObjectMapper json = new ObjectMapper();
    Site site;
    List<Long> items;

    @BeforeAll
    void seed() {
        WebFixtures f = new WebFixtures(sites, accounts, ingest, jdbc);
        site = f.site("script-problems", "Script problems");
        f.user("script-mod", Role.MODERATOR, "script-problems");
        items = queueHeldComments(site, 2, null);
    }

    private static HttpRequest.Builder decide(long item, String token, String header) {
        return HttpRequest.newBuilder(URI.create("http://x/sites/script-problems/queue/" + item + "/decision"))
                .header("Content-Type", "application/x-www-form-urlencoded").header(header, "true")
                .POST(HttpRequest.BodyPublishers.ofString("action=approve&_csrf=" + token));
    }

    private JsonNode problem(HttpResponse<String> r, int status, String path) throws Exception {
        assertThat(r.statusCode()).isEqualTo(status);
        assertThat(r.headers().firstValue("Content-Type").orElse("")).startsWith("application/problem+json");
        JsonNode p = json.readTree(r.body());
        assertThat(p.path("type").asText()).isNotEmpty();
        assertThat(p.path("instance").asText()).isEqualTo(path);
        assertThat(p.path("status").asInt()).isEqualTo(status);
        assertThat(p.path("detail").asText()).isNotBlank();
        return p;
    }

    @Test
    void aDecisionTakenMeanwhileIsAProblemWithTypeInstanceAndDetail() throws Exception {
        WebSession mod = WebSession.login(port, "script-mod");
        String token = WebSession.csrf(mod.get("/sites/script-problems/queue").body());
        long item = items.get(0);
        assertThat(mod.send(decide(item, token, "X-Requested-With")).statusCode()).isEqualTo(200);

        JsonNode again = problem(mod.send(decide(item, token, "X-Requested-With")), 409,
                "/sites/script-problems/queue/" + item + "/decision");
        assertThat(again.path("title").asText()).isEqualTo("Changed meanwhile");
    }

    @Test
    void htmxAskingForAnItemThatIsNotThereGetsAProblem() throws Exception {
        WebSession mod = WebSession.login(port, "script-mod");
        problem(mod.send(HttpRequest.newBuilder(URI.create("http://x/sites/script-problems/queue/987654321?fragment=true"))
                .header("HX-Request", "true").GET()), 404, "/sites/script-problems/queue/987654321");
        problem(mod.send(HttpRequest.newBuilder(URI.create("http://x/sites/script-problems/queue/abc?fragment=true"))
                .header("HX-Request", "true").GET()), 404, "/sites/script-problems/queue/abc");
        // a person's browser still gets the page
        HttpResponse<String> page = mod.get("/sites/script-problems/queue/987654321");
        assertThat(page.statusCode()).isEqualTo(404);
        assertThat(page.headers().firstValue("Content-Type").orElse("")).startsWith("text/html");
    }
}
