package io.parley;

import com.fasterxml.jackson.databind.JsonNode;
import io.parley.support.Api;
import io.parley.support.ServiceProcess;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import java.net.CookieManager;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A new user's first run, as the README starts it: the service on the embedded default with the demo, served
 * by the committed models. The demo moderator's first login finds a queue worth working; a second start on
 * the same data directory says in one line who holds it; the CLI's admin commands work through the running
 * service; Swagger UI's configuration loads in a logged-in browser session.
 */
@org.junit.jupiter.api.TestMethodOrder(org.junit.jupiter.api.MethodOrderer.OrderAnnotation.class)
class FirstRunTest {

    static ServiceProcess service;
    static Path dir;
    static String moderatorPassword;
    static String ownerPassword;

    @BeforeAll
    static void start() throws Exception {
        dir = Path.of("target", "first-run-" + ProcessHandle.current().pid()).toAbsolutePath();
        service = ServiceProcess.start(ServiceProcess.freePort(), env());
        String log = Files.readString(service.log);
        moderatorPassword = group(log, "moderator: demo-moderator / (\\S+)");
        ownerPassword = group(log, "owner:\\s+demo-owner / (\\S+)");
    }

    static Map<String, String> env() {
        return Map.of("PARLEY_PG_DIR", dir.toString(), "PARLEY_DB_URL", "", "PARLEY_DEMO", "true", "OMP_NUM_THREADS", "1");
    }

    @AfterAll
    static void stop() throws Exception {
        if (service != null) {
            service.close();
        }
    }

    /** Every bash block of the README's API examples, in order, as written, with the values the first start printed. */
    @Test
    @org.junit.jupiter.api.Order(2)
    void everyReadmeApiExampleRunsAsWritten() throws Exception {
        org.junit.jupiter.api.Assumptions.assumeTrue(Files.isExecutable(Path.of("/usr/bin/jq"))
                && Files.isExecutable(Path.of("/usr/bin/curl")), "needs curl and jq");
        awaitClassified(new Api(service.port, Api.basic("demo-owner", ownerPassword)));
        String readme = Files.readString(Path.of("README.md"));
        String section = readme.substring(readme.indexOf("<!-- api-examples:start -->"), readme.indexOf("<!-- api-examples:end -->"));
        Matcher block = Pattern.compile("```bash\n(.*?)```", Pattern.DOTALL).matcher(section);
        String key = group(Files.readString(service.log), "API key for site 'demo': (pk_\\S+)");
        int blocks = 0;
        while (block.find()) {
            ProcessBuilder pb = new ProcessBuilder("bash", "-euo", "pipefail", "-c", block.group(1)).redirectErrorStream(true);
            pb.environment().putAll(Map.of("PARLEY", "http://localhost:" + service.port, "KEY", key,
                    "MOD", "demo-moderator:" + moderatorPassword, "OWNER", "demo-owner:" + ownerPassword));
            Process p = pb.start();
            String out = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
            assertThat(p.waitFor(120, TimeUnit.SECONDS)).isTrue();
            assertThat(p.exitValue()).as("README example:\n" + block.group(1) + "\noutput:\n" + out).isZero();
            assertThat(out).as(block.group(1)).isNotBlank();
            assertThat(out.lines()).as("a jq path of an example names nothing: " + out).noneMatch(l -> l.strip().equals("null"));
            blocks++;
        }
        assertThat(blocks).isGreaterThanOrEqualTo(5);
    }

    static String group(String text, String regex) {
        Matcher m = Pattern.compile(regex).matcher(text);
        assertThat(m.find()).as("log has " + regex).isTrue();
        return m.group(1);
    }

    /** Every comment has left 'received' (the pipeline classified and moderated it), or the deadline passed. */
    static void awaitClassified(Api owner) throws InterruptedException {
        long deadline = System.currentTimeMillis() + 180_000;
        while (System.currentTimeMillis() < deadline) {
            Api.Response r = owner.get("/api/v1/sites/demo/comments?status=received&limit=1");
            if (r.status() == 200 && r.json().path("items").isEmpty()) {
                return;
            }
            Thread.sleep(500);
        }
    }

    @Test
    @org.junit.jupiter.api.Order(1)
    void demoModeratorFindsAtLeastTwentyHeldAmongTwoHundredComments() throws Exception {
        Api owner = new Api(service.port, Api.basic("demo-owner", ownerPassword));
        awaitClassified(owner);
        List<JsonNode> comments = new ArrayList<>();
        String after = null;
        do {
            JsonNode page = owner.get("/api/v1/sites/demo/comments?limit=1000" + (after == null ? "" : "&after=" + after)).json();
            page.path("items").forEach(comments::add);
            after = page.path("next").isTextual() ? page.path("next").asText() : null;
        } while (after != null);
        assertThat(comments).hasSizeGreaterThanOrEqualTo(200);
        assertThat(comments.stream().map(c -> c.path("status").asText())).doesNotContain("received");
        assertThat(comments.stream().map(c -> c.path("author").asText()).distinct().count()).isGreaterThanOrEqualTo(10);
        assertThat(comments.stream().filter(c -> c.path("parentId").isTextual() || c.path("parentId").isNumber()).count())
                .as("replies in threads").isGreaterThanOrEqualTo(50);

        Api moderator = new Api(service.port, Api.basic("demo-moderator", moderatorPassword));
        Api.Response queue = moderator.get("/api/v1/sites/demo/queue?limit=500");
        assertThat(queue.status()).isEqualTo(200);
        assertThat(queue.json().size()).as("held on the first moderator login").isGreaterThanOrEqualTo(20);
        System.out.printf("demo: %d comments, %d held for the moderator%n", comments.size(), queue.json().size());
        long published = comments.stream().filter(c -> c.path("status").asText().equals("published")).count();
        assertThat(published).as("the civil majority is published").isGreaterThan(comments.size() / 3);
    }

    @Test
    void aSecondStartOnTheHeldDataDirectorySaysWhoHoldsItInOneLine() throws Exception {
        String cp = System.getProperty("surefire.test.class.path", System.getProperty("java.class.path"));
        ProcessBuilder pb = new ProcessBuilder(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-cp", cp, "io.parley.ParleyApplication", "serve", "--server.port=" + ServiceProcess.freePort())
                .redirectErrorStream(true);
        pb.environment().putAll(env());
        Process p = pb.start();
        assertThat(p.waitFor(120, TimeUnit.SECONDS)).isTrue();
        String out = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8).strip();
        assertThat(p.exitValue()).isEqualTo(1);
        assertThat(out.lines()).hasSize(1);
        assertThat(out).contains("in use by a running Parley service (pid " + service.pid())
                .contains("kill " + service.pid()).contains("PARLEY_PG_DIR").doesNotContain("Exception");
    }

    @Test
    void sitesAddAndUsersAddGoThroughTheRunningService() throws Exception {
        String out = cli("sites", "add", "second-site", "--name", "Second site");
        Matcher key = Pattern.compile("api-key: (pk_\\S+)").matcher(out);
        assertThat(key.find()).as(out).isTrue();
        Api machine = new Api(service.port, Api.bearer(key.group(1)));
        assertThat(machine.get("/api/v1/sites/second-site/articles").status()).isEqualTo(200);
        assertThat(cli("sites", "list")).contains("second-site\tSecond site").contains("demo");
        cli("users", "add", "carol", "--site", "second-site", "--role", "moderator", "--password-stdin");
        Api carol = new Api(service.port, Api.basic("carol", "carol-pass-1"));
        assertThat(carol.get("/api/v1/sites/second-site/queue").status()).isEqualTo(200);
    }

    /** Runs the CLI as a separate process on the same data directory; returns stdout, asserting exit 0. */
    static String cli(String... args) throws Exception {
        String cp = System.getProperty("surefire.test.class.path", System.getProperty("java.class.path"));
        List<String> cmd = new ArrayList<>(List.of(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-cp", cp, "io.parley.ParleyApplication"));
        cmd.addAll(List.of(args));
        ProcessBuilder pb = new ProcessBuilder(cmd);
        pb.environment().putAll(env());
        Path err = Files.createTempFile(Path.of("target"), "cli-", ".err");
        pb.redirectError(err.toFile());
        Process p = pb.start();
        p.getOutputStream().write("carol-pass-1\n".getBytes(StandardCharsets.UTF_8));
        p.getOutputStream().close();
        String out = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        assertThat(p.waitFor(120, TimeUnit.SECONDS)).isTrue();
        assertThat(p.exitValue()).as(String.join(" ", args) + ": " + out + Files.readString(err)).isZero();
        return out;
    }

    @Test
    void swaggerUiLoadsItsConfigurationInALoggedInBrowserSession() throws Exception {
        HttpClient http = HttpClient.newBuilder().cookieHandler(new CookieManager())
                .followRedirects(HttpClient.Redirect.NORMAL).build();
        String base = "http://127.0.0.1:" + service.port;
        String login = http.send(HttpRequest.newBuilder(URI.create(base + "/login")).build(),
                HttpResponse.BodyHandlers.ofString()).body();
        String csrf = group(login, "name=\"_csrf\" value=\"([^\"]+)\"");
        HttpResponse<String> loggedIn = http.send(HttpRequest.newBuilder(URI.create(base + "/login"))
                .header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString("username=demo-moderator&password="
                        + URLEncoder.encode(moderatorPassword, StandardCharsets.UTF_8) + "&_csrf=" + csrf)).build(),
                HttpResponse.BodyHandlers.ofString());
        assertThat(loggedIn.uri().getPath()).doesNotStartWith("/login");
        HttpResponse<String> config = http.send(HttpRequest.newBuilder(URI.create(base + "/v3/api-docs/swagger-config"))
                .header("Accept", "application/json").build(), HttpResponse.BodyHandlers.ofString());
        assertThat(config.statusCode()).isEqualTo(200);
        assertThat(config.body()).contains("/v3/api-docs");
        HttpResponse<String> docs = http.send(HttpRequest.newBuilder(URI.create(base + "/v3/api-docs")).build(),
                HttpResponse.BodyHandlers.ofString());
        assertThat(docs.statusCode()).isEqualTo(200);
        assertThat(docs.body()).contains("\"openapi\"");
        HttpResponse<String> ui = http.send(HttpRequest.newBuilder(URI.create(base + "/swagger-ui.html")).build(),
                HttpResponse.BodyHandlers.ofString());
        assertThat(ui.statusCode()).isEqualTo(200);
        // without the session, still closed
        HttpResponse<String> anonymous = HttpClient.newHttpClient().send(HttpRequest.newBuilder(
                URI.create(base + "/v3/api-docs/swagger-config")).build(), HttpResponse.BodyHandlers.ofString());
        assertThat(anonymous.statusCode()).isEqualTo(401);
    }
}
